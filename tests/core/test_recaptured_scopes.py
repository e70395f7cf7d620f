"""The inmates, prisoners and escapees of a jailbreak are one group of people (rules/
event_types.json scopes), so rising counts of those recaptured are compared; a pronoun's group
is never the speaker's ("police said nine of them", core/group/toll_scopes.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.conflicts import scope
from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import Batch


def scope_of(sentence: str, figure: str, subject: str, measure: str = "arrested") -> str:
    b = Batch()
    b.add("d1", sentence, figure, 4, subject=subject, measure=measure)  # type: ignore[arg-type]
    return scope(b.claims[0])


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Police have caught four of the escaped inmates.", "four", "escaped inmates"),
        ("Four prisoners had been rearrested by Monday.", "Four", "prisoners"),
        ("Four escapees were recaptured in the hills.", "Four", "escapees"),
    ],
)
def test_inmates_prisoners_and_escapees_are_one_group(
    sentence: str, figure: str, subject: str
) -> None:
    assert scope_of(sentence, figure, subject) == "prisoners"


def test_a_pronoun_is_not_the_speaker_before_it() -> None:
    said = "Police said on Monday that four of them had been caught."
    assert scope_of(said, "four", "them") != "security"


def test_a_pronoun_still_takes_the_group_it_refers_to() -> None:
    told = "Six soldiers were wounded and four of them later died."
    assert scope_of(told, "four", "them", measure="killed") == "security"


def test_rising_counts_of_the_recaptured_are_compared() -> None:
    first = (
        "Thirty inmates broke out of the central jail in Larkana on Sunday night. Police have "
        "caught four of the escaped inmates, a spokesman said on Monday.\n"
    )
    later = (
        "LARKANA: Eleven of the prisoners who broke out of the central jail in Larkana on "
        "Sunday have been rearrested, police said on Wednesday.\n"
    )
    result = run_documents([
        from_text(first, doc_id="d1", path="r1.txt", published=dt.date(2026, 3, 2)),
        from_text(later, doc_id="d2", path="r2.txt", published=dt.date(2026, 3, 4)),
    ])
    values = {c.id: c.value for c in result.claims}
    flagged = [
        {values[c] for c in k.claim_ids}
        for k in result.conflicts
        if k.measure == "arrested" and k.kind != "consistent"
    ]
    assert {4.0, 11.0} in flagged
