"""A stretch of time ("a day after", "two days after") sets apart only the clause it opens: its
figures tell the earlier happening; the rest of the sentence tells its own, the report's
incident ("A day after gunmen killed three guards, police arrested five men")."""

from __future__ import annotations

import pytest

from core.group.match import report_frames
from core.group.pair_scores import claim_facts, score_pair
from core.group.vocabulary import sentence_info
from tests.core.claim_factory import Batch

_FRONTED = (
    "Dorval: A day after gunmen killed three guards at a checkpoint near the bridge, police "
    "arrested five men in a raid on Friday, officials said."
)
_DATELINED = (
    "MIRABEL, March 6 (Newswire) - Two days after a bomb wounded six shoppers at a market, "
    "troops detained eleven suspects in the old quarter."
)
_TRAILING = (
    "Police arrested five men in the old quarter on Friday, a day after gunmen killed three "
    "guards at a checkpoint."
)


@pytest.mark.parametrize(
    ("sentence", "figure", "separate"),
    [
        (_FRONTED, "three", True),
        (_FRONTED, "five", False),
        (_DATELINED, "six", True),
        (_DATELINED, "eleven", False),
        (_TRAILING, "five", False),
        (_TRAILING, "three", True),
        # wording of another incident still sets the whole sentence apart
        ("In a separate attack, gunmen killed four guards a day after the raid.", "four", True),
    ],
)
def test_a_stretch_of_time_sets_apart_only_the_clause_it_opens(
    sentence: str, figure: str, separate: bool
) -> None:
    info = sentence_info(sentence)
    assert info.separate_at(sentence.index(f" {figure} ") + 1) is separate


def test_the_main_clauses_figure_stays_in_its_reports_frame() -> None:
    """The report on the arrests: its lead's arrest figure is its own incident's; the killing
    the 'after' clause recalls is not in the report's frame."""
    b = Batch()
    b.report(
        "d1",
        published="2031-03-07",
        lead="Five held over checkpoint killing\n" + _FRONTED + "\nThe men were questioned.\n",
    )
    held = b.add("d1", _FRONTED, "five", 5, measure="arrested", location="Dorval",
                 date="2031-03-06")
    killed = b.add("d1", _FRONTED, "three", 3, location="Dorval", date="2031-03-05")
    _, frames, _ = report_frames(b.documents())
    one = {d: ("r1", incident) for d, (_, incident) in frames.items()}
    by_id = {f.claim.id: f for f in claim_facts(b.claims, b.documents(), one)}
    assert by_id[held].in_frame
    assert not by_id[killed].in_frame


_PENALTY = "wording speaks of another incident"


@pytest.mark.parametrize(
    ("sentence", "penalised"),
    [
        (_FRONTED, False),
        ("In a separate attack, gunmen killed three guards at a checkpoint near the bridge.", True),
    ],
)
def test_the_earlier_happening_told_again_later_in_the_report_is_not_another_incident(
    sentence: str, penalised: bool
) -> None:
    """The 'after' clause's killing, told again in a later sentence of the report, is one
    happening: no penalty for wording of another incident; a separate attack keeps it."""
    b = Batch()
    b.report("d1", published="2031-03-07")
    first = b.add("d1", sentence, "three", 3, location="Dorval", date="2031-03-05")
    again = b.add("d1", "The three guards were buried on Saturday.", "three", 3,
                  location="Dorval", date="2031-03-05")
    by_id = {f.claim.id: f for f in claim_facts(b.claims, b.documents())}
    scored = score_pair(by_id[first], by_id[again], dict(b.texts))
    assert scored is not None
    assert (_PENALTY in scored[1]) is penalised
