"""A closing source after a counted object (issue #11, attribution): "..., killing at least 10
people, officials of the National Disaster Response Force said" lost its source, since the
parser listed the officials among the dead as one more conjunct of "people" and left "said"
with no subject. A people's noun right after the counted object's comma, ending right before
a subjectless report verb, is that verb's subject. A list of the dead that goes on ("12
people, two officials and a doctor among them") and an apposition that names them stay as
they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A building collapsed in Eldmere on Saturday, killing at least 10 people, "
            "officials of the National Disaster Response Force said.",
            "officials of the National Disaster Response Force",
        ),
        (
            "Police raided a hideout in Eldmere on Sunday, arresting 7 suspects, officers of "
            "the Counter Terrorism Department said.",
            "officers of the Counter Terrorism Department",
        ),
    ],
)
def test_a_source_after_a_counted_object(nlp: Language, text: str, source: str) -> None:
    assert [c.attribution for c in read_claims(nlp, text, DAY)] == [source]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a list of the dead that goes on: the speaker is the subject the verb has
        (
            "The blast in Eldmere on Sunday killed 12 people, two officials and a doctor "
            "among them, police said.",
            ["police", "police"],
        ),
        # the dead named in apposition, and no report verb
        (
            "The gunmen killed 4 soldiers, a captain and a driver, in the ambush near Eldmere "
            "on Sunday.",
            [None],
        ),
        (
            "The attack killed 10 policemen, officers of the elite force, in Eldmere on "
            "Sunday.",
            [None],
        ),
        # the speaker before, the apposition after
        (
            "The army said it had killed 8 militants, commanders of a banned group, in "
            "Eldmere on Sunday.",
            ["The army"],
        ),
        # the parser's own reading, unchanged
        ("The storm killed 3 farmers, officials said on Sunday.", ["officials"]),
    ],
)
def test_the_dead_listed_or_named_are_no_source(
    nlp: Language, text: str, sources: list[str | None]
) -> None:
    assert [c.attribution for c in read_claims(nlp, text, DAY)] == sources
