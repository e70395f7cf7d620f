"""When a claim happened: the time expressions of a sentence resolved against the publication
date, and which of them date the report or another happening rather than the figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.attribution import (
    reporting_verbs,
    reports,
)
from core.extract.measures import lexicon
from core.extract.nlp import sentence_ents
from core.extract.participants import in_condition
from core.rules import load_rules
from core.text.dates import Period
from core.text.periods import resolve_period

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


TIME_PREPS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "over",
        "since",
        "until",
        "till",
        "through",
        "throughout",
        "by",
        "from",
        "between",
        "within",
        "before",
        "after",
        "across",
        "for",
    ]
)


_YEAR = re.compile(r"(19|20)\d\d")


def sentence_periods(sent: Span, published: dt.date | None) -> list[tuple[Token, Period, bool]]:
    """Resolved time expressions of the sentence: (entity root, period, dates the report).
    Remembered on the parsed chunk: the lead's day and the claims read the same sentences."""
    memo = sent.doc.user_data.setdefault("claimdesk_periods", {})
    key = (sent.start, sent.end, published)
    if key not in memo:
        memo[key] = _sentence_periods(sent, published)
    return list(memo[key])


def _sentence_periods(sent: Span, published: dt.date | None) -> list[tuple[Token, Period, bool]]:
    years = [int(t.text) for t in sent if _YEAR.fullmatch(t.text)]
    year = years[0] if len(set(years)) == 1 else None
    # "Posted 3:57 AM, May 26 by ...", "Updated: ...": a time stamp dates the report
    stamp = sent[0].lower_ in STAMP_WORDS
    out: list[tuple[Token, Period, bool]] = []
    for ent in sentence_ents(sent):
        if ent.label_ not in ("DATE", "TIME", "EVENT"):
            continue
        expr = _time_expression(ent)
        period = resolve_period(
            expr, published=published, year=year if str(year) not in expr else None
        )
        if period is not None:
            reported = stamp or _dates_report(ent.root) or _in_dateline(ent)
            out.append((ent.root, period, reported))
    return out


DATELINE_DASHES = frozenset({"-", "--", "–", "—"})
DATELINE_TOKENS = 12  # "NEW HAVEN, Conn., Oct. 27 (UPI) --" and no longer


def _in_dateline(ent: Span) -> bool:
    """ "SPRINGFIELD, Ill., March 12 (AP) --": the date of a dateline is the day the report
    was filed, not the day of what it tells. Before the date only the place's names; after
    it only an agency in brackets, then the dash that opens the first clause."""
    sent = ent.sent
    opening = sent.doc[sent.start : min(sent.end, sent.start + DATELINE_TOKENS)]
    dash = next((t.i for t in opening if t.text in DATELINE_DASHES and t.i > ent.end - 1), None)
    if dash is None or ent.start == sent.start:
        return False
    place = sent.doc[sent.start : ent.start]
    if not all(t.pos_ == "PROPN" or t.is_punct or t.is_upper for t in place):
        return False
    tail = sent.doc[ent.end : dash]
    depth, agency = 0, True
    for t in tail:
        depth += (t.text == "(") - (t.text == ")")
        agency = agency and (depth > 0 or t.is_punct)
    return agency and depth == 0


STAMP_WORDS = frozenset({"posted", "updated", "published"})

# Besides the reporting verbs, what dates a report: "a statement released on Sunday".
REPORT_EVENTS = frozenset(
    {"release", "issue", "publish", "speak", "brief", "statement", "post", "update"}
)


def _dates_report(root: Token) -> bool:
    """ "said on Sunday", "told reporters Monday", "a statement released on Sunday"."""
    head = _governor(root)
    lemma = head.lemma_.lower()
    if lemma in ARRIVALS and not any(c.dep_ == "ccomp" for c in head.children):
        return False  # "officers responded to a shooting Monday": they went, said nothing
    return (
        head.i != root.i
        and (lemma in reporting_verbs() or lemma in REPORT_EVENTS)
        and reports(head)
    )


# Reporting verbs that in crime news more often say who went where ("deputies responded to
# a shooting"); they report only with a clause of what was said.
ARRIVALS = frozenset({"respond"})


def _governor(root: Token) -> Token:
    """What a time expression modifies: the verb over "on Sunday", over "Friday night" (the
    parser may split the day from the part of it, "Friday" a compound of "night")."""
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == root.i + 1:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    return head


@functools.cache
def _aftermath_words() -> frozenset[str]:
    words: list[str] = load_rules("dates")["aftermath_verbs"]
    return frozenset(words)


@functools.cache
def _court_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Court verbs (with the charge words), court nouns, custody words (dates.json)."""
    rules = load_rules("dates")
    custody = frozenset(rules["custody_words"])
    verbs = frozenset(rules["court_verbs"]) | lexicon().charge_words
    return verbs, frozenset(rules["court_nouns"]), custody


def _court_word(root: Token) -> str | None:
    """The court or custody word that governs the date ("pleaded guilty Monday", "read in court
    Friday", "received probation Thursday", "Tuesday's hearing"), if any."""
    head = _governor(root)
    if head.i == root.i or _attributive(root):
        return None
    verbs, nouns, custody = _court_words()
    lemma = head.lemma_.lower()
    if lemma in verbs or lemma in nouns or lemma in custody:
        return lemma
    objects = [c for c in head.children if c.dep_ in ("dobj", "attr", "oprd")]
    preps = [c for c in head.children if c.dep_ == "prep"]
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    found = [o.lemma_.lower() for o in objects if o.i != root.i]
    return next((w for w in found if w in nouns or w in custody), None)


def _attributive(root: Token) -> bool:
    """ "charged in the January shooting": a date between a determiner and a noun dates that
    noun, whatever the parser hangs it on."""
    doc = root.doc
    start = root.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    after = root.i + 1
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    return (
        start > 0
        and doc[start - 1].pos_ == "DET"
        and after < len(doc)
        and doc[after].pos_ == "NOUN"
    )


def dates_court(root: Token) -> bool:
    """The date is the day of a court hearing or of custody, never of a figure's happening."""
    return _court_word(root) is not None


def dates_follow_up(root: Token) -> bool:
    """ "was sentenced Friday", "pleaded guilty Monday": a court day proper (not an arrest,
    which comes days after) that makes the report a follow-up of an older incident."""
    word = _court_word(root)
    return word is not None and word not in _court_words()[2]


def dates_aftermath(root: Token) -> bool:
    """ "pleaded guilty on Tuesday", "was arrested Monday", "a vigil held Friday", "remained in
    critical condition Friday": the date of what followed an incident, not of the incident."""
    head = _governor(root)
    # "was still in critical condition on Saturday": the day of a patient's state
    return head.i != root.i and (
        head.lemma_.lower() in _aftermath_words() or in_condition(head) or dates_court(root)
    )


def _time_expression(ent: Span) -> str:
    """The entity with its governing preposition and adverbs ("so far this year")."""
    doc = ent.doc
    start = ent.start
    for child in ent.root.children:
        if child.dep_ == "advmod" and child.i < start:
            start = min(start, child.left_edge.i)
    head = ent.root.head
    prefix = ""
    if ent.root.dep_ == "pobj" and head.lower_ in TIME_PREPS:
        prefix = head.text + " "
        # "until November", "in the first half of 2024"
        if head.head.lower_ == "so" or (head.i > 0 and doc[head.i - 1].lower_ == "far"):
            prefix = "so far " + prefix
        # "since the fighting began in April": the clause's "since" bounds the period.
        verb = head.head
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        if verb.dep_ == "advcl" and marks and marks[0] in ("since", "until", "till"):
            prefix = marks[0] + " "
    return prefix + doc[start : ent.end].text


SHIFTERS = frozenset({"after", "before", "following", "prior", "since", "until"})


def shifted(anchor: Token, date: Token) -> bool:
    """The date is on the far side of "two days after …" from the figure: it dates another
    happening ("launched on Monday, two days after a bombing in which 26 were killed")."""
    date_side = {t.i for t in (date, *date.ancestors)}
    return any(t.lower_ in SHIFTERS for t in (anchor, *anchor.ancestors) if t.i not in date_side)


def charged_deed(anchor: Token, date: Token) -> bool:
    """ "accused of wounding five others, he pleaded guilty on Tuesday": a deed named in a
    charge happened before the day of the proceedings, which does not date it."""
    charges = lexicon().charge_words
    date_side = {t.i for t in (date, *date.ancestors)}
    for tok in (anchor, *anchor.ancestors):
        if tok.i in date_side:
            return False  # the date stands inside the deed's own clause
        prep = tok.head
        if (
            tok.dep_ in ("pcomp", "pobj")
            and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in charges
        ):
            return True
    return False
