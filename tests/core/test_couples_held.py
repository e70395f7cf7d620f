""""A couple" after an indefinite article is two people, whatever befell them: "Gunmen
abducted a couple and their son" read nothing and "Bandits kidnapped an elderly couple"
nothing, where "A couple and their son were killed" read 3 (issue #11, counts). The parser
hangs "their son" on the verb: relatives right after the verb's object and "and" are the
object list's next member, one named by relation as a counted one was. "a couple of" (a
vague few) and "the couple" (two told before, maybe) stay as they were; a counted "two
couples" is four (test_counted_couples). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Bandits kidnapped an elderly couple in the village on Sunday night.",
         [(2.0, "kidnapped")]),
        ("A couple was abducted from their farm on Sunday.", [(2.0, "kidnapped")]),
        ("Police arrested a couple at the bus station.", [(2.0, "arrested")]),
        ("Gunmen abducted a couple and their son on Saturday.", [(3.0, "kidnapped")]),
        ("Gunmen abducted a couple and their two children on Saturday.",
         [(4.0, "kidnapped")]),
        ("Police arrested a couple and their driver at the checkpoint.", [(3.0, "arrested")]),
        ("Gunmen killed a couple and their son on Saturday.", [(3.0, "killed")]),
    ],
)
def test_a_couple_is_two(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a vague few, no pair
        ("Gunmen abducted a couple of traders on the highway.", []),
        ("Police said a couple of suspects were arrested.", []),
        ("A couple of days later, police arrested a man.", [(1.0, "arrested")]),
        # "the couple": two told before, maybe
        ("Police arrested the couple at the bus station.", []),
        ("The couple was kidnapped on Sunday.", []),
        # counted couples: two people each (test_counted_couples)
        ("Gunmen abducted two couples on Sunday.", [(4.0, "kidnapped")]),
        # lists read before the change
        ("Gunmen abducted a farmer and his wife on Sunday.", [(2.0, "kidnapped")]),
        ("A couple and their son were killed in the attack on Saturday.", [(3.0, "killed")]),
    ],
)
def test_other_couples_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
