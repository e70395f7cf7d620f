"""A name written with bare initials ("R K Bhat", "M A Khan", as South Asian copy writes its
officers) read as one word before the tagger sees it (issue #11, sources).

The tokenizer gives each initial a token of its own, and the parser reads a lone capital as
it may: "Superintendent of Police M A Khan said" hangs "M" on "of Police" and leaves "A Khan"
to speak, so the statement's speaker was "Superintendent" and its role lost. Two or more
single capitals followed by a capitalised word are the initials of one person's name: merged
into one token the tagger reads as a proper noun, they and the surname one PERSON entity. A
town written so ("D I Khan", Dera Ismail Khan) and a line in capitals keep their tokens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.chunk_texts import chunk_text
from core.extract.cues import cues
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COMPONENT = "claimdesk_initial_joins"
# the text holds two bare capitals and a capitalised word ("R K Bhat"): the token walk is for
# those texts only (most hold none)
_MAYBE = re.compile(r"\b[A-Z] [A-Z] (?:[A-Z] )*[A-Z][a-z]")
MIN_INITIALS = 2  # "R K Bhat"; one capital alone ("Plan B", "A bomb") is no initial


def _capitals_word(tok: Token) -> bool:
    """A word in capitals before the initials, of a line in capitals; not an acronym title
    ("SDPO R K Bhat", "SSP M A Khan"), which heads a name as a worded title does."""
    return (
        tok.text.isupper() and tok.is_alpha and len(tok) > 1
        and tok.lower_ not in cues().title_abbreviations
    )


def _initial(tok: Token) -> bool:
    """A bare initial: one capital letter, nothing glued to it ("R", not "R." or "A-")."""
    return len(tok.text) == 1 and tok.text.isupper() and tok.text.isalpha() and bool(
        tok.whitespace_
    )


def surname(tok: Token) -> bool:
    """A capitalised word, not in capitals ("Bhat", not "POLICE")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()


def join_initials(doc: Doc) -> Doc:
    """Merge every run of bare initials before a surname into one token."""
    if _MAYBE.search(chunk_text(doc)) is None:
        return doc
    spans = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and _initial(doc[end]):
            end += 1
        if end - i >= MIN_INITIALS and end < len(doc) and surname(doc[end]) and not (
            i > 0 and _capitals_word(doc[i - 1])
        ) and not places.candidates(doc[i : end + 1].text):  # "D I Khan": a town so written
            spans.append(doc[i:end])
            i = end
        else:
            i = max(end, i + 1)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})
    return doc


MARKS = "claimdesk_initial_marks"


def mark_initialled_names(doc: Doc) -> Doc:
    """The merged initials and the surname after them are a person's name: the recogniser,
    meeting a word it never saw, may leave them unlabelled or cut them, and the speaker's role
    before them is then read as no one's."""
    from spacy.tokens import Span

    if _MAYBE.search(chunk_text(doc)) is None:
        return doc
    spans = [
        Span(doc, tok.i, tok.i + 2, label="PERSON")
        for tok in doc[:-1]
        if _merged(tok.text) and surname(doc[tok.i + 1])
    ]
    if spans:
        names = {t for s in spans for t in range(s.start, s.end)}
        outside: list[Span] = []
        for at in [s.start for s in spans]:
            kept, dropped = _titled_entity(doc, at)
            if names.isdisjoint(t for s in (*kept, *dropped) for t in range(s.start, s.end)):
                spans.extend(kept)
                outside.extend(dropped)
        doc.set_ents(spans, outside=outside, default="unmodified")
    return doc


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _titled_entity(doc: Doc, at: int) -> tuple[list[Span], list[Span]]:
    """ "DSP A K Verma", "in Begusarai, SP R K Mandal said": the acronym title before the
    initials names the officer's rank, but the recogniser, meeting the merged initials, may
    take it for a place (a facility) or run the town before its comma into it ("Begusarai,
    SP" an organisation). The entities to keep (the town, a place's label kept or the
    gazetteer's) and the words to unlabel (the title, and what it was run into)."""
    from spacy.tokens import Span

    ent = next((e for e in doc.ents if e.start < at <= e.end), None) if at > 0 else None
    if ent is None:
        return [], []
    titles = cues().title_abbreviations
    title = next(
        (t.i for t in doc[ent.start : at] if t.text.isupper() and t.lower_ in titles), None
    )
    if title is None:
        return [], []
    before = title
    while before > ent.start and doc[before - 1].is_punct:
        before -= 1
    placed = ent.label_ in _PLACE_LABELS
    if not placed and before == title:
        return [], []  # "ASP", "CRPF DIG" an organisation, as before the initials were joined
    town = doc[ent.start : before]
    label = ent.label_ if placed else ("GPE" if places.lookup(town.text) else "")
    if before == ent.start or not label:
        return [], [Span(doc, ent.start, at)]
    return [Span(doc, ent.start, before, label=label)], [Span(doc, before, at)]


def merged_initials(doc: Doc) -> list[int]:
    """The positions of the tokens ``join_initials`` made in a parsed text."""
    if _MAYBE.search(chunk_text(doc)) is None:
        return []
    return [tok.i for tok in doc if _merged(tok.text)]


def _merged(text: str) -> bool:
    """The text of a token ``join_initials`` made ("R K")."""
    words = text.split()
    return len(words) >= MIN_INITIALS and all(len(w) == 1 and w.isupper() for w in words)
