"""An annual review told by a newspaper: the deck's bare "says think tank" before the body is
named gives the later tallies no source of its own (they are the body's, named in the lead);
a figure set against another in its sentence ("against 61 the previous year") is the same
source's; a month named the peak of the year dates its own figure only; a headline's count
filed under the bureau's town lends that town to no figure of the body. Sentences, bodies and
places we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import run_texts

PUB = dt.date(2032, 1, 6)
Y2031 = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))
# the body the review is of: the figures are its, not its document's
BODY = "the Kabul Centre for Security Research (KCSR)"
REVIEW = (
    "Kunar bore the brunt as violence claimed 900 lives in 2031\n\n"
    "Province recorded 410 attacks and 520 deaths, says think tank\n\n"
    "KABUL: Kunar accounted for most of the 700 militant attacks recorded across Afghanistan "
    f"in 2031, according to the yearly review of {BODY}, released in Kabul on Sunday.\n\n"
)


def claims(text: str, published: dt.date = PUB) -> list[Claim]:
    return [c for c in run_texts(text, published=published).claims if c.measure != "other"]


def by_text(text: str, figure: str, published: dt.date = PUB) -> Claim:
    return next(c for c in claims(text, published) if c.number_text == figure)


@pytest.mark.parametrize(
    ("later", "figure"),
    [
        ("Helmand recorded 58 attacks and 71 deaths, most of them near the border.", "58"),
        ("Within Kunar, the districts of Asadabad and Chawkay saw 96 attacks between them.", "96"),
    ],
)
def test_deck_description_gives_way_to_the_body_named(later: str, figure: str) -> None:
    claim = by_text(REVIEW + later, figure)
    assert (claim.date_start, claim.date_end) == Y2031
    assert claim.attribution == BODY


def test_deck_description_kept_when_no_body_is_named() -> None:
    """Negative: a report that never names the think tank keeps its description."""
    text = (
        "Province recorded 410 attacks and 520 deaths in 2031, says think tank\n\n"
        "Helmand recorded 58 attacks in 2031, while Paktia recorded 31."
    )
    assert by_text(text, "58").attribution == "think tank"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The review also found that 84 aid workers were killed, against 61 the previous "
         "year.", "61"),
        ("The review also found that 84 aid workers were killed, up from 61 in 2030.", "61"),
    ],
)
def test_figure_compared_with_takes_its_sentence_source(sentence: str, figure: str) -> None:
    text = (
        "Militant attacks killed 900 people across Afghanistan in 2031, according to the "
        f"yearly review of {BODY}.\n\n{sentence}"
    )
    claim = by_text(text, figure)
    assert claim.date_start == dt.date(2030, 1, 1)
    assert claim.attribution == BODY


def test_incident_figure_keeps_no_source() -> None:
    """Negative: a figure of one attack in a sentence no tally shares takes no tally's source."""
    text = (
        "Militant attacks killed 900 people across Afghanistan in 2031, according to the "
        f"yearly review of {BODY}.\n\n"
        "On March 3, gunmen killed four guards at a checkpost in Asadabad."
    )
    claim = by_text(text, "four")
    assert claim.attribution != BODY


@pytest.mark.parametrize(
    "peak",
    [
        "and that June, with 77 attacks, was the deadliest month",
        "and that June was the most violent month, with 77 attacks",
    ],
)
def test_peak_month_dates_its_own_figure_only(peak: str) -> None:
    text = (
        REVIEW + f"The review said 40 suicide bombings took place over the year, {peak}."
        "\n\nSecurity forces killed 650 militants across the country in 210 operations, the "
        "think tank said."
    )
    assert (by_text(text, "650").date_start, by_text(text, "650").date_end) == Y2031
    june = by_text(text, "77")
    assert (june.date_start, june.date_end) == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))


def test_month_of_a_report_still_goes_on() -> None:
    """Negative: a monthly tally's month, no peak of a longer one, dates the next paragraph."""
    text = (
        "Militants carried out 96 attacks in June, according to the monthly review of the "
        "Kabul Centre for Security Research (KCSR).\n\n"
        "Security forces killed 65 militants in 21 operations, the think tank said."
    )
    claim = by_text(text, "65", dt.date(2031, 7, 2))
    assert (claim.date_start, claim.date_end) == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))


QUARTER = (
    "Army reports 52 arrests in first quarter\n\n"
    "BAGUIO CITY (Tribune / 07 April) — A total of 140 rebels surrendered to government "
    "troops in northern Luzon from January to March this year, the army's Northern Command "
    "said Monday.\n\n"
)


def test_headline_bureau_town_lends_no_place() -> None:
    text = QUARTER + (
        "Another 52 rebels were arrested and 19 were killed in 30 encounters, according to the "
        "command's quarterly report."
    )
    places = [c.location for c in claims(text, dt.date(2031, 4, 7)) if c.number_text == "52"]
    assert places[-1] == "Luzon"  # the body's count: the lead's region, not the bureau's town


def test_arrests_told_again_keep_a_written_place() -> None:
    """Negative: an arrest count said again after one whose sentence writes its place takes
    that place."""
    text = (
        "Police detained 14 suspects in raids across Chawkay district on Monday, officials said."
        "\n\nThe 14 people were arrested on Monday and are being questioned."
    )
    places = [c.location for c in claims(text, dt.date(2031, 4, 7)) if c.value == 14]
    assert len(set(places)) == 1
