"""Which dates of a sentence tell the time of the incident a figure counts when it is not the
report's own: the date on the incident noun whose harm the figure counts ("the 2009 attack
that killed 12", "a similar attack in March killed 12") and the dates between an incident
noun and the "that" / "which" of that harm ("a similar attack on a mosque in 2021 that killed
more than 50")."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from core.extract.aftermath_dates import custody_verb
from core.extract.incident_words import (
    _governor,
    dates_incident,
    death_verb,
    harm_verbs,
    incident_noun,
)
from core.extract.measures import lexicon
from core.extract.one_incidents import done_within

if TYPE_CHECKING:
    from spacy.tokens import Token


def counts_named(root: Token, anchor: Token) -> bool:
    """The incident noun the date names is the one whose harm the figure counts: "the 2009
    attack that killed 12", "the 2019 attack on a club in which nine died", "a similar attack
    in March killed 12", "12 died in last year's blast", or the one a deed was done in ("freed nine
    hostages in a raid in May": ``one_incidents``) (not "two men were charged in the January
    shooting": the charge is not its harm)."""
    noun = _named_noun(root)
    if _victim_of(noun, anchor) or _toll_of(noun, anchor):
        return True  # "since the July slaying of Tom Reed": the noun's own harm
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (_suffered_participle(noun, verb) or done_within(noun, verb)):
        return True
    if verb is None or not incident_noun(noun):
        return False
    if not (verb.lemma_.lower() in harm_verbs() or death_verb(verb)):
        return False
    # "the 2019 attack on a nightclub in which nine people died": the parser may hang the
    # clause on a noun of the incident's own phrase
    if verb.dep_ in ("relcl", "acl") and verb.head.i in {t.i for t in noun.subtree}:
        return True
    above = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return above is not None and above.i == verb.i


def _named_noun(root: Token) -> Token:
    """The incident noun a date written before it names ("the July slaying": "slaying", which
    ``_governor`` climbs over to the word above the phrase), else the date's governor."""
    noun = root.head
    if root.dep_ in ("compound", "nmod", "nummod", "poss") and noun.i > root.i and incident_noun(
        noun
    ):
        return noun
    return _governor(root)


def _victim_of(noun: Token, anchor: Token) -> bool:
    """The figure counts the victims of the incident noun's "of" phrase ("the August killing
    of two clerks", "the July slaying of Tom Reed"): the noun's own harm, whatever verb the
    sentence hangs the noun on ("charged in", "tense since")."""
    if not incident_noun(noun):
        return False
    phrase = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if phrase is None:
        return False
    victims = [c for c in phrase.children if c.dep_ == "pobj"]
    # the figure read off the noun itself (a victim named in its phrase) or off its victims
    return bool(victims) and (
        anchor.i == noun.i or any(v.i in (anchor.i, anchor.head.i) for v in victims)
    )


# the prepositions a toll names its incident by ("the toll from / of / in last week's floods")
_TOLL_PREPS = frozenset({"from", "of", "in"})


def _toll_of(noun: Token, anchor: Token) -> bool:
    """The figure is the toll of the incident noun ("the death toll from last week's floods
    rose to 52, officials said Friday"): the count of that incident, of its time, however
    the toll moved since."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TOLL_PREPS or not incident_noun(noun):
        return False
    tolled = prep.head
    if tolled.pos_ == "VERB":  # the parser may hang the phrase on the toll's verb ("rose")
        tolled = next((c for c in tolled.children if c.dep_ == "nsubj"), tolled)
    if tolled.lemma_.lower() not in lexicon().toll_nouns:
        return False
    return anchor.i in (tolled.i, tolled.head.i)  # not a figure of a clause joined to it


def _suffered_participle(told: Token, verb: Token) -> bool:
    """The date hangs on a verb that tells an incident as its object ("Turkey suffered a
    major attack in October 2024, ..., killing five"), and the figure's harm is that verb's
    participle: the incident's own harm, of its month."""
    if told.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "dobj" and incident_noun(c) for c in told.children
    ):
        return False
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    # on the told verb, or on the "when" clause that tells how ("when gunmen stormed ...")
    head = verb.head
    return head.i == told.i or (head.dep_ in ("advcl", "relcl") and head.head.i == told.i)


_T = TypeVar("_T")


def named_first(anchor: Token, dated: list[tuple[Token, _T]]) -> list[tuple[Token, _T]]:
    """The dates on the incident noun whose harm the figure counts, when the sentence has
    any, over its other dates: "the second attack this month; in a similar attack in March,
    12 people were killed" dates the 12 by March."""
    own = [(t, p) for t, p in dated if dates_incident(t) and counts_named(t, anchor)]
    return own or before_relative(anchor, dated) or _custody_days(anchor, dated) or dated


def _custody_days(anchor: Token, dated: list[tuple[Token, _T]]) -> list[tuple[Token, _T]]:
    """An arrest's own dates over one that names the crime it answers, however the parser
    hangs it ("were arrested on Thursday in connection with a robbery last month": Thursday);
    none when every date names the crime (``custody_days`` reads those)."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or not custody_verb(verb):
        return []
    own = [(t, p) for t, p in dated if not dates_incident(t)]
    return own if len(own) < len(dated) else []


_RELATIVES = frozenset({"that", "which"})
_ANTECEDENT_REACH = 15  # tokens back from "that" / "which" to the incident noun


def before_relative(anchor: Token, dated: list[tuple[Token, _T]]) -> list[tuple[Token, _T]]:
    """The dates between an incident noun and the "that" / "which" of the harm the figure
    counts: "a similar attack on a mosque in 2021 that killed more than 50", "strikes in two
    towns in March last year, which the Taliban said killed eight" (the words between tell
    where and when that incident was, however the parser hangs them)."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not (verb.lemma_.lower() in harm_verbs() or death_verb(verb)):
        return []
    pron = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES),
        None,
    )
    if pron is None:
        return []
    doc = pron.doc
    for tok in reversed(doc[max(pron.sent.start, pron.i - _ANTECEDENT_REACH) : pron.i]):
        if tok.pos_ in ("VERB", "AUX"):
            return []
        if incident_noun(tok):
            return [(t, p) for t, p in dated if tok.i < t.i < pron.i]
    return []
