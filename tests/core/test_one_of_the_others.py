"""One person beside "N others" (issue #11, counts): "killed the chairman and two others",
"a ward head and four other residents", "the OC and three other officers" count the person
named singly too, whatever the title: "other" says the counted people are more of the same
kind. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bandits killed the OC and three other officers near Kuje on Friday.", 4),
        ("Gunmen killed the chairman and two others at a market on Friday.", 3),
        ("Militants killed a ward head and four others in Dakwa on Friday.", 5),
        ("Attackers killed the driver and two other passengers on the highway on Friday.", 3),
        ("The councillor and two others were shot dead in Dakwa on Friday.", 3),
    ],
)
def test_the_one_beside_others_is_counted(nlp: Language, text: str, value: float) -> None:
    assert [c[1:] for c in written_counts(nlp, text, None)] == [("killed", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one named singly
        ("Gunmen killed two others in Dakwa on Friday.", [("two", "killed", 2)]),
        # already counted: a victim's word beside others
        (
            "Gunmen killed a policeman and two others in Dakwa on Friday.",
            [("a policeman and two others", "killed", 3)],
        ),
        # arrests are no casualty list: the figure stays its own
        (
            "Police arrested the chairman and two others in Dakwa on Friday.",
            [("two", "arrested", 2)],
        ),
        # no harm told
        ("The chairman and two others said the town was calm on Friday.", []),
        # a group is no one person
        ("Gunmen killed the family and two others in Dakwa on Friday.", [("two", "killed", 2)]),
        # two people, or many: no one more (the review's near misses)
        ("Gunmen killed the couple and two others in Dakwa on Friday.", [("two", "killed", 2)]),
        (
            "Militants killed the patrol and two other soldiers in Dakwa on Friday.",
            [("two", "killed", 2)],
        ),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert written_counts(nlp, text, None) == expected
