"""The deed an arrest or a charge is for, whose time is not the arrest's: "a neighbour has been
charged in the 1981 killings of two clerks", "police arrested a man in the 2003 killing of a
shopkeeper". The year names which deed (its victims' figure takes it); the arrest is news of
the report's own days, whatever recall words ("31 years ago") date the deed
(``old_deed_recalled``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.measures import lexicon
from core.extract.recall_phrases import recall_in_words
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions by which an arrest or a charge names its deed
DEED_PREPOSITIONS = frozenset({"in", "for", "over", "with"})


def dates_the_deed(anchor: Token, date: Token) -> bool:
    """The figure's verb arrests or charges, and the date stands inside the phrase by which it
    names the deed ("charged in the 1981 killings", "arrested over the Easter Sunday
    bombings"), on the verb or on the person arrested."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or not _takes_in(verb):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    if anchor.i not in {h.i for h in holders}:
        return False  # "convicted of double murder in the 2010 rampage": the victims' figure
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in DEED_PREPOSITIONS:
                continue
            deeds = [p for p in prep.children if p.dep_ == "pobj" and incident_noun(p)]
            # the date before the deed's noun names it ("the 1981 killings"); one after it
            # may be the arrest's own ("charged in the March shooting on Thursday")
            if any(date.i in {w.i for left in d.lefts for w in left.subtree} for d in deeds):
                return anchor.i not in {t.i for t in prep.subtree}
    return False


def _takes_in(verb: Token) -> bool:
    """An arrest or a charge: "arrested", "detained", "charged", "indicted"."""
    lex, lemma = lexicon(), verb.lemma_.lower()
    return lex.verbs.get(lemma) == "arrested" or lemma in lex.charge_words


def old_deed_recalled(verb: Token) -> bool:
    """ "arrested a man on Tuesday in the killings of two clerks 31 years ago": the time words
    that recall an earlier incident date the deed the arrest is for; the arrest itself is
    news. Either the arrest has a weekday of its own ("on Tuesday", "Tuesday"), which no
    arrest of years ago would be told by, or the recall stands inside the phrase that names
    the deed (read on the sentence less that phrase)."""
    if _weekday_of(verb):
        return True
    nouns = lexicon().nouns
    deeds = [
        c for c in verb.children
        if c.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in c.children)
    ]
    if not deeds:
        return False
    inside = {t.i for d in deeds for t in d.subtree}
    outside = [t for t in verb.sent if t.i not in inside]
    return recall_in_words([t for d in deeds for t in d.subtree]) and not recall_in_words(outside)


def _weekday_of(verb: Token) -> bool:
    """The verb's own time is a weekday: "on Tuesday", "Tuesday", "late Friday"."""
    weekdays = date_words().weekdays
    for child in verb.children:
        words = [child] if child.dep_ == "npadvmod" else (
            [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" else []
        )
        if any(w.lower_ in weekdays for w in words):
            return True
    return False
