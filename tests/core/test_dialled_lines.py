"""Lines people call told in two more shapes: a toll-free number in three or four groups of
digits ("1800-180-1551", "1800-11-4000") read as counts of its groups, and a number the parser
hung on the name listed after it ("call 911 or Crime Stoppers") read as a count of 911
(issue #11: phone numbers are no claims). Now neither gives a figure. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def _figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    """(value, measure) of every claim of ``text``, core or not."""
    return [(c.value, c.measure) for c in read_claims(nlp, text, None)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A bomb killed three people. Relatives can call the toll-free number 1800-180-1551.",
         [(3.0, "killed")]),
        ("A bomb killed three people. The helpline 1800-11-4000 was opened for families.",
         [(3.0, "killed")]),
        ("A bomb killed three people. The toll-free number 1800-180-1551 can be used by "
         "families.", [(3.0, "killed")]),
        ("A bomb killed three people. The toll-free number 1800-11-4000 can be used by "
         "relatives.", [(3.0, "killed")]),
        ("A bomb killed three people. Witnesses should call 911 or Crime Stoppers.",
         [(3.0, "killed")]),
        ("A bomb killed three people. Witnesses should dial 1122 or Rescue control.",
         [(3.0, "killed")]),
    ],
)
def test_a_line_called_is_no_figure(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a range joins two numbers, a date holds eight digits
        ("Police questioned 12 or 13 witnesses after the bomb.", [(12.0, "other")]),
        ("Police called four or five witnesses after the bomb.", [(4.0, "other")]),
        ("The attackers killed 4 or 5 guards.", [(4.0, "killed")]),
        ("Clashes on 2026-03-12 killed 12 people.", [(12.0, "killed")]),
        ("The 2010-2011 floods killed 300 people.", [(300.0, "killed")]),
        # numbers dialled as before
        ("A bomb killed three people. Residents can dial 1122 or 15 for help.",
         [(3.0, "killed")]),
        ("A bomb killed three people. Witnesses should call 555-0143.", [(3.0, "killed")]),
        # a count listed with a name is a count ("killed 12 soldiers and Roe")
        ("The gunmen killed 12 soldiers and a police officer.", [(13.0, "killed")]),
        # a number widened by a word after "or" is a count, no line called
        ("Rescuers called 15 or more ambulances to the scene.", [(15.0, "other")]),
        ("Police called 200 or so officers to the scene.", [(200.0, "other")]),
        ("Authorities called up 500 or more reservists after the bomb.", [(500.0, "other")]),
    ],
)
def test_other_numbers_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(nlp, text) == figures
