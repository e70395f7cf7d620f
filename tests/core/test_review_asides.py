"""A recorder's quarterly review and, in the same report, a tally of a smaller area that
another body gives, or that counts another period: the aside is an event of its own, never
the review's (nor the area the review's event is placed in), and two outlets' reports of the
review, one citing the army and one its command, still make one event whose figures are set
against each other. Reports we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.area_asides import another_source
from core.model import Result

FILED = dt.date(2029, 4, 9)

REVIEW = (
    "Army: 52 militia fighters arrested in Darfur in first quarter\n\n"
    "EL FASHER – Soldiers arrested 52 militia fighters across Darfur between January "
    "and March, the Sudanese Armed Forces' Western Command said on Monday.\n\n"
    "The command said its units also killed 17 militia fighters in 29 clashes during the "
    "quarter, while four soldiers were killed.\n\n"
    "{aside}\n"
)
OTHER_OUTLET = (
    "Sudan army reports 49 arrests in Darfur\n\n"
    "KHARTOUM – The Sudanese Army said on Monday that 49 militia fighters had been arrested "
    "and 17 killed in Darfur in the first quarter.\n"
)
RIGHTS_GROUP_SINCE = (
    "A local rights group, the Marra Legal Aid Network, said at least nine civilians had "
    "been detained in North Darfur since January on charges it called baseless."
)
RIGHTS_GROUP_QUARTER = RIGHTS_GROUP_SINCE.replace("since January", "during the quarter")
COMMAND_SINCE = (
    "The command said 31 fighters had been arrested in North Darfur alone since January."
)
COMMAND_PART = "Of those arrested, 20 were held in North Darfur, the command said."


def _run(texts: list[str], published: dt.date = FILED) -> Result:
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    docs = [
        from_text(text, doc_id=f"d{i}", path=f"{i}.txt", published=published)
        for i, text in enumerate(texts)
    ]
    return run_documents(docs)


def _event_of(result: Result, doc: str, value: float) -> str | None:
    (claim, *_) = [c for c in result.claims if c.document_id == doc and c.value == value]
    return next((e.id for e in result.events if claim.id in e.claim_ids), None)


def _location(result: Result, event_id: str | None) -> str | None:
    (event,) = [e for e in result.events if e.id == event_id]
    return event.location


def _contradicted(result: Result, event_id: str | None, values: set[float]) -> bool:
    claims = {c.id: c.value for c in result.claims}
    return any(
        x.event_id == event_id and x.kind == "contradiction"
        and values <= {claims[i] for i in x.claim_ids}
        for x in result.conflicts
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("aside", "value"),
    [
        (RIGHTS_GROUP_SINCE, 9),  # another body, another period
        (RIGHTS_GROUP_QUARTER, 9),  # another body over the review's quarter
        (COMMAND_SINCE, 31),  # the review's body, over a period of its own
    ],
)
def test_an_areas_tally_of_another_body_or_period_is_no_part_of_the_review(
    aside: str, value: float
) -> None:
    result = _run([REVIEW.format(aside=aside), OTHER_OUTLET])
    review = _event_of(result, "d0", 52)
    assert _event_of(result, "d0", value) != review
    assert _location(result, review) == "Darfur"
    # the two outlets' reports of the review stay one event, their counts set apart
    assert _event_of(result, "d1", 49) == review
    assert _contradicted(result, review, {52, 49})


@pytest.mark.slow
def test_the_reviews_own_part_of_an_area_stays_with_it() -> None:
    result = _run([REVIEW.format(aside=COMMAND_PART), OTHER_OUTLET])
    review = _event_of(result, "d0", 52)
    assert _event_of(result, "d0", 20) == review
    assert _event_of(result, "d1", 49) == review


SINAI = (
    "Egypt army: 71 militants arrested in Sinai in second quarter\n\n"
    "CAIRO – Egyptian troops arrested 71 suspected militants across Sinai between April and "
    "June, the army's Second Field Army said on Sunday.\n\n"
    "The Sinai Foundation for Human Rights, a monitoring group, said 14 residents had been "
    "detained in North Sinai over the same three months without charge.\n",
    "Egyptian army reports 66 arrests in Sinai\n\n"
    "ISMAILIA – The Egyptian Army said on Sunday that 66 suspected militants were arrested "
    "and 38 killed in Sinai in the second quarter of the year.\n",
)


@pytest.mark.slow
def test_a_monitors_tally_of_one_province_over_the_quarter_stays_apart() -> None:
    result = _run(list(SINAI), dt.date(2029, 7, 9))
    review = _event_of(result, "d0", 71)
    assert _event_of(result, "d0", 14) != review
    # every figure of it is in Sinai (the headline's "Egypt army: 71 ... in Sinai" too, not
    # the army's country), labelled as the reports write it (the gazetteer's "Sinai
    # Peninsula": test_event_place_spellings)
    assert _location(result, review) == "Sinai"
    assert _event_of(result, "d1", 66) == review
    assert _contradicted(result, review, {71, 66})


@pytest.mark.parametrize(
    ("own", "other", "expected"),
    [
        ("the Marra Legal Aid Network", "Army", True),  # a description may be anyone's
        ("the Marra Legal Aid Network", None, True),
        ("the Marra Legal Aid Network", "the Sudanese Armed Forces' Western Command", True),
        # one body, however the report words it
        ("the Western Command", "the Sudanese Armed Forces' Western Command", False),
        ("the Kelmor Institute for Conflict Studies (KICS)", "KICS", False),
        # a tally only described names no other body
        ("the command", "the Sudanese Armed Forces' Western Command", False),
        (None, "the Sudanese Armed Forces' Western Command", False),
    ],
)
def test_another_source(own: str | None, other: str | None, expected: bool) -> None:
    assert another_source(own, other) is expected
