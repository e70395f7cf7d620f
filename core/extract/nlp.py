"""The spaCy pipeline and the parsed pieces of a document the extractors work on.

The expensive components (tagger, parser, NER) run only on *chunks*: runs of sentences that
can hold a figure or a statement, plus a neighbour for context. A chunk remembers where it
starts in the document text, so every offset maps back exactly.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.settings import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class Chunk:
    """A parsed piece of a document: ``doc.text == document.text[offset:][:len(doc.text)]``.
    ``text`` is that text: the one the parser was given, else joined once from the tokens
    (``Doc.text`` joins every token on each call)."""

    offset: int
    doc: Doc
    text: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", self.doc.text)

    def start_of(self, item: Token | Span) -> int:
        """Document offset of a token or span."""
        return self.offset + (item.idx if hasattr(item, "idx") else item.start_char)

    def end_of(self, item: Token | Span) -> int:
        if hasattr(item, "idx"):
            return self.offset + item.idx + len(item.text)
        return self.offset + item.end_char


@functools.cache
def load_nlp(model: str) -> Language:
    """The full English pipeline, loaded once per process. The attribute ruler and the
    lemmatizer are swapped for equivalents that index their rules and remember their answers
    (the same annotations, token for token; tests/core/test_attributes.py). Its networks
    multiply through numpy's BLAS where thinc's BLIS runs its generic kernels, three times
    slower (``matrix_products.choose_products``), and through BLIS where it knows the
    processor."""
    import spacy
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    from core.extract.attributes import (
        FAST_RULER,
        MEMO_LEMMATIZER,
        IndexedAttributeRuler,
        MemoLemmatizer,
    )
    from core.extract.dateline_breaks import COMPONENT as DATELINE_BREAKS
    from core.extract.dateline_breaks import break_after_dateline
    from core.extract.initial_joins import COMPONENT as INITIALS
    from core.extract.initial_joins import join_initials
    from core.extract.matrix_products import choose_products
    from core.extract.name_joins import COMPONENT, join_izafe_names

    nlp = spacy.load(model)
    _know_titles(nlp)
    _part_glued_brackets(nlp)
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=join_izafe_names)
    nlp.add_pipe(COMPONENT, first=True)  # before the tagger reads the pieces
    if not Language.has_factory(INITIALS):
        Language.component(INITIALS, func=join_initials)
    nlp.add_pipe(INITIALS, after=COMPONENT)  # "R K Bhat": one name before the tagger
    _add_entity_repairs(nlp)
    _join_prefixes(nlp)
    if "parser" in nlp.pipe_names:
        if not Language.has_factory(_TITLE_JOINS):
            Language.component(_TITLE_JOINS, func=_join_titles)
        nlp.add_pipe(_TITLE_JOINS, before="parser")
        if not Language.has_factory(DATELINE_BREAKS):
            Language.component(DATELINE_BREAKS, func=break_after_dateline)
        nlp.add_pipe(DATELINE_BREAKS, before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        stock = nlp.get_pipe("attribute_ruler")
        assert isinstance(stock, AttributeRuler)
        fast = nlp.replace_pipe("attribute_ruler", FAST_RULER)
        assert isinstance(fast, IndexedAttributeRuler)
        fast.add_patterns(stock.patterns)
    if "lemmatizer" in nlp.pipe_names:
        inner = nlp.get_pipe("lemmatizer")
        memo = nlp.replace_pipe("lemmatizer", MEMO_LEMMATIZER)
        assert isinstance(memo, MemoLemmatizer)
        memo.wrap(inner)
        _index_as_sets(inner)
    choose_products(nlp)
    # The pipeline (its vocabulary, tables and networks) lives as long as the process: frozen,
    # the collector no longer walks its objects on every full collection of a run.
    gc.freeze()
    return nlp


def _join_prefixes(nlp: Language) -> None:
    """After the parser, its repairs (``parse_repairs``): a word split at its prefix's hyphen
    one noun again ("a co-worker"), and the misparses each repair names."""
    from core.extract.parse_repairs import add_parse_repairs

    if "parser" in nlp.pipe_names:
        add_parse_repairs(nlp)


def _index_as_sets(lemmatizer: Any) -> None:
    """spaCy's rule lemmatizer tests each candidate form with ``form in index``, and the index
    of a part of speech is a list of up to 57k words: a scan per test. As sets, the same tests
    give the same answers at once (the first sight of each word form was a third of a ms)."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        index[key] = frozenset(index[key])


@functools.cache
def load_splitter(model: str = DEFAULT_SETTINGS.model) -> Language:
    """Tokenizer + rule-based sentence splitter: cheap enough to run over everything. The
    tokenizer is the full pipeline's (``load_nlp``: the language's rules and the title
    abbreviations), not a second one built the same way: the words it meets join one
    vocabulary, and building it again cost a tenth of a second a process."""
    from spacy.util import get_lang_class

    full = load_nlp(model)
    assert full.lang is not None
    nlp = get_lang_class(full.lang)(vocab=full.vocab, create_tokenizer=lambda _: full.tokenizer)
    nlp.add_pipe("sentencizer")
    return nlp


_TITLE_JOINS = "claimdesk_title_joins"
_ABBREVIATION_LENGTH = 4  # "inst", "ult": the month words written short, with a stop
_OPENING_QUOTES = frozenset("\"'‘“")


def _join_titles(doc: Doc) -> Doc:
    """No sentence starts right after a title abbreviation ("spokesperson Const. Ann Roe"):
    the parser would take its full stop for the end of one. After a month's abbreviation
    ("arrested on 5th inst."), one token with its stop, a sentence starts only at a word in
    capitals ("... on 5th inst. Police said"), not at one in lower case ("... in Lahore")."""
    from spacy.attrs import ORTH

    titles, months = _title_ids(), _month_word_ids()
    # the words' ids, read in one call: a Token object per word costs more than the test
    for i, orth in enumerate(doc.to_array(ORTH).tolist()[:-1]):
        if orth in titles:
            doc[i + 1].is_sent_start = False
        elif orth in months:
            doc[i + 1].is_sent_start = _starts_after_month(doc[i + 1].text)
    return doc


def month_abbreviation(tok: Token) -> bool:
    """ "inst.", "ult.": the month of the day before it, never a modifier of the noun after
    it ("On 22nd ult. gunmen shot ...", which the parser may read "ult. gunmen")."""
    return tok.text in _month_word_tokens()


def _starts_after_month(word: str) -> bool | None:
    """Whether a sentence starts at the word after "inst." or "ult.": at a capital ("Police",
    "Dr.", "St. John's"), not in lower case nor at a comma; at a number or a quote ("12
    others were questioned", "on 2nd inst. 3 men were held") as the parser reads it."""
    first = word[:1]
    if first.isalpha():
        return first.isupper()
    return None if first.isdigit() or first in _OPENING_QUOTES else False


@functools.cache
def _month_word_ids() -> frozenset[int]:
    """The abbreviations naming the month of a day before them ("5th inst.", "28th ult."), by
    id."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in _month_word_tokens())


@functools.cache
def _month_word_tokens() -> tuple[str, ...]:
    """ "inst.", "ult.": one token each, or the parser took the stop for a sentence's end and
    hung what followed on another verb. Not in capitals: "Govt. Inst. of Commerce" is an
    institute's."""
    from core.rules import word_set

    words = word_set("dates", "current_month_words") | word_set("dates", "previous_month_words")
    short = sorted(w for w in words if len(w) <= _ABBREVIATION_LENGTH)
    return tuple(f"{w}." for w in short)


@functools.cache
def _title_ids() -> frozenset[int]:
    """The title abbreviations by the id spaCy gives a word's text (its hash)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(t) for t in _title_tokens())


@functools.cache
def _title_tokens() -> tuple[str, ...]:
    """The title abbreviations, one token each, and two of them hyphenated, one rank
    ("Maj.-Gen.", "Lt.-Col."): split, the sentence ended at "Gen" and the place was
    "Maj.-Gen"."""
    from core.extract.cues import cues

    titles = cues().abbreviated_titles
    return (*titles, *(f"{a}-{b}" for a, b in itertools.product(titles, titles)))


def _add_entity_repairs(nlp: Language) -> None:
    """The components that mend the recogniser's entities, run last in this order: names
    joined by an izafe marked, ages taken out of dates, a date written in figures a date
    (``numeric_dates``), a weekday widened over the "last" after it (``trailing_lasts``) and
    a date over the stretch counted before it (``counted_befores``), a year split from a
    place's possessive, a date cut back from a verb or a town (``date_edges``), a day's
    ordinal joined to its month (``ordinal_days``), a count glued to the time after it a
    count of its own (``timed_counts``), a sentence's opening preposition taken for a name's
    first word a preposition before its place (``fronted_places``), a place run on over the
    time after it split (``timed_places``), a village's number code a place (``coded_villages``),
    the joined towns a road is named after one place (``road_ends``)."""
    from spacy.language import Language

    from core.extract.age_entities import COMPONENT as AGES
    from core.extract.age_entities import drop_age_dates
    from core.extract.coded_villages import COMPONENT as CODED_VILLAGES
    from core.extract.coded_villages import label_coded_villages
    from core.extract.counted_befores import COMPONENT as COUNTED_BEFORES
    from core.extract.counted_befores import widen_counted_befores
    from core.extract.date_edges import COMPONENT as DATE_EDGES
    from core.extract.date_edges import cut_verb_tails
    from core.extract.fronted_places import COMPONENT as FRONTED_PLACES
    from core.extract.fronted_places import mend_fronted_places
    from core.extract.initial_joins import MARKS as INITIAL_MARKS
    from core.extract.initial_joins import mark_initialled_names
    from core.extract.name_joins import MARKS, mark_izafe_names
    from core.extract.numeric_dates import COMPONENT as NUMERIC_DATES
    from core.extract.numeric_dates import label_numeric_dates
    from core.extract.ordinal_days import COMPONENT as ORDINAL_DAYS
    from core.extract.ordinal_days import join_ordinal_days
    from core.extract.road_ends import COMPONENT as ROAD_ENDS
    from core.extract.road_ends import label_road_ends
    from core.extract.timed_counts import COMPONENT as TIMED_COUNTS
    from core.extract.timed_counts import part_timed_counts
    from core.extract.timed_places import COMPONENT as TIMED_PLACES
    from core.extract.timed_places import split_timed_places
    from core.extract.trailing_lasts import COMPONENT as TRAILING_LASTS
    from core.extract.trailing_lasts import widen_trailing_lasts
    from core.extract.year_entities import COMPONENT as YEARS
    from core.extract.year_entities import split_possessed_years

    for name, func in (
        (MARKS, mark_izafe_names),
        (INITIAL_MARKS, mark_initialled_names),
        (AGES, drop_age_dates),
        (NUMERIC_DATES, label_numeric_dates),
        (TRAILING_LASTS, widen_trailing_lasts),
        (COUNTED_BEFORES, widen_counted_befores),
        (YEARS, split_possessed_years),
        (DATE_EDGES, cut_verb_tails),
        (ORDINAL_DAYS, join_ordinal_days),
        (TIMED_COUNTS, part_timed_counts),
        (FRONTED_PLACES, mend_fronted_places),
        (TIMED_PLACES, split_timed_places),
        (CODED_VILLAGES, label_coded_villages),
        (ROAD_ENDS, label_road_ends),
    ):
        if not Language.has_factory(name):
            Language.component(name, func=func)
        nlp.add_pipe(name, last=True)


def _know_titles(nlp: Language) -> None:
    """Title abbreviations as single tokens ("Const.", "Col."): a sentence does not end at
    the title before a name, nor a speaker. The token keeps its own form as its norm: told
    the word it stands for ("colonel"), the recogniser cut names after it ("Lt. Col. Lawrence
    O'Toole" came out "Lawrence"), and left the title alone as a place ("Const.")."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in (*_title_tokens(), *_month_word_tokens()):
        tokenizer.add_special_case(title, [{ORTH: title}])


# "ULFA(I)", "NSCN(IM)", "PML(N)": a group's faction bracketed onto its initials with no space,
# which the tokenizer kept as "ULFA(I" + ")" (a noun the parser could not count through)
_GLUED_BRACKET = r"(?<=[A-Z]{2})\((?=[A-Za-z-]{1,5}(?:\)|$))"  # the ")" is a suffix split first


def _part_glued_brackets(nlp: Language) -> None:
    """The opening bracket glued after a name's capitals is a token of its own."""
    import re

    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(f"{infixes}|{_GLUED_BRACKET}").finditer


def sentence_ents(sent: Span) -> list[Span]:
    """The sentence's entities. ``Span.ents`` rescans the whole doc on every call, which is
    quadratic over a long chunk; this groups the doc's entities by sentence once."""
    doc = sent.doc
    groups: dict[int, list[Span]] | None = doc.user_data.get("claimdesk_ents")
    if groups is None:
        starts = [s.start for s in doc.sents]
        groups = {}
        for ent in doc.ents:
            first = starts[bisect.bisect_right(starts, ent.start) - 1]
            groups.setdefault(first, []).append(ent)
        doc.user_data["claimdesk_ents"] = groups
    return [e for e in groups.get(sent.start, []) if e.end <= sent.end]


def word_ids(words: Iterable[str]) -> frozenset[int]:
    """Words by the id spaCy gives a word (its hash), for ``last_word`` and ``words_in``."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def _column(doc: Doc, attr: str) -> list[int]:
    """One attribute's id for every token ("ORTH", "LOWER"), read once a chunk in one call."""
    key = f"claimdesk_{attr.lower()}"
    ids: list[int] | None = doc.user_data.get(key)
    if ids is None:
        ids = doc.user_data[key] = doc.to_array(attr).tolist()
    return ids


def last_word(sent: Span, ids: frozenset[int], start: int | None = None) -> int | None:
    """The index of the span's last token (from ``start`` on) whose text is one of ``ids``
    (``word_ids``), read off the ids: a Token per word costs more."""
    orths = _column(sent.doc, "ORTH")
    first = sent.start if start is None else start
    for i in range(sent.end - 1, first - 1, -1):
        if orths[i] in ids:
            return i
    return None


def words_in(sent: Span, ids: frozenset[int]) -> list[Token]:
    """The span's tokens whose lower-case form is one of ``ids`` (``word_ids``), in order:
    the forms are read off the ids, and a Token is built only for a word found."""
    lowers = _column(sent.doc, "LOWER")
    doc = sent.doc
    return [doc[i] for i in range(sent.start, sent.end) if lowers[i] in ids]


def written_as(sent: Span, test: Callable[[str], object]) -> list[Token]:
    """The span's tokens whose text passes ``test`` (a year's four digits), in order: the
    texts are read off the ids, and a Token is built only for a word kept."""
    doc = sent.doc
    strings, orths = doc.vocab.strings, _column(doc, "ORTH")
    return [doc[i] for i in range(sent.start, sent.end) if test(strings[orths[i]])]


def lowered_as(sent: Span, test: Callable[[str], object]) -> list[Token]:
    """The span's tokens whose lower-case form passes ``test`` (a month's name), in order:
    the forms are read off the ids, and a Token is built only for a word kept."""
    doc = sent.doc
    strings, lowers = doc.vocab.strings, _column(doc, "LOWER")
    return [doc[i] for i in range(sent.start, sent.end) if test(strings[lowers[i]])]


def lemmatised_as(sent: Span, test: Callable[[str], object]) -> list[Token]:
    """The span's tokens whose lemma passes ``test`` ("be"), in order: the lemmas are read
    off the ids, and a Token is built only for a word kept."""
    doc = sent.doc
    strings, lemmas = doc.vocab.strings, _column(doc, "LEMMA")
    return [doc[i] for i in range(sent.start, sent.end) if test(strings[lemmas[i]])]


def any_lemma(sent: Span, test: Callable[[str], object]) -> bool:
    """Whether a word of the span has a lemma passing ``test``, read off the lemma ids up to
    the first that does: no Token is built."""
    doc = sent.doc
    strings, lemmas = doc.vocab.strings, _column(doc, "LEMMA")
    return any(test(strings[lemmas[i]]) for i in range(sent.start, sent.end))


def capitalised(doc: Doc, start: int, end: int) -> list[bool]:
    """Whether each word ``start:end`` opens with a capital letter, read off the ids: a
    Token per word costs more."""
    strings, orths = doc.vocab.strings, _column(doc, "ORTH")
    return [strings[orths[i]][:1].isupper() for i in range(start, end)]


def holds_lemma(doc: Doc, lemmas: frozenset[str]) -> bool:
    """Whether a word of the parsed chunk has one of ``lemmas`` (in lower case), read off the
    lemma ids: a Token per word costs more."""
    return not lemmas.isdisjoint(_lower_lemmas(doc))


_LOWER_LEMMAS = "claimdesk_lower_lemmas"
# the words of a title-case headline its sentence-cased copy wrote in lower case
# (``headline_case.on_original``)
HEADLINE_LOWERED = "claimdesk_headline_lowered"


def written_lower(tok: Token) -> bool:
    """Whether the word is written in lower case, or is one a title-case headline capitalised
    only for its style ("Death Of Bakery *Owner*": a common word, no name)."""
    return tok.is_lower or tok.i in tok.doc.user_data.get(HEADLINE_LOWERED, ())


def _lower_lemmas(doc: Doc) -> frozenset[str]:
    """The chunk's lemmas in lower case, read once a chunk: several readers ask of each."""
    found: frozenset[str] | None = doc.user_data.get(_LOWER_LEMMAS)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[_LOWER_LEMMAS] = frozenset(
            strings[i].lower() for i in set(_column(doc, "LEMMA"))
        )
    return found


def holds_form(doc: Doc, forms: frozenset[str]) -> bool:
    """Whether a word of the parsed chunk, in lower case less a closing full stop ("ave."),
    is one of ``forms``, read off the ids: a Token per word costs more."""
    strings = doc.vocab.strings
    return not forms.isdisjoint({strings[i].rstrip(".") for i in set(_column(doc, "LOWER"))})


def tagged(sent: Span, start: int, *, pos: frozenset[int], deps: frozenset[int]) -> list[Token]:
    """The span's tokens from ``start`` on whose part of speech is one of ``pos`` (spaCy's
    symbols) or whose dependency is one of ``deps`` (``word_ids`` of the labels), in order:
    read off the ids, a Token built only for a word kept."""
    doc = sent.doc
    tags, labels = _column(doc, "POS"), _column(doc, "DEP")
    return [
        doc[i]
        for i in range(max(start, sent.start), sent.end)
        if tags[i] in pos or labels[i] in deps
    ]


def proper_nouns(sent: Span) -> list[Token]:
    """The span's proper nouns, in order (``tagged``)."""
    return of_part(sent, "PROPN")


_NO_DEPS: frozenset[int] = frozenset()


def of_part(sent: Span, part: str) -> list[Token]:
    """The span's tokens whose coarse part of speech is ``part`` ("VERB", "NOUN"), in order
    (``tagged``): a reader that asks only a verb or a noun need not build the other words."""
    return tagged(sent, sent.start, pos=_part(part), deps=_NO_DEPS)


@functools.cache
def _part(part: str) -> frozenset[int]:
    """spaCy's symbol of a coarse part of speech, read once (spaCy loads with the pipeline)."""
    from spacy.symbols import IDS

    return frozenset({IDS[part]})


def fine_tagged(sent: Span, tags: frozenset[int]) -> list[Token]:
    """The span's tokens whose fine-grained tag ("NN") is one of ``tags`` (``word_ids``), in
    order: read off the ids, a Token built only for a word kept."""
    doc = sent.doc
    ids = _column(doc, "TAG")
    return [doc[i] for i in range(sent.start, sent.end) if ids[i] in tags]


def negated(tok: Token | None) -> bool:
    """The word has a negation ("not killed", "did not deny")."""
    return tok is not None and any(c.dep_ == "neg" for c in tok.children)


def compound_start(tok: Token, floor: int = 0) -> int:
    """The first word of the proper-name compounds the parser chained right before ``tok``
    ("Khyber" of "Khyber Pakhtunkhwa"), no earlier than ``floor``."""
    doc, start = tok.doc, tok.i
    while start > floor and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def share_across_parts(
    docs: Iterable[Doc], key: str, read: Callable[[Doc], frozenset[str]]
) -> None:
    """Each parsed part of one report learns, under ``key`` of its ``user_data``, what ``read``
    finds in every part: names a report writes whole in one paragraph and cut short in the
    next ("Ana Ruiz was shot" ... "fired at Ruiz")."""
    parts = list(docs)
    shared: frozenset[str] = frozenset().union(*(read(doc) for doc in parts))
    for doc in parts:
        doc.user_data[key] = shared
