"""A document or a tally that shows what a report tells ("the KRM yearly report shows a 20
percent rise", "Figures released by KRM on Friday show attacks rose", "Interior ministry data
show murders fell"): its figures, and the later figures of the report, are its owner's; a
picture that shows what happened vouches for no figure ("CCTV footage shows the gunmen").
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2033, 1, 9)
HEADLINE = "Rebel raids up sharply in 2032, says monitor\n\n"
BODY = (
    "\n\nThere were 418 raids over the year, in which 902 people died and 1,377 were hurt.\n\n"
    "Troops killed 640 rebels in 215 operations.\n"
)


def _sources(lead: str) -> list[str | None]:
    doc = from_text(HEADLINE + lead + BODY, doc_id="d0", path="0.txt", published=PUB)
    return [c.attribution for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("lead", "owner"),
    [
        # a compound owner, the figure on the measure of the rise
        ("DORVAL: The KRM yearly report shows a 20 percent rise in rebel raids in 2032.", "KRM"),
        ("DORVAL: The KRM yearly report reveals a 20 percent rise in rebel raids in 2032.", "KRM"),
        # the verb of showing the tagger reads as a noun, the owner its agent
        (
            "DORVAL: Figures released by KRM on Friday show rebel raids rose by 20 percent "
            "in 2032.",
            "KRM",
        ),
        # the owner an agent, a possessive past the dateline, a body after "of"
        (
            "DORVAL: The report, compiled by KRM on Friday, shows a 20 percent rise in rebel "
            "raids in 2032.",
            "KRM",
        ),
        (
            "DORVAL: KRM's yearly report, issued on Friday, showed a 20 percent rise in rebel "
            "raids in 2032.",
            "KRM",
        ),
        (
            "DORVAL: The yearly report of the Dorval Peace Watch shows a 20 percent rise in "
            "rebel raids in 2032.",
            "the Dorval Peace Watch",
        ),
        # closing the sentence
        (
            "DORVAL: Rebel raids rose 20 percent in 2032, figures released by KRM on Friday "
            "show.",
            "KRM",
        ),
    ],
)
def test_the_owner_of_what_shows_gives_every_figure(lead: str, owner: str) -> None:
    sources = _sources(lead)
    assert sources, lead
    assert all(s == owner for s in sources), sources


def test_a_ministry_named_by_its_kind_gives_the_figures() -> None:
    sources = _sources("DORVAL: Interior ministry data show murders fell 8 percent in 2032.")
    assert sources
    assert all(s is not None and "ministry" in s.lower() for s in sources), sources


@pytest.mark.parametrize(
    "text",
    [
        # a picture shows what happened: no source of the toll
        "Gunmen kill 12 in Dorval raid\n\nDORVAL: CCTV footage shows the gunmen entering "
        "the market before they killed 12 people on Monday.\n",
        # a report of deaths names no body
        "Gunmen kill 12 in Dorval raid\n\nDORVAL: A report of 12 deaths at the market "
        "shows how the gunmen struck on Monday.\n",
        # a show, not a verb of showing
        "Gunmen kill 12 in Dorval raid\n\nDORVAL: The evening show on Monday was cut after "
        "gunmen killed 12 people at the market.\n",
    ],
)
def test_what_shows_no_figure_gives_no_source(text: str) -> None:
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    claims = run_documents([doc]).claims
    assert claims
    assert all(c.attribution is None for c in claims), [c.attribution for c in claims]
