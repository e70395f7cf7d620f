"""Outlet inference for plain text (core/ingest/outlets.py): byline, masthead, agency tag.
Every outlet and person here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest.files import from_text, load
from core.ingest.outlets import agency_line, agency_tag, byline_outlet, infer_outlet
from core.lexicon.mastheads import masthead

LEAD = "At least 14 people were killed in a blast at the Korvath market on Monday, police said."


@pytest.mark.parametrize(("line", "outlet"), [
    ("By Jane Roe, Norhaven Courier", "Norhaven Courier"),
    ("By Jane Roe and Tom Vell, The Eastland Wire", "The Eastland Wire"),
    ("By Jane Roe | Staff Writer | Valdoria Today", "Valdoria Today"),
    ("By Jane Roe, Senior Correspondent, Norhaven Courier", "Norhaven Courier"),
    ("By Jane Roe for the Norhaven Courier", "Norhaven Courier"),
    ("BY JANE ROE - Korvath Evening Star", "Korvath Evening Star"),
    ("By Reuters", "Reuters"),
    ("By the Associated Press", "Associated Press"),
    ("By Jane Roe, AFP", "AFP"),
    ("Written by Jane Roe, Norhaven Courier", "Norhaven Courier"),
])
def test_a_byline_names_the_outlet(line: str, outlet: str) -> None:
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize("line", [
    "By Jane Roe",
    "By Jane Roe, Staff Writer",
    "By Jane Roe, Updated Monday",
    "By Jane Roe, 3 March 2031",
    "By Jane Roe, @janeroe",
    "By noon the crowd had grown, police said, and the road was closed.",
    "by Jane Roe, Norhaven Courier",  # a line in lower case continues a sentence
    "Reporting by Jane Roe; Editing by Tom Vell",
])
def test_a_byline_without_an_outlet_names_none(line: str) -> None:
    assert byline_outlet(line) is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("The Norhaven Courier", "The Norhaven Courier"),
    ("Valdoria Today", "Valdoria Today"),
    ("THE EASTLAND HERALD", "The Eastland Herald"),
    ("norhaven-courier.com", "norhaven-courier.com"),
    ("The Times", "The Times"),
])
def test_a_masthead_names_the_outlet(line: str, outlet: str) -> None:
    assert masthead(line) == outlet


@pytest.mark.parametrize("line", [
    "Breaking News",
    "Latest World News",
    "Blast in Korvath market",
    "Police said 12 people died.",
    "Korvath toll rises to 14 in market blast",
    "Star striker hurt in Korvath",  # a headline that opens with a publication word
])
def test_a_first_line_that_is_no_masthead(line: str) -> None:
    assert masthead(line) is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("KORVATH (Reuters) - At least 14 people were killed.", "Reuters"),
    ("KORVATH, March 3 (AP) — At least 14 people were killed.", "Associated Press"),
    ("(AFP) - Police arrested three men.", "AFP"),
])
def test_an_agency_tag_names_the_outlet(line: str, outlet: str) -> None:
    assert agency_tag(line) == outlet


def test_an_agency_quoted_in_a_sentence_is_no_tag() -> None:
    assert agency_line("Reuters reported the toll.") is None
    assert agency_tag("Police told the agency. A spokesman (Reuters) - no.") is None
    assert agency_tag("A source told Reuters (by phone) - that 12 died.") is None


def test_an_agency_credit_line_names_the_outlet() -> None:
    text = f"Blast in Korvath market\nThe Associated Press\n{LEAD}\n"
    assert infer_outlet(text) == "Associated Press"
    assert infer_outlet(f"Blast in Korvath market\nAFP\n{LEAD}\n") == "AFP"
    assert infer_outlet(f"Blast in Korvath market\nPolice said so.\n{LEAD}\n") is None


def test_the_byline_comes_before_the_masthead_and_the_tag() -> None:
    text = (f"The Norhaven Courier\nBlast in Korvath market\nBy Jane Roe, Eastland Wire\n"
            f"KORVATH (Reuters) - {LEAD}\n")
    assert infer_outlet(text) == "Eastland Wire"
    assert infer_outlet(text.replace("By Jane Roe, Eastland Wire\n", "")) == (
        "The Norhaven Courier")
    assert infer_outlet(f"Blast in Korvath market\nKORVATH (Reuters) - {LEAD}\n") == "Reuters"


def test_a_masthead_under_the_headline_or_before_a_section() -> None:
    assert infer_outlet(f"Blast in Korvath market\n\nThe Norhaven Courier\nBy Jane Roe\n"
                        f"{LEAD}\n") == "The Norhaven Courier"
    assert infer_outlet(f"Valdoria Today | National\nBlast in Korvath market\n{LEAD}\n") == (
        "Valdoria Today")
    assert infer_outlet(f"Eastland Security Monitor – Weekly Brief\n{LEAD}\n") == (
        "Eastland Security Monitor")
    # under the lead, a short line is no masthead
    assert infer_outlet(f"Blast in Korvath\n{LEAD}\nKorvath Evening Star\n") is None


def test_a_text_that_names_no_outlet_has_none() -> None:
    assert infer_outlet(f"Blast in Korvath market\n{LEAD}\nOfficials said 30 were hurt.\n") is None
    assert infer_outlet("Valdoria Today") is None  # a lone line is no masthead over a text
    assert infer_outlet("") is None
    # a name deep in the story is no masthead or byline
    body = "\n".join(f"{LEAD} Line {n}." for n in range(30))
    assert infer_outlet(f"Blast in Korvath\n{body}\nBy Jane Roe, Norhaven Courier\n") is None


def test_a_text_file_and_a_paste_get_their_outlet(tmp_path: Path) -> None:
    path = tmp_path / "korvath.txt"
    path.write_text(f"Blast in Korvath market\nBy Jane Roe, Norhaven Courier\n{LEAD}\n",
                    encoding="utf-8")
    assert load(path, doc_id="d1").outlet == "Norhaven Courier"
    pasted = from_text(f"KORVATH (Reuters) - {LEAD}", doc_id="d2")
    assert pasted.outlet == "Reuters"
    # what the checker typed wins
    named = from_text(f"KORVATH (Reuters) - {LEAD}", doc_id="d3", outlet="Valdoria Today")
    assert named.outlet == "Valdoria Today"


def test_a_markdown_masthead_names_the_outlet_without_its_marks() -> None:
    text = ("# Ferry sinks off Port Vessany, dozens missing\n\n*Harbour Gazette*\n\n"
            "At least 23 people drowned when the ferry capsized on Monday, officials said.\n")
    assert infer_outlet(text) == "Harbour Gazette"
