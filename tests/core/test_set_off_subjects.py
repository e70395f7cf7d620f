"""Issue #11, counts a phrase set off by commas hides: "two robbers, wanted in 14 cases of theft,
arson and extortion, were killed" (the parser makes the count the subject of the participle set
in, and the passive after it has no subject of its own); and "patients with bullet wounds" are
hurt, as people with them are. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police traded fire with a gang in the forest, in which two notorious robbers, wanted "
         "in more than 14 cases of theft, arson and extortion, were killed and three robbers "
         "were injured.", [("two", "killed"), ("three", "injured")]),
        ("A doctor said four patients with bullet wounds were on admission.",
         [("four", "injured")]),
        # no harm said of them
        ("Three suspects, wanted in a robbery case, told police they were innocent.", []),
        ("The clinic sees 40 patients with colds every day.", []),
    ],
)
def test_a_count_past_a_set_off_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
