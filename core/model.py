"""Domain objects: frozen dataclasses shared by every stage (file → Document → Claims → Events).

Nothing here imports spaCy or Qt. Offsets are Python ``str`` indices into ``Document.text``
(end exclusive), the text exactly as decoded from the imported file.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Qualifier = Literal[
    "exact", "at_least", "more_than", "nearly", "approx", "up_to", "less_than", "range", "vague"
]
Measure = Literal["killed", "injured", "arrested", "kidnapped", "attacks", "operations", "other"]
Status = Literal["unverified", "verified", "disputed", "false", "unclear"]
DateSource = Literal["text", "metadata", "user"]
ConflictKind = Literal["contradiction", "divergent", "update", "consistent"]
# What the claims of a conflict disagree on: their figures, or the day of the incident.
ConflictTopic = Literal["figure", "date"]
StatementKind = Literal["quote", "reported", "responsibility", "denial"]
SpeakerKind = Literal["person", "institution", "anonymous"]

QUALIFIERS: tuple[Qualifier, ...] = (
    "exact", "at_least", "more_than", "nearly", "approx", "up_to", "less_than", "range", "vague"
)
MEASURES: tuple[Measure, ...] = (
    "killed", "injured", "arrested", "kidnapped", "attacks", "operations", "other"
)
CORE_MEASURES: frozenset[str] = frozenset(MEASURES) - {"other"}
STATUSES: tuple[Status, ...] = ("unverified", "verified", "disputed", "false", "unclear")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _span_start(span: Span) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class Page:
    """Where one page of a paginated source (PDF) lies in the document text."""

    number: int
    start: int
    end: int


SOURCE_LABEL_CHARS = 40  # a headline naming a source is cut to this length


@dataclass(frozen=True, slots=True)
class Document:
    """One imported source: its text exactly as decoded, its metadata and provenance."""

    id: str
    text: str
    path: str | None = None
    format: str = "txt"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: DateSource | None = None
    sha256: str = ""
    encoding: str | None = None
    pages: tuple[Page, ...] = ()
    # Regions of ``text`` that are article body; empty means "all of it". Figures outside the
    # body (cookie banners, menus, share counters) are never claims.
    body: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.title or self.id

    @property
    def source_label(self) -> str:
        """How a reader knows the source: its outlet, else its headline (shortened), and the
        file name only when there is neither (explanations, the grid, the report)."""
        if self.outlet:
            return self.outlet
        if self.title:
            title = " ".join(self.title.split())
            return title if len(title) <= SOURCE_LABEL_CHARS else (
                title[:SOURCE_LABEL_CHARS - 1].rstrip() + "…")
        return self.name

    def in_body(self, pos: int) -> bool:
        """Whether ``pos`` is in the body. The spans are in text order, apart (as
        ``body_spans`` makes them): the one that may hold ``pos`` is found, not scanned for."""
        if not self.body:
            return True
        k = bisect.bisect_right(self.body, pos, key=_span_start) - 1
        return k >= 0 and self.body[k].contains(pos)

    def page_at(self, pos: int) -> int | None:
        for page in self.pages:
            if page.start <= pos < page.end:
                return page.number
        return None


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable figure in one document, with its reading and its provenance."""

    id: str
    document_id: str
    start: int  # span of ``number_text`` in the document text
    end: int
    number_text: str
    value: float
    qualifier: Qualifier
    low: float | None
    high: float | None
    measure: Measure
    sentence: str
    sentence_start: int
    sentence_end: int
    rule: str  # which extraction rule produced the claim, shown in the GUI
    subject: str | None = None
    actor: str | None = None
    location: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_text: str | None = None
    attribution: str | None = None
    # Kind of happening the figure belongs to ("bombing", "operation", "statistic", ...).
    event_type: str | None = None
    # A subset of another claim of the same sentence ("including two officers").
    part_of: str | None = None
    manual: bool = False  # added by the checker from a text selection
    # The figure recalls an earlier or another incident than its report's own ("two years
    # after a quake that killed 900", "last year 40 died"), as the extraction read it; None
    # when not read (a claim the checker added, or one a project file of an older version holds)
    recalls: bool | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_core(self) -> bool:
        return self.measure in CORE_MEASURES


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: a quote, reported speech, a responsibility claim or a denial."""

    id: str
    document_id: str
    start: int  # span of ``content``
    end: int
    content: str
    kind: StatementKind
    speaker: str | None
    speaker_kind: SpeakerKind | None
    cue: str | None = None
    speaker_role: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """Why two claims were put in the same event: a score and reasons a checker can read."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    claim_ids: tuple[str, ...]
    kind: str | None = None
    location: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    links: tuple[Link, ...] = ()
    statement_ids: tuple[str, ...] = ()
    # Links the evidence proposed but a veto refused; the first reason says why ("kept apart:
    # different places (Quetta / Lahore)"). Either claim may lie in another event.
    vetoes: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    event_id: str
    claim_ids: tuple[str, ...]
    measure: Measure
    kind: ConflictKind
    explanation: str
    # "date": the reports give the incident different days ("on Friday" / "on Saturday");
    # ``kind`` then says how sure the disagreement is (contradiction, or divergent for days
    # either side of a midnight). The JSON export lists these apart (docs/export-extensions.md).
    about: ConflictTopic = "figure"
    # A report that states its figure twice gives one disagreement twice: the conflict names
    # every claim, and these are its two sides (the claims of a side agree). Empty: every
    # claim named disagrees with every other. The JSON export lists one record per pair
    # across the sides (docs/export-extensions.md).
    sides: tuple[tuple[str, ...], ...] = ()
    # What the figures of an ``other`` conflict count ("prisoners who escaped", "people
    # missing", ``core/group/other_scopes.py``); "" for the core measures, which name it.
    counted: str = ""

    @property
    def label(self) -> str:
        """The kind as a checker reads it: "contradiction", or "date: contradiction"."""
        return self.kind if self.about == "figure" else f"{self.about}: {self.kind}"


@dataclass(frozen=True, slots=True)
class StatementConflict:
    """Sources disagreeing about who said or did what (see core/statement_links.py):
    kind is ``claim_vs_no_claim``, ``update``, ``different_claimants`` or ``quote_speakers``."""

    id: str
    event_id: str | None
    statement_ids: tuple[str, ...]
    kind: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Review:
    """The checker's verdict on one claim or statement (by id)."""

    item_id: str
    status: Status = "unverified"
    note: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be processed, with a message that names it and the problem."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Result:
    """Everything one extraction run produced."""

    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    failures: tuple[Failure, ...] = ()
    reviews: dict[str, Review] = field(default_factory=dict)
    statement_conflicts: tuple[StatementConflict, ...] = ()
    # The claims as extracted, for each claim the checker corrected (``claims`` then holds
    # them as corrected): exports show the extracted value beside the corrected one.
    extracted: dict[str, Claim] = field(default_factory=dict)
