"""Sources a report names through something else: the body a document speaks for ("a
statement by ISPR said"), whom a report cites ("citing officials") and whom it quotes ("AP
quoted officials as saying"); with the pronouns that name no source on their own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.body_antecedents import author_text
from core.extract.cues import cues
from core.extract.record_sources import kept_record, record_phrase
from core.extract.sentence_sources import DEMONSTRATIVES
from core.extract.source_names import compound_author, modifiers_text, np_text
from core.extract.speakers import statement_author
from core.extract.statement_attribution import authorless
from core.extract.statement_cues import quoting_body, quoting_object

if TYPE_CHECKING:
    from spacy.tokens import Token


RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


def a_pronoun(word: str) -> bool:
    """A pronoun or possessive ("they", "its"), relative ("a man who police say shot") or
    demonstrative pronoun: it names no actor or source on its own."""
    c = cues()
    return word in c.pronouns or word in c.possessives or word in RELATIVE_PRONOUNS | DEMONSTRATIVES


def document_speaker(subject: Token) -> str | None:
    """The author a document speaks for ("a statement by ISPR said" is ISPR's), or "" for a
    document that names no one ("the statement said", "Monday's statement"); None when the
    subject is no common document noun ("the U.S. Geological Survey", "court records" stay)."""
    words = {subject.lemma_.lower(), subject.lower_}  # "data" is lemmatised "datum"
    if subject.pos_ != "NOUN":
        return None
    if kept_record(subject):  # "court documents say": records speak for no one
        author = statement_author(subject)
        return author_text(author) if author is not None else record_phrase(
            subject
        )
    if not words & cues().document_nouns:
        # "figures released by the police show ...": the figures are the police's
        author = statement_author(subject) if words & cues().figure_objects else None
        return author_text(author) if author is not None else None
    author = statement_author(subject)
    if author is not None:
        return author_text(author)
    compound = compound_author(subject)
    if compound is not None:
        return modifiers_text(subject, compound)
    return "" if authorless(np_text(subject)) else None


def cited_speaker(verb: Token) -> str | None:
    """Whom a report says it quotes: "Quoting officials, the agency reported that …"."""
    obj = quoting_object(verb)
    if obj is None or a_pronoun(obj.lower_) or obj.lemma_.lower() in cues().sourceless:
        return None  # "citing credible information": no one cited, the reporter's own
    document = document_speaker(obj)  # "citing a police report": the police's
    if document is not None:
        return document or None
    return re.sub(r"^(?:quoting|citing)\s+", "", np_text(obj), flags=re.I)


def quoted_speaker(verb: Token) -> str | None:
    """Whom a report quotes: "officials were quoted by AP as saying", "AP quoted officials as
    saying" (the agency only carries their words). A title the parser split from the name
    ("quoted Superintendent of Police Ann Roe") is joined to it; a body quoting its own man
    ("The army quoted its commander") is the source (``quoting_body``)."""
    body = quoting_body(verb)
    if body is not None:
        return np_text(body)
    objs = [
        c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and not a_pronoun(c.lower_)
    ]
    if not objs:
        return None
    first, last = objs[0], objs[-1]
    if last.i > first.i and last.left_edge.i == first.right_edge.i + 1:
        return verb.doc[first.left_edge.i : last.i + 1].text
    return np_text(first)
