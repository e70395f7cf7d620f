"""Article body vs page furniture in text saved from news pages (core/furniture.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.ingest.furniture import body_spans, is_furniture
from core.model import Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold" / "seeds.jsonl"


def _kept(text: str, spans: tuple[Span, ...]) -> str:
    return "\n".join(text[s.start : s.end] for s in spans)


@pytest.mark.parametrize(
    "line",
    [
        "menu_open Sections",
        "arrow_back Home",
        "We use cookies to give you the best experience on our website",
        "This site uses cookies. By continuing to browse you agree to our use of cookies.",
        "More information . Close",
        "Accept all  Reject all",
        "Skip to content",
        "1. Skip to main menu",
        "  3. Skip to navigation",
        "Advertisement",
        "ADVERTISEMENT",
        "Share Tweet Email",
        "Read More",
        "Read more:",
        "Related: Four held after Fenwick clashes",
        "47 1",
        "1,204",
        "10.05.2025",
        "12/03/2024 | 10:45",
        "5 min read",
        "12 mins read",
        "3 minute listen",
        "3 months",
        "12 months",
        "£4.99/month",
        "$1",
        "Rs 499",
        "34 comments",
        "Comments (12)",
        "1.2K shares",
        "July 1, 2024",
        "Published On 2 Dec 2024",
        "Updated: 14 March 2024 10:32 GMT",
        "Mon 4 Mar 2024 09.15 GMT",
        "3 hours ago",
        "By Jane Okafor",
        "By Jane Okafor and Tom Wirth",
        "By Jane OkaforPublished On 2 Dec 2024",
        "AP Photo/ Sam Field",
        "Photo: Lena Marsh/Reuters",
        "Image: Lena Marsh/AP Photo/picture alliance",
        "[File: Lena Marsh/AFP]",
        "Topics: Fenwick   Elections   Security",
        "Tags: conflict, Fenwick",
        "Edited by: Tom Wirth",
        "Become a Member",
        "Check Member Benefits",
        "Subscribe now",
        "Sign up for our daily newsletter",
        "Follow Jane Okafor on Facebook, Twitter at @jokafor, or email her at",
        "@jokafor @fenwickpost",
        "https://example.org/news/fenwick",
        "Please let us know if you’re having trouble with comments.",
        "© 2024 Fenwick Post. All rights reserved.",
        "© Fenwick Post",
        "Copyright 2023 Fenwick Media Group",
        "(The views expressed above are the author's own and not those of the Fenwick Post.)",
        "Support independent journalism by becoming a member today.",
        "Home | World | Business | Sport",
        "![A crowd in Fenwick](images/crowd.jpg)",
        "[Home](/) [World](/world)",
        "........",
    ],
)
def test_furniture_lines_are_out(line: str) -> None:
    assert is_furniture(line)
    assert body_spans(line) == ()


@pytest.mark.parametrize(
    "line",
    [
        "At least 12 people were killed in a bombing in Fenwick on Monday, police said.",
        "Blast kills 12 at Fenwick market",
        "Has Marova lost the northern plot?",
        "The military says it killed eight ‘militants’ over the weekend",
        "Three Killed in Fenwick Clashes",
        "By Tuesday, 40 people had died, officials said.",
        "By the end of March, the toll had risen to 63.",
        "1. At least 12 people were killed in the first attack.",
        "He also directed his Fenwick People's Party (FPP) to stand against it.",
        "The group said 20 years of war had cost 15,000 lives (officials dispute this).",
        "Killed: 45",
        "Security forces arrested 396 suspects in 1,300 raids.",
        "Lacking money and local support",
        "More cross-border strikes?",
        "Some 29,000 foreign workers live in Marova, of whom more than 2,500 work on the port.",
        "Fenwick, Marova – Officials said 30 people were injured.",
        "The 3 months of fighting left 200 dead.",
        "# Twelve killed in Fenwick",
        "Share prices fell 12 percent after the attack, traders said.",
        "Follow-up raids led to 14 arrests, the police said.",
    ],
)
def test_prose_lines_are_in(line: str) -> None:
    assert not is_furniture(line)
    assert body_spans(line) == (Span(0, len(line)),)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "At least 9 people were killed in Merrow on May 3, 2024 [Jane Doe/AFP]"
            "By Tom WirthPublished On 4 May 2024",
            "At least 9 people were killed in Merrow on May 3, 2024",
        ),
        (
            "More than 300 people have died in the floods this year [Jane Doe/Reuters]",
            "More than 300 people have died in the floods this year",
        ),
        (
            "Supporters of the mayor marched on Merrow last week [File: Jane Doe/AFP]",
            "Supporters of the mayor marched on Merrow last week",
        ),
        (
            "Merrow has seen 40 attacks over the past two yearsImage: Jane Doe/AP Photo",
            "Merrow has seen 40 attacks over the past two years",
        ),
        (
            "The Merrow People's Party (MPP) said 12 members were held [Jane Doe/AFP]",
            "The Merrow People's Party (MPP) said 12 members were held",
        ),
    ],
)
def test_caption_keeps_sentence_drops_credit(line: str, kept: str) -> None:
    spans = body_spans(line)
    assert _kept(line, spans) == kept


@pytest.mark.parametrize(
    "line",
    [
        "The ratio was 3/4 [see table] according to the report.",
        "Officials (speaking on condition of anonymity) said 12 died.",
        "Fighting in the north/south corridor [Merrow/Fenwick] continued all week.",
    ],
)
def test_brackets_inside_prose_are_kept(line: str) -> None:
    assert body_spans(line) == (Span(0, len(line)),)


def test_tail_fragments_after_the_last_prose_line_are_out() -> None:
    text = (
        "Fenwick counts its dead\n\n"
        "At least 14 people were killed when gunmen opened fire on a bus near Fenwick.\n\n"
        "Jane Okafor\n"
        "Killed: 14\n"
        "Check Member Benefits\n"
    )
    kept = _kept(text, body_spans(text))
    assert "Fenwick counts its dead" in kept  # headline before the prose stays
    assert "Killed: 14" in kept  # a figure in a closing fact box stays
    assert "Jane Okafor" not in kept
    assert "Check Member Benefits" not in kept


def test_spans_merge_across_blank_lines_and_index_the_text() -> None:
    text = (
        "Advertisement\n\n"
        "First paragraph says 12 people died.\n\n"
        "Second paragraph says 30 were hurt.\n"
        "5 min read\n"
        "Third paragraph says four were held.\n"
    )
    spans = body_spans(text)
    assert len(spans) == 2
    assert text[spans[0].start : spans[0].end] == (
        "First paragraph says 12 people died.\n\nSecond paragraph says 30 were hurt."
    )
    assert text[spans[1].start : spans[1].end] == "Third paragraph says four were held."


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t"])
def test_blank_text_has_no_body(text: str) -> None:
    assert body_spans(text) == ()


def _seed_gold() -> dict[str, list[dict[str, object]]]:
    if not GOLD.is_file() or not SEEDS.is_dir():
        pytest.skip(f"{SHARED}/corpus not found: the seed articles and gold are not checked out")
    out: dict[str, list[dict[str, object]]] = {}
    for raw in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        if "doc" in row:  # the file also holds event-pair rows
            out.setdefault(str(row["doc"]), []).append(row)
    return out


@pytest.mark.slow
def test_every_gold_figure_of_the_seeds_lies_in_the_body() -> None:
    gold = _seed_gold()
    assert gold
    for name, rows in gold.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        spans = body_spans(text)
        for row in rows:
            start, end = int(str(row["start"])), int(str(row["end"]))
            assert text[start:end] == row["number_text"], (name, row)
            assert any(s.contains(start) and s.contains(end - 1) for s in spans), (name, row)


FURNITURE_FIGURES = ["47 1", "5 min read", "3 months", "12 months", "10.05.2025"]


@pytest.mark.slow
def test_furniture_figures_of_the_seeds_lie_outside_the_body() -> None:
    _seed_gold()
    found = 0
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = body_spans(text)
        offset = 0
        for line in text.split("\n"):
            if line.strip() in FURNITURE_FIGURES:
                found += 1
                pos = offset + line.index(line.strip())
                assert not any(s.contains(pos) for s in spans), (path.name, line)
            offset += len(line) + 1
    assert found >= len(FURNITURE_FIGURES)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Eastland Wire\n\nFloods cut off three villages in the valley\n\nBody text here.",
         "Floods cut off three villages in the valley"),
        ("Valdoria Today | National\nArmy launches operation after market attack\nMore.",
         "Army launches operation after market attack"),
        ("Short\n" + "word " * 40, None),
        ("", None),
    ],
)
def test_headline_of_plain_text(text: str, title: str | None) -> None:
    from core.ingest.files import headline

    assert headline(text, body_spans(text)) == title


def test_a_markdown_headline_is_read_without_its_markup() -> None:
    from core.ingest.files import headline

    text = ("# Ferry sinks off Port Vessany, dozens missing\n\n*Harbour Gazette*\n\n"
            "At least 23 people drowned when the ferry capsized on Monday, officials said.\n")
    assert headline(text, body_spans(text)) == "Ferry sinks off Port Vessany, dozens missing"
    emphasised = "**Storm closes the coast road for a week**\n\nThe road stays shut.\n"
    assert headline(emphasised, body_spans(emphasised)) == (
        "Storm closes the coast road for a week")


def test_headlines_under_a_list_heading_are_out_once_the_article_began() -> None:
    text = (
        "Related stories\n"
        "Ferry toll reaches 20\n\n"
        "At least 14 people were killed when gunmen opened fire on a bus near Fenwick.\n\n"
        "Most read:\n"
        "Six injured as roof collapses in Lanmore\n"
        "2. Flood toll rises to 40\n"
        "Police said three suspects were held.\n"
        "Two men were later charged\n"
    )
    kept = _kept(text, body_spans(text))
    assert "Ferry toll reaches 20" in kept  # before the article: may be its own headline
    assert "Six injured" not in kept
    assert "Flood toll" not in kept
    assert "Police said three suspects were held." in kept  # prose ends the list
    assert "Two men were later charged" in kept


INSET = (
    "Two hurt in Lakeview bar shooting\n\n"
    "The shooting happened late on Sunday at a bar on Elm Street, police said.\n\n"
    "{line}\n\n"
    "Detectives are still looking for the man who fired into the crowd on Sunday.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Gunman wounds four in Ridgeway mall attack",  # another story's headline
        "►Related: Three held after Ridgeway stabbing",  # a bullet touching its link
        "[OTHER NEWS: Man charged over Ridgeway stabbing]",
    ],
)
def test_other_stories_inside_the_body_are_out(line: str) -> None:
    text = INSET.format(line=line)
    assert line not in " ".join(text[s.start : s.end] for s in body_spans(text))


@pytest.mark.parametrize(
    "line",
    [
        "Police said the gunman had wounded four people",  # prose that lost its stop
        "Two others were treated for cuts",  # an auxiliary: prose, not headlinese
        "“Four of them fell to the floor”",  # a quote
        "Victims named",  # a subheading too short to be a headline
    ],
)
def test_body_lines_without_a_stop_stay_in(line: str) -> None:
    text = INSET.format(line=line)
    assert line in " ".join(text[s.start : s.end] for s in body_spans(text))


@pytest.mark.parametrize(
    "heading",
    ["Latest News", "LATEST:", "Popular now", "Don't miss", "Editor's picks", "Must read",
     "In case you missed it"],
)
def test_more_list_headings_open_other_stories(heading: str) -> None:
    text = (
        "A bus driver was wounded in firing near Harnai on Sunday, officials said.\n\n"
        f"{heading}\n"
        "- 12 held in crackdown on Lanmore gamblers\n"
        "- Five killed as van plunges into Tarsk ravine\n"
    )
    kept = _kept(text, body_spans(text))
    assert "12 held" not in kept
    assert "Five killed" not in kept


def test_a_latest_count_in_prose_is_no_heading() -> None:
    text = "Officials said the latest toll stood at nine.\n\nLatest figures\nNine dead in Harnai\n"
    kept = _kept(text, body_spans(text))
    assert "Officials said the latest toll stood at nine." in kept
    assert "Nine dead in Harnai" in kept  # "Latest figures" heads no list of stories
