"""One of a people listed before a counted people whose noun the parser does not take for a
plural of people, or whose one person the recogniser takes for a group: "An Israeli and two
Palestinian men were wounded" read nothing (the noun "men" is a plural the people nouns do not
list by a trailing "s"), "A Bangladeshi and two Indian fishermen were detained" read two
("Bangladeshi" taken for an organisation, so "A Bangladeshi" named no one). Both now count the
one person with the others (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("An Israeli and two Palestinian men were wounded in the clash on Monday.",
         [(3.0, "injured")]),
        ("An Israeli and two Palestinian gunmen were killed in the exchange of fire.",
         [(3.0, "killed")]),
        ("A Kenyan and two Somali policemen were killed in the ambush.", [(3.0, "killed")]),
        ("A Yemeni and two Saudi children were wounded by shelling on Monday.",
         [(3.0, "injured")]),
        ("A Bangladeshi and two Indian fishermen were detained by the coast guard.",
         [(3.0, "arrested")]),
        ("An Omani and three Yemeni workers were injured in the fire on Monday.",
         [(4.0, "injured")]),
        ("A Bangladeshi was killed when the wall collapsed on Monday.", [(1.0, "killed")]),
    ],
)
def test_the_one_and_the_counted_people_are_one_list(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # things, no people
        ("A Bangladeshi and two Indian trawlers were seized by the coast guard.", []),
        ("An Israeli and two Palestinian vehicles were damaged in the clash.", []),
        # a people's word before a noun of its own: the speaker, not a victim
        ("A Bangladeshi official said two people were killed on Monday.", [(2.0, "killed")]),
        # the place, not its people
        ("A Jordan Valley farmer was killed on Monday.", [(1.0, "killed")]),
        # "the" names no one person
        ("The Israeli and two Palestinian men said the clash began at dawn.", []),
        # a people counted alone
        ("Two Palestinian men were wounded in the clash on Monday.", [(2.0, "injured")]),
        ("Three Indian fishermen were detained by the coast guard.", [(3.0, "arrested")]),
        # the counted people first: the group's figure (as the seed reports' gold reads it)
        ("Two Palestinian men and an Israeli were wounded in the clash.", [(2.0, "injured")]),
    ],
)
def test_other_people_lists_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
