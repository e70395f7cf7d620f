"""Which parts of a document go through the tagger, parser and NER: the *regions*.

Only the sentences that can hold a figure (with the sentence before it, for the time, place and
speaker it may leave unsaid) or a statement are parsed; the rest of the text sees only the
tokenizer and a rule-based sentence splitter. A region is a run of wanted sentences within one
paragraph, in the article body, at most ``max_region_chars`` long; it runs NER only when a
figure (or a figure's context) is in it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import IS_TITLE, LIKE_NUM, LOWER, ORTH

from core.extract.both_counts import BOTH
from core.extract.figures import ZERO_WORDS
from core.extract.nlp import load_splitter
from core.extract.place_words import LOCATIVE_PREPS
from core.extract.scene_statements import may_tell_scene
from core.extract.victim_cues import (
    ARREST_STEMS,
    ROLL_WORDS,
    VICTIM_CUES,
    VICTIM_HARM,
    arrest_cue,
    definite_cue,
    definite_death_cue,
    harm_noun_cue,
    idiom_harm,
    surname_cue,
)
from core.model import Document
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.datelines import Dateline, find_dateline
from core.text.dates import date_words
from core.text.lines import line_spans
from core.text.number_tokens import number_words
from core.text.periods import LEAD_SENTENCES

if TYPE_CHECKING:
    from spacy.tokens import Span

_GLUED = re.compile(r"[A-Za-z]-\d")
# the plain sentences an undated report with no dateline is read for its town (the cost:
# each is parsed with NER, and a report names its town within its first mentions)
PLACE_SENTENCES = 2
# a name after a locative word or "of" ("in Fresno", "the north side of Fresno"): a place
_NAMES_A_PLACE = re.compile(
    r"\b(?:" + "|".join(sorted(p for p in (*LOCATIVE_PREPS, "of") if p.isalpha()))
    + r") (?:the )?[A-Z][a-z]"
)

BOTH_WORDS = frozenset({BOTH})  # two people without a numeral
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
WORDLESS_MIN_CHARS = 200  # shorter runs of digits are ordinary text ("12-3", a phone number)
WORDLESS_LETTER_SHARE = 0.2  # below this share of letters a stretch has no words to read
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


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    # Holds a figure (or is the context sentence before one): the places, perpetrators
    # and victims of claims need the entity recogniser; a run of statement sentences only
    # needs the parse, and NER (with its own tok2vec) is half the pipeline's time.
    entities: bool = True


@dataclass(slots=True)
class _Sentence:
    """A sentence (or a piece of one over the limit) and why it is parsed."""

    paragraph: int
    start: int
    end: int
    wanted: bool
    figure: bool  # a figure, or the context of one: parsed with NER
    alone: bool  # a piece of a cut sentence: parsed on its own, never with others


def select_regions(
    doc: Document,
    *,
    statements: bool = True,
    settings: Settings = DEFAULT_SETTINGS,
    notes: list[str] | None = None,
) -> list[Region]:
    """Runs of sentences that may hold a figure (or a statement), within one paragraph each.
    A paragraph or sentence over its limit is parsed in pieces, with a warning in ``notes``."""
    from core.extract.statements import antecedent_sentences

    text = doc.text
    sentences = _sentences(doc, statements=statements, settings=settings, notes=notes)
    if statements:  # the sentence naming whom a later "he said" refers to
        for i in antecedent_sentences([text[s.start : s.end] for s in sentences]):
            sentences[i].wanted = True
    for s in sentences:
        if s.wanted and _wordless(text, s.start, s.end):  # not even as a figure's context
            s.wanted = s.figure = False
    return _runs(doc, sentences, settings.max_region_chars)


def _sentences(
    doc: Document, *, statements: bool, settings: Settings, notes: list[str] | None
) -> list[_Sentence]:
    """Every sentence of the body's paragraphs, flagged: figure, wanted, cut into pieces."""
    from core.extract.statements import may_hold_statement

    text = doc.text
    limit = settings.max_sentence_chars
    dateline = find_dateline(text)
    paragraphs = [
        (_past_dateline(text, _past_label(text, s, e), e, dateline), e)
        for s, e in paragraphs_of(text, limit=settings.max_paragraph_chars, notes=notes)
        if _touches_body(doc, s, e)
    ]
    out: list[_Sentence] = []
    long_sentences = 0
    # a report with no day and no dateline may name its town only in a later sentence that
    # holds no figure ("the warehouse on the north side of Fresno"): read those for places
    undated = doc.published is None and dateline is None
    places_left = PLACE_SENTENCES  # the first few: a report names its town early
    parsed = load_splitter(settings.model).pipe(text[s:e] for s, e in paragraphs)
    for n, ((p_start, _), para) in enumerate(zip(paragraphs, parsed, strict=True)):
        for sent in para.sents:
            # the lead's day of the incident dates the report's figures that give none
            figure = has_figure(sent) or (len(out) < LEAD_SENTENCES and names_a_day(sent))
            # "Teen shot near school": a headline names its victim with no article
            figure = figure or (not out and _tells_harm(sent))
            # "The blast occurred near Pusnar village": where the incident happened
            # "X disagreed with the minister:" introduces the quote of the next paragraph
            words = text[p_start + sent.start_char : p_start + sent.end_char]  # no Tokens
            placed = undated and places_left > 0 and not figure and _names_a_place(words)
            places_left -= placed
            wanted = figure or placed or may_tell_scene(words) or (
                statements and (may_hold_statement(words) or _introduces(words))
            )
            # A figure takes the time, place and speaker it lacks from the sentence before.
            if figure and out:
                out[-1].wanted = out[-1].figure = True
            start, end = p_start + sent.start_char, p_start + sent.end_char
            pieces = [(start, end)]
            if end - start > limit:
                long_sentences += 1
                pieces = list(_cut(text, start, end, limit))
            out.extend(
                _Sentence(n, a, b, wanted, figure or placed, len(pieces) > 1) for a, b in pieces
            )
    if long_sentences and notes is not None:
        notes.append(CUT_SENTENCES.format(n=long_sentences, limit=limit))
    return out


def _names_a_place(sentence: str) -> bool:
    """A cheap lexical test: a name after a locative word ("in Fresno"), or a town's force or
    office ("The Fresno Police Department", "Fresno Mayor Tom Hale")."""
    return _NAMES_A_PLACE.search(sentence) is not None or _town_force().search(sentence) is not None


# capitalised words that open a sentence's noun phrase, no name ("The mayor said ...")
_DETERMINERS = "The|A|An|This|That|These|Those|His|Her|Their|Its|Our|Your|Local|State"


@functools.cache
def _town_force() -> re.Pattern[str]:
    """A capitalised name before an agency word (event_types.json "agencies") or "Mayor"."""
    words = sorted({*load_rules("event_types")["agencies"], "mayor"})
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?!(?:{_DETERMINERS})\b)[A-Z][a-z]+ (?i:{alternation})\b")


def _introduces(sentence: str) -> bool:
    """A sentence ending in a colon: it may introduce the quote that follows (its speaker)."""
    return sentence.rstrip().endswith(":")


def _past_label(text: str, start: int, end: int) -> int:
    """Where a line's text starts after a page label a dash joins to it ("Breaking News-Five
    Workers Shot at Depot"): the tagger would read the label and the headline as one name,
    as it does not across a colon. The label stays out of the parse."""
    found = _label_dash().match(text, start, end)
    return found.end() if found is not None and found.end() < end else start


def _past_dateline(text: str, start: int, end: int, dateline: Dateline | None) -> int:
    """Where a paragraph's first sentence starts after a dated dateline when it opens with a
    figure ("DHAKA, March 15 - 23 people were killed ...", "BHOLA, May 2 - Fourteen drowned"):
    the tagger reads the dateline's day and the figure as one date or a range, as it does
    not when a word comes first. The dateline stays out of the parse (claims read it from
    the text)."""
    if (
        dateline is None
        or not any(ch.isdigit() for ch in text[dateline.start : dateline.end])  # its day
        or not start <= dateline.start < dateline.end < end
        or text[start : dateline.start].strip()
        or not _opens_with_figure(text[dateline.end : end])
    ):
        return start
    return dateline.end


def _opens_with_figure(sentence: str) -> bool:
    """Whether a sentence's first word is a figure: digits or a number word ("Fourteen")."""
    words = sentence.split(maxsplit=1)
    if not words:
        return False
    first = words[0].strip("\"“‘'").lower()
    tables = number_words()
    return first[:1].isdigit() or first in tables.units or first in tables.teens or (
        first.split("-")[0] in tables.tens
    )


@functools.cache
def _label_dash() -> re.Pattern[str]:
    labels = sorted((str(w) for w in load_rules("places")["label_words"]), key=len, reverse=True)
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in labels)
    return re.compile(rf"(?:{words})[ \t]*(?:-+|\u2013|\u2014)[ \t]*(?=\w)", re.IGNORECASE)


def names_a_day(sent: Span) -> bool:
    """A cheap lexical test: the sentence may name a day ("early Sunday", "on March 12")."""
    tables = date_words()
    for tok in sent:
        word = tok.lower_.rstrip(".")
        if word in tables.weekdays and tok.text[:1].isupper():
            return True
        followed_by_number = tok.i + 1 < len(tok.doc) and tok.nbor(1).like_num
        if word in tables.months and tok.text[:1].isupper() and followed_by_number:
            return True
    return False


def has_figure(sent: Span) -> bool:
    """A cheap lexical test: the sentence may hold a claim's figure (a number, a vague amount,
    "no one was hurt", "a man was killed", "Jane Roe died")."""
    # the words read off the ids in one call: a Token per word was the cost
    strings = sent.doc.vocab.strings
    table = sent.doc.to_array([LOWER, ORTH, LIKE_NUM, IS_TITLE])[sent.start : sent.end].tolist()
    words = [strings[low] for low, _, _, _ in table]
    # "NEWS-3 DEAD": careless copy glues a figure to the word before it with a hyphen
    numeral = any(num or _GLUED.search(strings[orth]) for _, orth, num, _ in table)
    if numeral or not VAGUE_WORDS.isdisjoint(words):
        return True
    if not (ZERO_WORDS | BOTH_WORDS).isdisjoint(words) and any(
        w.startswith(HARM_STEMS) for w in words
    ):
        return True  # "no one was hurt"; "Both died at the scene" (``both_counts``)
    # "a man", "his wife", or a name ("Jane Roe died"): a capitalised pair; "the boy's death"
    if definite_death_cue(words) or arrest_cue(words):
        return True
    if harm_noun_cue(words) and (not VICTIM_CUES.isdisjoint(words) or definite_cue(words)):
        return True  # "the shooting of a boy", "a toddler's death"
    return (
        not VICTIM_CUES.isdisjoint(words)
        or any(a[3] and b[3] for a, b in itertools.pairwise(table))
        or definite_cue(words)
        or surname_cue(sent)
    ) and (
        any(w.startswith(VICTIM_HARM + ARREST_STEMS) for w in words) or idiom_harm(words)
        or not ROLL_WORDS.isdisjoint(words)
    )


# Headline words of an arrest in the present beyond the stems ("Police charge teen in ...",
# "Cops nab man in ...")
HEADLINE_ARRESTS = ("charge", "nab")


def _tells_harm(sent: Span) -> bool:
    """A harm or arrest word in the sentence ("shot", "dies", "injured", "death", "arrest")."""
    stems = (*VICTIM_HARM, "death", *ARREST_STEMS, *HEADLINE_ARRESTS)
    return any(t.lower_.startswith(stems) for t in sent)


def _runs(doc: Document, sentences: Sequence[_Sentence], max_region: int) -> list[Region]:
    """Consecutive wanted sentences of one paragraph, as regions of at most ``max_region``
    characters (a piece of a cut sentence is a region of its own)."""
    regions: list[Region] = []
    run_start: int | None = None
    run_figures = False
    for i, s in enumerate(sentences):
        if s.wanted and run_start is None:
            run_start = s.start
            run_figures = False
        run_figures = run_figures or s.figure
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        last = (
            following is None
            or not following.wanted
            or following.paragraph != s.paragraph
            or s.alone
            or following.alone
            or (run_start is not None and s.end - run_start > max_region)
        )
        if run_start is not None and last:
            regions.extend(_clip(doc, run_start, s.end, entities=run_figures))
            run_start = None
    return regions


def _wordless(text: str, start: int, end: int) -> bool:
    """A long stretch that is almost all digits and signs ("1-2-3-...", a table of numbers):
    no word says what its figures count, so parsing it (several tokens a character) is waste."""
    if end - start < WORDLESS_MIN_CHARS:
        return False
    piece = text[start:end]
    letters = sum(ch.isalpha() for ch in piece)
    return letters < WORDLESS_LETTER_SHARE * len(piece.replace(" ", ""))


def _clip(doc: Document, start: int, end: int, *, entities: bool = True) -> list[Region]:
    """The parts of a run that lie in the article body (a caption credit glued to a sentence
    stays out of the parse)."""
    if not doc.body:
        return [Region(start, end, entities)]
    out = []
    for span in doc.body:
        lo, hi = max(start, span.start), min(end, span.end)
        if lo < hi and doc.text[lo:hi].strip():
            out.append(Region(lo, hi, entities))
    return out


def _touches_body(doc: Document, start: int, end: int) -> bool:
    return not doc.body or any(s.start < end and start < s.end for s in doc.body)


def paragraphs_of(
    text: str, *, limit: int = MAX_PARAGRAPH, notes: list[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Non-empty lines: plain-text news keeps one paragraph (or headline, or menu item) a line.
    A line longer than ``limit`` (a text with no line breaks at all) is cut after a
    sentence end, so no piece strains the sentence splitter or the parser."""
    hard_cuts = [0]
    for start, end in line_spans(text):
        yield from _pieces(text, start, end, limit, hard_cuts)
    if hard_cuts[0] and notes is not None:
        notes.append(CUT_PARAGRAPHS.format(n=hard_cuts[0], limit=limit))


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
