"""The body a statistics review names, as the source of its headline's figures: a headline's
closing phrase that sizes the figure up is no source, a headline's bare description is the
body the lede describes so and names next, and initials a headline gives that spell the name
the lede writes in full join that name. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.stranded_sources import names_someone
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2032, 1, 9)


def headline_source(text: str, figure: str) -> str | None:
    """The source of the first figure written ``figure``, the whole pipeline run."""
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    found = [c for c in run_documents([doc]).claims if c.number_text == figure]
    assert found, f"no claim {figure!r}"
    return min(found, key=lambda c: c.start).attribution


SIZED_UP = (
    "Insurgent raids claimed 2,310 lives in 2031, highest toll in twenty years: report\n\n"
    "TARNBURY: At least 2,310 people were killed in 1,120 insurgent raids across Veloria in "
    "2031, the Velmar Institute for Conflict Data (VICD) said in its yearly review.\n"
)
DESCRIBED = (
    "Veloria: 640 civilians killed in 2031, monitor says\n\n"
    "KESSA: A Kessa-based monitor said on Monday that 640 civilians were killed in the "
    "country in 2031.\n\n"
    "The Veloria Civilian Safety Observatory (VCSO) said 1,020 civilians were hurt in the "
    "year.\n\nVCSO said 80 children were among the dead.\n"
)
SPELLED = (
    "Veloria records 377 bombing deaths in 2031, says TSRC\n\n"
    "KESSA: Bombings killed 377 people in Veloria last year, the Tarnbury Security Research "
    "Centre said in a review it published on Monday.\n\nThe centre recorded 150 bombings in 2031.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (SIZED_UP, "2,310", "the Velmar Institute for Conflict Data (VICD)"),
        (DESCRIBED, "640", "Veloria Civilian Safety Observatory (VCSO)"),
        (SPELLED, "377", "the Tarnbury Security Research Centre (TSRC)"),
        # initials that spell another name join none
        (SPELLED.replace("TSRC", "UNAMV"), "377", "UNAMV"),
        # a lede's description no sentence after it names stays a description
        (DESCRIBED.split("\n\nThe Veloria", maxsplit=1)[0], "640", "A Kessa-based monitor"),
    ],
)
def test_headline_source(text: str, figure: str, expected: str) -> None:
    assert headline_source(text, figure) == expected


@pytest.mark.parametrize(
    ("phrase", "speaks"),
    [
        ("the worst year in two decades", False),
        ("a sharp rise over the year", False),
        ("a Tarnbury-based think tank", True),
        ("a local official", True),
        ("Amir Nadi", True),
    ],
)
def test_apposition_names_someone(nlp: Language, phrase: str, speaks: bool) -> None:
    """An apposition before a closing report is its speaker only when it may name one."""
    assert names_someone(nlp(phrase)[:].root) is speaks


INITIALLED = (
    "Bombings in Veloria rose 20pc in 2031, says KIPD\n\n"
    "KESSA: Bombings in Veloria rose by 20 percent last year, a security think tank said "
    "on Tuesday.\n\n"
    "The think tank said 388 people were killed in 201 bombings in 2031.\n\n"
    "Security forces arrested 240 suspects during the year.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the headline's initials name the body the lead only describes
        (INITIALLED, "388", "KIPD"),
        (INITIALLED, "240", "KIPD"),
        (INITIALLED.replace(", says KIPD", ": KIPD"), "388", "KIPD"),
        # ... by the name the text defines them with
        (INITIALLED.replace("\n\nSecurity", "\n\nThe Kessa Institute for Peace Data (KIPD) "
                            "is funded by donors.\n\nSecurity"), "388",
         "The Kessa Institute for Peace Data (KIPD)"),
        # a headline with no initials leaves the description
        (INITIALLED.replace(", says KIPD", ""), "388", "a security think tank"),
        # nor does a country the headline closes on name the body
        (INITIALLED.replace("KIPD", "UK"), "388", "a security think tank"),
    ],
)
def test_headline_initials(text: str, figure: str, expected: str) -> None:
    assert headline_source(text, figure) == expected


def test_incident_keeps_its_description() -> None:
    """One day's figure is no review's: the headline's initials do not replace its source."""
    text = (
        "Gunmen kill 9 in Tarvo, says KHRW\n\n"
        "KESSA: Gunmen killed nine villagers in Tarvo on Sunday, a rights group said.\n"
    )
    assert headline_source(text, "nine") == "a rights group"


DEFINED_LATER = (
    "Bombings in Veloria up 20pc in 2031\n\n"
    "KESSA: Bombings in Veloria rose by 20 percent last year, with 388 people killed in 201 "
    "bombings, the Tarnbury Centre for Conflict Research said in its yearly review.\n\n"
    "The Tarnbury Centre for Conflict Research (TCR) is an independent body based in Kessa.\n\n"
    "TCR said security forces killed 176 militants in 2031.\n"
)
DESCRIBED_FIRST = (
    "Bombings in Veloria up 20pc in 2031\n\n"
    "KESSA: Bombings in Veloria rose by 20 percent last year, with 388 people killed in 201 "
    "bombings, according to the yearly review of a Kessa think tank.\n\n"
    "The Tarnbury Centre for Conflict Research (TCR) said the dead included 140 soldiers.\n\n"
    "The centre said security forces killed 176 militants in 2031.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the initials a later sentence defines beside the recorder's whole name
        (DEFINED_LATER, "388", "the Tarnbury Centre for Conflict Research (TCR)"),
        (DEFINED_LATER.replace(" (TCR)", ""), "388", "the Tarnbury Centre for Conflict Research"),
        # the body the lead describes, then names with initials
        (DESCRIBED_FIRST, "388", "The Tarnbury Centre for Conflict Research (TCR)"),
        (DESCRIBED_FIRST, "176", "The Tarnbury Centre for Conflict Research (TCR)"),
        # a force named next is no think tank
        (DESCRIBED_FIRST.replace("Tarnbury Centre for Conflict Research", "Veloria Defence "
                                 "Forces").replace("(TCR)", "(VDF)"), "388",
         "the yearly review of a Kessa think tank"),
    ],
)
def test_named_beside_or_after(text: str, figure: str, expected: str) -> None:
    assert headline_source(text, figure) == expected
