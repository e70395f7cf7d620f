"""Where words were said is no scene (issue #11, grouping): a figure whose sentence names a
town only as where an official spoke ("told reporters in Harwick", "an official in Harwick
said"), or where the hurt died of their wounds ("succumbed at a hospital in Harwick"), has
not named where it happened, so that town keeps it from no event of its incident; the scene
a sentence names still does."""

from __future__ import annotations

import pytest

from core.group.figure_places import stated_in
from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-05-06"


@pytest.mark.parametrize(
    ("sentence", "place", "stated"),
    [
        # where words were said
        ("Nine were killed, the minister told a news conference in Harwick on Friday.",
         "Harwick", False),
        ("Talking to journalists in Harwick, the governor said nine had died.", "Harwick",
         False),
        ("Addressing a briefing at the Harwick Press Club, he put the dead at nine.", "Harwick",
         False),
        ("A statement issued in Harwick said nine soldiers had been martyred.", "Harwick",
         False),
        ("A hospital official in Harwick said nine bodies had been received.", "Harwick",
         False),
        ("Hospital staff in Harwick said nine people died in the blast.", "Harwick", False),
        ("Two officials in Harwick were among the nine killed.", "Harwick", True),
        # where the hurt died of their wounds
        ("Two more guards succumbed at the Combined Military Hospital in Harwick, raising the "
         "toll to six.", "Harwick", False),
        ("Two of the nine injured died at a hospital in Harwick.", "Harwick", False),
        # the scene
        ("A bomber struck the Civil Hospital in Harwick, killing nine.", "Harwick", True),
        ("Nine injured were taken to hospitals in Harwick.", "Harwick", True),
        ("Nine were killed when a bomb went off in Harwick on Friday.", "Harwick", True),
        ("A bomber struck a tribal gathering in Harwick, killing nine.", "Harwick", True),
        ("Nine died in Harwick, the minister told reporters in Lisford.", "Harwick", True),
        ("The minister told reporters in Lisford that nine died in Lisford.", "Lisford", True),
    ],
)
def test_a_town_named_where_words_were_said_is_not_stated(
    sentence: str, place: str, stated: bool
) -> None:
    assert stated_in(place, sentence) is stated


def _event_of(events: tuple[Event, ...], cid: str) -> str:
    return next(e.id for e in events if cid in e.claim_ids)


def _village_report() -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published=DAY,
             lead="Militants storm Pirwala police post, eleven martyred\n\n")
    toll = b.add("d1", "Eleven people were martyred when militants stormed the Pirwala police "
                 "post in Bannu on Tuesday.", "Eleven", 11, subject="people",
                 location="Bannu", date=DAY)
    return b, toll


def test_a_toll_given_where_the_minister_spoke_joins_the_incident() -> None:
    b, toll = _village_report()
    b.report("d2", published=DAY,
             lead="Minister says thirteen martyred in Pirwala police post attack\n\n")
    other = b.add("d2", "Thirteen people were martyred in the Pirwala police post attack, "
                  "the minister told a news conference in Islamabad.", "Thirteen", 13,
                  subject="people", location="Islamabad", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert _event_of(events, toll) == _event_of(events, other)


def test_a_toll_of_another_town_it_names_stays_apart() -> None:
    b, toll = _village_report()
    b.report("d2", published=DAY,
             lead="Minister says thirteen martyred in Pirwala police post attack\n\n")
    other = b.add("d2", "Thirteen people were martyred in an attack in Islamabad, the minister "
                  "told reporters.", "Thirteen", 13, subject="people", location="Islamabad",
                  date=DAY)
    events = group(b.claims, documents=b.documents())
    assert _event_of(events, toll) != _event_of(events, other)


@pytest.mark.parametrize("figure", ["Eleven", "two"])
def test_a_sources_seat_after_the_incidents_own_place(figure: str) -> None:
    """The report has counted its harm in its own district: a source's seat in a later
    paragraph ("an official in Peshawar told Reuters") is no place of the raids it tells of,
    nor of the sentences after: they are the district's, where the raids were."""
    from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

    text = (
        "ISLAMABAD, March 13 (Reuters) - Pakistani police have detained 11 suspects in raids "
        "across the northwestern district of Lakki Marwat after a bombing at a cattle market "
        "killed nine people, officials said on Thursday.\n\n"
        "The bomber struck on Tuesday in Tajazai, a remote town near the border with North "
        "Waziristan, in an attack that also wounded about 20 people. A hospital official said "
        "one more victim had died overnight, bringing the toll to nine.\n\n"
        '"Eleven people have been picked up in six raids," a senior counter-terrorism '
        "official in Peshawar told Reuters.\n\n"
        "The official said two of those detained were Afghan nationals.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    found = [c.location for c in claims if c.number_text == figure]
    assert found == ["Lakki Marwat"]  # the raids were across the district


def test_a_sources_seat_in_a_report_with_no_place_of_its_own() -> None:
    """No town told for the harm before: where the police speak from is the place."""
    from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

    text = (
        "Two teenagers were shot near a gas station late Friday, police said.\n\n"
        "Police in Elkhart said three others were hurt outside a store.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "three"] == ["Elkhart"]
