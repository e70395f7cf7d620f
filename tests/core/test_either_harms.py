"""A count of people under one of two harms is no death toll (issue #11, counts): "30
children were killed or maimed", "killed or injured", "dead or missing", "killed, injured or
abducted" sum the harms, so the figure is kept as another kind of figure, not as the dead.
Two harms each with its count ("killed five and injured 12") stay two. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 children were killed or maimed in North Tarn in April, the agency said.",
        "At least 30 people were killed or injured in the blast.",
        "At least 30 children were dead or missing after the floods, officials said.",
        "At least 30 children were killed, injured or abducted in April.",
        "The agency verified 30 children killed or maimed in April.",
    ],
)
def test_a_count_under_either_harm_is_no_toll(nlp: Language, text: str) -> None:
    assert [c[1] for c in written_counts(nlp, text, None)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed and 12 injured.", ["killed", "injured"]),
        ("Gunmen killed 12 people or more.", ["killed"]),
        # the "or" joins the second pair only; two ways of one death; how they died
        ("Three soldiers were killed and two others were wounded or missing in the ambush.",
         ["killed", "other"]),
        ("Eleven villagers were shot dead or hacked to death by militants on Monday.",
         ["killed"]),
        ("Fourteen people were killed, either shot or burned, when militants attacked.",
         ["killed"]),
    ],
)
def test_harms_each_with_a_count_stay_apart(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert [c[1] for c in written_counts(nlp, text, None)] == expected
