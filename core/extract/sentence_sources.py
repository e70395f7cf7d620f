"""The source a sentence names for all its figures: an "according to X", "as per X" or
"per X" frame, a headline's source, a closing or opening report the parser did not read as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution_headlines import (
    closing_report,
    closing_source,
    inverted_source,
    misread_inverted_report,
    misread_report,
    opening_source,
    split_opening_source,
)
from core.extract.body_names import appositive_name, document_of, material_noun
from core.extract.cues import cues
from core.extract.detached_names import detached_name
from core.extract.document_issuers import document_issuer
from core.extract.nlp import word_ids, words_in
from core.extract.record_sources import closing_record, kept_record, record_phrase
from core.extract.source_anaphora import definite_document
from core.extract.source_names import (
    compound_author,
    modifiers_text,
    np_text,
    possessor_name,
    post_and_name,
    with_acronym,
    with_appositive_name,
    with_name,
    without_document,
)
from core.extract.speakers import statement_author
from core.extract.tabled_records import record_source

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})  # "This raises the toll to 5"


def according_to(sent: Span) -> str | None:
    """The source an "according to X", "as per X" or "per X" frame names in the sentence."""
    for tok in words_in(sent, _FRAME_WORDS):  # a Token only for a frame's first word
        frame = _according_frame(tok)
        if frame is not None:
            objs = [c for c in frame.children if c.dep_ == "pobj"]
            if objs:
                return _frame_source(objs[0])
    return None


def _frame_source(obj: Token) -> str | None:
    """Who a frame's object names: the author of a document or of figures ("a release
    issued by the ISPR", "an ISPR statement"), nobody for a document or account that names
    none ("as per initial reports", "according to details"), else the phrase itself."""
    c = cues()
    words = {obj.lemma_.lower(), obj.lower_}  # "data" is lemmatised "datum"
    unnamed = bool(words & (c.document_nouns | c.sourceless))
    # "figures released by the ministry"; a possessor authors only a document ("the
    # ministry's report"), not an office ("the governor's office")
    author = statement_author(obj)
    # "the ministry's year-end figures" are the ministry's, as its report is
    owned = author is not None and author.dep_ == "poss" and material_noun(obj)
    if author is not None and (unnamed or owned or author.dep_ == "pobj"):
        return with_acronym(author, possessor_name(author, obj))
    # "the annual report of the think tank KPW", "the figures of the ministry": the author's
    body = document_of(obj)
    if body is not None:
        return appositive_name(body) or with_acronym(body, np_text(body))
    if kept_record(obj):  # "according to court records": records speak for no one
        return record_phrase(obj)
    compound = compound_author(obj)
    if compound is not None:
        return modifiers_text(obj, compound)
    record = record_source(obj)  # "official figures", "data laid before parliament"
    if record is not None:
        return record
    # what a document is ("data released today") names no author either
    told = {t.i for ch in obj.children if ch.dep_ in ("acl", "relcl") for t in ch.subtree}
    if unnamed and all(
        t.pos_ in ("DET", "ADJ", "PRON") or t.lower_ in c.unnaming_words
        for t in obj.subtree
        if t.i != obj.i and t.i not in told
    ):
        # "X issued a press note. According to the note, ...": X's
        issuer = document_issuer(obj)
        if issuer is not None:
            return issuer
        # "according to the report": the one a body was named with before (source_anaphora)
        return np_text(obj) if named_document(obj) else None
    named = detached_name(obj)  # "according to the director, Dr. Ann Roe, who …"
    if named is not None:
        return post_and_name(obj, np_text(obj), named.text)
    text = without_document(obj, np_text(obj))
    return with_acronym(obj, with_name(obj, with_appositive_name(obj, text)))


def named_document(noun: Token) -> bool:
    """A document noun without its author that still names the source: "the report" (the one
    a body was named with before, ``source_anaphora``) or reports the text does not vouch for
    ("according to reports", "one report said": not the outlet's own voice)."""
    if definite_document(noun):
        return True
    definite = {"the"} | DEMONSTRATIVES | cues().possessives
    return noun.lemma_.lower() in cues().hearsay and not any(
        t.lower_ in definite or t.dep_ == "poss" for t in noun.lefts
    )


def _according_frame(tok: Token) -> Token | None:
    """The preposition of a frame that attributes its clause: "to" of "according to", "per"
    of "as per" and of a "per" that opens a clause ("Per police, four were shot"), not the
    "per" of a rate ("$5 per person")."""
    doc = tok.doc
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return doc[tok.i + 1]
    if tok.lower_ != "per":
        return None
    before = doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    return tok if before in ("", "as", ",", "—", "–", "-") else None


def sentence_source(sent: Span) -> str | None:
    """The source a sentence names for all its figures: an "according to" frame, a
    headline's source after its last colon or dash or before its first colon, or a closing
    inverted or opening report the parser did not read as one."""
    return (
        according_to(sent)
        or closing_source(sent)
        or opening_source(sent)
        or split_opening_source(sent)  # "Fresno Police:" cut off its headline
        or inverted_source(sent)
        or closing_report(sent)
        or misread_inverted_report(sent)
        or misread_report(sent)
        or closing_record(sent)
    )


_REPORT_BREAKS = word_ids((";",))
_FRAME_WORDS = word_ids(("according", "per"))  # ``_according_frame``


def clause_source(sent: Span, figure: Token) -> str | None:
    """In a sentence of two reports split by a semicolon ("8 dead, say police; the agency
    stands by 6", "Ten killed, officials say; the Red Cross sticks to 7"), the source the
    clause holding the figure names, read as ``sentence_source`` reads a whole sentence."""
    marks = [t.i for t in words_in(sent, _REPORT_BREAKS)]
    if not marks:
        return None
    start = max((m + 1 for m in marks if m < figure.i), default=sent.start)
    end = min((m for m in marks if m > figure.i), default=sent.end)
    return sentence_source(sent.doc[start:end]) if start < end else None
