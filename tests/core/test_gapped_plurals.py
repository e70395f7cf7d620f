"""One plural noun counted by two numerals, each with its own word before the noun, the noun
written once: "Two Afghan and three Pakistani policemen were killed" read killed 2 and killed
3, "The attack killed two Afghan and three Pakistani soldiers" too, "Three male and two
female students were injured" injured 3 and 2 (issue #11, counts). One noun, one group: now
the sum over the whole phrase, as "An Afghan and two Pakistani soldiers" reads 3. Two nouns
name two groups and stay two figures. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two Afghan and three Pakistani policemen were killed in the attack.",
         [(5.0, "killed")]),
        ("Two Afghan and three Pakistani soldiers were killed in the attack.",
         [(5.0, "killed")]),
        ("The attack killed two Afghan and three Pakistani policemen on Tuesday.",
         [(5.0, "killed")]),
        ("Three male and two female students were injured in the stampede.",
         [(5.0, "injured")]),
        ("Two senior and four junior officers were arrested on Monday.", [(6.0, "arrested")]),
        ("Two local and three foreign journalists were detained on Monday.",
         [(5.0, "arrested")]),
        ("Two Kenyan and one Somali policemen were injured in the ambush.", [(3.0, "injured")]),
    ],
)
def test_one_noun_counted_twice_is_one_group(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # two nouns, two groups
        ("Two Afghans and three Pakistanis were killed in the attack.",
         [(2.0, "killed"), (3.0, "killed")]),
        ("Two Afghan soldiers and three Pakistani soldiers were killed in the attack.",
         [(2.0, "killed"), (3.0, "killed")]),
        ("Two men and three women were killed in the attack.",
         [(2.0, "killed"), (3.0, "killed")]),
        ("The attack killed two men and three women on Tuesday.",
         [(2.0, "killed"), (3.0, "killed")]),
        # things, no people
        ("Two Afghan and three Pakistani trucks were burned on Monday.", []),
        # one of a people beside the counted plural: as before
        ("An Afghan and two Pakistani soldiers were killed in the clash.", [(3.0, "killed")]),
        # a numeral alone before the plural: one count
        ("Three Pakistani policemen were killed in the attack.", [(3.0, "killed")]),
        # a range of the same noun
        ("Two or three Pakistani policemen were killed in the attack.", [(2.0, "killed")]),
        # a plural that tells its people's harm itself, by its word or a clause after it:
        # as before, both figures (re-hung, the first numeral went uncounted)
        ("Rebels freed two Afghan and three Pakistani hostages on Sunday.",
         [(2.0, "kidnapped"), (3.0, "kidnapped")]),
        ("The hospital treated two Afghan and three Pakistani casualties.",
         [(2.0, "killed"), (3.0, "killed")]),
        ("The court freed two local and three foreign journalists detained last week.",
         [(2.0, "arrested"), (3.0, "arrested")]),
        ("Two local and three foreign journalists detained last week were released.",
         [(2.0, "arrested"), (3.0, "arrested")]),
        ("The strike killed two Afghan and three Pakistani soldiers stationed at the post.",
         [(2.0, "killed"), (3.0, "killed")]),
        ("The army evacuated two local and three foreign tourists injured in the blast.",
         [(2.0, "injured"), (3.0, "injured")]),
        ("Officials named two local and three foreign tourists who died in the crash.",
         [(2.0, "killed"), (3.0, "killed")]),
    ],
)
def test_other_counts_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


def test_a_place_hung_on_the_plural_stays_with_its_figures(nlp: Language) -> None:
    """ "soldiers in Kunar": re-hung, the place was the last group's alone and the sum had
    none; the parse is left, both figures placed, as before."""
    text = "The attack killed two Afghan and three Pakistani soldiers in Kunar on Monday."
    claims = [(c.value, c.measure, c.location) for c in read_claims(nlp, text, None)]
    assert claims == [(2.0, "killed", "Kunar"), (3.0, "killed", "Kunar")]
