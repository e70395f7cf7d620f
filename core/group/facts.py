"""What the grouping reads from one claim (``pair_scores.claim_facts`` builds them)."""

from __future__ import annotations

from dataclasses import dataclass

from core.group.place_readings import PlaceReading, place_reading
from core.model import Claim
from core.text.places import Place


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What the grouping reads from one claim: its day span, sentence and document."""
    index: int
    claim: Claim
    doc: str
    sentence: tuple[str, int]
    start: int | None
    end: int | None
    place: Place | None
    # The place text, normalised, when the gazetteer cannot resolve it ("Eldmere", a village):
    # equal names are still the same place.
    place_name: str | None
    # The names of such a text written as a list ("Eldmere, Saltgate market"): the place lies
    # within each, so a figure placed "Eldmere" is one of its place (a checker's correction
    # that names the market must not take the figure out of the town's event).
    place_parts: tuple[str, ...]
    stated: bool  # the place is named in the claim's own sentence, not carried from elsewhere
    kind: str | None
    family: str | None
    total: bool
    incident: bool
    actor: str | None
    context: str
    # the sentence's wording tells another incident ("in a separate attack"); a stretch of time
    # ("a day after") sets apart only its clause's figures, out of the frame, not this
    separate: bool
    anaphoric: bool
    # The figure belongs to the incident its report is about (no background wording, no own
    # place or date that leaves the report's frame): it may join the figures of other reports
    # of that incident without a date and a place of its own.
    in_frame: bool = False
    group: str | None = None  # the report group (``core.group.incidents``) of its document
    # The reports of its group that its report was merged with directly: evidence that two
    # reports tell one incident joins only their own figures, never a third report's.
    partners: frozenset[str] = frozenset()
    # Dated a year or more before its report's day (``core.group.background``): it recalls a
    # past event, and never stands for its report's incident.
    background: bool = False
    # Its report tells no day: no publication date and no figure dated to a day or a few.
    undated_report: bool = False
    # Its sentence tells another incident than its report's ("in a similar attack") before
    # the figure, not only a time before or after it (``vocabulary.SentenceInfo.another``).
    another: bool = False
    # The report names its day as the day it happened ("Thursday's bombing"): not a day
    # something was said, nor a night's edge (``figure_words.named_day``).
    named_day: bool = False
    # Its sentence names violence (a kind of the attack or military family): a protest it
    # counts is where a shooting or a clash happened ("police fired on the protesters").
    violent: bool = False
    # Its sentence names a protest ("police fired on the rally"): a shooting there is no
    # attack answered by a clash (``report_ties.one_exchange``).
    crowd: bool = False
    # Which incident of its report it tells when the report tells others beside its own
    # (``report_asides``): 0 its own, n the n-th other; None when the report tells one.
    aside: int | None = None
    # A period total whose attribution names another body than the recorder most of its
    # report's totals name (``area_asides``): a rights group's tally beside an army's review.
    other_recorder: bool = False
    # A period total whose place is the area its speaker's body is named by ("the Wend
    # police", its attribution or the title its report writes before the speaker's name).
    spoken_for: bool = False
    # Its report's lead tells its incident by no kind of its own ("Two people were killed in
    # the city", "the violence": True) or by a kind (False); None: no report, or neither
    # (``report_evidence.generic_lead``).
    generic_lead: bool | None = None
    # The sites struck its report's lead names ("a market") and the death tolls it counts,
    # none when one is told risen (``report_evidence.site_tolls_apart``).
    lead_sites: frozenset[str] = frozenset()
    lead_dead: frozenset[tuple[str, float]] = frozenset()
    # The names by which the lead places the sites it names ("orangi": ``sites_placed_apart``)
    lead_places: frozenset[str] = frozenset()

    @property
    def reading(self) -> PlaceReading | None:
        """What else its place text may name (``place_readings``): None when it names none."""
        if self.place is None or not self.claim.location:
            return None
        return place_reading(self.claim.location, self.place)

    @property
    def length(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start + 1


def framed_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both figures stand in their reports' frames, in report groups apart (a claim of no
    report has no group and no frame): where a figure-level veto of two reports may apply."""
    return a.group != b.group and a.in_frame and b.in_frame
