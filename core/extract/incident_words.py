"""What a date's words tie it to: the incident itself ("the March 3 shooting", "the shooting
happened Feb. 11"), a harm ("was shot on June 2"), a death ("died Sunday", "was pronounced
dead Sunday"), or the day police came ("officers responded on Feb. 11"); and the word a time
expression modifies."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.date_edges import FINITE_VERB_TAGS
from core.extract.measures import lexicon
from core.extract.place_words import lexicon_places
from core.extract.scene_statements import doing_verbs
from core.rules import load_rules, word_set
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from core.text.dates import Period


def _governor(root: Token) -> Token:
    """What a time expression modifies: the verb over "on Sunday", over "Friday night" (the
    parser may split the day from the part of it, "Friday" a compound of "night")."""
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == root.i + 1:
        root = root.head
    over = _over_its_preposition(root)
    return _past_a_count(_past_a_duration(_past_a_clock_time(root.head if over is None else over)))


def _over_its_preposition(obj: Token) -> Token | None:
    """What the preposition an object hangs on modifies ("for 14 days" → "remanded")."""
    return obj.head.head if obj.dep_ == "pobj" and obj.head.pos_ == "ADP" else None


def _past_a_place(head: Token) -> Token:
    """A place owns no day: a date the parser hangs on the place before it ("a fire that
    broke out in a factory on the night of Saturday") modifies the verb of happening the place
    is told with; an incident's noun keeps its day ("the attack on Sunday")."""
    over = _over_its_preposition(head)
    placed = head.pos_ in ("NOUN", "PROPN") and not incident_noun(head)
    return over if over is not None and placed and over.pos_ in ("VERB", "AUX") else head


def _past_a_clock_time(head: Token) -> Token:
    """A time of day owns no day of its own: a date the parser hangs on the clock time before
    it ("happened shortly after 2 a.m. on May 5") modifies what that time modifies."""
    over = _over_its_preposition(head)
    return over if over is not None and head.ent_type_ == "TIME" else head


def _past_a_count(head: Token) -> Token:
    """A counted set of people or things owns no time: a date the parser hangs on the noun a
    figure counts ("arrested 61 suspects between March 1 and March 10") modifies the verb
    the noun is the argument of; a count of incidents keeps its time ("14 attacks in May")."""
    counted = head.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in head.children)
    if not counted or head.dep_ not in _COUNTED_ARGUMENTS or incident_noun(head):
        return head
    return head.head if head.head.pos_ in ("VERB", "AUX") else head


# the arguments of a verb a counted noun may be: "arrested 61 suspects", "61 were held"
_COUNTED_ARGUMENTS = frozenset({"dobj", "nsubjpass", "nsubj"})


def _past_a_duration(head: Token) -> Token:
    """A length of time owns no day: a date the parser hangs on the unit of a duration
    before it ("was remanded for 14 days on Tuesday", "jailed for ten years on Monday")
    modifies the verb that duration measures."""
    over = _over_its_preposition(head)
    measured = head.lower_ in date_words().units
    return over if over is not None and measured and over.pos_ in ("VERB", "AUX") else head


@functools.cache
def _incident_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns of an incident, the verbs of a death, the nouns of a wound (dates.json)."""
    rules = load_rules("dates")
    return (
        frozenset(rules["incident_nouns"]),
        frozenset(rules["death_verbs"]),
        frozenset(rules["harm_nouns"]),
    )


def death_verbs() -> frozenset[str]:
    """The verbs of a death ("die", "succumb"), as dates.json lists them."""
    return _incident_words()[1]


@functools.cache
def apart_words() -> tuple[str, ...]:
    """The words that announce another incident ("Separately", "in an unrelated incident";
    ``rules/event_types.json`` separate)."""
    return tuple(str(w) for w in load_rules("event_types")["separate"])


def told_apart(sentence: str) -> bool:
    """ "Separately, ...", "in an unrelated incident": a sentence telling another incident."""
    lowered = sentence.lower()
    return any(w in lowered for w in apart_words())


@functools.cache
def harm_verbs() -> frozenset[str]:
    words: list[str] = load_rules("dates")["harm_verbs"]
    return frozenset(words)


@functools.cache
def _death_idiom_verbs() -> frozenset[str]:
    words: list[str] = load_rules("dates")["death_idiom_verbs"]
    return frozenset(words)


# what completes an idiom with its verb: its object or predicative, or what its preposition
# takes ("choked on smoke")
_IDIOM_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "xcomp", "advmod", "npadvmod"})


def _death_idiom(verb: Token) -> bool:
    """ "lost their lives", "breathed their last", "embraced martyrdom", "choked on smoke": a
    "killed" idiom of measures.json that tells its subject died, as "died" does."""
    lemma = verb.lemma_.lower()
    if lemma not in _death_idiom_verbs():
        return False
    idioms = lexicon().idioms
    for child in verb.children:
        words = [child] if child.dep_ in _IDIOM_DEPS else []
        if child.dep_ == "prep":
            words = [g for g in child.children if g.dep_ == "pobj"]
        if any(idioms.get((lemma, w.lemma_.lower())) == "killed" for w in words):
            return True
    return False


def dates_harm(root: Token) -> bool:
    """The date is the day of a harm: "was shot on June 2", "stabbed Dec. 24", or it names
    the incident ("the June 2 shooting")."""
    head = _governor(root)
    return dates_incident(root) or (
        head.i != root.i and head.pos_ == "VERB" and head.lemma_.lower() in harm_verbs()
    )


def in_harm_clause(root: Token) -> bool:
    """The date stands in the clause of a harm, however the parser hangs it there ("suspected
    of shooting four women inside an apartment on Jan. 7"), not in the clause of what was seen
    or said ("testified seeing them with guns on New Year's Eve")."""
    if dates_harm(root):
        return True
    for tok in root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in harm_verbs() or death_verb(tok)
    return False


# A death verb only with its particle: "pass" is a death as "pass away".
_WITH_PARTICLE = {"pass": "away"}


def death_verb(tok: Token) -> bool:
    """ "died", "succumbed", "passed away", "was pronounced dead", "lost their lives": a
    death that may come days after the shooting."""
    lemma = tok.lemma_.lower()
    if _death_idiom(tok):
        return True
    if lemma in _incident_words()[1]:
        # "passed away", never "a law passed on Monday"
        return lemma not in _WITH_PARTICLE or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == _WITH_PARTICLE[lemma] for c in tok.children
        )
    if tok.lower_ == "dead" and tok.dep_ in ("oprd", "acomp"):
        tok = tok.head  # the figure's word may be "dead" itself
    return tok.lemma_.lower() in _DECLARED and any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "dobj", "advmod") for c in tok.children
    )


# A death this many days after the report's incident day is still that incident's figure.
DEATH_AFTER_DAYS = 31

# the marks of a clause telling the circumstances of the harm its head tells
WHEN_MARKS = frozenset({"when", "as", "while"})


def circumstance_as_phrase(clause: Token) -> bool:
    """A clause of circumstance the parser hung on a noun under a preposition: "45 were killed
    as a blast ripped through a rally on Sunday" ("as" a preposition, "blast" its object,
    "ripped" a clause of that noun). A finite verb is no participle describing a noun: the
    noun is the clause's subject (``dates_aftermath`` reads "blast" as the doer of "ripped",
    so its date is the harm's, not a day after it)."""
    head = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ in FINITE_VERB_TAGS
        and head.dep_ == "pobj"
        and head.head.lower_ in WHEN_MARKS
    )

# "was pronounced dead at 5 a.m. Sunday", "was declared dead at the scene": when the death
# was recorded, maybe hours or days after the shots
_DECLARED = frozenset({"pronounce", "declare"})


def dates_death(root: Token) -> bool:
    """The date is the day of a death ("died Sunday", "was pronounced dead Sunday")."""
    head = _governor(root)
    return head.i != root.i and death_verb(head)


def harm_before_death(
    periods: Sequence[tuple[Token, Period, bool]], death: Period
) -> Period | None:
    """The time a sentence tells a harm at before the death it dates later ("a man wounded
    in a shooting last month died Tuesday"): what the next sentences tell of that harm ("the
    shooting also killed a woman") is of that time, not of the death."""
    if not any(p == death and dates_death(t) for t, p, _ in periods):
        return None
    return next(
        (
            p
            for t, p, reported in periods
            if not reported and p.end < death.start and (dates_harm(t) or dates_incident(t))
        ),
        None,
    )


def wound_of_the_dead(
    periods: Sequence[tuple[Token, Period, bool]], death: Period
) -> Period | None:
    """The time a sentence tells the wound of those whose death it dates later, in the phrase
    naming them ("a boy who was shot last week died Wednesday", "a teen wounded in a shooting
    last month died"): the incident's time, not the death's; not the time of another group's
    harm ("9 died in 2019 and 6 were fatally wounded in 2018")."""
    dying = [_governor(t) for t, p, _ in periods if p == death and dates_death(t)]
    named = [c for verb in dying for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = [(c.left_edge.i, c.right_edge.i) for c in named]
    return next(
        (
            p
            for t, p, reported in periods
            if not reported
            and p.end < death.start
            and (dates_harm(t) or dates_incident(t))
            and any(a <= t.i <= b for a, b in spans)
        ),
        None,
    )


def wound_kept(
    carried: Period | None, periods: Sequence[tuple[Token, Period, bool]], death: Period
) -> Period | None:
    """The stretch a sentence before told the wound in ("a teen wounded in a shooting last
    month has died"), kept past the day the next dates the death on ("He died Tuesday"): what
    follows of the shooting ("two others were wounded in it") is of that stretch."""
    if (
        carried is None
        or carried.start == carried.end
        or not 0 < (death.start - carried.end).days <= DEATH_AFTER_DAYS
        or not any(p == death and dates_death(t) for t, p, _ in periods)
    ):
        return None
    return carried


def died_after(root: Token, period: Period, incident: Period | None) -> bool:
    """The date is of a death after the day of the report's incident: "one of them died
    Friday" of a shooting a week before."""
    return incident is not None and period.start > incident.end and dates_death(root)


# Between an incident noun and the date after its phrase ("the shooting death of Jane Roe,
# 17, inside her home on June 4") only the words of a noun phrase; a verb opens a new clause
# ("the shooting, and was arrested Monday"), except a participle of the noun ("a wound
# suffered on Friday").
_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM", "PART", "PRON", "CCONJ"})
_PHRASE_COMMAS = frozenset({",", "-"})
_NOUN_PHRASE_SPAN = 20  # tokens from the incident noun to the date, at most
_DETERMINED = frozenset({"DET", "PRON"})  # "the shooting", "his death", not "sentenced to death"
# Between a date and the incident noun it is written before: "Saturday's", "Sunday afternoon
# shooting", "the Jan. 5 fatal shooting"
_BEFORE_NOUN = frozenset({"'s", "’s", "'", "morning", "afternoon", "evening", "night", "fatal",
                          "deadly", "double", "triple", "quadruple", "accidental", "mass"})


# asked of one date by each rule that weighs it (report, court, aftermath, charge, clause)
@functools.lru_cache(maxsize=1024)
def dates_incident(root: Token) -> bool:
    """The date names the incident itself: "the March 3 shooting", "Saturday's shooting",
    "the shooting death of a clerk on June 4". Read from the words around the date rather
    than the tree: the parser often takes "shooting" for a verb and hangs the date on the
    verb of the arrest or the charge."""
    doc = root.doc
    start, end = root.i, root.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    after = end
    if _a_years_comma(doc, start, after):
        after += 1  # "the Nov. 14, 2015, shooting death": the comma closing a full date's year
    while after < min(len(doc), end + 3) and doc[after].lower_ in _BEFORE_NOUN:
        after += 1
    # a year's adjective describes what it held ("2004's massive death toll"), no name
    named = _past_modifiers(doc, after, root.sent.end, adjectives=not _A_YEAR.fullmatch(root.text))
    if named < root.sent.end and incident_noun(doc[named]):
        return not (_tally_kind(doc[named]) or _counted_plural(doc[named]))
    if named > after and _recalled_year(root, doc[named]):
        return True
    return _after_incident_phrase(root, start) or _incident_happened(root)


def _a_years_comma(doc: Doc, start: int, after: int) -> bool:
    """The comma after the year of a full date that modifies a noun with its article ("the
    Nov. 14, 2015, shooting"), not one closing a date of the clause ("on Oct. 9, 2023, ...")."""
    article = doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")
    return (
        article
        and after < len(doc) - 1
        and doc[after].text == ","
        and _A_YEAR.fullmatch(doc[after - 1].text) is not None
    )


# The most nouns that may stand between a date and the incident noun they both modify
_MODIFIER_NOUNS = 3


def _past_modifiers(doc: Doc, at: int, end: int, *, adjectives: bool = True) -> int:
    """Past the nouns (and ``adjectives``) that modify a later noun between a date and its
    incident noun: "Friday's bus bombing", "the 2029 Harlow market blast", "Monday's twin
    blasts", "Sunday's coordinated attacks" name the bombing, the blast and the attacks."""
    last = min(end, at + _MODIFIER_NOUNS)
    i = at
    while (
        i < last
        and _modifier(doc[i], adjectives=adjectives)
        and doc[i].head.i > i
        and not incident_noun(doc[i])
    ):
        i += 1
    return i


def _modifier(tok: Token, *, adjectives: bool) -> bool:
    """A noun compounded with a later noun, or an adjective describing it."""
    return (tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN")) or (
        adjectives and tok.dep_ == "amod" and tok.pos_ == "ADJ"
    )


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _recalled_year(root: Token, noun: Token) -> bool:
    """A year before the names of an old incident and a noun of its remembrance ("the 2019
    Harlow siege anniversary"): it names that incident, not the day it is remembered on."""
    return _A_YEAR.fullmatch(root.text) is not None and noun.lemma_.lower() in _remembrance()


def remembered_year(root: Token) -> bool:
    """A year on the phrase of a remembrance that names its old incident ("the 2019 Harlow
    siege anniversary"): no time of a figure the sentence tells besides."""
    noun = root
    while noun.dep_ in ("nummod", "compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    return noun.i != root.i and recalls_by_year(noun)


def recalls_by_year(noun: Token) -> bool:
    """The noun is a remembrance whose phrase names the old incident by its year ("the 2019
    Harlow siege anniversary"): the day it is held on is the news, no aftermath of it."""
    return noun.lemma_.lower() in _remembrance() and any(
        _A_YEAR.fullmatch(t.text) is not None and dates_incident(t)
        for t in noun.doc[noun.left_edge.i : noun.i]
    )


@functools.cache
def _remembrance() -> frozenset[str]:
    words: list[str] = load_rules("dates")["remembrance_nouns"]
    return frozenset(words)


def _counted_plural(noun: Token) -> bool:
    """ "Three of this year's murders", "last month's 12 shootings": a count of the incidents
    the span saw, no one incident named."""
    head = noun.head
    return noun.tag_ == "NNS" and (
        any(c.dep_ == "nummod" for c in noun.children)
        or (head.lower_ == "of" and head.head.like_num and head.head.i < noun.i)
    )


def _tally_kind(noun: Token) -> bool:
    """ "the city's 2031 homicide count", "the 2030 murder tally": the incident noun says what
    a bare toll noun counts, and the year before it the span counted, no incident named."""
    head = noun.head
    tolls = lexicon().toll_nouns
    return (
        noun.dep_ == "compound"
        and head.i > noun.i
        and head.lemma_.lower() in tolls
        and tolls[head.lemma_.lower()] is None
    )


@functools.cache
def _happening_verbs() -> frozenset[str]:
    words: list[str] = load_rules("dates")["happening_verbs"]
    return frozenset(words)


def _incident_happened(root: Token) -> bool:
    """ "the shooting happened Feb. 11", "the attack occurred early Sunday", "the stabbing took
    place on Friday": the date of a verb of happening whose subject is an incident noun."""
    verb = _past_a_place(_governor(root))
    lemma = verb.lemma_.lower()
    if verb.i == root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    # the incident nouns of a place ("operation", "raid"), not "an inquiry launched Monday"
    if verb.dep_ == "acl" and lemma in doing_verbs() and (
        verb.head.lemma_.lower() in lexicon_places().incident_words
    ):
        return True  # "an operation conducted on the night of June 12 and 13": its day
    took_place = lemma == "take" and any(c.lower_ == "place" for c in verb.children)
    broke_out = lemma == "break" and any(c.lower_ == "out" for c in verb.children)
    if lemma not in _happening_verbs() and not (took_place or broke_out):
        return _lasted(verb) and not _open_ended(root, verb)
    if verb.dep_ == "relcl" and any(
        c.dep_.startswith("nsubj") and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children
    ):
        # "the toll from a fire that broke out on Tuesday night": what happened is the
        # incident, whatever its noun
        return True
    return any(
        c.dep_.startswith("nsubj") and incident_noun(c) and _definite(c) for c in verb.children
    )


_RELATIVE_SUBJECTS = frozenset({"that", "which"})


def _lasted(verb: Token) -> bool:
    """ "clashes that lasted from Thursday into Friday", "fighting that raged until dawn",
    "gun battles that went on from Thursday to Friday": a relative clause on an incident's
    noun telling how long it went on, whose time is the incident's (not a participant's
    story, which ``date_clauses.other_clause`` keeps apart)."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in verb.children
    ):
        return False
    noun = verb.head
    lasting = word_set("dates", "lasting_nouns")
    if not (incident_noun(noun) or noun.lemma_.lower() in lasting or noun.lower_ in lasting):
        return False
    if _a_response(noun) and not (
        noun.dep_ == "pobj" and noun.head.lower_ in word_set("dates", "lasting_within")
    ):
        return False  # "a search that continued into Wednesday found none of them"
    words = word_set("dates", "lasting_verbs")
    lemma = verb.lemma_.lower()
    if lemma not in words and verb.lower_.startswith(f"{lemma}e"):
        lemma += "e"  # the lemmatiser cuts "raged" to "rag"
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words for c in verb.children if c.dep_ == "prt"
    )


def _open_ended(root: Token, verb: Token) -> bool:
    """ "the siege, which lasted until Sunday", "a fire that raged through Sunday night": the
    stretch's end alone (dates.json lasting_open_ends), no "from" of its start, tells no day
    of the incident (read alone, "until Sunday" runs from the year's start)."""
    tok = root.head if root.dep_ == "compound" and root.head.i == root.i + 1 else root
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in word_set("dates", "lasting_open_ends")
        and not any(t.lower_ == "from" for t in verb.subtree)
    )


def _a_response(noun: Token) -> bool:
    """ "search", "curfew", "lockdown": a stretch that follows an incident (dates.json
    lasting_responses), whose time is a figure's only when it happened within it."""
    responses = word_set("dates", "lasting_responses")
    return noun.lemma_.lower() in responses or noun.lower_ in responses


@functools.cache
def _arrival_verbs() -> frozenset[str]:
    words: list[str] = load_rules("dates")["arrival_verbs"]
    return frozenset(words)


_VERDICTS = frozenset({"guilty", "innocent", "competent", "incompetent", "liable", "responsible"})


def dates_arrival(root: Token) -> bool:
    """The date is the day police or medics came on the incident: "officers responded to the
    home on Feb. 11", "deputies were called to the bar around 2 a.m. Sunday", "found the man
    with a gunshot wound Friday" (not "was found guilty Friday", "called for calm Sunday")."""
    verb = _governor(root)
    lemma = verb.lemma_.lower()
    if verb.i == root.i or verb.pos_ != "VERB" or lemma not in _arrival_verbs():
        return False
    children = list(verb.children)
    if any(c.lower_ in _VERDICTS for c in verb.subtree):
        return False
    if lemma in ("call", "summon"):
        return any(c.dep_ == "auxpass" for c in children) or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in children
        )
    return True


def _definite(noun: Token) -> bool:
    """ "the shooting", "Saturday's attack", not "a similar robbery" nor "another shooting"
    (an incident the text has not told yet, maybe another one)."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    ) and not any(c.lower_ in _OTHER_INCIDENT for c in noun.children)


_OTHER_INCIDENT = frozenset({"similar", "another", "other", "earlier", "previous", "separate"})


def _after_incident_phrase(root: Token, start: int) -> bool:
    """The date (from token ``start``) closes the phrase of an incident noun: "the shooting
    death of Jane Roe, 17, inside her home on June 4", "a wound suffered on Friday"."""
    doc = root.doc
    before = start - 1
    if before >= 0 and doc[before].pos_ in ("DET", "ADJ"):
        return False  # "a Monday news release": the date opens a phrase, it closes none
    if before >= 0 and doc[before].lower_ in ("on", "in", "at"):
        before -= 1
    lowest = max(root.sent.start, before - _NOUN_PHRASE_SPAN)
    for i in range(before, lowest - 1, -1):
        tok = doc[i]
        if incident_noun(tok) or tok.lower_ in _incident_words()[2]:
            return _determined(tok)  # "the shooting ... on June 4", "a wound suffered Friday"
        if tok.tag_ in ("VBN", "VBG") and tok.dep_ == "acl":
            continue
        if tok.pos_ not in _PHRASE_POS and tok.text not in _PHRASE_COMMAS:
            return False
    return False


def incident_noun(tok: Token) -> bool:
    """ "shooting" (which the parser may tag as a verb), "deaths", "attack"."""
    nouns = _incident_words()[0]
    return tok.lower_ in nouns or (tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns)


def _determined(noun: Token) -> bool:
    """A determiner or a possessive opens the incident noun's phrase within three words."""
    doc = noun.doc
    return any(
        doc[i].pos_ in _DETERMINED and doc[i].dep_ in ("det", "poss")
        for i in range(max(noun.sent.start, noun.i - 3), noun.i)
    )
