"""One more victim told by rank gives the toll the rank reaches: "A fourth man has died after
the shooting" was read as one more death (killed 1), though the report's toll is four, as
"the death toll rose to four" reads; after "Three men were shot dead", the toll moves from
three to four (issue #11, counts). A rank among victims of another harm, an arrest, and an
attack ranked in a series keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 9, 16)


def _counts(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fourth man has died after the shooting at a petrol station in Dorvale on"
         " Saturday, police said.", [("killed", 4.0)]),
        ("A third victim died in hospital on Monday, officials said.", [("killed", 3.0)]),
        ("A second child has died after the school bus crash near Varden, the hospital"
         " said.", [("killed", 2.0)]),
        ("Three men were shot dead outside a bar in Elmwick on Friday. A fourth man has died"
         " in hospital, police said on Sunday.", [("killed", 3.0), ("killed", 4.0)]),
        ("Two policemen were killed in the ambush on Monday. A third policeman succumbed to"
         " his injuries on Tuesday, officials said.", [("killed", 2.0), ("killed", 3.0)]),
        ("Two officers were wounded in the raid on Monday. A third officer was injured later"
         " in the day.", [("injured", 2.0), ("injured", 3.0)]),
        ("A 5th worker died of his burns at the Norvik burn unit on Sunday.",
         [("killed", 5.0)]),
        ("A third Kurdish fighter died of his wounds on Monday, the militia said.",
         [("killed", 3.0)]),
    ],
)
def test_the_rank_is_the_toll(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest ranked is one person arrested
        ("A second suspect was arrested on Tuesday, police said.", [("arrested", 1.0)]),
        ("Police arrested one man on Monday. A second suspect was arrested on Tuesday.",
         [("arrested", 1.0), ("arrested", 1.0)]),
        # an attack ranked in a series counts nothing
        ("It was the third attack this year on the market, police said.", []),
        ("The raid was the second attack on the village in a week.", []),
        # a rank among the victims of another harm: one more victim of this one
        ("Two people were killed and a third was injured in the blast.",
         [("killed", 2.0), ("injured", 1.0)]),
        ("Five workers were hurt in the blast at the mill. A fifth worker has died of burns.",
         [("injured", 5.0), ("killed", 1.0)]),
        # the toll before reaches the rank: one it counted
        ("The death toll rose to five on Monday. A fifth worker has succumbed to his burns.",
         [("killed", 5.0)]),
        ("A fourth victim died Monday. Police said four people have now died.",
         [("killed", 4.0)]),
        # no rank: one person
        ("A man died in hospital on Monday, officials said.", [("killed", 1.0)]),
        # an ordinal of a name or a title ranks no victim
        ("A Second World War veteran was killed when a fire tore through his flat in"
         " Harwell, firefighters said.", [("killed", 1.0)]),
        ("A second lieutenant was killed when his patrol was ambushed near Tarsk, the army"
         " said.", [("killed", 1.0)]),
        # a victim of another incident the sentence tells is that incident's one
        ("A second man was stabbed to death in an unrelated attack across Orlby that night,"
         " police said.", [("killed", 1.0)]),
        ("Gunmen shot dead a driver in Merrow on Friday. A second driver was killed in a"
         " separate shooting on the ring road on Saturday.", [("killed", 1.0), ("killed", 1.0)]),
        # a rank in a series over a stretch: one victim of this incident
        ("A third nurse was killed on duty this month when a patient attacked her in"
         " Belmor, the union said.", [("killed", 1.0)]),
    ],
)
def test_no_toll_from_the_rank(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
