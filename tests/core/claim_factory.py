"""Build Claims and Documents from made-up sentences for the matching and conflict tests."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.extract.claims import extract_claims
from core.extract.nlp import Chunk
from core.group.conflicts import find_conflicts
from core.group.incidents import cluster_reports
from core.ingest.files import from_text
from core.model import Claim, Conflict, Document, Event, Measure, Qualifier, Result
from core.pipeline import run_documents
from core.text.qualifiers import interval

if TYPE_CHECKING:
    from spacy.language import Language

Bounds = tuple[float | None, float | None]


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass
class Batch:
    """Claims of several reports; each report's text is its sentences joined by spaces."""

    claims: list[Claim] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    published: dict[str, dt.date | None] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)

    def report(
        self,
        doc: str,
        *,
        published: str | None = None,
        outlet: str | None = None,
        lead: str = "",
    ) -> None:
        """Declare a report; ``lead`` (headline and first paragraphs) opens its text."""
        self.texts.setdefault(doc, lead)
        self.published[doc] = day(published)
        if outlet:
            self.outlets[doc] = outlet

    def add(
        self,
        doc: str,
        sentence: str,
        figure: str,
        value: float,
        *,
        qualifier: Qualifier = "exact",
        measure: Measure = "killed",
        subject: str | None = None,
        location: str | None = None,
        date: str | None = None,
        date_end: str | None = None,
        actor: str | None = None,
        part_of: str | None = None,
        event_type: str | None = None,
        date_text: str | None = None,
        attribution: str | None = None,
        rule: str = "test",
    ) -> str:
        """Add a claim for ``figure`` in ``sentence`` (appended to the report unless already
        its last sentence); ``rule`` names the extraction's reader; returns the claim id."""
        text = self.texts.setdefault(doc, "")
        self.published.setdefault(doc, None)
        if text.endswith(sentence):
            start = len(text) - len(sentence)
        else:
            text = f"{text} {sentence}" if text else sentence
            start = len(text) - len(sentence)
            self.texts[doc] = text
        offset = sentence.index(figure)
        low, high = interval(value, qualifier)  # the app's one documented reading
        cid = f"c{len(self.claims) + 1}"
        self.claims.append(
            Claim(
                id=cid,
                document_id=doc,
                start=start + offset,
                end=start + offset + len(figure),
                number_text=figure,
                value=value,
                qualifier=qualifier,
                low=low,
                high=high,
                measure=measure,
                sentence=sentence,
                sentence_start=start,
                sentence_end=start + len(sentence),
                rule=rule,
                subject=subject,
                actor=actor,
                location=location,
                date_start=day(date),
                date_end=day(date_end or date),
                date_text=date_text,
                attribution=attribution,
                part_of=part_of,
                event_type=event_type,
            )
        )
        return cid

    def conflicts(self) -> tuple[Conflict, ...]:
        """The conflicts of all the batch's claims taken as one event."""
        event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in self.claims))
        return find_conflicts([event], self.claims, documents=self.documents())

    def flagged(self, x: str, y: str) -> list[Conflict]:
        """The conflicts, other than consistent, that set claim ``x`` beside claim ``y``."""
        return [
            c for c in self.conflicts() if {x, y} <= set(c.claim_ids) and c.kind != "consistent"
        ]

    def documents(self) -> list[Document]:
        return [
            Document(
                id=doc, text=text, published=self.published.get(doc), outlet=self.outlets.get(doc)
            )
            for doc, text in self.texts.items()
        ]


Figures = list[tuple[float, str]]


def core_figures(nlp: Language, text: str) -> Figures:
    """(value, measure) of each core claim of ``text`` read as one undated document."""
    return [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core]


def casualty_figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    """(value, measure) of each killed or injured claim of ``text`` read as one undated
    document."""
    return [
        (c.value, c.measure)
        for c in read_claims(nlp, text, None)
        if c.measure in ("killed", "injured")
    ]


def casualty_spans(nlp: Language, text: str) -> list[tuple[float, str, str]]:
    """(value, measure, figure's words) of each killed or injured claim of ``text`` read as
    one undated document."""
    return [
        (c.value, c.measure, c.number_text)
        for c in read_claims(nlp, text, None)
        if c.measure in ("killed", "injured")
    ]


def attributions_after(
    lead: str, texts: list[str], published: dt.date
) -> dict[str, list[tuple[float, str, str | None]]]:
    """(value, measure, attribution) of each core claim after ``lead`` in each report
    ``lead + text``, by the report's text."""
    claims = core_claims_by_text([lead + t for t in texts], published)
    return {
        t: [(c.value, c.measure, c.attribution) for c in cs if c.start >= len(lead)]
        for t, cs in claims.items()
    }


def read_claims(nlp: Language, text: str, published: dt.date | None) -> list[Claim]:
    """The claims of ``text`` as one document published on ``published``."""
    doc = Document(id="d1", text=text, published=published)
    ids = (f"c{n}" for n in itertools.count(1))
    return extract_claims([Chunk(0, nlp(text))], doc, ids=ids)


def counted_claims(nlp: Language, text: str, published: dt.date | None) -> list[Claim]:
    """The claims of ``text`` that count people or events (measure not "other")."""
    return [c for c in read_claims(nlp, text, published) if c.measure != "other"]


def figure_days(
    nlp: Language, text: str, published: dt.date | None, figure: str
) -> tuple[str | None, str | None]:
    """The first and last day (ISO) of the last claim of ``text`` written ``figure``."""
    claims = [c for c in read_claims(nlp, text, published) if c.number_text == figure]
    assert claims, f"no claim {figure!r} in {text!r}"
    c = claims[-1]
    return (
        c.date_start.isoformat() if c.date_start else None,
        c.date_end.isoformat() if c.date_end else None,
    )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def written_spans(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[str, str | None, str | None]]:
    """(figure as written, first day, last day, ISO) of each claim of ``text``."""
    return [
        (c.number_text, _iso(c.date_start), _iso(c.date_end))
        for c in read_claims(nlp, text, published)
    ]


def written_starts(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[str, str, str | None]]:
    """(figure as written, measure, first day, ISO) of each claim of ``text``."""
    return [
        (c.number_text, c.measure, _iso(c.date_start)) for c in read_claims(nlp, text, published)
    ]


def days_by_value(
    nlp: Language, text: str, published: dt.date | None
) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    """Each counted claim's value with its first and last day."""
    return {c.value: (c.date_start, c.date_end) for c in counted_claims(nlp, text, published)}


def written_counts(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[str, str, float]]:
    """(figure as written, measure, value) of each claim of ``text``, "other" too."""
    return [(c.number_text, c.measure, c.value) for c in read_claims(nlp, text, published)]


def places_read(nlp: Language, text: str, published: dt.date | None) -> list[str | None]:
    """The location of each claim of ``text``, in order."""
    return [c.location for c in read_claims(nlp, text, published)]


def core_places(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[float, str | None]]:
    """The value and location of each core claim of ``text``, in order."""
    return [(c.value, c.location) for c in read_claims(nlp, text, published) if c.is_core]


def place_by_value(
    nlp: Language, text: str, published: dt.date | None, value: float
) -> str | None:
    """The location of the first claim of ``text`` whose value is ``value``."""
    found = [c for c in read_claims(nlp, text, published) if c.value == value]
    assert found, f"no claim of {value} in {text!r}"
    return found[0].location


DESK_DAY = dt.date(2031, 6, 2)  # the publication day of the made-up desk copy


def figures(
    nlp: Language, text: str, published: dt.date | None = DESK_DAY
) -> list[tuple[str, str]]:
    """(figure as written, measure) of each counted claim of ``text``."""
    return [(c.number_text, c.measure) for c in counted_claims(nlp, text, published)]


def counted_figures(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[str, float]]:
    """(measure, value) of each counted claim of ``text``."""
    return [(c.measure, c.value) for c in counted_claims(nlp, text, published)]


def dated_counts(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[str, float, dt.date | None, dt.date | None]]:
    """(measure, value, first day, last day) of each counted claim of ``text``."""
    return [
        (c.measure, c.value, c.date_start, c.date_end)
        for c in counted_claims(nlp, text, published)
    ]


def core_claims_by_text(
    texts: list[str], published: dt.date | None
) -> dict[str, list[Claim]]:
    """Each text run as its own report through the whole pipeline, in one batch: the core
    claims it gives."""
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    docs = [
        from_text(text, doc_id=f"d{i}", path=f"{i}.txt", published=published)
        for i, text in enumerate(texts)
    ]
    claims = run_documents(docs).claims
    return {
        text: [c for c in claims if c.document_id == f"d{i}" and c.is_core]
        for i, text in enumerate(texts)
    }


REPORT_DAY = dt.date(2031, 5, 10)  # the publication day of a made-up one-report test


def report_figures(text: str, published: dt.date = REPORT_DAY) -> list[tuple[str, str]]:
    """(figure as written, measure) of each core claim of ``text`` run as one report through
    the whole pipeline."""
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return [(c.number_text, c.measure) for c in result.claims if c.is_core]


def report_counts(
    text: str, published: dt.date | None = REPORT_DAY
) -> list[tuple[str, str, float]]:
    """(figure as written, measure, value) of each core claim of ``text`` run as one report
    through the whole pipeline."""
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return [(c.number_text, c.measure, c.value) for c in result.claims if c.is_core]


def report_places(text: str, published: dt.date = REPORT_DAY) -> list[str | None]:
    """The place of each claim of ``text`` run as one report through the whole pipeline."""
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return [c.location for c in result.claims]


def report_fields(text: str, *fields: str, published: dt.date = REPORT_DAY) -> list[object]:
    """The named field of each claim of ``text`` run as one report through the whole pipeline
    (a tuple of them when more than one is named), the claims of no measure ("other") left
    out."""
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    claims = run_documents([from_text(text, doc_id="d1", published=published)]).claims
    rows = [tuple(getattr(c, f) for f in fields) for c in claims if c.measure != "other"]
    return [row if len(row) > 1 else row[0] for row in rows]


CASUALTY_MEASURES = ("killed", "injured")


def casualty_days(nlp: Language, text: str, published: dt.date | None) -> list[dt.date | None]:
    """The day of each casualty figure, in text order (None when it spans days or is unknown)."""
    return [
        c.date_start if c.date_start == c.date_end else None
        for c in read_claims(nlp, text, published)
        if c.measure in CASUALTY_MEASURES
    ]


def measured(
    nlp: Language, text: str, published: dt.date | None, measures: tuple[str, ...]
) -> list[tuple[str, float]]:
    """(measure, value) of each figure of those measures, in text order."""
    claims = read_claims(nlp, text, published)
    return [(c.measure, c.value) for c in claims if c.measure in measures]


def claim_fields(
    nlp: Language, text: str, published: dt.date | None, *fields: str
) -> list[tuple[object, ...]]:
    """The named fields of each claim of ``text`` ("measure", "value", "actor", ...), in text
    order."""
    return [tuple(getattr(c, f) for f in fields) for c in read_claims(nlp, text, published)]


def counted(nlp: Language, text: str, published: dt.date | None) -> list[tuple[str, float]]:
    """(measure, value) of each figure that counts something the app measures (not "other")."""
    return [(c.measure, c.value) for c in read_claims(nlp, text, published) if c.measure != "other"]


PLACE_DAY = dt.date(2031, 3, 14)  # the publication day of the place suites' reports


def place_of(
    nlp: Language, text: str, figure: str, published: dt.date = PLACE_DAY
) -> str | None:
    """The location of the first claim whose figure is ``figure``."""
    found = [c for c in read_claims(nlp, text, published) if c.number_text == figure]
    assert found, f"no claim on {figure!r}"
    return found[0].location


def run_texts(*texts: str, published: dt.date) -> Result:
    """The whole pipeline's result on ``texts``, reports d1, d2, ... published on one day."""
    return run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=published)
        for n, text in enumerate(texts, start=1)
    ])


def speakers_and_sources(
    text: str, published: dt.date
) -> tuple[list[tuple[str | None, str | None]], list[str | None]]:
    """Each statement's speaker and role, and each claim's source, of ``text`` run through
    the whole pipeline (``run_texts``): what the claim and the statement say of who spoke."""
    out = run_texts(text, published=published)
    return (
        [(s.speaker, s.speaker_role) for s in out.statements],
        [c.attribution for c in out.claims],
    )


def headlined(headline: str, lead: str) -> str:
    """A report of a headline and its lead, as the grouping tests write them."""
    return f"{headline}\n\n{lead}\n"


def report_groups(*texts: str, published: dt.date) -> set[frozenset[int]]:
    """The report groups (reports numbered from 1) the report grouping makes of ``texts``,
    given the figures the pipeline reads."""
    docs = [
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=published)
        for n, text in enumerate(texts, start=1)
    ]
    groups = cluster_reports(docs, run_documents(docs).claims)[1]
    return {frozenset(int(d[1:]) for d in g.document_ids) for g in groups}


def grouped(first: str, second: str, *, published: dt.date) -> bool:
    """Whether the report grouping, given the figures the pipeline reads, puts the two
    reports in one incident."""
    return frozenset({1, 2}) in report_groups(first, second, published=published)


def shared_events(*texts: str, published: dt.date) -> set[frozenset[int]]:
    """The reports of ``texts`` (numbered from 1) whose figures share events, the whole
    pipeline run on them (``run_texts``): which reports the grouping took for one incident."""
    result = run_texts(*texts, published=published)
    report = {c.id: int(c.document_id[1:]) for c in result.claims}
    groups: list[set[int]] = []
    for event in result.events:
        joined = {report[c] for c in event.claim_ids}
        for g in [g for g in groups if g & joined]:
            groups.remove(g)
            joined |= g
        groups.append(joined)
    return {frozenset(g) for g in groups}


def measured_days(
    text: str, published: dt.date | None
) -> list[tuple[str, float, str | None, str | None]]:
    """(measure, value, first day, last day) of each core claim of ``text`` run alone."""
    return [
        (c.measure, c.value, c.date_start.isoformat() if c.date_start else None,
         c.date_end.isoformat() if c.date_end else None)
        for c in core_claims_by_text([text], published)[text]
    ]


def first_days(text: str, published: dt.date | None) -> list[tuple[str, float, str | None]]:
    """(measure, value, first day) of each core claim of ``text`` run alone."""
    return [(m, v, start) for m, v, start, _ in measured_days(text, published)]


def source_and_speakers(
    text: str, value: float, published: dt.date
) -> tuple[str | None, set[str]]:
    """The source of the figure of ``value`` in ``text`` run as one report, and every
    statement's speaker."""
    result = run_texts(text, published=published)
    source = next(c.attribution for c in result.claims if c.value == value)
    return source, {s.speaker for s in result.statements if s.speaker is not None}


def figure_sources(
    text: str, value: float, said: str, published: dt.date
) -> tuple[list[str | None], list[str | None]]:
    """The sources of the figures of ``value`` in ``text`` run as one report, and the
    speakers of the statements whose words hold ``said`` (the figure as written)."""
    result = run_texts(text, published=published)
    claims = [c.attribution for c in result.claims if c.value == value]
    speakers = [st.speaker for st in result.statements if said in st.content]
    return claims, speakers
