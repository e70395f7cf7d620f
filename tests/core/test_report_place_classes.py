"""Where a report's figures are filed when it has no dateline and no publication date
(issue #11, place; sentences we wrote): the town a firm's venue stands in, not the venue; no
town told only of an earlier incident; not the country of the harm's doers; a newsroom's
clipped town in a headline written whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.scene_statements import named_spot
from core.ingest.files import from_text
from core.pipeline import run_documents
from core.settings import Settings
from core.text.place_abbreviations import newsroom_spelled

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def places(text: str) -> list[tuple[str, str | None]]:
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")], settings=Settings()).claims
    return [(c.number_text, c.location) for c in claims]


@pytest.mark.parametrize(
    "venue",
    ["a Valley Credit Union branch", "a Harbor Savings Bank branch", "a Sunrise Mart store"],
)
def test_a_firms_venue_is_filed_under_its_town(venue: str) -> None:
    text = (
        "Bank bomb kills 2 officers\n\n"
        f"A bomb went off Friday at {venue} in Elmwood, killing two officers and injuring "
        "the police chief.\n"
    )
    assert {place for _, place in places(text)} == {"Elmwood"}


def test_a_firms_works_is_no_named_spot() -> None:
    text = (
        "3 Dead in Shooting at Riverton Plant\n\n"
        "Police say three workers were killed in a shooting at the Delta Foods plant in "
        "Riverton on Monday.\n"
    )
    assert {place for _, place in places(text)} == {"Riverton"}


@pytest.mark.parametrize(
    ("text", "spot"),
    [
        ("The bomb went off at the Kaloo bazaar in Sibi.", "Kaloo bazaar"),
        ("The bomb went off at the Delta Foods plant in Riverton.", None),
        ("Gunmen attacked the Kaloo bazaar in Sibi.", "Kaloo bazaar"),
        ("Gunmen attacked the Delta Foods plant in Riverton.", None),
    ],
)
def test_a_named_market_is_a_spot_a_firms_works_is_not(
    nlp: Language, text: str, spot: str | None
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    town = next(t for t in doc if t.text in ("Sibi", "Riverton"))
    assert named_spot(verb, town) == spot


def test_a_town_named_before_a_dwelling_is_still_its_town() -> None:
    text = "Two men were shot dead at a Houston apartment on Monday, police said.\n"
    assert places(text) == [("Two", "Houston")]


LEAD = "A bomb at a bank killed two deputies, officials said Saturday.\n"


def test_a_later_sentence_tells_the_leads_scene() -> None:
    text = (
        LEAD + '"That person is dangerous," said Lt. Dan Ross.\n'
        "The explosion happened Friday at a bank branch in Elmwood, about 30 miles south of "
        "Portland.\n"
    )
    assert places(text) == [("two", "Elmwood")]


@pytest.mark.parametrize(
    "aside",
    ["A similar bomb went off in Salem last year.", "Last year a bomb went off in Salem."],
)
def test_a_town_told_only_of_an_earlier_incident_is_not_the_leads(aside: str) -> None:
    assert places(LEAD + aside + "\n") == [("two", None)]


def test_the_harm_doers_country_is_not_the_reports() -> None:
    text = (
        "Hunger grips Gaza\n\nMost families in Gaza eat once a day, aid workers said. "
        "The war between Israel and Hamas goes on, and Israel is building a wall. "
        "Our cook had two cousins killed by the Israelis last month.\n"
    )
    assert places(text) == [("two", "Gaza")]


def test_a_carried_country_is_not_the_harm_doers() -> None:
    text = (
        "Hunger grips Gaza\n\nMost families in Gaza eat once a day, aid workers said. "
        "In Israel, the war divides voters.\n\n"
        "Our cook had two cousins killed by the Israelis last month.\n"
    )
    assert places(text) == [("two", "Gaza")]


def test_the_doers_own_country_named_by_its_towns_stays_the_reports() -> None:
    text = (
        "Five policemen were killed by Pakistani militants in Peshawar on Monday. Pakistan "
        "has blamed Afghanistan for sheltering them.\n\n"
        "Three more were wounded by the militants, police said.\n"
    )
    assert places(text) == [("Five", "Peshawar"), ("Three", "Peshawar")]


def test_a_country_told_as_the_scene_stays_when_no_doer_is_named() -> None:
    text = (
        "Hunger grips Gaza\n\nMost families in Gaza eat once a day, aid workers said. "
        "In Israel, the war divides voters.\n\n"
        "Two soldiers were killed there last month.\n"
    )
    assert places(text) == [("Two", "Israel")]


@pytest.mark.parametrize(
    ("written", "filed"),
    [
        ("NW Phila", "Northwest Philadelphia"),
        ("NE Phila.", "Northeast Philadelphia"),
        ("SW Balt.", "Southwest Baltimore"),
        ("Phila.", "Philadelphia"),
        ("NE Portland", "Northeast Portland"),
        ("NE", "NE"),  # the initials alone name nothing
        ("NE Regional Board", "NE Regional Board"),  # before no town
        ("Elmwood", "Elmwood"),
        ("Houston-area", "Houston"),  # "on a Houston-area highway", taken whole by NER
        ("Qwertzville-area", "Qwertzville-area"),  # no town before it
    ],
)
def test_a_newsrooms_clipped_town_is_written_whole(written: str, filed: str) -> None:
    assert newsroom_spelled(written) == filed


def test_a_headlines_clipped_town_is_its_figures_place() -> None:
    text = "2 Killed in NW Phila. Crash\n\nTwo teens died Tuesday, police said.\n"
    assert places(text)[0] == ("2", "Northwest Philadelphia")
