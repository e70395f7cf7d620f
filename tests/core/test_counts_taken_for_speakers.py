"""Issue #11, detection and attribution: in a long lead the parser may make the count after
a harm verb the first of the speakers of the closing "said" ("..., killing a guard and
kidnapping at least 40 worshippers, residents and a local cleric said on Saturday"): the
count is the verb's object, and the speakers are those after it. A verb with an object of
its own, or a subject with no speakers after it, keeps its reading. Sentences invented."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)

LEADS = [
    ("Armed men riding motorcycles attacked a mosque in the northwestern village of Tarko in "
     "Katsina state during dawn prayers on Friday, killing a guard and kidnapping at least 40 "
     "worshippers, residents and a local cleric said on Saturday.",
     [("a guard", "killed", "residents and a local cleric"),
      ("at least 40", "kidnapped", "residents and a local cleric")]),
    ("Gunmen on motorcycles raided the village of Tarko in Zamfara state before dawn on "
     "Sunday, burning homes and abducting some 25 farmers, villagers and a police officer "
     "said on Monday.",
     [("some 25", "kidnapped", "villagers and a police officer")]),
    # the verb has its object; the count speaks alone
    ("Gunmen kidnapped two traders in Tarko on Sunday, and 12 relatives and a neighbour said "
     "on Monday they had been asked for a ransom.", [("two", "kidnapped", None)]),
]


@functools.cache
def _claims() -> dict[str, list[Claim]]:
    docs = [from_text(t, doc_id=f"d{i}", published=PUB) for i, (t, _) in enumerate(LEADS)]
    claims = run_documents(docs).claims
    return {t: [c for c in claims if c.document_id == f"d{i}"] for i, (t, _) in enumerate(LEADS)}


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_a_count_taken_for_a_speaker_is_the_harm_verbs_object(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(c.number_text, c.measure, c.attribution) for c in _claims()[text] if c.is_core]
    assert found == expected
