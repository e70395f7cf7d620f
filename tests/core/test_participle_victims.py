"""One victim a participle after the person names by the harm ("identified the 3-year-old
killed in the blast", "a cyclist hurt in the crash remains in hospital";
core/extract/participle_victims.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


def casualties(nlp: Language, text: str) -> list[tuple[float, str, str]]:
    return casualty_spans(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police later identified the 4-year-old killed in the fire as Ada Finch.",
         [(1, "killed", "the 4-year-old")]),
        ("The man killed in Sunday's shooting was identified as Carl Dobbs.",
         [(1, "killed", "The man")]),
        ("A cyclist hurt in the crash remains in hospital.", [(1, "injured", "A cyclist")]),
    ],
)
def test_a_victim_named_with_a_harm_participle(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure before may be that person: the definite mention is no new count
        ("Two people were killed Sunday. Police identified the man killed in the crash.",
         [(2, "killed", "Two")]),
        ("Two people were killed Sunday, including the man killed in the crash.",
         [(2, "killed", "Two")]),
        # the definite hurt is too often one of the hurt counted; no person; negated
        ("The officer wounded in the shootout is recovering.", []),
        ("The car hit in the crash was towed.", []),
        ("A man wanted in the shooting was arrested.", []),
        ("Police say a man shot in such a way could not survive.", []),
    ],
)
def test_no_victim_from_a_participle(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb gapped after "and": "another" and the harm word name one more person
        ("One miner was killed and another hurt when the tunnel collapsed in Rockport.",
         [(1, "killed", "One"), (1, "injured", "another hurt")]),
        ("The blast left two guards dead and another seriously hurt.",
         [(2, "killed", "two"), (1, "injured", "another")]),
        ("The fire left a tenant dead and another injured, officials said.",
         [(1, "killed", "a tenant"), (1, "injured", "another injured")]),
        # the parser took "another" from the clause after it
        ("The explosion killed a welder and another was badly hurt, the company said.",
         [(1, "killed", "a welder"), (1, "injured", "another")]),
    ],
)
def test_another_with_the_verb_gapped(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by "a" or by relation, the verb gapped: the parser makes the person
        # the participle's subject, or the harm word a noun with the person its compound
        ("The robbery left a cashier dead and a shopper wounded, police said.",
         [(1, "killed", "a cashier"), (1, "injured", "a shopper")]),
        ("Friday's crash left a driver dead and a young passenger critically wounded.",
         [(1, "killed", "a driver"), (1, "injured", "a young passenger")]),
        ("The holdup left a teller dead and a customer hurt.",
         [(1, "killed", "a teller"), (1, "injured", "a customer")]),
        ("The fire left a grandmother dead and her grandson badly injured.",
         [(1, "killed", "a grandmother"), (1, "injured", "her grandson")]),
    ],
)
def test_a_person_with_the_verb_gapped(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person is the subject of a verb after the participle's phrase, or the harm
        # word has an object: no gapped harm
        ("The raid killed four guards and a farmer wounded in the crossfire later died.",
         [(4, "killed", "four")]),
        ("One hiker was killed and a ranger injured his hand.", [(1, "killed", "One")]),
        # no harm word after the person
        ("Two men were killed and a neighbor said she heard the shots.", [(2, "killed", "Two")]),
    ],
)
def test_no_gapped_harm_of_a_person(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member with a harm of its own is no member of the list before it
        ("The fire left a tenant dead and a firefighter injured.",
         [(1, "killed", "a tenant"), (1, "injured", "a firefighter")]),
        ("The explosion killed a welder and a second man was badly hurt.",
         [(1, "killed", "a welder"), (1, "injured", "a second man")]),
        # one harm shared by the list: two dead
        ("The fire killed a tenant and a firefighter.",
         [(2, "killed", "a tenant and a firefighter")]),
        # "another" with a noun after it, or no harm, or shot alone: not this reader's
        ("One man was killed and another man is missing.", [(1, "killed", "One")]),
        ("One guard was killed and another shot in the melee.", [(1, "killed", "One")]),
        ("One guard could be killed and another hurt if the talks fail.", []),
        # the clause before tells no person harmed: a firm, a horse, no harm
        ("One bank was fined and another hurt by the new rules.", []),
        ("The storm killed one horse and another injured.", []),
    ],
)
def test_a_clause_of_its_own_after_a_list_member(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected
