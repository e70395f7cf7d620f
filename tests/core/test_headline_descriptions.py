"""A headline closing on a description of its source ("..., says rights group", "...: think
tank", "..., says report") over a lead that names the body with initials: every figure is
that body's, the headline's too, never the description's words; a headline's name, a body's
common name, or a lead whose body the description cannot be leave the headline as it is.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.headline_descriptions import described
from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2032, 2, 3)

BODY = (
    "The raids left 1,310 people dead, among them 402 soldiers and 690 civilians.\n\n"
    "According to the report, the eastern district of Holm was the worst hit, with 288 "
    "raids.\n\n"
    "Troops mounted 96 operations over the year, in which 410 insurgents were killed, the "
    "report said.\n"
)
# the lead names the body by its initials alone, with no figure of its own
INITIALS_ONLY = (
    "More than 1,300 killed in insurgent raids across Veloria in 2031, says rights group\n\n"
    "TARNBURY: Insurgent violence across Veloria grew worse over the past year, VCRN said in "
    "its yearly review published on Thursday.\n\n"
    "According to the review, 915 raids were recorded in the country, against 700 in 2030.\n\n"
    + BODY
)
# the lead names the body as the author of a document it released
RELEASED = (
    "More than 1,300 killed in insurgent raids across Veloria in 2031: think tank\n\n"
    "TARNBURY: The Velmar Centre for Conflict Research (VCCR) on Thursday released its yearly "
    "review of the violence across Veloria.\n\n"
    "It said 915 raids were recorded across the country in 2031, against 700 in 2030.\n\n"
    + BODY
)
INCIDENT = (
    "Four killed in Holm bus station bombing: police\n\n"
    "HOLM: Four people were killed and 17 hurt when a bomb went off at a bus station in Holm "
    "on Wednesday, police said.\n\n"
    "Police said 9 men had been held for questioning.\n"
)
NAMED = (
    "More than 3,000 civilians killed in Veloria in 2031: UN\n\n"
    "KESSA: More than 3,000 civilians were killed across Veloria in 2031, the Veloria Aid "
    "Coordination Office (VACO) said on Thursday.\n"
)
OTHER_BODY = (
    "More than 900 killed in Veloria raids in 2031, says rights group\n\n"
    "KESSA: At least 912 people were killed in insurgent raids across Veloria in 2031, the "
    "Holm Police Department (HPD) said on Thursday.\n"
)


def sources(text: str) -> dict[str, str | None]:
    """Each figure's source, by how it is written, the whole pipeline run."""
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    claims = sorted(run_documents([doc]).claims, key=lambda c: c.start)
    return {c.number_text: c.attribution for c in reversed(claims)}


@pytest.mark.parametrize(
    ("text", "body"),
    [(INITIALS_ONLY, "VCRN"), (RELEASED, "Velmar Centre for Conflict Research (VCCR)")],
)
def test_every_figure_is_the_lead_body(text: str, body: str) -> None:
    found = sources(text)
    assert found["More than 1,300"] == body
    for figure in ("915", "700", "1,310", "402", "288", "96", "410"):
        assert found[figure] in (body, f"the {body}"), figure


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (INCIDENT, "Four", "police"),  # a body's common name stays
        (INCIDENT, "9", "Police"),
        (NAMED, "More than 3,000", "UN"),  # a name is no description
        (OTHER_BODY, "More than 900", "rights group"),  # a police force is no rights group
    ],
)
def test_headline_kept(text: str, figure: str, source: str) -> None:
    assert sources(text)[figure] == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("rights group", True),
        ("think tank", True),
        ("report", True),
        ("ministry data", True),
        ("watchdog", True),
        ("police", False),
        ("UN", False),
        ("Velmar Centre", False),
        ("army", False),
    ],
)
def test_described(source: str, expected: bool) -> None:
    assert described(source) is expected


# the lead cites a document with no author; the next sentence names its author
AUTHOR_NEXT = (
    "Insurgent raids across Veloria rose sharply in 2031\n\n"
    "TARNBURY: Insurgents carried out 915 raids across Veloria in 2031, against 700 in 2030, "
    "according to an annual report released on Thursday.\n\n"
    "The report, compiled by the Velmar Centre for Conflict Research (VCCR), called the year "
    "the bloodiest in a decade.\n\n" + BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AUTHOR_NEXT, "Velmar Centre for Conflict Research (VCCR)"),
        # two bodies named after the document: neither is known to be its author
        (
            AUTHOR_NEXT.replace(
                "(VCCR), called", "(VCCR) and the Holm Peace Forum (HPF), called"
            ),
            "an annual report",
        ),
        # the next sentence speaks of no document
        (
            AUTHOR_NEXT.replace("The report, compiled by", "Officials at"),
            "an annual report",
        ),
    ],
)
def test_document_author_named_next(text: str, expected: str) -> None:
    assert sources(text)["915"] == expected


# a ministry's data the lead cites by the ministry's whole name, with no article
MINISTRY_DATA = (
    "Over 3,000 held under security law in four years: ministry\n\n"
    "KESSA, May 6: As many as 3,212 people were detained under the security law between "
    "2028 and 2031, according to Velmar interior ministry data tabled in the assembly on "
    "Tuesday.\n\n"
    "Most of the detentions were made in Holm (1,140), followed by Tarnbury (702).\n\n"
    "Deputy Interior Minister Sara Kell said in a written answer that 44 cases were closed "
    "in 2031.\n"
)


def test_ministry_data_kept() -> None:
    found = sources(MINISTRY_DATA)
    assert found["As many as 3,212"] == "Velmar interior ministry"
    assert found["702"] == "Velmar interior ministry"
    assert found["44"] == "Deputy Interior Minister Sara Kell"
