"""Sources a phrase names whole: records a body keeps ("court documents say", "police records
show", "…, charging documents state"), which do not speak for the body named with them, and
people a relative clause tells who they are ("people who heard the blasts said", "those who
survived said"), whom the head alone does not name."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.datelines import dateline_end
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_RECORD_WORDS = 4  # words of a closing record's phrase ("the county court filings")
_RECORD_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# what may stand in a closing record's phrase: "the charging documents", "court records"
_RECORD_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "VERB"})


def kept_record(noun: Token) -> bool:
    """A record a body keeps, of a kind its modifier names ("court documents", "police
    records") or a court paper ("the affidavit"), not a statement it makes; a bare "the
    document" is one named before, whose source ``source_anaphora`` finds."""
    if noun.pos_ != "NOUN":
        return False
    words = {noun.lemma_.lower(), noun.lower_}
    if words & word_set("cues", "court_papers"):
        return True  # "the affidavit says": the paper itself
    return bool(words & word_set("cues", "kept_records")) and any(
        c.dep_ in _RECORD_MODIFIERS and c.i < noun.i for c in noun.children
    )


def record_phrase(noun: Token) -> str:
    """The record with the words before it that say whose or what it is: "court documents",
    "charging documents", "the police records", "the affidavit" (no number or dateline)."""
    return _as_written(record_span(noun))


def record_span(noun: Token) -> Span:
    """The words of ``record_phrase`` as they stand in the text."""
    first = noun.i
    opening = dateline_end(noun.sent)
    for left in sorted(noun.lefts, key=lambda t: -t.i):
        if left.dep_ not in _RECORD_MODIFIERS or left.right_edge.i != first - 1:
            break
        if left.i < opening:
            break
        first = max(left.left_edge.i, opening)  # "KELMOR - Court documents": no dash
    det = noun.doc[first - 1] if first > opening else None
    if det is not None and det.dep_ == "det" and det.head.i == noun.i:
        first -= 1  # "the affidavit", "a criminal complaint": the paper keeps its article
    return noun.doc[first : noun.i + 1]


def _as_written(words: Span) -> str:
    """The phrase, its first word lower-cased when only the sentence start capitalised it
    ("Court documents say" is "court documents")."""
    text = words.text
    lead = words[0]
    opens = lead.is_sent_start or lead.i == dateline_end(lead.sent)
    if opens and lead.pos_ != "PROPN" and not lead.ent_type_ and text[1:2].islower():
        return text[:1].lower() + text[1:]
    return text


@functools.cache
def _report_forms() -> frozenset[str]:
    """Every written form of a reporting or showing verb ("said", "states", "show")."""
    rules = load_rules("cues")
    forms: set[str] = set()
    for table in ("reporting_verbs", "showing_verbs"):
        for words in rules[table].values():
            forms.update(str(w) for w in words)
    return frozenset(forms)


def closing_record(sent: Span) -> str | None:
    """ "He shot his son, charging documents state.", "Two men were held, court records
    show.": a record closing the sentence after a comma, which the parser often reads as a
    compound ("records show" as one noun phrase) or a participle ("charging"); read off the
    words, it is the source of the figures before it."""
    # the last word asked first: most sentences end on no word of a record, and a Token for
    # each of their words costs more than the test
    doc = sent.doc
    last = next((
        doc[i] for i in range(sent.end - 1, sent.start - 1, -1)
        if not (doc[i].is_space or doc[i].is_punct)
    ), None)
    if last is None or last.lower_ not in _report_forms():
        return None
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 3:  # the last word is the report form, found above
        return None
    record = words[-2]
    if not (
        {record.lemma_.lower(), record.lower_} & word_set("cues", "kept_records")
        and record.pos_ in ("NOUN", "PROPN")
    ):
        return None
    first = len(words) - 2
    while first > 0 and words[first - 1].text != "," and len(words) - 1 - first < MAX_RECORD_WORDS:
        if words[first - 1].pos_ not in _RECORD_WORDS:
            return None
        first -= 1
    if first == 0 or words[first - 1].text != ",":
        return None
    while words[first].pos_ == "DET":
        first += 1
    if words[first] is record:
        return None  # "…, the records show": the ones named before
    return _as_written(sent.doc[words[first].i : record.i + 1])


def clause_named(tok: Token) -> bool:
    """ "people who heard the blasts", "those who survived": a head that names no one but
    by the relative clause on it."""
    return tok.lower_ in word_set("cues", "clause_named_heads") and any(
        c.dep_ == "relcl" and c.i > tok.i for c in tok.children
    )


def clause_span(tok: Token) -> Span:
    """The head with its relative clause, up to the clause's end: "People who heard the
    blasts" (no dateline before it)."""
    clause = max((c for c in tok.children if c.dep_ == "relcl"), key=lambda c: c.i)
    first = min(max(tok.left_edge.i, dateline_end(tok.sent)), tok.i)
    last = clause.right_edge.i
    doc = tok.doc
    while last > tok.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first : last + 1]
