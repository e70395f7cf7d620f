"""The ECB+ participant benchmark's pure parts: tokens aligned to the detokenised text, what a
count is (not an age), and when a claim finds a participant. Rows invented in ECB+'s shape."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.shared import benchmark_module

bench = benchmark_module("ecb_participants")


def test_tokens_align_to_the_detokenised_text_in_order() -> None:
    row = {
        "text": 'A blast killed 12 people, "police" said.',
        "sentences": [{"sent": 1, "tokens": ["A", "blast", "killed", "12", "people", ",",
                                             "``", "police", "''", "said", "."]}],
    }
    spans = bench.token_offsets(row)
    assert row["text"][slice(*spans[(1, 3)])] == "12"
    assert row["text"][slice(*spans[(1, 7)])] == "police"


def test_a_count_is_a_number_not_an_age() -> None:
    assert bench.is_count("at least three people")
    assert bench.is_count("12 others")
    assert not bench.is_count("a 16 - year - old")
    assert not bench.is_count("Jon Roe , 61")


def _claim(start: int, end: int) -> Claim:
    return Claim(
        id="c1", document_id="d1", start=start, end=end, number_text="10", value=10.0,
        qualifier="exact", low=10.0, high=10.0, measure="killed", subject="people",
        sentence="", sentence_start=0, sentence_end=0, date_start=dt.date(2031, 1, 1),
        date_end=dt.date(2031, 1, 1), date_text=None, location=None, attribution=None,
        rule="test",
    )


def test_a_claim_finds_the_participant_it_overlaps_or_counts() -> None:
    text = "The quake killed 10 people and hurt many more."
    people = bench.Participant(doc="d1", cluster="c", text="people", tag=None,
                               start=text.index("people"), end=text.index("people") + 6,
                               sentence=text)
    figure = text.index("10")
    assert bench.is_found(people, [_claim(figure, figure + 2)], text)
    # a clause between the figure and the noun: the figure counts something else
    far = "The quake killed 10, and people fled."
    fled = bench.Participant(doc="d1", cluster="c", text="people", tag=None,
                             start=far.index("people"), end=far.index("people") + 6,
                             sentence=far)
    assert not bench.is_found(fled, [_claim(far.index("10"), far.index("10") + 2)], far)
