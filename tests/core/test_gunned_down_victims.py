"""One victim told by a phrasal harm verb or a noun of a fighter or an official (sentences we
wrote, invented places where the gazetteer does not matter)."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow


def figures(sentence: str) -> list[tuple[str, str, float]]:
    text = "Violence in the valley\n\n" + sentence + "\n"
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")]).claims
    return [(c.number_text, c.measure, c.value) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A teacher was gunned down near his school on Tuesday.", ("A teacher", "killed", 1)),
        ("Gunmen gunned down a shopkeeper in the bazaar.", ("a shopkeeper", "killed", 1)),
        ("A suspected militant was killed in a raid at dawn.",
         ("A suspected militant", "killed", 1)),
        ("A cleric was beheaded by the attackers.", ("A cleric", "killed", 1)),
        ("A woman was stabbed near the bus stand.", ("A woman", "injured", 1)),
    ],
)
def test_one_victim_is_counted(sentence: str, expected: tuple[str, str, float]) -> None:
    assert expected in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A police official said the road was closed.",  # no harm
        "A militant commander threatened to gun down the guards.",  # an intent
        "The gang was not gunned down, as rumours said.",  # negated, no person noun
        "A suspect was seen running from the market.",  # no harm
        # the one wanted is read where he is named as such, not as a victim noun
        "Deputies shot and killed the suspect outside the barn.",
    ],
)
def test_no_victim_without_a_done_harm(sentence: str) -> None:
    assert [f for f in figures(sentence) if f[1] in ("killed", "injured")] == []
