"""A body's release retold: the body its lead names, with or without initials, is the source of
its figures however the report names it again (a description set before or beside the name,
the noun its name ends on, "its data", the document it issued) and of the release's figures
told paragraph after paragraph in the outlet's voice; another speaker's figure, an incident
report's sources and its own voice stay as they are. Reports we wrote."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2034, 7, 8)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims}


MONITOR = (
    "Over 3,000 killed in Korvania this year, says war monitor\n\n"
    "BEIRUT: More than 3,000 people have been killed in Korvania since January, the "
    "Britain-based war monitor, the Observatory for Civil Protection in Korvania (OCPD), "
    "said on Tuesday.\n\n"
    "The dead included 807 civilians, among them 215 children, the monitor said.\n\n"
    "It said 319 people had been abducted this year.\n\n"
)

GROUP = (
    "Rights network counts 640 civilian deaths in half a year\n\n"
    "At least 640 civilians were killed in Korvania between January and June 2034, the "
    "Korvanian League for Civil Rights said on Monday.\n\n"
    "The figure falls short of the first half of 2033, when the Geneva-based group recorded "
    "1,980 civilian deaths.\n\n"
)

OBSERVATORY = (
    "Security incidents killed 188 in Delvara in six months, observatory says\n\n"
    "At least 188 people were killed and 245 wounded in security incidents across Delvara "
    "from January to June, the Delvara Incident Observatory (DIO) said in its half-year "
    "report.\n\n"
    "It compares with the January-June period of 2033, when the observatory recorded 231 "
    "deaths.\n\n"
    "In 2033, the north had recorded 64 deaths, according to its data.\n\n"
    "The observatory set the count against 2032, a year in which 290 people died.\n\n"
)

INSTITUTE = (
    "Militant attacks up 40pc in first quarter, says think tank\n\n"
    "ISLAMABAD: Militant attacks rose by 40 per cent in the first quarter of 2034, an "
    "Islamabad-based think tank said on Monday.\n\n"
    "According to the Velmar Institute of Conflict Studies (VICS), militants carried out "
    "212 attacks between January and March, killing 341 people.\n\n"
    "The think tank's data shows that 148 security personnel were among the dead.\n\n"
    "VICS said suicide attacks killed 61 people in the quarter.\n\n"
)

DESCRIBED = (
    "Rights monitor counts 1,310 dead in Korvania in first quarter\n\n"
    "BEIRUT: The rights monitor said on Monday that 1,310 people were killed across Korvania "
    "between January and March 2034.\n\n"
    "The figures were published by the Korvanian Watch for Civil Safety (KWCS), which "
    "relies on volunteers across the country.\n\n"
    "Civilians made up 588 of the dead, the monitor said.\n\n"
    "KWCS said 65 people died in detention during the period.\n\n"
)

ISSUED = (
    "Korvania: 730 civilians killed in first half of 2034\n\n"
    "The Korvanian League for Civil Rights (KLCR) documented the killing of 730 civilians in "
    "Korvania in the first half of 2034, among them 96 children, according to a report the "
    "league issued on Sunday.\n\n"
    "The eastern governorates were worst hit, with 212 civilians killed, the report said.\n\n"
)

MINISTRY = (
    "Over 900 killed in insurgent violence in three years, government tells parliament\n\n"
    "A total of 913 people, including 301 security personnel, were killed in insurgent "
    "violence in the hill states between 2031 and 2033, the Ministry of Home Affairs told "
    "the upper house on Wednesday.\n\n"
    "In a written reply, a junior minister said the number of violent incidents had fallen "
    "over the period.\n\n"
    "There were 1,214 incidents of insurgent violence in 2031, which declined to 978 in "
    "2032.\n\n"
    "In 2033 alone, 142 civilians were killed and 77 security personnel lost their lives.\n\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a name set beside the description before it, which the parse took for a conjunct
        (MONITOR, "More than 3,000", "the Observatory for Civil Protection in Korvania (OCPD)"),
        (MONITOR, "807", "the Observatory for Civil Protection in Korvania (OCPD)"),
        (MONITOR, "319", "the Observatory for Civil Protection in Korvania (OCPD)"),
        # a description with the body's seat, and the noun the body's name ends on
        (GROUP, "1,980", "the Korvanian League for Civil Rights"),
        (OBSERVATORY, "231", "the Delvara Incident Observatory (DIO)"),
        (OBSERVATORY, "64", "the Delvara Incident Observatory (DIO)"),
        # a sentence whose subject is the body gives its comparisons
        (OBSERVATORY, "290", "the Delvara Incident Observatory (DIO)"),
        # the name whole with its initials, not cut at its "of"
        (INSTITUTE, "148", "the Velmar Institute of Conflict Studies (VICS)"),
        (INSTITUTE, "61", "the Velmar Institute of Conflict Studies (VICS)"),
        # a description before the name the lead gives with initials, headline and all
        (DESCRIBED, "1,310", "the Korvanian Watch for Civil Safety (KWCS)"),
        (DESCRIBED, "588", "the Korvanian Watch for Civil Safety (KWCS)"),
        # a lead citing only the document a body named with its initials issued
        (ISSUED, "730", "The Korvanian League for Civil Rights (KLCR)"),
        (ISSUED, "212", "The Korvanian League for Civil Rights (KLCR)"),
        # a ministry's release named once, its figures told on in the outlet's voice
        (MINISTRY, "1,214", "the Ministry of Home Affairs"),
        (MINISTRY, "978", "the Ministry of Home Affairs"),
        (MINISTRY, "142", "the Ministry of Home Affairs"),
    ],
)
def test_release_source(text: str, figure: str, expected: str) -> None:
    assert _name(sources(text)[figure]) == _name(expected)


def _name(source: str | None) -> str | None:
    """The name without the article the sentence gives it ("the", "The")."""
    return re.sub(r"^(?i:the)\s+", "", source) if source else source


def test_another_source_ends_the_release() -> None:
    """A figure another speaker gives, and those after it, are no part of the release."""
    text = MINISTRY + (
        "A state police chief said his men had arrested 58 suspects since March.\n\n"
        "Between 2032 and 2033, 36 people were killed in the border districts.\n\n"
    )
    found = sources(text)
    assert found["58"] == "A state police chief"
    assert found["36"] is None


def test_incident_report_keeps_its_sources() -> None:
    """An incident report: the police's and the hospital's figures stay theirs, and the
    outlet's own figure has no source."""
    text = (
        "Gunmen kill 7 at Velno bus station\n\n"
        "VELNO: Gunmen killed seven people and wounded 12 others at a bus station in Velno on "
        "Sunday, police said.\n\n"
        "Three of the wounded were in a critical state, a doctor at the district hospital "
        "said.\n\n"
        "Last month, 5 people were killed in a similar attack in nearby Sarvo.\n\n"
    )
    found = sources(text)
    assert found["seven"] == "police"
    assert found["Three"] == "a doctor at the district hospital"
    assert found["5"] is None


def test_a_list_of_sources_names_no_body() -> None:
    """ "the agency, the Red Crescent and the army said": a list, no name beside a
    description."""
    text = (
        "At least 31 people were killed in floods in Velno province on Sunday, the disaster "
        "agency, the Velno Red Crescent and the army said.\n\n"
    )
    assert sources(text)["At least 31"] != "the Velno Red Crescent"
