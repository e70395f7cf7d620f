"""What followed an incident, read at a time expression: a court day, custody, a gathering
("pleaded guilty Monday", "was arrested Monday", "a vigil held Friday"), and the words of a
follow-up report ("was charged", "the trial", "a funeral"). Split from ``claim_dates``, which
re-exports these for its importers.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.care import in_condition
from core.extract.date_entities import a_documents_year
from core.extract.incident_words import (
    _governor,
    _incident_words,
    circumstance_as_phrase,
    dates_incident,
    harm_verbs,
    incident_noun,
    recalls_by_year,
)
from core.extract.measures import lexicon
from core.extract.speech_days import before_speech
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


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


@functools.cache
def _scene_preps() -> frozenset[str]:
    words: list[str] = load_rules("dates")["scene_prepositions"]
    return frozenset(words)


def custody_verb(tok: Token) -> bool:
    """ "arrested", "detained", "booked": a verb whose object the figure counts in custody."""
    return tok.lemma_.lower() in _court_words()[2]


def court_verb(tok: Token) -> bool:
    """ "sentenced", "convicted", "acquitted": a verb of the court whose object a figure may
    count (the people it sentenced)."""
    return tok.lemma_.lower() in _court_words()[0]


def _court_word(root: Token) -> str | None:
    """The court or custody word that governs the date ("pleaded guilty Monday", "read in court
    Friday", "received probation Thursday", "Tuesday's hearing"), if any."""
    head = _governor(root)
    if head.i == root.i or _attributive(root) or dates_incident(root):
        return None
    verbs, nouns, custody = _court_words()
    lemma = head.lemma_.lower()
    if lemma in verbs or lemma in nouns or lemma in custody:
        return lemma
    objects = [c for c in head.children if c.dep_ in ("dobj", "attr", "oprd")]
    if head.dep_ == "prep":  # "free pending a hearing Jan. 19": the date is the hearing's
        objects += [c for c in head.children if c.dep_ == "pobj"]
    # "inmates rioted at the district jail on Friday": a jail after "at" is the scene, but
    # "apologized at his sentencing Tuesday" the time
    preps = [c for c in head.children if c.dep_ == "prep"]
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj" and not _scene(c, g)]
    found = [o.lemma_.lower() for o in objects if o.i != root.i]
    # "the trial starts Monday" (but "the suspect shot two men Monday" is the deed's day,
    # and "the trial of a man who killed two years ago starts" keeps the deed's date)
    found += [c.lemma_.lower() for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
              and c.lemma_.lower() in nouns and root.i > head.i]
    court = next((w for w in found if w in nouns or w in custody), None)
    return court or _verdict(root, head) or _court_complement(head)


def _court_complement(head: Token) -> str | None:
    """ "was ordered Tuesday to stand trial", "is set Monday to face a hearing": the court noun
    the verb's complement takes (court nouns only: "tried Sunday to arrest a suspect" is the
    day's news)."""
    nouns = _court_words()[1]
    taken = [
        g.lemma_.lower()
        for c in head.children
        if c.dep_ == "xcomp"
        for g in c.children
        if g.dep_ in ("dobj", "attr")
    ]
    return next((w for w in taken if w in nouns), None)


# where the parser hangs the word of a verdict: on the verb ("was found guilty Friday", "found
# him not guilty") or on the date itself ("found Jon Roe guilty Friday of ...")
_VERDICT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def _verdict(root: Token, head: Token) -> str | None:
    """The charge word of a verdict the date is the day of ("was found guilty Friday of
    killing two"): an adjective of the charge words told of the convicted, never the deed."""
    verbs = _court_words()[0]
    told = [c for c in head.children if c.dep_ in _VERDICT_DEPS]
    told += [c for c in root.children if c.dep_ == "amod"]
    return next(
        (c.lemma_.lower() for c in told if c.pos_ == "ADJ" and c.lemma_.lower() in verbs), None
    )


def _scene(prep: Token, noun: Token) -> bool:
    """ "at the jail", "outside the court": a place of the court or custody where the
    happening took place."""
    return prep.lower_ in _scene_preps() and noun.lemma_.lower() in _court_places()


@functools.cache
def _court_places() -> frozenset[str]:
    words: list[str] = load_rules("dates")["court_places"]
    return frozenset(words)


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


def follow_up_word(tok: Token) -> bool:
    """A word of what comes days or months after an incident: a court word, a charge, a plea,
    a vigil ("was charged", "the trial", "a funeral"), not negated ("no charges"). An arrest,
    a suspect, custody come in the day's news too ("a suspect was arrested at the scene").
    A date is none ("on March 28" holds no "march", the gathering), nor a gathering's word
    in another's name ("fire service officials", "Memorial Hospital")."""
    if tok.ent_type_ in _TIME_ENTITIES:
        return False
    words = _follow_up_words()
    lemma = tok.lemma_.lower()
    if lemma not in words and tok.lower_ not in words:
        return False
    if lemma in _gathering_words() and (tok.dep_ == "compound" or tok.pos_ == "PROPN"):
        return False  # "fire service officials", "a funeral home", "Memorial Hospital": names
    return not any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children)


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
    if dates_incident(root) or a_documents_year(root):
        return False  # "arrested in the shooting death of a clerk on June 4", "its report for 2031"
    if before_speech(root, head):
        return False  # "police said Monday 40 were arrested": the day of the saying
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if circumstance_as_phrase(head):
        doers.append(head.head)  # "as a blast ripped through a rally": the parse's noun
    if any(incident_noun(c) for c in doers):
        return False  # "a landslide buried a road on Monday": the incident did it, no burial
    if _remembered(head):
        return False  # "marked the 2019 Harlow siege anniversary on Tuesday": the news itself
    if any(_a_protester(c) for c in doers):
        return False  # "Thousands of protesters gathered on Tuesday": the protest is the news
    # "was still in critical condition on Saturday": the day of a patient's state
    return head.i != root.i and (
        (head.lemma_.lower() in _aftermath_words() and not _scene_of_deed(head))  # "at a rally"
        or _aftermath_idiom(head)
        or in_condition(head)
        or dates_court(root)
        or _aftermath_gathering(root, head)
        or _response(root, head)
        or _ongoing(head)
    )


@functools.cache
def _aftermath_idioms() -> tuple[tuple[str, bool, str, str | None], ...]:
    """(verb, with a reflexive object, particle, the particle's object) of each idiom."""
    idioms: list[str] = load_rules("dates")["aftermath_idioms"]
    found = []
    for idiom in idioms:
        verb, *rest = idiom.split()
        reflexive = rest[0] == "oneself"
        particle, *obj = rest[1:] if reflexive else rest
        found.append((verb, reflexive, particle, obj[0] if obj else None))
    return tuple(found)


def _aftermath_idiom(head: Token) -> bool:
    """ "was laid to rest Saturday", "turned himself in Friday": an idiom of what followed
    the incident (a burial, a surrender) that none of its words tells alone."""
    lemma = head.lemma_.lower()
    for verb, reflexive, particle, obj in _aftermath_idioms():
        if lemma != verb:
            continue
        if reflexive and not any(
            c.dep_ == "dobj" and c.lower_.endswith(_REFLEXIVE) for c in head.children
        ):
            continue
        if any(_idiom_tail(c, particle, obj) for c in head.children):
            return True
    return False


def _idiom_tail(child: Token, particle: str, obj: str | None) -> bool:
    """The verb's child ends the idiom: its particle ("turned himself in"), its preposition
    and object ("laid to rest"), or that object parsed as a verb after "to" ("to/aux rest")."""
    if child.dep_ in ("prep", "prt") and child.lower_ == particle:
        return obj is None or any(
            g.dep_ == "pobj" and g.lemma_.lower() == obj for g in child.children
        )
    return (
        obj is not None
        and child.dep_ == "xcomp"
        and child.lemma_.lower() == obj
        and any(g.dep_ == "aux" and g.lower_ == particle for g in child.children)
    )


_REFLEXIVE = ("self", "selves")


@functools.cache
def _ongoing_words() -> frozenset[str]:
    words: list[str] = load_rules("dates")["ongoing_verbs"]
    return frozenset(words)


def _ongoing(head: Token) -> bool:
    """ "continued on Friday to investigate the shooting": the day of work going on after
    the incident, not a harm going on ("continued to fire on Friday, killing five")."""
    if head.lemma_.lower() not in _ongoing_words():
        return False
    harms = harm_verbs()
    goes_on = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return bool(goes_on) and not any(
        c.lemma_.lower() in harms or c.lemma_.lower() in _HARM_DEEDS for c in goes_on
    )


@functools.cache
def _follow_up_words() -> frozenset[str]:
    """Court words and gatherings, not custody: joined once, not on every word read."""
    verbs, nouns, custody = _court_words()
    return (verbs | nouns | _gathering_words()) - custody


@functools.cache
def _gathering_words() -> frozenset[str]:
    words: list[str] = load_rules("dates")["aftermath_nouns"]
    return frozenset(words)


def _aftermath_gathering(root: Token, head: Token) -> bool:
    """ "Saturday's vigil", "a Sunday funeral", "mourners attended a vigil Sunday", "the
    funeral took place Monday": the day of a gathering after the incident (not "a man was
    shot at a vigil Sunday", where the gathering is the scene)."""
    gatherings = _gathering_words()
    noun = root
    while noun.dep_ in ("compound", "poss", "nmod") and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.i != root.i:
        return noun.lemma_.lower() in gatherings and not _during(noun)
    if (
        head.lemma_.lower() in harm_verbs()
        or head.lemma_.lower() in _incident_words()[1]
        or (_counted_deed(head) and not _held_at(head))  # "at a rally on Friday"
    ):
        return False
    if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in harm_verbs() for c in head.children):
        return False  # "blew himself up at a funeral on Tuesday, killing 18": the attack's day
    near = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    near += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "funeral prayers were offered on Tuesday", "the memorial service was held Sunday"
    near += [g for c in near for g in c.children if g.dep_ == "compound"]
    return any(
        c.lemma_.lower() in gatherings
        and c.i != root.i
        and c.ent_type_ not in _TIME_ENTITIES
        for c in near
    )


def _a_protester(subject: Token) -> bool:
    """ "protesters", "thousands of demonstrators", "a crowd" (``protest_subjects``)."""
    words = word_set("dates", "protest_subjects")
    counted = next((o for p in subject.children if p.lower_ == "of" for o in p.children), None)
    return subject.lemma_.lower() in words or (
        counted is not None and counted.lemma_.lower() in words
    )


def _remembered(head: Token) -> bool:
    """The verb's subject, object or prepositional object is a remembrance that names its
    old incident by the year ("gathered for the 2020 Tarnby fire commemoration"): its day
    is the day the report tells of, not one after the report's incident."""
    near = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    near += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(recalls_by_year(c) for c in near)


def _during(noun: Token) -> bool:
    """ "gunmen stormed a church during Sunday service", "opened fire at Sunday's funeral,
    killing three", "eight were arrested at Friday's rally": what happened during the
    gathering, or at it by the hand that harmed, arrested or abducted, happened on its day;
    the gathering is the time of the scene, nothing after it."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "during":
        return True
    return prep.lower_ in _scene_preps() and (
        _harms(prep.head) or (_counted_deed(prep.head) and not _held_for_harmed(noun))
    )


def _held_for_harmed(noun: Token) -> bool:
    """The gathering is held for people harmed ("at Sunday's vigil for the 6 people killed in
    the fire", "at Friday's funeral of the slain journalist"): a day after their deaths, which
    their figure would take if the gathering were the scene of the deed told beside it (not
    "a rally of 5,000", nor "a funeral, where 2 mourners were stabbed")."""
    doc, end = noun.doc, noun.right_edge.i + 1
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")]
    if end < len(doc) and doc[end].dep_ == "prep" and doc[end].lower_ in ("for", "of"):
        preps.append(doc[end])  # "arrested 50 at Saturday's march for 3 killed": "arrested ... for"
    told = [t for p in preps for t in p.subtree]
    held_for = word_set("dates", "held_for_words")
    return any(t.lemma_.lower() in harm_verbs() or t.lemma_.lower() in held_for for t in told)


def _held_at(verb: Token) -> bool:
    """The verb's scene is a gathering held for people a figure counts ("arrested 2 men at
    a vigil on Sunday for the 6 people killed")."""
    return any(
        _held_for_harmed(g)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _scene_preps()
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _gathering_words()
    )


def _scene_of_deed(noun: Token) -> bool:
    """The gathering is the scene of what its verb tells (``_during``), unless that verb is a
    saying: "During Friday's rally, the leader said 30 had been abducted" tells of abductions
    before the rally."""
    return _during(noun) and noun.head.head.lemma_.lower() not in reporting_verbs()


def _counted_deed(verb: Token) -> bool:
    """A verb whose doings a figure counts (``measures.json`` verbs): "arrested", "detained",
    "abducted", "stabbed"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon().verbs


# a harm told by its deed: "opened fire", "launched an attack"
_HARM_DEEDS = frozenset({"fire", "attack"})


def _harms(verb: Token) -> bool:
    """The verb tells a harm, or a deed whose outcome clause is one ("opened fire ...,
    killing three")."""
    if verb.pos_ != "VERB":
        return False
    harms = harm_verbs()
    if verb.lemma_.lower() in harms:
        return True
    deed = any(c.dep_ == "dobj" and c.lemma_.lower() in _HARM_DEEDS for c in verb.children)
    outcome = any(
        c.dep_ in ("advcl", "conj") and c.lemma_.lower() in harms for c in verb.children
    )
    return deed or outcome


@functools.cache
def _response_words() -> frozenset[str]:
    words: list[str] = load_rules("dates")["response_nouns"]
    return frozenset(words)


# the arguments of a verb that say what it does or who does it: "ordered a probe", "a probe
# was ordered", "the inquiry began"
_RESPONSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _response(root: Token, head: Token) -> bool:
    """ "the ministry on Thursday ordered a probe into a shooting that killed three", "an
    inquiry was opened on Friday", "Thursday's inquiry": the day of the authorities' answer
    to an incident, not of the incident (a harm verb keeps its day: "killed two during an
    investigation on Friday")."""
    responses = _response_words()
    noun = root
    while noun.dep_ in ("compound", "poss", "nmod") and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.i != root.i:
        return noun.lemma_.lower() in responses
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in responses  # "ordered an inquiry on Thursday into ..."
    if head.i == root.i or head.lemma_.lower() in harm_verbs():
        return False
    return any(
        c.dep_ in _RESPONSE_ARGUMENTS
        and c.lemma_.lower() in responses
        and not _looked_into(head, c, root)
        for c in head.children
    )


def _looked_into(verb: Token, response: Token, root: Token) -> bool:
    """The date ends the response's phrase after an incident noun ("to discuss its
    inquiry into a double murder back in 2009"): it dates what is looked into,
    wherever the parser hangs it (not "a probe into the killings was opened on Tuesday",
    where the verb stands between)."""
    doc = root.doc
    return verb.i < response.i < root.i and any(
        incident_noun(doc[i]) for i in range(response.i + 1, root.i)
    )


# The entities of a time expression: "March" there is the month, no march held.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
