"""What someone told a listener, when the parser hung the clause on the listener: "Sources
told WKRT 7 News the man was arrested" may parse with "the man was arrested" as a relative
clause of "News" (a station's name ends in a noun), so the clause told has no ``ccomp``.

A relative clause with no relative word can only leave out an object ("the man they
arrested"), never its subject: a clause with its own subject and nothing left out ("the man
was taken into custody", "the boy died", "gunmen robbed the store") is what was told.

The clause before a closing report may hang on its speaker instead: "Six men were held,
Inspector of Police R K Iyer said on Friday" parses with "were held" a ``ccomp`` of "Iyer"
(the merged initials read as the parser may), so the report has no clause of its own. A
name takes no clausal complement: a clause hung on the subject of a report, closing before
the subject's words after a comma, is what the report says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

TELLING = frozenset({"tell", "inform"})  # verbs whose object is the listener
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})
# a bare pronoun subject with no object is the usual contact relative ("the car he drove")
_PRONOUN_TAGS = frozenset({"PRP"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def told_clause(verb: Token) -> Token | None:
    """The clause ``verb`` ("told", "informed") reports when the parser made it a relative
    clause of the listener, its object; None when it has a true complement or none."""
    if verb.lemma_.lower() not in TELLING:
        return None
    if any(ch.dep_ == "ccomp" for ch in verb.children):
        return None
    for listener in verb.children:
        if listener.dep_ not in ("dobj", "dative") or listener.i < verb.i:
            continue
        for clause in listener.children:
            if clause.dep_ == "relcl" and clause.i > listener.i and _whole(clause):
                return clause
    return None


def _whole(clause: Token) -> bool:
    """A clause with a subject of its own and no gap a relative clause would leave."""
    children = list(clause.children)
    if any(ch.tag_ in _RELATIVE_TAGS for ch in children):  # not "that" tagged a conjunction:
        return False  # "told KZPQ 12 News that three were shot" opens what was told
    subjects = [ch for ch in children if ch.dep_ in _SUBJECTS]
    if not subjects or subjects[0].i < clause.head.i:
        return False
    # a preposition left without its object ("the house they fled from") is a gap
    if any(ch.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in ch.children)
           for ch in children):
        return False
    if subjects[0].dep_ == "nsubjpass" or any(ch.dep_ in _FILLED for ch in children):
        return True
    return subjects[0].tag_ not in _PRONOUN_TAGS


def hung_clause(verb: Token) -> Token | None:
    """The clause ``verb`` reports when the parser hung it on the listener (``told_clause``)
    or on the speaker (``speaker_clause``); None when it has a true complement or none."""
    return told_clause(verb) or speaker_clause(verb)


def speaker_clause(verb: Token) -> Token | None:
    """The clause before a closing report the parser made a complement of its subject ("Six
    men were held, Inspector R K Iyer said"); None when the report has a clause of its own."""
    if verb.lemma_.lower() not in cues().attributing or any(
        ch.dep_ == "ccomp" for ch in verb.children
    ):
        return None
    for speaker in verb.children:
        if speaker.dep_ != "nsubj" or speaker.i > verb.i:
            continue
        for clause in speaker.children:
            own = [t.i for t in speaker.subtree if t.i > clause.right_edge.i]
            if (
                clause.dep_ == "ccomp"
                and clause.i < speaker.i
                and own
                and verb.doc[clause.right_edge.i + 1].text == ","
                and any(ch.dep_ in _SUBJECTS for ch in clause.children)
            ):
                return clause
    return None


def told_through(listener: Token, verb: Token, anchor: Token) -> bool:
    """``anchor`` lies in the clause ``verb`` told, hung on ``listener`` (its object) or on
    the speaker (its subject)."""
    clause = hung_clause(verb)
    return (
        clause is not None
        and clause.head.i == listener.i
        and clause.left_edge.i <= anchor.i <= clause.right_edge.i
    )


def closing_conjunct(verb: Token) -> bool:
    """ "Two men were shot dead in Kessa, a police officer told AFP": the parser may make a
    closing report a conjunct of the clause before it (most often after a place name), so
    the report has no clause of its own. A telling verb with its own subject right after a
    comma (not "..., and a man told AFP": two things done), nothing told but its listener
    and nothing after it in the sentence says the clause it closes."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or verb.lemma_.lower() not in TELLING:
        return False  # "..., state police responded": a deed, not a report
    if not any(ch.dep_ in ("dobj", "dative") and ch.i > verb.i for ch in verb.children):
        return False  # the listener told: "AFP", "reporters"
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj" and ch.i < verb.i), None)
    doc = verb.doc
    if subject is None or doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(ch.dep_ in ("ccomp", "xcomp") for ch in verb.children):
        return False
    closed = all(t.is_punct for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    return closed and any(ch.dep_ in _SUBJECTS for ch in head.children)
