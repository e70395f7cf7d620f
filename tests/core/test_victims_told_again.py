"""Issue #11, detection: singular victims and lists of them as local news tells them, and
named victims told again. A title before a person's name ("the county's sheriff, Tom Reed,
61, was killed"); one treated at a place of care ("a clerk was treated at a hospital and
released"); a definite person a participle of the news introduces ("..., critically injuring
the sheriff"); two people the parser hangs as one modifier ("killing a deputy and bomb
technician"); and names told after a count or a description already counted them ("killing
a deputy and a state bomb technician ... Deputy Ray Cole and Trooper Dan Fry died"), which
are no new figures. Sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans, core_claims_by_text, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

BLAST = "A bomb went off at a credit union in Marlow on Thursday, "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A girl died when the porch collapsed.", [(1.0, "killed", "A girl")]),
        ("Deputies shot and killed an armed 19-year-old driver last winter.",
         [(1.0, "killed", "an armed 19-year-old driver")]),
        ("The county's sheriff, Tom Reed, 61, was killed in the blast.",
         [(1.0, "killed", "Tom Reed")]),
        ("The village's postmaster, Ida Lund, 47, was injured.",
         [(1.0, "injured", "Ida Lund")]),
        ("A male cashier was treated at a hospital and released.",
         [(1.0, "injured", "A male cashier")]),
        ("A teller was treated at the scene.", [(1.0, "injured", "A teller")]),
        (BLAST + "killing a deputy and a county bomb technician, and critically injuring the "
         "sheriff.", [(2.0, "killed", "a deputy and a county bomb technician"),
                      (1.0, "injured", "the sheriff")]),
        (BLAST + "injuring the mayor.", [(1.0, "injured", "the mayor")]),
        ("Marlow's mayor, Ida Lund, 47, was injured.", [(1.0, "injured", "Ida Lund")]),
        (BLAST + "killing a deputy and bomb technician.",
         [(2.0, "killed", "a deputy and bomb technician")]),
        ("A deputy and bomb technician were killed on Thursday.",
         [(2.0, "killed", "A deputy and bomb technician")]),
    ],
)
def test_singular_victims_of_local_news(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or a thing set off by a name is no victim; a title naming no harm neither
        ("The company's truck, a Ford, was hit by a train.", []),
        ("The city's main clinic, Mercy General, was damaged in the blast.", []),
        # treated for no wound, or examined only: no one hurt
        ("A man was treated for shock and released.", []),
        ("A man was examined at a hospital and released.", []),
        # "injured the sheriff" said flatly may be one a count left unnamed
        ("A gunman injured the sheriff.", []),
        ("Gunfire wounded the mayor on Thursday.", []),
        (BLAST + "damaging the building.", []),
        # one person of two trades, by the verb's number
        ("A deputy and bomb technician was killed on Thursday.",
         [(1.0, "killed", "A deputy and bomb technician")]),
        # no person noun before "and": one person
        ("A crash on Route 9 killed a police and fire chaplain.", []),
        ("A crash on Route 9 killed a deputy bomb technician.",
         [(1.0, "killed", "a deputy bomb technician")]),
    ],
)
def test_near_misses_of_singular_victims(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BLAST + "killing a deputy and a county bomb technician. Deputy Al Berg and Trooper "
         "Lee Moss, both 38, died at the scene. The victims have been identified as Al Berg "
         "and Lee Moss.", [("killed", 2)]),
        (BLAST + "killing a deputy and a county bomb technician, and critically injuring the "
         "sheriff. Sheriff Tom Reed, who has served for decades, was in critical condition.",
         [("killed", 2), ("injured", 1)]),
        ("The village's fire chief, Ida Lund, 47, was injured in the blast on Thursday. "
         "Chief Lund, who has served for decades, was in critical condition.",
         [("injured", 1)]),
        (BLAST + "killing a teller and a guard. Ida Lund and Lee Moss, both 38, died at the "
         "scene.", [("killed", 2)]),
    ],
)
def test_named_victims_told_again_are_no_new_figures(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list told "also" harmed after it: someone more
        (BLAST + "killing a teller and a guard. Ida Lund and Lee Moss were also killed.",
         [("killed", 2), ("killed", 1), ("killed", 1)]),
        # a count of another harm counts no one dead
        ("Two people were injured at a credit union on Thursday. Al Berg, 30, died at the "
         "scene.", [("injured", 2), ("killed", 1)]),
        # one described, then two names: the description counted one of them at most
        (BLAST + "killing a deputy. Al Berg and Lee Moss died at the scene.",
         [("killed", 1), ("killed", 1), ("killed", 1)]),
        # one family name, two given names: two people
        ("Ida Lund, 47, was injured at the credit union on Thursday. Tom Lund, 49, was in "
         "critical condition.", [("injured", 1), ("injured", 1)]),
        # two names are two people
        ("Ida Lund, 47, was injured at the credit union on Thursday. Ada Moss, 41, was in "
         "critical condition.", [("injured", 1), ("injured", 1)]),
    ],
)
def test_a_named_victim_no_count_before_covers_stays(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


def test_a_headline_drops_the_second_article() -> None:
    body = "\n\nA bomb went off at a credit union in Marlow on Thursday, police said."
    texts = [
        "Blast at credit union kills deputy and bomb technician" + body,
        "Blast at credit union kills deputy bomb technician" + body,
    ]
    claims = core_claims_by_text(texts, dt.date(2031, 5, 2))
    assert [(c.measure, c.value) for c in claims[texts[0]]] == [("killed", 2)]
    assert [(c.measure, c.value) for c in claims[texts[1]] if c.measure == "killed"] == []
