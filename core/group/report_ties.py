"""What ties two figures of one report, or of one incident's reports, beyond their dates
and places: the report's frame (the incident it is about), its restated toll, its day, its
statistic, and the arrests that follow its incident."""

from __future__ import annotations

from core.group.facts import ClaimFacts
from core.group.periods import ARREST_FOLLOW_DAYS, DATE_SLACK_DAYS, SHORT_DAYS, arrests_after
from core.group.statistic_sources import source_key, two_sources
from core.model import Claim
from core.text.places import Relation

# Two figures of one report's incident with no day to tie them (ECB+-like texts have no
# publication date): its headline, lead and body restating the toll ("3 dead" ... "THREE PEOPLE
# HAVE DIED"), or its dead and its injured. Alone it stays under the threshold (an undated
# background figure may stand in the frame): a shared town must add to it. Smaller than
# SAME_INCIDENT so that merges inside a report do not run ahead of the merges across reports.
ONE_REPORT = 0.3


# Two figures of one report's incident on one day: the day (0.3) and the report (0.1) leave them
# just short of the threshold, so a later sentence that names the incident's village, district
# or border area ("in the Zarwanwala area") split the report's toll from its headline. Wording of
# another incident (-0.35) or two places both sentences name (a veto) still keep them apart.
ONE_REPORT_DAY = 0.1


# Two period totals of one report over one period: its statistic, whatever area each counts
# ("80 attacks in May ... Tarn saw 22 of them"). With the period (0.2) they reach the
# threshold; two places both sentences name apart (a veto) keep them apart.
ONE_REPORT_TOTAL = 0.3


ARREST = "arrest"  # the family of the kinds that follow an incident (``follows_incident``)
ARRESTED = "arrested"  # the measure of arrests (``follows_as_arrest``)
# The families of what an incident's day holds beside its harm: the arrests after it, the
# people taken in it ("killed four and abducted nine"), the protest where it broke out ("police
# fired on protesters"). In one incident's frame on its day they set no kind against it.
BESIDE_INCIDENT = frozenset({ARREST, "kidnapping", "protest"})
PROTEST = "protest"  # the family of a protest's kinds
VIOLENT = frozenset({"attack", "military"})  # families of violence a protest may be the scene of
COUNTED_EVENTS = frozenset({"attacks", "operations"})  # measures that count incidents


def beside_incident(f: ClaimFacts) -> bool:
    """Whether the figure's kind may stand beside another kind's incident in its frame: an
    arrest or an abduction, or a protest its sentence names violence at ("police fired on the
    rally"); a protest told on its own ("police baton-charged a rally") is an incident of its
    own."""
    return f.family in BESIDE_INCIDENT and (f.family != PROTEST or f.violent)


def frame_group(f: ClaimFacts) -> str | None:
    """The report group whose incident the figure speaks of, or None."""
    return f.group if f.in_frame and f.claim.is_core else None


def one_report_incident(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two figures of one report, in different sentences, speak of its incident with
    no day to tie them: both core and in the report's frame, one of them undated (a shared
    day is evidence of its own)."""
    return (a.start is None or b.start is None) and _frame_pair(a, b)


def _frame_pair(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two core figures of one report's frame, in different sentences."""
    return (
        a.doc == b.doc
        and a.sentence != b.sentence
        and a.in_frame
        and b.in_frame
        and a.claim.is_core
        and b.claim.is_core
    )


def _named_apart(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether one figure's sentence names a place the other figure is not known to share
    ("an airstrike in the neighbourhood of Eldmere" beside the lead's toll in Harrow): with no
    day to tie them, a report's later paragraph on another place tells another incident."""
    if not (a.stated or b.stated) or not (a.claim.location and b.claim.location):
        return False
    if rel in ("same", "contains", "within"):
        return False
    names = {a.place_name, *a.place_parts} & {b.place_name, *b.place_parts} - {None}
    return rel == "disjoint" or not names


def one_report_day(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether two figures of one report, in different sentences, both in its frame and core,
    give its incident's day alike (a period of a few days, overlapping or a day apart: the
    night of Saturday is Sunday's small hours, dated either way). Two towns apart are
    two incidents of the day ("... in Larkana, 12 soldiers"), whichever sentence names them; a
    town and a wider area apart are often a border or a state named loosely."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    if rel == "disjoint" and a.place is not None and b.place is not None and (
        a.place.level == b.place.level == "city"
    ):
        return False
    short = max(a.end - a.start, b.end - b.start) + 1 <= SHORT_DAYS
    return (
        short
        and max(a.start, b.start) <= min(a.end, b.end) + DATE_SLACK_DAYS
        and _frame_pair(a, b)
    )


def one_report_evidence(
    a: ClaimFacts, b: ClaimFacts, rel: Relation | None, score: float, reasons: list[str] | None
) -> float:
    """The score after two figures of one report both speak of its incident."""
    if one_report_incident(a, b) and not _named_apart(a, b, rel):
        score += ONE_REPORT
        if reasons is not None:
            reasons.append(one_report_reason(a.claim, b.claim))
    elif one_report_day(a, b, rel):
        score += ONE_REPORT_DAY
        if reasons is not None:
            reasons.append("the report's incident, same day")
    elif (
        a.total and b.total and a.doc == b.doc and a.sentence != b.sentence
        and not two_sources(a.claim.attribution, b.claim.attribution)
    ):
        score += ONE_REPORT_TOTAL
        if reasons is not None:
            reasons.append("the report's statistic over one period")
    return score


def dated_frame(f: ClaimFacts) -> str | None:
    """The report group whose incident the figure speaks of, when it gives the incident's day
    (a period of a few days), or, within its report, when the report tells no day at all (no
    publication date, no figure dated): arrests on no stated day in a dated report may be a
    later operation's."""
    if f.start is None and f.end is None and f.undated_report:
        # with no day to tie reports, only the report itself frames its arrests
        group = frame_group(f)
        return None if group is None else f"{group}|{f.doc}"
    if f.start is None or f.end is None or f.end - f.start + 1 > SHORT_DAYS:
        return None
    return frame_group(f)


def follows_incident(a: ClaimFacts, b: ClaimFacts) -> bool:
    """An arrest, abduction or protest figure and another kind's in one incident's frame (one
    report, or reports grouped as one incident) on its day (or the next; arrests up to weeks
    after: ``periods.arrests_after``), or both in a report that tells no day: the police's
    arrests after a shooting or a clash, the passengers taken by the gunmen who shot others,
    the protest the police fired on are part of it, not another kind of event
    (``beside_incident``)."""
    if a.family == b.family or not (beside_incident(a) or beside_incident(b)):
        return False
    if later_arrest(a, b):
        return True
    frame = dated_frame(a)
    if frame is None or frame != dated_frame(b):
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return a.start is None and b.start is None  # two figures of an undated report
    return max(a.start, b.start) <= min(a.end, b.end) + DATE_SLACK_DAYS


def follows_as_arrest(f: ClaimFacts) -> bool:
    """Whether the figure counts arrests in its report's frame, dated to a day or over days
    up to a week ("arrested 11 between Monday and Thursday"), not a statistic: its days may
    follow its incident's by weeks (``periods.arrests_after``), whatever kind its
    sentence names ("arrested in connection with the shooting")."""
    return (
        f.claim.measure == ARRESTED
        and frame_group(f) is not None
        and not f.total
        and f.start is not None
        and f.end is not None
        and f.end - f.start <= ARREST_FOLLOW_DAYS
    )


def later_arrest(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one figure counts arrests that follow the other's incident in one frame: from
    its day up to weeks after (``periods.arrests_after``)."""
    if frame_group(a) is None or frame_group(a) != frame_group(b):
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    days_a, days_b = (a.start, a.end), (b.start, b.end)
    if follows_as_arrest(a) and b.claim.measure != ARRESTED and dated_frame(b) is not None:
        return arrests_after(days_a, days_b)
    return (
        follows_as_arrest(b) and a.claim.measure != ARRESTED and dated_frame(a) is not None
        and arrests_after(days_b, days_a)
    )


def exchanging(f: ClaimFacts) -> bool:
    """Whether the figure may be one side of an exchange of fire (``one_exchange``): of the
    attack or the military family, its sentence naming no protest (the police who fire on a
    rally answer no attack), and no count of attacks or operations (raids counted are a
    campaign of their own)."""
    return f.family in VIOLENT and not f.crowd and f.claim.measure not in COUNTED_EVENTS


def one_exchange(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Figures of the attack and the military family in one incident's frame on one day: an
    attack on a post and the soldiers who fired back, a strike and the shelling it answered,
    the gunmen's raid and the police's clash with them are one exchange, told by one outlet
    as an attack and by another as an operation or a clash. An operation launched on a later
    day (after a bombing) is an incident of its own."""
    if a.family == b.family or not (exchanging(a) and exchanging(b)):
        return False
    frame = dated_frame(a)
    if frame is None or frame != dated_frame(b):
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return a.start is None and b.start is None  # two figures of an undated report
    days = {a.family: (a.start, a.end), b.family: (b.start, b.end)}
    return answered(days["attack"], days["military"])


def answered(attack: tuple[int, int], reply: tuple[int, int]) -> bool:
    """Whether a military figure's days (first, last) may be the reply to an attack's: it
    begins no later than the attack's last day (an operation launched on the next day is its
    own), and ends no more than a day's slack before the attack began."""
    return reply[0] <= attack[1] and attack[0] <= reply[1] + DATE_SLACK_DAYS


def one_report_reason(a: Claim, b: Claim) -> str:
    if a.measure == b.measure and a.value == b.value:
        return f"the report restates its figure ({a.number_text} / {b.number_text})"
    return "figures of the report's incident"


def statistic_key(f: ClaimFacts) -> tuple[str, str] | None:
    """A period total's report group and source: one source's statistic in one report ("94
    attacks in June ... operations during the month killed 86 militants, the think tank
    said"), or in the reports of one group that tell it ("KICS recorded 94 attacks" / "94
    attacks in June, the Kelmor Institute for Conflict Studies (KICS) said")."""
    source = f.claim.attribution
    return (f.group or f.doc, source_key(source)) if f.total and source else None


def one_statistic(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two totals one source gives in one report: its statistic counts attacks, operations
    and arrests together, so their kinds set nothing against each other."""
    key = statistic_key(a)
    return key is not None and key == statistic_key(b)
