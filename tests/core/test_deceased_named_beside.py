"""One dead person told as "the deceased" with an apposition that names them: "The
deceased, a 40-year-old farmer, was hacked to death" read nothing (the tagger takes
"deceased" for an adjective, so it was no person noun for the apposition to stand beside),
where "The victim, a 40-year-old farmer, ..." read one (issue #11, counts). Now one, and a
later "the deceased, a ..." is the victim counted before, as "the victim" is. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import run_texts

if TYPE_CHECKING:
    from spacy.language import Language


PUBLISHED = dt.date(2026, 3, 10)


def _figures(text: str) -> list[tuple[float, str]]:
    claims = run_texts(text, published=PUBLISHED).claims
    return [(c.value, c.measure) for c in claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The deceased, a 40-year-old farmer, was hacked to death by unknown assailants.",
         [(1.0, "killed")]),
        ("The deceased, a 19-year-old student, was shot dead outside the hostel on Friday.",
         [(1.0, "killed")]),
        ("The deceased, a retired teacher, was stabbed to death at his home on Monday.",
         [(1.0, "killed")]),
    ],
)
def test_the_deceased_named_beside_is_one_dead(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the victim counted before, said again
        ("A farmer was killed in the village on Sunday. The deceased, a 40-year-old father "
         "of three, was hacked to death by herders.", [(1.0, "killed")]),
        ("A farmer was killed in the village on Sunday. The victim, a 40-year-old father "
         "of three, was hacked to death by herders.", [(1.0, "killed")]),
        # the one counted before by name, or in another way, said again
        ("Bilal, 27, was stabbed to death in Korangi. The deceased, a rickshaw driver, was "
         "killed over a petty dispute.", [(1.0, "killed")]),
        ("Gunmen killed Sher Khan in Lakki Marwat on Monday. The deceased, a local trader, "
         "was shot dead near his shop.", [(1.0, "killed")]),
        ("Constable Tariq Mehmood was martyred in the attack. The deceased, a father of "
         "two, was killed when militants opened fire.", [(1.0, "killed")]),
        # the first telling counts, and a death told after it is one more
        ("The deceased, a 40-year-old farmer, was shot dead on Sunday. His cousin, a "
         "35-year-old teacher, was also killed.", [(1.0, "killed"), (1.0, "killed")]),
        # no apposition, or none of one person: someone told before
        ("The deceased was shot dead outside his shop on Friday.", []),
        ("The deceased, identified as a trader, was found in a ditch.", []),
        ("The dead, a 40-year-old farmer and his wife, were buried on Monday.", []),
        # no harm in its clause
        ("The deceased, a 40-year-old farmer, was buried on Monday.", []),
    ],
)
def test_other_mentions_of_the_dead_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(text) == figures
