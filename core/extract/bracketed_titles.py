"""A closing source whose title carries a bracketed unit, "..., Inspector General of Police
(Bastar Range) Sundarraj P said": the parser takes the closing bracket for the sentence's end,
so the figures lose their source and "Sundarraj P said." reports nothing. Re-hung after the
parser as the title written without its bracket parses: the report verb the root, the
sentence before it the clause it reports, the title the name's (``speaker_names`` reads the
name and the title, bracket and all, as the speaker's role)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from core.extract.cues import Cues

COMPONENT = "claimdesk_bracketed_titles"
CLOSE = ")"
OPEN = "("
# "Sundarraj P said", "Ann Roe told reporters on Friday": the most words a closing source
# runs to after the bracket, its verb and what trails it included
MAX_TAIL = 8
MAX_BRACKET = 5  # "(Bastar Range)", "(Operations)": a unit's name, not an aside


def rehang_bracketed_titles(doc: Doc) -> Doc:
    """Hang each title closed by a bracket on the name of the source after it, and join the
    sentence the parser cut at the bracket to that source's verb."""
    from core.extract.cues import cues

    c = cues()
    for at in positions(doc, ORTH, (CLOSE,)):
        close = doc[at]
        if close.i + 1 >= len(doc):
            continue
        subject = _closing_source(doc[close.i + 1], c)
        title = None if subject is None else _title_before(close, close.sent)
        if subject is not None and title is not None:
            _rehang(close, title, subject)
    return doc


def _closing_source(first: Token, c: Cues) -> Token | None:
    """The subject of a report verb a capitalised name right after the bracket opens, its
    sentence ending within a few words ("Sundarraj P said.", "Ann Roe told reporters"); None
    for a source with a report of its own after it ("Ann Roe said the raid failed")."""
    subject = first.head if first.dep_ == "compound" else first
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or subject.left_edge.i != first.i
        or not first.text[:1].isupper()  # "Sundarraj P": the tagger may take "P" for a noun
        or verb.lemma_.lower() not in c.reporting
        or verb.pos_ != "VERB"
        or verb.i < subject.i
        or verb.sent.end - first.i > MAX_TAIL
    ):
        return None
    if any(
        (t.dep_ == "ccomp" and t.i > verb.i) or (t.dep_ == "dobj" and not _audience(t, c))
        for t in verb.children
    ):
        return None
    return subject


def _audience(obj: Token, c: Cues) -> bool:
    """Who a source tells ("told reporters", "told Dawn"), not what it says."""
    return obj.pos_ == "PROPN" or obj.lemma_.lower() in c.person_nouns


def _title_before(close: Token, sent: Span) -> Token | None:
    """The head of the title the bracket follows: the words from the last comma before the
    bracket to it, hung on one word, a proper noun ("Inspector General of Police")."""
    doc = close.doc
    opening = next(
        (i for i in range(close.i - 1, max(sent.start, close.i - MAX_BRACKET - 2), -1)
         if doc[i].text == OPEN),
        None,
    )
    if opening is None:
        return None
    comma = next((i for i in range(opening - 1, sent.start, -1) if doc[i].text == ","), None)
    if comma is None or opening - comma < 2:
        return None
    stretch = doc[comma + 1 : opening]
    heads = [t for t in stretch if not stretch.start <= t.head.i < stretch.end]
    if len(heads) != 1 or heads[0].pos_ != "PROPN":
        return None
    return heads[0]


def _rehang(close: Token, title: Token, subject: Token) -> None:
    doc, verb = close.doc, subject.head
    comma = doc[title.left_edge.i - 1]
    cut = close.sent.end == close.i + 1  # the parser ended the sentence at the bracket
    root = close.sent.root
    for i in range(title.i + 1, close.i + 1):
        if doc[i].head.i not in range(title.left_edge.i, close.i + 1):
            doc[i].head = title  # the bracket's marks the parser hung outside the title
    title.head, title.dep_ = subject, "compound"
    comma.head, comma.dep_ = verb, "punct"
    if cut:
        root.head, root.dep_ = verb, "ccomp"
