"""A preposition opening a sentence before a place and a comma ("Near Sukkur, 14 people
drowned") is the clause's place (issue #11, place and counts): capitalised, it was tagged as
a name's first word, so "Near Sukkur" became a person, one more victim beside the 14, the
doer of the killing or nobody's place. A common word, a date or a name no gazetteer knows
after it keeps today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "value", "place", "actor"),
    [
        ("Near Sukkur, 14 people drowned when a boat capsized on Saturday.", 14, "Sukkur",
         None),
        ("Outside Quetta, gunmen killed 6 labourers at a brick kiln.", 6, "Quetta", "gunmen"),
        ("Inside Jenin, soldiers arrested 9 men during a raid.", 9, "Jenin", "soldiers"),
        ("Near Dera Ismail Khan, militants killed 4 policemen at a checkpoint.", 4,
         "Dera Ismail Khan", "militants"),
        ("Near Sukkur, 14 people were killed when a bus overturned on Saturday.", 14, "Sukkur",
         None),
        # tagged a preposition, but the recogniser ran it into a person, or left the town bare
        ("Inside Gaza, an airstrike killed 9 people on Tuesday.", 9, "Gaza", None),
        ("Outside Peshawar, militants killed 5 soldiers on Friday.", 5, "Peshawar", "militants"),
        # a structure named after its town
        ("Near Sukkur Barrage, 6 people drowned when a boat capsized.", 6, "Sukkur Barrage",
         None),
    ],
)
def test_an_opening_preposition_places_its_clause(
    nlp: Language, text: str, value: float, place: str, actor: str | None
) -> None:
    claims = read_claims(nlp, text, DAY)
    assert [(c.value, c.location, c.actor) for c in claims] == [(value, place, actor)]


@pytest.mark.parametrize(
    ("text", "value", "place", "source"),
    [
        # a name that opens with the word and speaks: a body's, not a place
        ("Near East Bank said 4 employees were injured in Lahore.", 4, "Lahore",
         "Near East Bank"),
        ("Outside Edge, a charity, said 3 volunteers were injured in Multan.", 3, "Multan",
         None),
        # a time, a common noun or a number after the word
        ("Near midnight, 4 people were killed in Lahore.", 4, "Lahore", None),
        ("Near the border, 5 soldiers were killed in Kurram.", 5, "Kurram", None),
        ("Around 30 people were injured in Multan.", 30, "Multan", None),
        # a title no gazetteer knows
        ("Beyond Reach, a film about the floods, says 12 people were injured in Sukkur.", 12,
         "Sukkur", None),
        ("Across Punjab, 40 people died in the floods.", 40, "Punjab", None),
        # a feast the recogniser took for a date, though a town bears its name too
        ("Around Christmas, 12 people were arrested in Lahore.", 12, "Lahore", None),
        ("Around Easter, 9 people were arrested in Lahore.", 9, "Lahore", None),
        ("Inside Ali Khan's house, police found 3 bodies in Multan.", 3, "Multan", None),
        # the clause names its own place: beyond a town, or a person a town is named like
        ("Beyond Nairobi, 15 herders were killed in clashes in Marsabit.", 15, "Marsabit",
         None),
        ("Beyond Jackson, two other deputies were wounded in the shootout in Memphis, police "
         "said.", 2, "Memphis", "police"),
        ("Beyond Lagos, 11 people died in floods in Ibadan last week.", 11, "Ibadan", None),
        # "beyond" and "behind" mean "besides" a person as often: no place of their own
        ("Beyond Jackson, two other deputies were wounded in the shootout, police said.", 2,
         None, "police"),
        ("Behind Austin, three more runners were hurt when the stand fell, officials said.", 3,
         None, "officials"),
    ],
)
def test_other_openings_keep_their_reading(
    nlp: Language, text: str, value: float, place: str, source: str | None
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.is_core]
    assert [(c.value, c.location, c.attribution) for c in claims] == [(value, place, source)]
