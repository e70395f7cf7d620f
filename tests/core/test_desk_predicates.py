"""Issue #11, killed and other core figures South Asian desk copy gives with predicates the
reader had left to "count": a participle said of its subject by a report or a fear ("nine
were reported martyred", "eight are feared killed"), "the victims" whose harm the report
counted before, a comrade lost ("we lost one of our soldiers"), a headline's bare count the
tagger calls a date ("..., 21 detained: Army"), "OGWs" held, people gunmen "took with them";
and a relative clause about a
part ("12 militants, four of whom were killed") that says nothing of the whole. Sentences we
wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 6)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were reported martyred in the shelling.", [("killed", 9)]),
        ("Eight miners are feared killed after the roof caved in.", [("killed", 8)]),
        ("Six labourers were confirmed martyred by the hospital.", [("killed", 6)]),
        ("Three passengers were reported abducted from the coach.", [("kidnapped", 3)]),
        ("Five suspects were reported arrested in the raid.", [("arrested", 5)]),
        # an order or a state no measure names: no count of harm
        ("Five suspects were ordered arrested by the court.", []),
        ("Two fishermen were reported missing after the storm.", []),
    ],
)
def test_predicative_participles(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid was carried out by 12 gunmen, four of whom were killed.", [("killed", 4)]),
        ("The post was attacked by nine raiders, two of whom were arrested.", [("arrested", 2)]),
        # the whole's own predicate still reads it
        (
            "Twelve people were wounded, three of whom are in critical condition.",
            [("injured", 12), ("injured", 3)],
        ),
        # a relative clause with a subject of its own says what befell others
        ("Police arrested three men over the shooting at a fair in Korvel on Sunday, in which"
         " five people were killed.", [("arrested", 3), ("killed", 5)]),
        ("Troops detained six men over the ambush on a convoy near Korvel on Monday, in which"
         " nine soldiers were killed.", [("arrested", 6), ("killed", 9)]),
        ("Police arrested four suspects over the attack on a mosque in Korvel on Friday, in"
         " which six worshippers were injured.", [("arrested", 4), ("injured", 6)]),
        ("Police detained two men at the market where nine people were shot dead.",
         [("arrested", 2), ("killed", 9)]),
        # a relative pronoun for a subject, or the noun left out as the object: said of it
        ("Police found four men who were killed in the raid.", [("killed", 4)]),
        ("Police freed the 12 villagers the rebels had abducted in the raid.",
         [("kidnapped", 12)]),
    ],
)
def test_relative_clause_of_a_part(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six people were killed in the blast. Shopkeepers said the victims included two "
            "children and a porter.",
            [("killed", 6), ("killed", 2)],
        ),
        (
            "Twelve people were injured in the stampede. The victims included seven women.",
            [("injured", 12), ("injured", 7)],
        ),
        (
            "Five people died in the crash. Among the victims were three students.",
            [("killed", 5), ("killed", 3)],
        ),
        # no casualty counted before: the victims' harm is not known
        ("The victims included three children.", []),
    ],
)
def test_victims(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two raiders were neutralised. We lost one of our soldiers, and three others were "
            "injured, the brigadier said.",
            [("killed", 2), ("killed", 1), ("injured", 3)],
        ),
        (
            "Three Pakistani infiltrators killed in Machil, 21 detained: Army",
            [("killed", 3), ("arrested", 21)],
        ),
        ("Two OGWs held in Bandipora", [("arrested", 2)]),
        # one of a team that lost a game counts no one
        ("The home side lost one of its two matches.", []),
    ],
)
def test_desk_counts(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunmen took seven others with them into the hills.", [("kidnapped", 7)]),
        (
            "The raiders checked the cards of the travellers and took five of them with them.",
            [("kidnapped", 5)],
        ),
        ("The armed men whisked away two engineers in a car.", [("kidnapped", 2)]),
        # no armed men, or no people: nobody abducted
        ("The family took two children with them to the fair.", []),
        ("Police took two suspects with them to the station.", []),
        ("The gunmen took five rifles with them.", []),
    ],
)
def test_carried_off(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


def test_a_part_is_no_whole(nlp: Language) -> None:
    text = "The raid was carried out by 12 gunmen, four of whom were killed."
    found = read_claims(nlp, text, PUB)
    assert [(c.value, c.measure) for c in found] == [(12, "other"), (4, "killed")]
