"""The one entry point: files (or Documents) → a Result with claims, statements, events and
conflicts. Progress and cancellation are plain callables, so the core stays Qt-free.

Speed: only the sentences that can hold a figure or a statement (and the sentence before a
figure, for the time, place and speaker it may leave unsaid) go through the tagger, parser and
NER; the rest of the text sees only the tokenizer and a rule-based sentence splitter.
"""

from __future__ import annotations

import dataclasses
import gc
import heapq
import itertools
import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

import numpy

from core.errors import Errors, InputError
from core.extract.claims import extract_claims
from core.extract.headline_case import common_words, on_original, sentence_cased
from core.extract.nlp import Chunk, load_nlp
from core.extract.regions import Region, select_regions
from core.extract.report_country import dateline_town, report_country_hints, report_provinces
from core.group.statement_links import link_statements, statement_conflicts
from core.ingest import files as ingest
from core.ingest.sources import SourceInfo
from core.ingest.sources import apply_all as apply_sources
from core.model import Claim, Document, Event, Failure, Result, Statement
from core.settings import DEFAULT_SETTINGS, Settings
from core.text import places
from core.text.publication_dates import find_publication_date
from core.text.report_countries import dated_from

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
_NO_ENTITIES = ("ner",)
# A capital after a lower-case word or a comma: inside a sentence, a possible name.
_NAME_LIKE = re.compile(r"(?<=[a-z0-9,;:'\"”] )[A-Z]")
_T = TypeVar("_T")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
OnDocument = Callable[[Result], None]

def run(
    paths: Sequence[str | os.PathLike[str]],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_document: OnDocument | None = None,
    sources: Mapping[str, SourceInfo] | None = None,
) -> Result:
    """Import every file, then extract. A file that cannot be imported becomes a Failure with
    a one-line message; the others go on. ``sources`` (``core.ingest.sources.read_sources``)
    gives files their publication date, outlet, title and URL."""
    documents: list[Document] = []
    failures: list[Failure] = []
    for n, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            documents.append(ingest.load(path, doc_id=f"d{n}", settings=settings))
        except InputError as err:
            failures.append(Failure(path=str(path), message=str(err)))
    if sources:
        documents = apply_sources(documents, sources)
    result = run_documents(
        documents,
        settings=settings,
        progress=progress,
        cancelled=cancelled,
        on_document=on_document,
    )
    return dataclasses.replace(result, failures=(*failures, *result.failures))


def run_documents(
    documents: Sequence[Document],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_document: OnDocument | None = None,
) -> Result:
    """Extract claims and statements from imported documents, then group and compare them.
    With ``settings.n_process`` over 1, documents are extracted in that many processes."""
    docs = [with_publication_date(d, settings=settings) for d in documents]
    claim_ids = (f"c{n}" for n in itertools.count(1))
    statement_ids = (f"s{n}" for n in itertools.count(1))
    claims: list[Claim] = []
    statements: list[Statement] = []
    done: list[Document] = []
    failures: list[Failure] = []
    if settings.n_process > 1 and len(docs) > 1:
        parts = _in_processes(docs, settings, cancelled)
    else:
        parts = _extracted(docs, settings, cancelled, stream=on_document is not None)
    for found in parts:
        part = renumber(found, claim_ids, statement_ids)
        failures.extend(part.failures)
        if not part.documents:
            continue
        claims.extend(part.claims)
        statements.extend(part.statements)
        done.extend(part.documents)
        if progress is not None:
            progress(len(done), len(docs), part.documents[0].name)
        if on_document is not None:  # the window shows each document as soon as it is read
            on_document(part)
    return assemble(done, claims, statements, failures, settings=settings)


def _extracted(
    docs: Sequence[Document], settings: Settings, cancelled: Cancelled | None, *, stream: bool
) -> Iterator[Result]:
    """Each document's claims and statements (numbered from c1, s1 in each), or its failure,
    in order. ``stream`` parses one document at a time (see ``parse_documents``)."""
    for doc, chunks in parse_documents(docs, settings=settings, cancelled=cancelled,
                                       stream=stream):
        notes: list[str] = []
        try:
            claims, statements = analyse(
                doc, chunks, claim_ids=(f"c{n}" for n in itertools.count(1)),
                statement_ids=(f"s{n}" for n in itertools.count(1)), settings=settings,
                notes=notes,
            )
        except Exception as exc:  # one odd article must not sink the batch
            # the user sees one line; a developer (--debug, or the log file) the traceback
            log.debug("extraction failed on %s", doc.path or doc.name, exc_info=True)
            name = doc.path or doc.name
            message = Errors.E017.format(name=name, error=f"{type(exc).__name__}: {exc}")
            yield Result(failures=(Failure(path=name, message=message),))
            continue
        finally:
            _forget_readings(chunks)
        finished = dataclasses.replace(doc, warnings=(*doc.warnings, *notes)) if notes else doc
        yield Result(documents=(finished,), claims=tuple(claims), statements=tuple(statements))


def _forget_readings(chunks: Sequence[Chunk]) -> None:
    """Drop what the rules remembered on the parsed chunks (tokens in ``user_data``): the
    memos tie each chunk in a cycle the collector alone would free, after carrying it
    through its costly full collections."""
    for chunk in chunks:
        chunk.doc.user_data.clear()


def extract_one(doc: Document, settings: Settings) -> Result:
    """One document's claims and statements (ids from c1, s1), or its failure: a worker
    process's (or a cluster worker's) share of a batch, grouped later with the rest."""
    return next(_extracted([doc], settings, None, stream=True))


def _in_processes(
    docs: Sequence[Document], settings: Settings, cancelled: Cancelled | None
) -> Iterator[Result]:
    """The documents split among ``settings.n_process`` worker processes, results in order.
    Document by document, so the whole of the work (parse, claims, statements) runs in
    parallel and only small results travel back. The first document is read here before the
    workers start: forked workers then share the loaded model, rule tables and gazetteer."""
    import concurrent.futures
    import multiprocessing

    local = dataclasses.replace(settings, n_process=1)
    yield extract_one(docs[0], local)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers = min(settings.n_process, len(docs) - 1)
    # The collector of a forked worker would visit (and so copy) every page of the heap it
    # inherits (the model, the tables): each worker freezes that heap as it starts, and it stays
    # shared. The freeze is the worker's own: the parent's heap is left as it is (gc.unfreeze
    # here would also thaw the pipeline load_nlp froze, and a freeze here would keep the batch).
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=gc.freeze
    ) as pool:
        for result in pool.map(extract_one, docs[1:], itertools.repeat(local)):
            if cancelled is not None and cancelled():
                pool.shutdown(wait=False, cancel_futures=True)
                return
            yield result


def renumber(part: Result, claim_ids: Iterator[str], statement_ids: Iterator[str]) -> Result:
    """A document's result with claim and statement ids drawn from the batch's counters (a
    claim that is part of a total keeps pointing at it)."""
    renamed = {c.id: next(claim_ids) for c in part.claims}
    return dataclasses.replace(
        part,
        claims=tuple(
            dataclasses.replace(c, id=renamed[c.id], part_of=renamed.get(c.part_of or ""))
            for c in part.claims
        ),
        statements=tuple(dataclasses.replace(s, id=next(statement_ids)) for s in part.statements),
    )


def assemble(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    statements: Sequence[Statement],
    failures: Sequence[Failure],
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> Result:
    """Extracted documents → the Result: events, conflicts (within their limit, each cut noted
    on its documents), statements linked to events. Local and cluster runs both end here."""
    from core.group.conflicts import find_conflicts
    from core.group.match import group

    events = group(claims, documents=documents, settings=settings)
    cuts: list[tuple[Event, str]] = []
    conflicts = find_conflicts(
        events, claims, documents=documents, limit=settings.max_conflicts_per_event, notes=cuts
    )
    done = _with_event_notes(documents, claims, cuts)
    events = link_statements(statements, claims, events, documents=done)
    return Result(
        documents=tuple(done),
        claims=tuple(claims),
        statements=tuple(statements),
        events=events,
        conflicts=conflicts,
        statement_conflicts=statement_conflicts(statements, events, documents=done),
        failures=tuple(failures),
    )


def _with_event_notes(
    documents: Sequence[Document], claims: Sequence[Claim], cuts: Sequence[tuple[Event, str]]
) -> list[Document]:
    """A cut made on an event is a warning on every document with a figure in it."""
    if not cuts:
        return list(documents)
    doc_of = {c.id: c.document_id for c in claims}
    notes: dict[str, list[str]] = {}
    for event, note in cuts:
        for doc_id in dict.fromkeys(doc_of[c] for c in event.claim_ids if c in doc_of):
            notes.setdefault(doc_id, []).append(note)
    return [
        dataclasses.replace(d, warnings=(*d.warnings, *notes[d.id])) if d.id in notes else d
        for d in documents
    ]


def with_publication_date(doc: Document, *, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """The user's date wins, then the file's metadata, then the text."""
    if settings.published is not None:
        return dataclasses.replace(doc, published=settings.published, published_source="user")
    if doc.published is not None:
        return doc
    found = find_publication_date(doc.text)
    if found is not None:
        return dataclasses.replace(doc, published=found.date, published_source="text")
    return dataclasses.replace(doc, warnings=(*doc.warnings, Errors.W001))


def analyse(
    doc: Document,
    chunks: Sequence[Chunk],
    *,
    claim_ids: Iterator[str],
    statement_ids: Iterator[str],
    settings: Settings = DEFAULT_SETTINGS,
    notes: list[str] | None = None,
) -> tuple[list[Claim], list[Statement]]:
    """Claims and statements of one parsed document; a figure inside a statement's content
    takes the statement's speaker as its attribution. Limits that cut something add a
    warning to ``notes``."""
    from core.extract.lede_officials import named_next
    from core.extract.own_sources import names_own_source
    from core.extract.place_spellings import with_gazetteer_spellings
    from core.extract.recorded_areas import with_recorded_areas
    from core.extract.report_recorder import lead_recorder
    from core.extract.restated_counts import restated_counts
    from core.extract.spoken_for_areas import with_spoken_for_areas
    from core.extract.statement_attribution import Attributions, replaces
    from core.extract.statements import find_statements

    # every name read where the report is (its dateline, its places): "Deputy Commissioner Kech"
    with places.report_hints(
        report_country_hints(chunks, doc), provinces=report_provinces(chunks, doc)
    ), dated_from(dateline_town(doc)):
        found = (
            find_statements(chunks, document_id=doc.id, text=doc.text, notes=notes)
            if settings.statements
            else []
        )
        claims = extract_claims(chunks, doc, ids=claim_ids, settings=settings, notes=notes)
    statements = [
        dataclasses.replace(s, id=next(statement_ids)) for s in found if doc.in_body(s.start)
    ]
    # Only what someone says carries their name onto a figure; a denial or a responsibility
    # claim mentions figures without vouching for them.
    spoken = Attributions([s for s in statements if s.kind in ("quote", "reported")], doc.text)
    attributed = []
    for claim in claims:
        speaker = spoken.at(claim.start, claim.end)
        # The figure is inside someone's words: theirs is the outer attribution, unless its
        # own noun names who gives it ("the 11 deaths confirmed by the agency").
        if replaces(claim.attribution, speaker) and not names_own_source(chunks, claim):
            attributed.append(dataclasses.replace(claim, attribution=speaker))
        else:
            attributed.append(claim)
    # a speaker's words may describe the body again ("the think tank said"): named once more
    # "..., an official said." then "Police spokesman Ann Roe told reporters ...": his
    attributed = named_next(attributed, statements, doc.text)
    # "Police arrested four men. All four are being questioned, the SP said.": his
    attributed = restated_counts(attributed, statements, doc.text)
    # "..., a war monitor said. ... the review said": the body the report names
    attributed = _bodies_named(attributed, statements, doc.text)
    first_lead = lead_recorder(attributed)
    named = _named_again(attributed, statements, doc.text)
    # "ISLAMABAD: ... March was the worst month": the lead's area, not the bureau's town
    placed = with_recorded_areas(named, doc.text, first_lead)
    # "a provincial police spokesman: 'We lost 90 men this year'": the province's, not the country's
    return with_gazetteer_spellings(with_spoken_for_areas(placed, doc.text)), statements


def _bodies_named(claims: list[Claim], statements: list[Statement], text: str) -> list[Claim]:
    """The claims whose source is a body described ("a war monitor", "the think tank") or
    a statistics release's material, given the body the report names."""
    from core.extract.described_bodies import described_bodies
    from core.extract.document_authors import document_authors
    from core.extract.headline_descriptions import headline_descriptions
    from core.extract.lead_observers import lead_observers
    from core.extract.material_sources import material_sources
    from core.extract.report_recorder import recorder_sources

    # "..., a war monitor said. The Syrian Observatory ... said": the body named next
    claims = described_bodies(claims, statements, text)
    # "The war monitor said ..." over the lead's "Velmar Observatory (VO)": the named body
    claims = lead_observers(claims, text)
    # "..., according to a yearly review. The review, compiled by X (XI), ...": X's
    claims = document_authors(claims, text)
    # "..., according to the annual review by X. ... the review said": X's
    claims = recorder_sources(claims, statements, text)
    # "..., officials said. According to the figures, ...": the officials'
    claims = material_sources(claims, text)
    # "...: rights group" over a lead's "the Tarn Rights Watch (TRW) said": the lead's body
    return headline_descriptions(claims, statements, text)


def _named_again(claims: list[Claim], statements: list[Statement], text: str) -> list[Claim]:
    """The claims whose source the report names again by a description, a role, initials or
    a headline's bare role, given the name the report gave that source."""
    from core.extract.defined_initials import defined_initials
    from core.extract.headline_bodies import headline_bodies
    from core.extract.short_sources import short_names_again
    from core.extract.single_names import with_roles
    from core.extract.source_anaphora import (
        headline_speakers,
        named_sources,
        people_named_again,
    )
    from core.extract.spoken_tolls import own_voices
    from core.extract.whole_sources import whole_sources

    # "the spokesperson said": the one the report named with that role before
    # "KPW" the parse kept of "the Kelmor Peace Watch (KPW) said": the name with its initials
    claims = defined_initials(claims, text)
    claims = people_named_again(named_sources(claims, statements, text), statements)
    # "OHP said", "said the official": the source the report named in full before
    claims = short_names_again(claims, statements)
    # "Tamsin, an official from the county relief office, said": one word, with the role
    claims = with_roles(claims, statements)
    # "..., UN refugee agency says" over "the U.N. refugee agency (UNHCR) said": the lead's
    claims = headline_bodies(headline_speakers(claims, statements))
    # "said doctor Ann Roe to Reuters": the doctor; "The also said": no one
    # "Police said 9 were hurt. Organisers spoke of 40.": no speaker read, none lent
    return own_voices(whole_sources(claims, text))


def parse_documents(
    documents: Sequence[Document],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    cancelled: Cancelled | None = None,
    stream: bool = False,
) -> Iterator[tuple[Document, list[Chunk]]]:
    """Parse the interesting regions of every document with the full pipeline, in batches
    (and processes, for large batches), yielding each document as soon as it is complete.
    ``stream`` pipes one document at a time: ``nlp.pipe`` holds every chunk of a batch
    until the whole batch is parsed, and a batch spans many documents, so without it the
    first document would arrive with the last (the batch path keeps the big batches)."""
    nlp = load_nlp(settings.model)
    cut_notes: list[list[str]] = [[] for _ in documents]
    regions = [
        select_regions(d, statements=settings.statements, settings=settings, notes=notes)
        for d, notes in zip(documents, cut_notes, strict=True)
    ]
    documents = [
        dataclasses.replace(d, warnings=(*d.warnings, *notes)) if notes else d
        for d, notes in zip(documents, cut_notes, strict=True)
    ]
    if stream:
        for doc, rs in zip(documents, regions, strict=True):
            if cancelled is not None and cancelled():
                return
            yield doc, _parse_regions(nlp, doc, rs, settings)
        return
    texts = [sentence_cased(d.text, common_words(nlp)) for d in documents]
    items = [
        (text[r.start : r.end], (n, r.start, r.end), r.entities)
        for n, (text, rs) in enumerate(zip(texts, regions, strict=True))
        for r in rs
    ]
    n_chunks = len(items)
    n_process = settings.n_process if n_chunks > 200 else 1
    chars = sum(len(text) for text, _, _ in items)
    batch_size = max(1, min(settings.batch_size, settings.batch_chars * n_chunks // max(chars, 1)))
    parsed = _pipe(nlp, items, batch_size=batch_size, n_process=n_process)
    pending: dict[int, list[Chunk]] = {}
    expected = [len(r) for r in regions]
    next_doc = 0
    # Documents with nothing to parse are complete at once.
    while next_doc < len(documents) and expected[next_doc] == 0:
        yield documents[next_doc], []
        next_doc += 1
    for spacy_doc, (n, offset, end) in parsed:
        if cancelled is not None and cancelled():
            return
        # the tok2vec output is no longer needed and is the bulk of a parsed chunk held
        # until its document is complete
        spacy_doc.tensor = _NO_TENSOR
        # the text parsed is the chunk's text (spaCy keeps it whole): no join over its tokens
        text = documents[n].text[offset:end]
        # a title-case headline was parsed sentence-cased: the parse on the text as written
        original = on_original(spacy_doc, text, documents[n].text)
        pending.setdefault(n, []).append(Chunk(offset, original, text))
        while next_doc < len(documents) and len(pending.get(next_doc, ())) == expected[next_doc]:
            yield documents[next_doc], pending.pop(next_doc, [])
            next_doc += 1


def _parse_regions(nlp: Language, doc: Document, regions: Sequence[Region],
                   settings: Settings) -> list[Chunk]:
    """One document's regions through the pipeline, batched by the same memory rule."""
    chars = sum(r.end - r.start for r in regions)
    batch_size = max(1, min(settings.batch_size,
                            settings.batch_chars * len(regions) // max(chars, 1)))
    text = sentence_cased(doc.text, common_words(nlp))  # as in parse_documents
    parsed = _pipe(nlp, [(text[r.start : r.end], (r.start, r.end), r.entities)
                         for r in regions], batch_size=batch_size)
    chunks = []
    for spacy_doc, (offset, end) in parsed:
        spacy_doc.tensor = _NO_TENSOR  # as in parse_documents: not needed, and the bulk
        original = doc.text[offset:end]
        chunks.append(Chunk(offset, on_original(spacy_doc, original, doc.text), original))
    return chunks


def runs_ner(text: str, *, figures: bool) -> bool:
    """Whether a region goes through NER: it holds a figure (or a figure's context), or a
    capitalised word inside a sentence that may name a speaker."""
    return figures or _NAME_LIKE.search(text) is not None


def _pipe(
    nlp: Language, items: Sequence[tuple[str, _T, bool]], *, batch_size: int, n_process: int = 1
) -> Iterator[tuple[Doc, _T]]:
    """``nlp.pipe`` over ``(text, context, entities)`` in their order: the regions that need
    entities go through the whole pipeline, the others (statement sentences with no figure)
    skip NER unless a capitalised word inside a sentence may name a speaker (speakers are
    read from PERSON and ORG entities; "he said", "police said" need none).
    Two lazy streams merged by position, so a document still completes early."""
    def stream(entities: bool) -> Iterator[tuple[int, Doc, _T]]:
        picked = [
            (text, n)
            for n, (text, _, e) in enumerate(items)
            if runs_ner(text, figures=e) is entities
        ]
        docs = nlp.pipe(
            picked,
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process if len(picked) > 1 else 1,
            disable=() if entities else _NO_ENTITIES,
        )
        for spacy_doc, n in docs:
            yield n, spacy_doc, items[n][1]

    for _, spacy_doc, ctx in heapq.merge(stream(True), stream(False), key=lambda x: x[0]):
        yield spacy_doc, ctx
