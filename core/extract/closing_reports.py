"""A report that closes its sentence after a comma ("..., the state-run agency reported on
Sunday"), however the parser hung it: nothing of its own after it but the day it was made,
whom it told or a clause of when; moved out of ``attribution.py``, which reads a figure's
source off it, for ``statements`` to read the same report as a statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.reported_parts import CIRCUMSTANCE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_closing_clause(report: Token, anchor: Token) -> bool:
    """ "..., the state-run Tarvan news agency reported on Sunday": the parser may take the
    closing report's subject for one more object of the verb before and the report for a
    clause on it; set off by a comma, with nothing of its own after it, it frames the
    sentence."""
    return report.i > anchor.i and closing_clause_subject(report) is not None


def closing_clause_subject(report: Token) -> Token | None:
    """The subject of a closing report the parser made a clause on it ("..., the state-run
    agency reported on Sunday": "agency"), None for any other report (``a_closing_clause``)."""
    noun = report.head
    closing = (
        report.dep_ == "acl"
        and noun.i == report.i - 1
        and noun.left_edge.i > report.sent.start
        and report.doc[noun.left_edge.i - 1].text == ","
        and all(report_circumstance(c) for c in report.children if c.i > report.i)
        and ends(report)
    )
    return noun if closing else None


_REPORTER_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})


def reporting_subject(report: Token) -> Token | None:
    """The subject of a closing report the parser made a clause on it, when it can speak: a
    person, a body or a name ("the state-run agency", "the official broadcaster", "WAFA");
    None for what was reported ("..., the latest incident reported on Tuesday"), which
    makes no statement."""
    noun = closing_clause_subject(report)
    if noun is None:
        return None
    c, lemma = cues(), noun.lemma_.lower()
    speaks = lemma in c.person_nouns or lemma in c.institution_nouns
    named = noun.pos_ == "PROPN" or noun.ent_type_ in _REPORTER_ENTITIES  # "the daily Dawn"
    return noun if speaks or named else None


def ends(report: Token) -> bool:
    """Nothing but punctuation follows the report in its sentence."""
    return all(t.is_punct for t in report.doc[report.right_edge.i + 1 : report.sent.end])


def report_circumstance(child: Token) -> bool:
    """What may follow a closing report and leave it closing: punctuation, the day it was
    made ("…, officials said Monday", "… said on Monday"), whom they told, a clause of when or why
    ("…, officials said, as rescuers searched the rubble")."""
    if child.is_punct or (child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")):
        return True
    if child.dep_ in ("dobj", "dative") and child.head.lemma_.lower() in cues().telling:
        return True  # "…, a security source told Reuters on Monday": whom it was told
    if child.dep_ == "prep":
        return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children)
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS | {"while"} for m in child.children
    )
