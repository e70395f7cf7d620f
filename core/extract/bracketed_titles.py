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
    for a source with a report of its own after it ("Ann Roe said the raid failed"). The
    name is read by its words' order when the parser hung it elsewhere ("..., in Lyari, DIG
    (South) Asad Raza told Dawn": the name taken for the object of "in", or given "Lyari")."""
    subject, verb = _name_before_verb(first, c)
    if subject is None:
        subject = first.head if first.dep_ == "compound" else first
        verb = subject.head
        if subject.dep_ != "nsubj" or subject.left_edge.i != first.i:
            return None
    if (
        not first.text[:1].isupper()  # "Sundarraj P": the tagger may take "P" for a noun
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


def _name_before_verb(first: Token, c: Cues) -> tuple[Token | None, Token]:
    """The last word of the capitalised name from ``first`` and the report verb right after
    it, when the verb has no subject but that name; else no name."""
    doc, end = first.doc, first.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
    if end + 1 >= len(doc) or end - first.i >= MAX_BRACKET:
        return None, first.head
    verb = doc[end + 1]
    others = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i != end]
    if verb.lemma_.lower() not in c.reporting or others:
        return None, first.head
    return doc[end], verb


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
    doc = close.doc
    comma = doc[title.left_edge.i - 1]
    verb = doc[subject.i + 1] if subject.dep_ != "nsubj" else subject.head
    held = subject.head if subject.dep_ == "pobj" else _bare_preposition(comma)
    for tok in doc[close.sent.start : comma.i]:
        if held is not None and comma.i <= tok.head.i <= subject.i:
            tok.head, tok.dep_ = held, "pobj"  # "in Lyari": the place the object again
    for tok in doc[close.i + 1 : subject.i]:
        tok.head, tok.dep_ = subject, "compound"
    subject.head, subject.dep_ = verb, "nsubj"
    cut = close.sent.end == close.i + 1  # the parser ended the sentence at the bracket
    root = close.sent.root
    for i in range(title.i + 1, close.i + 1):
        if doc[i].head.i not in range(title.left_edge.i, close.i + 1):
            doc[i].head = title  # the bracket's marks the parser hung outside the title
    title.head, title.dep_ = subject, "compound"
    comma.head, comma.dep_ = verb, "punct"
    if cut:
        root.head, root.dep_ = verb, "ccomp"


def _bare_preposition(comma: Token) -> Token | None:
    """The preposition right before the comma's name that the parse left with no object
    ("held in Malir, DIG (East) X told": the parser hung "Malir" on the name after)."""
    doc = comma.doc
    for i in range(comma.i - 1, max(comma.sent.start, comma.i - MAX_BRACKET) - 1, -1):
        if doc[i].dep_ == "prep":
            return doc[i] if not any(c.dep_ == "pobj" for c in doc[i].children) else None
    return None
