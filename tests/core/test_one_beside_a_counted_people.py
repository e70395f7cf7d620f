"""One of a people listed before a counted people, "An American and two Canadians were
hurt": the parser reads "American" as an adjective of "Canadians" and the numeral as its
conjunct, and the list gave a count of two (issue #11, counts); "A Briton and two
Australians were kidnapped" already read three. Now every such list counts the one person
with the others, whatever the measure; so does a list whose counted people have a noun of
their own ("an Iraqi and two Syrian nationals", which read nothing) or whose plural's article
the parser hung on the one people's word ("an Indian and two Nepalis", which read one), or
whose noun is plural by no "s" ("An Israeli and two Palestinian men", which read nothing) or
whose one person the recogniser takes for a group ("A Bangladeshi and two Indian fishermen",
which read two).
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
        ("An American and two Canadians were hurt when the bus overturned.",
         [(3.0, "injured")]),
        ("An American and two Canadians were injured in the attack on Monday.",
         [(3.0, "injured")]),
        ("A Pakistani and two Afghans were killed on Monday.", [(3.0, "killed")]),
        ("An American and four Canadians were kidnapped near the border.",
         [(5.0, "kidnapped")]),
        ("A Briton and two Australians were kidnapped on Monday.", [(3.0, "kidnapped")]),
        ("An Iraqi and two Syrian nationals were detained at the crossing on Monday.",
         [(3.0, "arrested")]),
        ("An Iraqi and two Syrian nationals were killed at the crossing on Monday.",
         [(3.0, "killed")]),
        ("An Indian and two Nepalis died when the bus fell into a gorge.", [(3.0, "killed")]),
        ("A Kenyan and three Ugandan workers were kidnapped near the border.",
         [(4.0, "kidnapped")]),
        # nouns not plural by an "s" ("men", "children"), a people NER takes for a body
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
        # a people's word before a noun of its own: the list read as it was
        ("An American official and two Canadian diplomats were injured.", [(3.0, "injured")]),
        ("An Afghan and two Pakistani soldiers were killed in the clash.", [(3.0, "killed")]),
        # things, no people
        ("An Italian and two French restaurants were damaged in the blast.", []),
        ("An Indian and two Nepali trucks were damaged in the blast.", []),
        # the counted people first: the figure told is the group's (the seed reports' gold)
        ("Two Americans and a Canadian were injured in the attack.", [(2.0, "injured")]),
        # a people counted alone
        ("Three Pakistanis were killed on Monday.", [(3.0, "killed")]),
        ("Two Syrian nationals were detained at the crossing on Monday.",
         [(2.0, "arrested")]),
        # the list names the speakers, not the victims
        ("An Iraqi and two Syrian officials said 12 people were hurt.", [(12.0, "injured")]),
        # "the" names a people, no one person
        ("The American and two Canadian officials said 12 people were hurt.",
         [(12.0, "injured")]),
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
