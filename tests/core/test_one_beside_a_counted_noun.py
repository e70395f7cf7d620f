"""One of a people listed before a counted plural whose numeral the parser hung on the plural
itself, "A Syrian and four Turkish workmen were abducted": the parser reads both people's
words as adjectives of "workmen" and "four" as its numeral, so the one person was lost and
the count read four (issue #11, counts). Also the one people's word the parser made a noun's
modifier ("an Afghan and three Pakistani tribesmen") and plurals in "-men" the people nouns
do not list ("workmen", "boatmen"). Now the list counts the one person with the others.
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A Syrian and four Turkish workmen were abducted near the border on Monday.",
         [(5.0, "kidnapped")]),
        ("Gunmen abducted a Syrian and four Turkish workmen on Monday.", [(5.0, "kidnapped")]),
        ("A Syrian and four Turkish engineers were abducted near the border.",
         [(5.0, "kidnapped")]),
        ("A Lebanese and three Syrian fishermen were detained at sea on Friday.",
         [(4.0, "arrested")]),
        ("Police arrested an Afghan and three Pakistani tribesmen on Monday.",
         [(4.0, "arrested")]),
        ("A Somali and two Kenyan boatmen drowned when the ferry capsized.", [(3.0, "killed")]),
        ("A Syrian and four Turkish nationals were injured in the blast.", [(5.0, "injured")]),
    ],
)
def test_the_one_and_the_plurals_numeral_count_together(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # things, no people
        ("A Syrian and four Turkish trucks were burned on Monday.", []),
        ("A Syrian and four Turkish restaurants were damaged in the blast.", []),
        # the list names the speakers, not the victims
        ("A Syrian and four Turkish officials said 12 people were killed.",
         [(12.0, "killed")]),
        # "the" names a people, no one person
        ("The Syrian and four Turkish workmen said the gunmen wore masks.", []),
        # a people counted alone
        ("Four Turkish workmen were abducted near the border on Monday.",
         [(4.0, "kidnapped")]),
        ("Gunmen abducted four workmen on Monday.", [(4.0, "kidnapped")]),
        # a people's word with a noun of its own: already a list of two nouns
        ("A Syrian driver and four Turkish workmen were abducted on Monday.",
         [(5.0, "kidnapped")]),
        # the counted people first: the group's figure (as the seed reports' gold reads it)
        ("Four Turkish workmen and a Syrian were abducted on Monday.", [(4.0, "kidnapped")]),
    ],
)
def test_other_lists_stay(nlp: Language, text: str, figures: list[tuple[float, str]]) -> None:
    assert core_figures(nlp, text) == figures
