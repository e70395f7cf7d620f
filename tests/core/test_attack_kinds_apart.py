"""Two attacks of different kinds in one city on one day, told by reports no report group ties
(a bomb in the morning, a shooting at night), score below one event; the same two kinds in
reports found to cover one incident (gunmen who opened fire after setting off a bomb) still
make one; nor do the city or the state two reports name tie them when their towns or their
kinds differ (issue #11, grouping). Reports, people and places we invented."""

from __future__ import annotations

import datetime as dt

from core.group.match import group
from core.group.pair_scores import claim_facts, score_pair
from core.settings import DEFAULT_SETTINGS
from tests.core.claim_factory import Batch, run_texts

DAY = "2031-03-10"
BOMBING = (
    "Roadside bomb kills three near police van in Quetta\n"
    "QUETTA: Three people were killed when a roadside bomb went off near a police van on "
    "Jinnah Road on Monday morning, police said.\n"
    "The device had been planted in a parked motorcycle, a bomb disposal official said.\n"
)
SHOOTING = (
    "Two shopkeepers shot dead in Quetta\n"
    "QUETTA: Gunmen shot dead two shopkeepers in the Satellite Town area on Monday evening, "
    "police said.\n"
    "The attackers fled on foot after the shooting, the station officer said.\n"
)
BOTH = (
    "Gunmen open fire after bomb blast on Jinnah Road in Quetta\n"
    "QUETTA: Gunmen opened fire on a police van on Jinnah Road on Monday morning moments "
    "after a roadside bomb went off beside it, police said.\n"
    "The device had been planted in a parked motorcycle, a bomb disposal official said.\n"
)


def _batch(
    second_lead: str, second: str, figure: str, value: int, where: str
) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published=DAY, lead=BOMBING)
    b.report("d2", published=DAY, lead=second_lead)
    one = b.add("d1", "Three people were killed when a roadside bomb went off near a police van.",
                "Three", 3, location="Quetta", date=DAY)
    two = b.add("d2", second, figure, value, location=where, date=DAY)
    return b, one, two


def _event_ids(b: Batch, *claim_ids: str) -> list[str]:
    events = group(b.claims, documents=b.documents())
    return [next(e.id for e in events if c in e.claim_ids) for c in claim_ids]


def test_a_bombing_and_a_shooting_of_two_reports_are_two_kinds() -> None:
    b, _, _ = _batch(SHOOTING, "Gunmen shot dead two shopkeepers on Monday evening.", "two", 2,
                     "Satellite Town, Quetta")
    assert [f.kind for f in claim_facts(b.claims, b.documents())] == ["bombing", "shooting"]


def test_a_bombing_and_a_shooting_of_unrelated_reports_stay_apart() -> None:
    # the reports share only the city and the day: no report group ties them, and the two
    # kinds of attack count against one event
    b, _, _ = _batch(SHOOTING, "Gunmen shot dead two shopkeepers on Monday evening.", "two",
                         2, "Satellite Town, Quetta")
    facts = claim_facts(b.claims, b.documents())
    score = score_pair(facts[0], facts[1], b.texts)
    assert score is not None
    assert score[0] < DEFAULT_SETTINGS.match_threshold


def test_one_incident_told_as_a_bombing_and_a_shooting_is_one_event() -> None:
    b, one, two = _batch(BOTH, "Four policemen were killed when the gunmen opened fire on the "
                         "van.", "Four", 4, "Quetta")
    first, second = _event_ids(b, one, two)
    assert first == second


def _events_of(*texts: str) -> list[set[str]]:
    """The documents each event of the whole pipeline's run holds, for reports of one day."""
    result = run_texts(*texts, published=dt.date(2031, 6, 14))
    docs = {c.id: c.document_id for c in result.claims}
    return [{docs[c] for c in e.claim_ids} for e in result.events]


FRESNO = (
    "Fresno standoff ends with gunman dead\n\n"
    "FRESNO, Calif. — A man who fired at deputies from a farmhouse was shot dead by officers"
    " on Wednesday, the sheriff's office said.\n"
)
SACRAMENTO = (
    "Man stabbed to death in Sacramento\n\n"
    "SACRAMENTO, Calif. — A man was stabbed to death outside a bar in Sacramento on Wednesday,"
    " police said.\n"
)
HOUSTON_SHOOTING = (
    "Houston shooting leaves 2 dead\n\n"
    "HOUSTON — Two men were shot and killed outside an apartment block in southwest Houston on"
    " Thursday night, police said.\n"
)
HOUSTON_CRASH = (
    "Houston crash kills 3\n\n"
    "HOUSTON — Three people died when a pickup ran a red light and struck a minivan in north"
    " Houston on Thursday afternoon, police said.\n"
)


def test_the_state_two_towns_lie_in_ties_no_reports() -> None:
    assert all(len(docs) == 1 for docs in _events_of(FRESNO, SACRAMENTO))


def test_the_city_a_shooting_and_a_crash_share_ties_no_reports() -> None:
    assert all(len(docs) == 1 for docs in _events_of(HOUSTON_SHOOTING, HOUSTON_CRASH))
