"""Who a taking makes captive. "Took two alive", "captured a gunman alive": a taking of people
whom 'alive' is said of is a capture. People of a state's forces that a capture takes ("the
rebels captured two soldiers", "killed nine soldiers and captured three others") are the
captives of an armed group, kidnapped; the state's own takers ("troops captured two
soldiers of the rebel army") make the capture an arrest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.coordination import taken_along
from core.extract.measures import lexicon, people_noun
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

ALIVE_DEPS = frozenset({"oprd", "acomp", "advmod", "advcl", "xcomp", "amod"})
CAPTIVE_DEPS = frozenset({"dobj", "nsubjpass"})
# A captive told by no noun of its own: "captured three others", "took two alive"
STAND_IN_WORDS = frozenset({"other", "others", "more"})
TAKER_PRONOUNS = frozenset({"they", "who", "that", "which"})  # "two guards they had captured"


def taken_captive(verb: Token) -> Measure | None:
    """The measure of a taking: people carried off by armed men (``taken_along``), or taken
    'alive' ("took two alive", "caught the gunman alive") or taken in for questioning
    ("took five suspects in for questioning"): an arrest."""
    return taken_along(verb) or (
        "arrested"
        if taken_alive(verb) or taken_for_questioning(verb) or caught_by_law(verb)
        else None
    )


def caught_by_law(verb: Token) -> bool:
    """ "Police netted three suspects", "two robbers were caught near the market": a catching
    of people by the law, or of people the law wants; not "caught fire", "netted 40
    kilograms", "caught on camera", "caught in the crossfire", "caught up with" (the rules'
    "_catching_doc")."""
    if verb.lemma_.lower() not in word_set("measures", "catching_verbs") or any(
        c.dep_ == "prt" for c in verb.children
    ):
        return False
    uncaught = word_set("measures", "uncaught_words")
    if any(
        o.dep_ == "pobj" and (o.lemma_.lower() in uncaught or o.lower_ in uncaught)
        for p in verb.children if p.dep_ == "prep" for o in p.children
    ):
        return False
    caught = [_counted(c) for c in verb.children if c.dep_ in CAPTIVE_DEPS]
    suspects = lexicon().suspect_nouns  # "netted four drug peddlers"
    if not caught or not all(
        people_noun(c) or _wanted(c) or c.lemma_.lower() in suspects for c in caught
    ):
        return False
    return _law_taker(verb) or all(_wanted(c) for c in caught)


def _counted(captive: Token) -> Token:
    """The people a bare numeral counts: "two *of the robbers*", else the captive itself."""
    if captive.pos_ != "NUM":
        return captive
    return next((o for p in captive.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), captive)


def _wanted(person: Token) -> bool:
    wanted = word_set("measures", "wanted_nouns") | word_set("measures", "abductor_nouns")
    return person.lemma_.lower() in wanted


def _law_taker(verb: Token) -> bool:
    """The takers are the state's or the law's: "troops", "police", "deputies", "detectives"."""
    takers = frozenset(load_rules("measures")["lone_arrests"]["takers"])
    takers |= word_set("measures", "holding_forces")  # "the Rangers", "the CTD"
    return _state_taker(verb) or any(t.lemma_.lower() in takers for t in _takers(verb))


def taken_for_questioning(verb: Token) -> bool:
    """A verb of taking whose "for" names an interrogation: "took five men in for
    questioning", "were brought in for interrogation"."""
    if verb.lemma_.lower() not in word_set("measures", "questioning_taking_verbs"):
        return False
    questioning = word_set("measures", "questioning_nouns")
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for"
        and any(o.dep_ in ("pobj", "pcomp") and o.lower_ in questioning for o in prep.children)
        for prep in verb.children
    )


def taken_alive(verb: Token) -> bool:
    """A verb of taking with 'alive' said of what it took, on the verb or on its object."""
    if verb.lemma_.lower() not in word_set("measures", "alive_taking_verbs"):
        return False
    said = [verb, *(c for c in verb.children if c.dep_ in CAPTIVE_DEPS)]
    return any(
        c.lower_ == "alive" and c.dep_ in ALIVE_DEPS for t in said for c in t.children
    )


def captors_measure(verb: Token, measure: Measure | None) -> Measure | None:
    """A capture of people of a state's forces by takers not of it is a kidnapping; a seizing
    by the state's takers, or of armed men or suspects by takers no one calls armed, is an
    arrest."""
    if measure == "kidnapped":
        return _seized_by_law(verb) or measure
    if measure != "arrested":
        return measure
    if _phrasal_taking(verb) and (_armed_taker(verb) or _taken_after_a_kidnapping(verb)):
        return "kidnapped"  # "gunmen picked up three traders"
    taking = word_set("measures", "captive_taking_verbs")
    if verb.lemma_.lower() not in taking and not taken_alive(verb):
        return measure
    if _armed_taker(verb):
        return "kidnapped"
    captives = [c for c in verb.children if c.dep_ in CAPTIVE_DEPS]
    if not captives or not all(_serving(c, verb) for c in captives):
        return measure
    return measure if _state_taker(verb) else "kidnapped"


def _seized_by_law(verb: Token) -> Measure | None:
    """ "Troops seize five militants", "Police seize two suspects", "Villagers seize four
    bandits": a seizing the state makes, or one of armed men or suspects whose takers are not
    armed men themselves, is an arrest ("Gunmen seize five workers" stays a kidnapping)."""
    if verb.lemma_.lower() not in word_set("measures", "captive_taking_verbs") or (
        _armed_taker(verb)
    ):
        return None
    captives = [c for c in verb.children if c.dep_ in CAPTIVE_DEPS]
    wanted = word_set("measures", "abductor_nouns") | word_set("measures", "wanted_nouns")
    if _state_taker(verb) or (captives and all(c.lemma_.lower() in wanted for c in captives)):
        return "arrested"
    return None


def _armed_taker(verb: Token) -> bool:
    """The takers are armed men of no state ("the jihadists captured two fighters alive",
    "the attackers withdrew with two guards they had captured"): a capture they make is a
    kidnapping, whoever their captives serve. A relative clause's pronoun stands for the
    subject of the clause its captives are named in. A taking that names no captive of its
    own ("three kidnappers captured", "two captured as troops moved in") is a headline's
    passive with its auxiliary dropped: its subject is the captives, not the takers."""
    if not _names_captives(verb):
        return False
    takers = _takers(verb)
    if verb.dep_ == "relcl" and all(t.lower_ in TAKER_PRONOUNS for t in takers):
        named = verb.head
        while named.dep_ in ("pobj", "prep", "dobj", "conj") and named.head.i != named.i:
            named = named.head
            if named.pos_ in ("VERB", "AUX"):
                takers += [c for c in named.children if c.dep_ == "nsubj"]
                break
    armed = word_set("measures", "abductor_nouns")
    return any(t.lemma_.lower() in armed for t in takers)


def _names_captives(verb: Token) -> bool:
    """The taking has its captives apart from its subject: an object, its own or one shared
    with a verb it is coordinated with ("captured and killed two guards"), the noun a relative
    clause tells of ("two guards they had captured"), or takers after 'by'."""
    if verb.dep_ == "relcl" or any(c.dep_ == "agent" for c in verb.children):
        return True
    shared = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        shared.append(verb.head)
    return any(c.dep_ == "dobj" for v in shared for c in v.children)


def _takers(verb: Token) -> list[Token]:
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    takers = [c for v in holders for c in v.children if c.dep_ == "nsubj"]
    return takers + [o for c in verb.children if c.dep_ == "agent" for o in c.children]


def _serving(captive: Token, verb: Token) -> bool:
    service = word_set("measures", "captive_service_nouns")
    if captive.lemma_.lower() in service or captive.lower_ in service:
        return True
    if captive.pos_ != "NUM" and captive.lower_ not in STAND_IN_WORDS:
        return False
    # "killed nine soldiers and captured three others": the group of the verb beside it
    beside = [verb.head] if verb.dep_ == "conj" else []
    beside += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(
        o.dep_ == "dobj" and o.lemma_.lower() in service for v in beside for o in v.children
    )


def _state_taker(verb: Token) -> bool:
    """The takers are named as the state's: "troops captured", "were captured by police"."""
    state = word_set("measures", "captor_state_nouns")
    return any(t.lemma_.lower() in state or t.lower_ in state for t in _takers(verb))


def _phrasal_taking(verb: Token) -> bool:
    """ "picked up", "rounded up": a taking with its particle, the law's or armed men's."""
    return verb.lemma_.lower() in word_set("measures", "phrasal_taking_verbs") and any(
        c.dep_ == "prt" for c in verb.children
    )


def _taken_after_a_kidnapping(verb: Token) -> bool:
    """ "Gunmen abducted two youths on Monday. The two were picked up from their village.": a
    phrasal taking in the passive with no taker told ("picked up", "rounded up"), right
    after a sentence that tells a kidnapping, is the kidnappers' (the law's takers are named
    when it is an arrest); not of people the law wants ("two of the gunmen were picked up")."""
    if _takers(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    captives = [_counted(c) for c in subjects]
    if not captives or any(_wanted(c) for c in captives):
        return False
    # the ones the kidnapping took, told again ("The two were picked up"), not others new to
    # the report ("Three men were picked up for questioning": the law's suspects)
    if not any(_told_again(c) for c in subjects):
        return False
    sent = verb.sent
    if sent.start == 0:
        return False
    before = verb.doc[sent.start - 1].sent
    verbs = lexicon().verbs
    return any(
        t.pos_ == "VERB" and verbs.get(t.lemma_.lower()) == KIDNAPPED for t in before
    )


KIDNAPPED = "kidnapped"
_AGAIN = frozenset({"the", "these", "those", "both"})


def _told_again(subject: Token) -> bool:
    return subject.lower_ == "both" or any(
        c.dep_ in ("det", "predet") and c.lower_ in _AGAIN for c in subject.children
    )
