"""Number mentions (``find_numbers``) and figures as claims state them (``find_amounts``)."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text.numbers import find_amounts, find_numbers
from core.text.qualifiers import qualifier_table

_SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
_SUITE = _SHARED / "peer" / "recognizers-text" / "Specs" / "Number" / "English" / "NumberModel.json"


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _suite_cases() -> list[dict[str, Any]]:
    if not _SUITE.is_file():
        pytest.skip(f"{_SHARED} not found: no Recognizers-Text number suite at {_SUITE}")
    cases: list[dict[str, Any]] = json.loads(_SUITE.read_text(encoding="utf-8-sig"))
    return [
        case
        for case in cases
        if "python"
        not in f"{case.get('NotSupported', '')} {case.get('NotSupportedByDesign', '')}".lower()
    ]


@pytest.mark.slow
def test_recognizers_number_suite() -> None:
    """Exactly right = same spans and values for every mention of a case (Recognizers' End is
    inclusive and its Text lower-cased, so spans are compared, not text)."""
    cases = _suite_cases()
    failures = []
    for case in cases:
        expected = [
            (r["Start"], r["End"] + 1, float(r["Resolution"]["value"])) for r in case["Results"]
        ]
        got = [(m.start, m.end, m.value) for m in find_numbers(case["Input"])]
        same = len(got) == len(expected) and all(
            g[0] == e[0] and g[1] == e[1] and _close(g[2], e[2])
            for g, e in zip(got, expected, strict=True)
        )
        if not same:
            failures.append(f"{case['Input']!r}: expected {expected}, got {got}")
    rate = 1 - len(failures) / len(cases)
    assert rate >= 0.85, f"{rate:.1%} exactly right; failures:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 26 people were killed", [("26", 26)]),
        ("more than 13,000 operations", [("13,000", 13000)]),
        ("a toll of 1 234 567", [("1 234 567", 1234567)]),
        ("40\u202f000 displaced", [("40\u202f000", 40000)]),
        ("3 000 troops", [("3 000", 3000)]),
        ("It cost 1.2 million dollars", [("1.2 million", 1.2e6)]),
        ("2 million fled", [("2 million", 2e6)]),
        ("10k marched, 1.2b spent", [("10k", 1e4), ("1.2b", 1.2e9)]),
        ("aid of $3m and £1.5bn", [("3m", 3e6), ("1.5bn", 1.5e9)]),
        ("Seven soldiers", [("Seven", 7)]),
        ("Twenty-six people", [("Twenty-six", 26)]),
        ("fifty - two", [("fifty - two", 52)]),
        ("two hundred and two thousand", [("two hundred and two thousand", 202000)]),
        ("Three hundred and thirty one", [("Three hundred and thirty one", 331)]),
        ("a dozen rockets", [("a dozen", 12)]),
        ("3 dozens", [("3 dozens", 36)]),
        ("half a dozen", [("half a dozen", 6)]),
        ("two thirds of them", [("two thirds", 2 / 3)]),
        ("3/4 of the town", [("3/4", 0.75)]),
        ("one and a half", [("one and a half", 1.5)]),
        ("one over three", [("one over three", 1 / 3)]),
        ("zero casualties", [("zero", 0)]),
        ("nine point nought four", [("nine point nought four", 9.04)]),
        ("1.3e6", [("1.3e6", 1.3e6)]),
        ("13 lakh", [("13 lakh", 1.3e6)]),
        ("three lakh crore", [("three lakh crore", 3e12)]),
        ("3 hundred and 21", [("3 hundred and 21", 321)]),
        ("minus 5", [("minus 5", -5)]),
        ("-4.5", [("-4.5", -4.5)]),
        ("20-30 killed", [("20", 20), ("30", 30)]),
        ("On May 3 150 people", [("3", 3), ("150", 150)]),
        ("5/17/2018", [("5", 5), ("17", 17), ("2018", 2018)]),
        ("one or two", [("one", 1), ("two", 2)]),
        ("One soldier died", [("One", 1)]),
        ("version two and a previous version", [("two", 2)]),
        ("killed 5 people over 3 days", [("5", 5), ("3", 3)]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, float]]) -> None:
    got = find_numbers(text)
    assert [m.text for m in got] == [t for t, _ in expected]
    assert [m.value for m in got] == pytest.approx([v for _, v in expected])
    assert all(text[m.start : m.end] == m.text for m in got)


@pytest.mark.parametrize(
    "text",
    [
        "The one you mentioned",
        "That one is really good",
        "No one was killed",
        "they helped one another",
        "a",
        "an",
        "A man was killed in a raid",
        "It took a second",
        "He was a first responder",
        "29km",
        "a 29km road",
        "the 180ml liquid",
        "the 5th of May",
        "the 1990s",
        "1m isn't a number",
        "at 10am",
        "flight A320",
        "none were hurt",
        "several people",
        "",
    ],
)
def test_find_numbers_finds_nothing(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.slow
def test_gold_figures_of_the_seed_articles() -> None:
    """Each hand-checked figure of the seed articles is an Amount with its span and reading."""
    gold_path = _SHARED / "corpus" / "gold" / "seeds.jsonl"
    if not gold_path.is_file():
        pytest.skip(f"{_SHARED} not found: no gold figures at {gold_path}")
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    gold = [row for row in map(json.loads, filter(None, lines)) if "doc" in row]
    assert gold
    texts = {
        name: (_SHARED / "corpus" / "seeds" / name).read_text(encoding="utf-8")
        for name in {row["doc"] for row in gold}
    }
    amounts = {name: find_amounts(text) for name, text in texts.items()}
    missed = []
    for row in gold:
        found = {(a.start, a.end, a.value, a.qualifier) for a in amounts[row["doc"]]}
        key = (row["start"], row["end"], row["value"], row["qualifier"])
        if key not in found:
            missed.append(f"{row['doc']}: {row['number_text']!r} {key}")
    assert not missed, "\n".join(missed)


def _only(text: str) -> tuple[str, str, float, float | None, float | None]:
    amounts = find_amounts(text)
    assert len(amounts) == 1, amounts
    a = amounts[0]
    assert text[a.start : a.end] == a.text
    assert a.start <= a.number_start < a.number_end <= a.end
    return a.text, a.qualifier, a.value, a.low, a.high


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    sorted((p, q) for p, q in qualifier_table().prefixes.items() if q != "range"),
)
def test_every_prefix_phrase_qualifies_a_number(phrase: str, qualifier: str) -> None:
    text = f"Officials said {phrase} 30 people died."
    span, got, value, _, _ = _only(text)
    assert (span, got, value) == (f"{phrase} 30", qualifier, 30)


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(qualifier_table().suffixes.items()))
def test_every_suffix_phrase_qualifies_a_number(phrase: str, qualifier: str) -> None:
    span, got, value, _, _ = _only(f"Officials said 30 {phrase} people died.")
    assert (span, got, value) == (f"30 {phrase}", qualifier, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 26 people were killed", ("At least 26", "at_least", 26, 26, None)),
        ("more than 13,000 raids", ("more than 13,000", "more_than", 13000, 13001, None)),
        ("Nearly 30 soldiers", ("Nearly 30", "nearly", 30, 27, 29)),
        ("some 29,000 displaced", ("some 29,000", "approx", 29000, 26100, 31900)),
        ("about thirty people", ("about thirty", "approx", 30, 27, 33)),
        ("up to 40 houses", ("up to 40", "up_to", 40, 0, 40)),
        ("fewer than 10 arrests", ("fewer than 10", "less_than", 10, 0, 9)),
        ("no fewer than five", ("no fewer than five", "at_least", 5, 5, None)),
        ("over 200 attacks", ("over 200", "more_than", 200, 201, None)),
        ("more than a dozen", ("more than a dozen", "more_than", 12, 13, None)),
        ("Seven died", ("Seven", "exact", 7, 7, 7)),
        ("killed 26 civilians", ("26", "exact", 26, 26, 26)),
        ("between 20 and 30 militants", ("between 20 and 30", "range", 20, 20, 30)),
        ("20-30 militants", ("20-30", "range", 20, 20, 30)),
        ("20–30 militants", ("20–30", "range", 20, 20, 30)),
        ("20 to 30 militants", ("20 to 30", "range", 20, 20, 30)),
        ("from 20 to 30 militants", ("from 20 to 30", "range", 20, 20, 30)),
        ("two or three guards", ("two or three", "range", 2, 2, 3)),
        ("between five and six hundred", ("between five and six hundred", "range", 500, 500, 600)),
        ("2-3 million displaced", ("2-3 million", "range", 2e6, 2e6, 3e6)),
        ("20 to 30 thousand fled", ("20 to 30 thousand", "range", 2e4, 2e4, 3e4)),
        ("from 200 to 3 million", ("from 200 to 3 million", "range", 200, 200, 3e6)),
        ("Dozens were hurt", ("Dozens", "vague", 12, 24, None)),
        ("several dozen were held", ("several dozen", "vague", 12, 24, None)),
        ("scores of homes", ("scores", "vague", 20, 40, None)),
        ("tens of people", ("tens", "vague", 10, 20, None)),
        ("hundreds fled", ("hundreds", "vague", 100, 200, None)),
        ("thousands fled", ("thousands", "vague", 1000, 2000, None)),
        ("tens of thousands fled", ("tens of thousands", "vague", 1e4, 2e4, None)),
        ("hundreds of thousands fled", ("hundreds of thousands", "vague", 1e5, 2e5, None)),
        ("millions fled", ("millions", "vague", 1e6, 2e6, None)),
        ("billions were lost", ("billions", "vague", 1e9, 2e9, None)),
        ("a few hundred marched", ("a few hundred", "vague", 100, 200, None)),
        ("- 20 people were killed", ("20", "exact", 20, 20, 20)),
    ],
)
def test_find_amounts(
    text: str, expected: tuple[str, str, float, float | None, float | None]
) -> None:
    assert _only(text) == expected


def test_range_carries_both_ends() -> None:
    (a,) = find_amounts("between 20 and 30 militants")
    assert (a.value, a.high_value, a.number_start, a.number_end) == (20, 30, 8, 17)
    assert a.is_digits


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed",
        "none were hurt",
        "several people were hurt",
        "the Hundred Years' War",
        "test scores rose",
        "The one you mentioned",
        "between them",
    ],
)
def test_find_amounts_finds_nothing(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from 20 to 30 overnight",
        "the count was revised from 20 to 30",
        "killed 20 and 30 wounded",
        "won 3-1",
        "between 30 and 20",
    ],
)
def test_two_figures_that_are_no_range(text: str) -> None:
    assert [a.qualifier for a in find_amounts(text)] == ["exact", "exact"]


def test_find_amounts_keeps_numbers_whose_kind_the_extractor_decides() -> None:
    got = [(a.text, a.is_digits) for a in find_amounts("In 2019, 12% of the 3rd ward's five")]
    assert got == [("2019", True), ("12", True), ("five", False)]


_PIECES = [
    *"0123456789 -.,/–\n$kMm",
    " one",
    " two",
    " hundred",
    " and",
    " a",
    " half",
    " dozens",
    " more than",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_spans_are_exact_and_ordered(text: str) -> None:
    mentions = find_numbers(text)
    assert all(text[m.start : m.end] == m.text and m.start < m.end for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.start <= amount.number_start < amount.number_end <= amount.end


def test_a_long_article_reads_every_figure_once() -> None:
    # Its speed is measured by benchmarks/hostile_inputs.py (seconds per MB of ordinary and
    # repetitive text), never timed here: a busy machine would make such a test fail.
    sentence = (
        "At least 23 people were killed and more than 45 wounded on Sunday, while some "
        "17,000 were displaced and dozens of homes destroyed, a spokesman for the "
        "provincial government of the invented district told reporters in the city. "
    )
    unit = len(find_amounts(sentence))
    text = sentence * 400
    amounts = find_amounts(text)
    assert unit >= 3
    assert len(amounts) == unit * 400
    assert all(text[a.start : a.end] == a.text for a in amounts)
