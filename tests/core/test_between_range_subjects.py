"""A range "between 12-15" before its noun and verb: the parser took "between" for a
preposition or a subordinator and the noun for its object, so "Between 12-15 people were
killed" read other 12-15 and "Police said between 12-15 people were killed" nothing, where
"Between 12 and 15 people were killed" read killed 12-15 (issue #11, counts). The noun is now
the subject of the verb after it and the range its numeral. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

Reading = tuple[str, float | None, float | None, str]


def _readings(nlp: Language, text: str) -> list[Reading]:
    return [
        (c.number_text, c.low, c.high, c.measure)
        for c in read_claims(nlp, text, None)
        if c.is_core
    ]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Between 30-40 people were killed in the landslide on Friday.",
         [("Between 30-40", 30.0, 40.0, "killed")]),
        ("Police said between 30-40 people were killed.",
         [("between 30-40", 30.0, 40.0, "killed")]),
        ("Officials said between 30-40 villagers were wounded in the shelling.",
         [("between 30-40", 30.0, 40.0, "injured")]),
        ("Between 6–8 gunmen were arrested after the raid.",
         [("Between 6–8", 6.0, 8.0, "arrested")]),
    ],
)
def test_the_range_counts_the_subject(
    nlp: Language, text: str, readings: list[Reading]
) -> None:
    assert _readings(nlp, text) == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # read so already
        ("Between 30 and 40 people were killed in the landslide.",
         [("Between 30 and 40", 30.0, 40.0, "killed")]),
        ("Gunmen killed between 30-40 people in the village.",
         [("between 30-40", 30.0, 40.0, "killed")]),
        ("Between 30-40 people died in the landslide.",
         [("Between 30-40", 30.0, 40.0, "killed")]),
        # "between" a place of two sides: no subject of the verb after it
        ("Clashes broke out between 30-40 villagers and police.", []),
        ("The fight between 2-3 gangs killed five people.", [("five", 5.0, 5.0, "killed")]),
        # a verb that counts no harm
        ("Between 300-400 people attended the funeral.", []),
        # the verb has a subject of its own
        ("Between 30-40 houses, the army said, were searched.", []),
        # a stretch of years before a plural: a time, no count of the noun
        ("Between 2029-2031 herders were abducted on the highway, officials said.", []),
        ("Between 2028-30 students were killed by stray bullets in the district.", []),
    ],
)
def test_other_ranges_stay(nlp: Language, text: str, readings: list[Reading]) -> None:
    assert _readings(nlp, text) == readings
