"""A people's noun after the noun that modifies it, "Gunmen shot dead a traffic warden": the
parser can read "a traffic" as the object and "warden" as a clause on it, so the victim went
uncounted (issue #11, detection). The people's noun heads the phrase again, as in "a traffic
policeman"; a phrase whose last noun names no person ("a school building") or that a verb
does not harm stays as it was. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen shot dead a traffic warden in Eldmere on Monday, police said.",
         ("killed", 1, "a traffic warden")),
        ("Unidentified men shot dead a traffic warden near the main square in Eldmere on "
         "Monday.", ("killed", 1, "a traffic warden")),
        ("Two masked men stabbed a traffic warden in Eldmere on Monday.",
         ("injured", 1, "a traffic warden")),
        ("The blast injured a hotel guest in Eldmere on Monday.",
         ("injured", 1, "a hotel guest")),
    ],
)
def test_a_people_noun_read_as_a_clause_is_counted(
    nlp: Language, text: str, figure: tuple[str, float, str]
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.measure != "other"]
    assert [(c.measure, c.value, c.number_text) for c in claims] == [figure]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Gunmen shot dead a traffic policeman in Eldmere on Monday.",
         [("killed", 1, "a traffic policeman")]),
        ("Police arrested a bus conductor in Eldmere on Monday.",
         [("arrested", 1, "a bus conductor")]),
        ("The court sentenced a jail warden to 3 years in Eldmere on Monday.", []),
        ("The storm damaged a school building and a police station in Eldmere on Monday.", []),
        ("Police found a body dumped near a canal in Eldmere on Monday.", []),
    ],
)
def test_phrases_the_parser_read_right_or_no_victim(
    nlp: Language, text: str, figures: list[tuple[str, float, str]]
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.measure != "other"]
    assert [(c.measure, c.value, c.number_text) for c in claims] == figures
