"""The one entry point: files (or Documents) → a Result with claims, statements, events and
conflicts. Progress and cancellation are plain callables, so the core stays Qt-free.

Speed: only the sentences that can hold a figure or a statement (and the sentence before a
figure, for the time, place and speaker it may leave unsaid) go through the tagger, parser and
NER; the rest of the text sees only the tokenizer and a rule-based sentence splitter.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import numpy

from core.errors import Errors, InputError
from core.extract.claims import VICTIM_CUES, VICTIM_HARM, ZERO_WORDS, extract_claims
from core.extract.nlp import Chunk, load_nlp, load_splitter
from core.group.statement_links import link_statements, statement_conflicts
from core.ingest import files as ingest
from core.ingest.sources import SourceInfo
from core.ingest.sources import apply_all as apply_sources
from core.model import Claim, Document, Event, Failure, Result, Statement
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.lines import line_spans
from core.text.publication_dates import find_publication_date

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

# Words that make a sentence worth parsing for figures, beyond what spaCy's like_num knows.
VAGUE_WORDS = frozenset(
    [
        "dozen",
        "dozens",
        "score",
        "scores",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "lakh",
        "lakhs",
        "crore",
        "crores",
    ]
)
HARM_STEMS = (
    "kill",
    "dead",
    "death",
    "died",
    "die",
    "injur",
    "wound",
    "hurt",
    "casualt",
    "arrest",
    "detain",
    "abduct",
    "kidnap",
    "hostage",
    "attack",
    "fatal",
)


@dataclass(frozen=True, slots=True)
class _Region:
    start: int
    end: int
    # Holds a figure (or is the context sentence before one): the places, perpetrators
    # and victims of claims need the entity recogniser; a run of statement sentences only
    # needs the parse, and NER (with its own tok2vec) is half the pipeline's time.
    entities: bool = True


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
    """Extract claims and statements from imported documents, then group and compare them."""
    docs = [with_publication_date(d, settings=settings) for d in documents]
    claim_ids = (f"c{n}" for n in itertools.count(1))
    statement_ids = (f"s{n}" for n in itertools.count(1))
    claims: list[Claim] = []
    statements: list[Statement] = []
    done: list[Document] = []
    total = len(docs)
    failures: list[Failure] = []
    # A consumer of each document (the window) gets it as soon as it is parsed.
    stream = on_document is not None
    for doc, chunks in parse_documents(docs, settings=settings, cancelled=cancelled,
                                       stream=stream):
        notes: list[str] = []
        try:
            doc_claims, doc_statements = analyse(
                doc, chunks, claim_ids=claim_ids, statement_ids=statement_ids, settings=settings,
                notes=notes,
            )
        except Exception as exc:  # one odd article must not sink the batch
            # the user sees one line; a developer (--debug, or the log file) the traceback
            log.debug("extraction failed on %s", doc.path or doc.name, exc_info=True)
            failures.append(
                Failure(
                    path=doc.path or doc.name,
                    message=Errors.E017.format(
                        name=doc.path or doc.name, error=f"{type(exc).__name__}: {exc}"
                    ),
                )
            )
            continue
        finished = dataclasses.replace(doc, warnings=(*doc.warnings, *notes)) if notes else doc
        claims.extend(doc_claims)
        statements.extend(doc_statements)
        done.append(finished)
        if progress is not None:
            progress(len(done), total, doc.name)
        if on_document is not None:
            on_document(
                Result(
                    documents=(finished,),
                    claims=tuple(doc_claims),
                    statements=tuple(doc_statements),
                )
            )
    return assemble(done, claims, statements, failures, settings=settings)


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
    warning = 'publication date not found: relative dates ("last week") left unresolved'
    return dataclasses.replace(doc, warnings=(*doc.warnings, warning))


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
    from core.extract.attribution import Attributions
    from core.extract.statements import find_statements

    found = (
        find_statements(chunks, document_id=doc.id, text=doc.text, notes=notes)
        if settings.statements
        else []
    )
    statements = [
        dataclasses.replace(s, id=next(statement_ids)) for s in found if doc.in_body(s.start)
    ]
    claims = extract_claims(chunks, doc, ids=claim_ids, settings=settings, notes=notes)
    # Only what someone says carries their name onto a figure; a denial or a responsibility
    # claim mentions figures without vouching for them.
    spoken = Attributions([s for s in statements if s.kind in ("quote", "reported")])
    attributed = []
    for claim in claims:
        speaker = spoken.at(claim.start, claim.end)
        # The figure is inside someone's words: theirs is the outer attribution.
        if speaker and speaker.casefold() not in (claim.attribution or "").casefold():
            attributed.append(dataclasses.replace(claim, attribution=speaker))
        else:
            attributed.append(claim)
    return attributed, statements


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
    items = [
        (d.text[r.start : r.end], (n, r.start), r.entities)
        for n, (d, rs) in enumerate(zip(documents, regions, strict=True))
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
    for spacy_doc, (n, offset) in parsed:
        if cancelled is not None and cancelled():
            return
        # the tok2vec output is no longer needed and is the bulk of a parsed chunk held
        # until its document is complete
        spacy_doc.tensor = _NO_TENSOR
        pending.setdefault(n, []).append(Chunk(offset=offset, doc=spacy_doc))
        while next_doc < len(documents) and len(pending.get(next_doc, ())) == expected[next_doc]:
            yield documents[next_doc], pending.pop(next_doc, [])
            next_doc += 1


def _parse_regions(nlp: Language, doc: Document, regions: Sequence[_Region],
                   settings: Settings) -> list[Chunk]:
    """One document's regions through the pipeline, batched by the same memory rule."""
    chars = sum(r.end - r.start for r in regions)
    batch_size = max(1, min(settings.batch_size,
                            settings.batch_chars * len(regions) // max(chars, 1)))
    parsed = _pipe(nlp, [(doc.text[r.start : r.end], r.start, r.entities) for r in regions],
                   batch_size=batch_size)
    chunks = []
    for spacy_doc, offset in parsed:
        spacy_doc.tensor = _NO_TENSOR  # as in parse_documents: not needed, and the bulk
        chunks.append(Chunk(offset=offset, doc=spacy_doc))
    return chunks


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
            if (e or _NAME_LIKE.search(text) is not None) is entities
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


WORDLESS_MIN_CHARS = 200  # shorter runs of digits are ordinary text ("12-3", a phone number)
WORDLESS_LETTER_SHARE = 0.2  # below this share of letters a stretch has no words to read


def _wordless(text: str, start: int, end: int) -> bool:
    """A long stretch that is almost all digits and signs ("1-2-3-...", a table of numbers):
    no word says what its figures count, so parsing it (several tokens a character) is waste."""
    if end - start < WORDLESS_MIN_CHARS:
        return False
    piece = text[start:end]
    letters = sum(ch.isalpha() for ch in piece)
    return letters < WORDLESS_LETTER_SHARE * len(piece.replace(" ", ""))


def select_regions(
    doc: Document,
    *,
    statements: bool = True,
    settings: Settings = DEFAULT_SETTINGS,
    notes: list[str] | None = None,
) -> list[_Region]:
    """Runs of sentences that may hold a figure (or a statement), within one paragraph each.
    A paragraph or sentence over its limit is parsed in pieces, with a warning in ``notes``."""
    from core.extract.statements import antecedent_sentences, may_hold_statement

    splitter = load_splitter()
    text = doc.text
    max_sentence = settings.max_sentence_chars
    paragraphs = [
        (s, e)
        for s, e in _paragraphs(text, limit=settings.max_paragraph_chars, notes=notes)
        if _touches_body(doc, s, e)
    ]
    # Flat list of (paragraph index, sentence start, sentence end) in document offsets; a
    # piece of a sentence over the limit is parsed on its own (alone), never with others.
    sents: list[tuple[int, int, int]] = []
    alone: list[bool] = []
    wanted: list[bool] = []
    figures: list[bool] = []  # a figure, or the context of one: parsed with NER
    long_sentences = 0
    for n, ((p_start, _), para) in enumerate(
        zip(paragraphs, splitter.pipe(text[s:e] for s, e in paragraphs), strict=True)
    ):
        for sent in para.sents:
            words = [t.lower_ for t in sent]
            has_figure = (
                any(t.like_num for t in sent)
                or any(w in VAGUE_WORDS for w in words)
                or (
                    any(w in ZERO_WORDS for w in words)
                    and any(w.startswith(HARM_STEMS) for w in words)
                )
                or (
                    # "a man", "his wife", or a name ("Jane Roe died"): a capitalised pair
                    (any(w in VICTIM_CUES for w in words)
                     or any(t.is_title and t.nbor().is_title for t in sent[:-1]))
                    and any(w.startswith(VICTIM_HARM) for w in words)
                )
            )
            want = has_figure or (statements and may_hold_statement(sent.text))
            # A figure takes the time, place and speaker it lacks from the sentence before.
            if has_figure and sents:
                wanted[-1] = figures[-1] = True
            s_start, s_end = p_start + sent.start_char, p_start + sent.end_char
            pieces = [(s_start, s_end)]
            if s_end - s_start > max_sentence:
                long_sentences += 1
                pieces = list(_cut(text, s_start, s_end, max_sentence))
            for start, end in pieces:
                sents.append((n, start, end))
                wanted.append(want)
                figures.append(has_figure)
                alone.append(len(pieces) > 1)
    if long_sentences and notes is not None:
        notes.append(CUT_SENTENCES.format(n=long_sentences, limit=max_sentence))
    if statements:  # the sentence naming whom a later "he said" refers to
        for i in antecedent_sentences([text[a:b] for _, a, b in sents]):
            wanted[i] = True
    for i, (_, start, end) in enumerate(sents):
        if wanted[i] and _wordless(text, start, end):  # not even as a figure's context
            wanted[i] = figures[i] = False
    regions: list[_Region] = []
    run_start: int | None = None
    run_figures = False
    for i, (para_no, start, end) in enumerate(sents):
        if wanted[i] and run_start is None:
            run_start = start
            run_figures = False
        run_figures = run_figures or figures[i]
        last = (
            i + 1 == len(sents)
            or not wanted[i + 1]
            or sents[i + 1][0] != para_no
            or alone[i]
            or alone[i + 1]
            or (run_start is not None and end - run_start > settings.max_region_chars)
        )
        if run_start is not None and last:
            regions.extend(_clip(doc, run_start, end, entities=run_figures))
            run_start = None
    return regions


def _clip(doc: Document, start: int, end: int, *, entities: bool = True) -> list[_Region]:
    """The parts of a run that lie in the article body (a caption credit glued to a sentence
    stays out of the parse)."""
    if not doc.body:
        return [_Region(start, end, entities)]
    out = []
    for span in doc.body:
        lo, hi = max(start, span.start), min(end, span.end)
        if lo < hi and doc.text[lo:hi].strip():
            out.append(_Region(lo, hi, entities))
    return out


def _touches_body(doc: Document, start: int, end: int) -> bool:
    return not doc.body or any(s.start < end and start < s.end for s in doc.body)


def _paragraphs(
    text: str, *, limit: int = DEFAULT_SETTINGS.max_paragraph_chars, notes: list[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Non-empty lines: plain-text news keeps one paragraph (or headline, or menu item) a line.
    A line longer than ``limit`` (a text with no line breaks at all) is cut after a
    sentence end, so no piece strains the sentence splitter or the parser."""
    hard_cuts = [0]
    for start, end in line_spans(text):
        yield from _pieces(text, start, end, limit, hard_cuts)
    if hard_cuts[0] and notes is not None:
        notes.append(CUT_PARAGRAPHS.format(n=hard_cuts[0], limit=limit))


MAX_PARAGRAPH = DEFAULT_SETTINGS.max_paragraph_chars  # spaCy refuses texts over 1,000,000
MAX_REGION = DEFAULT_SETTINGS.max_region_chars
# Warnings for the limits (Settings.max_*): what was cut, and what it may cost.
CUT_PARAGRAPHS = (
    "{n:,} cuts in paragraphs with no sentence end for {limit:,} characters "
    "(max_paragraph_chars): a figure at a cut may be missed"
)
CUT_SENTENCES = (
    "{n:,} sentences over {limit:,} characters (max_sentence_chars) were read in pieces: "
    "a figure whose words span a cut may be missed or misread"
)


def _split(
    text: str, start: int, end: int, limit: int, cut_in: Callable[[int], int | None]
) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``limit`` characters: each cut where
    ``cut_in(piece_start)`` says, else hard at the limit; the space after a cut is dropped."""
    while end - start > limit:
        found = cut_in(start)
        cut = start + limit if found is None else found
        yield start, cut
        while cut < end and text[cut].isspace():
            cut += 1
        start = cut
    if start < end:
        yield start, end


def _pieces(
    text: str, start: int, end: int, limit: int = MAX_PARAGRAPH, hard_cuts: list[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Cut after a sentence end in the second half of each piece."""

    def after_sentence_end(at: int) -> int | None:
        window = text[at : at + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut > limit // 2:
            return at + cut + 1
        if hard_cuts is not None:
            hard_cuts[0] += 1
        return None

    return _split(text, start, end, limit, after_sentence_end)


def _cut(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut at a space in the second half of each piece (a word, a figure, stays whole)."""

    def at_space(at: int) -> int | None:
        cut = text.rfind(" ", at + limit // 2, at + limit)
        return cut if cut > at else None

    return _split(text, start, end, limit, at_space)
