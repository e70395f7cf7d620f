"""Issue #11: two places news writes beside a scene. A road named after the towns it joins ("on
the Nairobi-Nakuru road near Gilgil") says where it runs: the town it is near is the scene. A
town after an attack's "on" ("killed 12 villagers in an attack on Kaiama", "An airstrike on
Khan Younis killed 12 people", a big town's name), which NER may take for a person's name, is
the scene. Sentences we invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from core.extract.attacked_towns import an_attacks_target
from core.extract.nlp import load_nlp
from core.settings import DEFAULT_SETTINGS
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 9, 17)

PLACED: list[tuple[str, str | None]] = [
    (
        "Seven passengers died when their minibus hit a lorry on the Nairobi-Nakuru road near"
        " Gilgil on Friday.",
        "Gilgil",
    ),
    (
        "A landslide buried a bus on the Kathmandu-Pokhara highway near Mugling on Friday,"
        " killing 4 people.",
        "Mugling",
    ),
    # with no other place, the road's two ends are all the report tells of where
    # (``test_road_ends``)
    (
        "Three people died when a fuel tanker overturned on the Nairobi-Mombasa highway on"
        " Sunday.",
        "Nairobi-Mombasa",
    ),
    # near miss: a place a bus was heading to is no scene the road gives way to
    ("A bus heading to Kampala overturned on the Masaka road, killing 14 passengers.", "Masaka"),
    ("Bandits killed 12 villagers in an attack on Kaiama on Friday, police said.", "Kaiama"),
    # near miss: a titled name attacked is a person; the town the sentence names is the scene
    ("Two aides died in an attack on opposition leader Austin in Harare.", "Harare"),
    ("Two bodyguards were killed in an attack on Mayor Lincoln on Friday.", None),
    # near miss: a person attacked is no place; the town the sentence names is
    ("Gunmen killed 6 people in an attack on Musa Bello on Tuesday in Funtua.", "Funtua"),
    # the attack as the subject of the harm with its count: the town attacked is the scene
    ("An airstrike on Khan Younis killed 12 people on Sunday, medics said.", "Khan Younis"),
    # near misses: a small town's name (as often a person's); a titled person attacked; one
    # attacked with his or her own people; a person named in full, then the town named
    ("A rocket attack on Kaiama killed 4 villagers on Friday.", None),
    ("An attack on Mayor Lincoln killed 2 bodyguards on Friday.", None),
    ("An attack on Hassan killed 2 of his bodyguards in Mysore on Sunday.", "Mysore"),
    ("An attack on Ismail killed 2 guards outside his home on Sunday.", None),
    ("The attack on Musa Bello killed 2 of his guards in Funtua.", "Funtua"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[str | None]]:
    claims = core_claims_by_text([t for t, _ in PLACED], PUB)
    return {t: [c.location for c in cs if c.measure == "killed"] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_roads_and_targets(
    found: dict[str, list[str | None]], text: str, place: str | None
) -> None:
    assert found[text] == [place]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Bandits killed 12 villagers in an attack on Bakori on Friday.", True),
        # the surname of a person the text named in full is that person
        (
            "Gunmen fired on the convoy of Musa Bakori. Two guards died in the attack on"
            " Bakori on Friday.",
            False,
        ),
        # a deed a count is over, not the setting of a harm: an attack on a person
        ("Police arrested two men over the attack on Bakori on Friday.", False),
        # not an attack's "on"
        ("Bandits killed 12 villagers on Bakori farm on Friday.", False),
        # the subject of a harm with its count names a big town only; one that counts no one
        ("An airstrike on Bakori killed 12 villagers on Friday.", False),
        ("The attack on Bakori wounded him badly.", False),
    ],
)
def test_a_town_attacked_read_as_a_person(text: str, target: bool) -> None:
    doc = load_nlp(DEFAULT_SETTINGS.model)(text)
    named = [t.i for t in doc if t.text == "Bakori"]
    # NER's labels as a misreading parse gives them: every "Bakori" a person's name
    full = [Span(doc, i - 1, i + 1, "PERSON") for i in named[:-1]]
    doc.ents = [*full, Span(doc, named[-1], named[-1] + 1, "PERSON")]
    assert an_attacks_target(doc.ents[-1]) is target
