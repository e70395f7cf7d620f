"""What one report is about, read from its headline and lead (``core.group.incidents``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.group.harm_days import HarmDays
from core.text.places import Place


@dataclass(frozen=True, slots=True)
class ReportIncident:
    """What one report is about, read from its headline and lead."""

    document_id: str
    kind: str | None
    family: str | None
    place: Place | None
    kinds: frozenset[str]  # every kind the lead speaks of ("a firebomb during riots")
    published: int | None  # ordinal day
    names: Mapping[str, float]  # name → weight (lead names count more)
    lead: str  # headline and lead, lower case, numbers masked, for wording similarity
    lead_end: int  # offset in the text where the lead ends
    # The lead speaks of a court ("charged", "sentenced"): a report that follows the incident
    # up, published weeks or months after it.
    follow_up: bool = False
    # Every place the lead names (normalised names) when its place is the dateline's: a report
    # datelined in the victim's home town that names the scene is not about another place.
    named_places: frozenset[str] = frozenset()
    place_name: str = ""  # the incident place's name, normalised (namesakes alike)
    # The days the lead names by month and day (ordinals): a follow-up names the incident's.
    named_days: frozenset[int] = frozenset()
    # The days its first paragraphs tell the incident on ("on Saturday", "yesterday":
    # ``lead_days.told_days``): two reports telling days apart tell two incidents unless
    # their kinds agree (a follow-up names the day or the kind of the first).
    told_days: frozenset[int] = frozenset()
    # The days the report's killed and injured figures are dated to, as the extraction read
    # them (``harm_days``; None when the grouping is given no figures): two reports
    # whose figures fall on days apart tell two incidents, whatever their kinds.
    harm_days: HarmDays | None = None
    # The keys of the towns and districts the lead names: a figure in one of them is not
    # abroad, whichever country the lead names first ("Israel's assault on Gaza ... in
    # Jabaliya"). A country the lead names sets no such frame: a war's report names it beside
    # its many incidents.
    lead_towns: frozenset[str] = frozenset()
    # The names that say only where and what (``region_names``): not evidence of one incident
    # when one report is dated and the other not.
    region: frozenset[str] = frozenset()
    # The spans of the other incidents the report tells beside its own ("In another attack
    # the same night, ...": ``report_asides``): their names are not the report's.
    asides: tuple[tuple[int, int], ...] = ()
    aside_names: frozenset[str] = frozenset()  # the names only those spans give
    story_start: int = 0  # where the lead sentence starts: a headline above may tell any
    # The towns the lead places its story in beside its dateline's desk (``desk_scenes``):
    # two reports of one desk are of one place only if these agree.
    scenes: tuple[Place, ...] = ()
    # The words that open the lead after a dateline's dash, no names by themselves
    # (``report_names.dash_openers``): one counts when the other report names it inside a
    # sentence.
    openers: frozenset[str] = frozenset()
    # The words by which the lead places its story beside its own town ("south of Los
    # Angeles", "near Dallas": ``town_sides``), "" when it does not.
    side: str = ""
