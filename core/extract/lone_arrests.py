"""One person arrested told without a numeral: "Police arrested a 19-year-old man", "a suspect
was taken into custody", "Jon Roe was booked into the county jail", "he turned himself in".

The person is read by the predicates that make a numeral an arrest
(``participants.participant``: "arrested three teens" as "arrested a teen"), or gave
themselves up ("turned himself in", "surrendered to police"), reported as done. One a
sentence, none where a numeral of the sentence counts arrests ("investigators arrested three
teens, who remain jailed": the three). As a victim, the person counts once a report, at the
first telling in its body (the headline's is a claim of its own): ``told_before`` says when a
later arrest is one told already; a name said again is no new claim (the victims' memory,
``victim_mentions.Victims``, files it under its name and age)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.arrest_deeds import old_deed_recalled
from core.extract.captive_lists import captive_list
from core.extract.charges import charge_verbs, charged
from core.extract.claim_places import dateline_end
from core.extract.custody_counts import in_custody_after
from core.extract.factuality import defining, factual, unreal, wished
from core.extract.headline_sentences import SENTENCE_ENDS, headline_sentence
from core.extract.headline_victims import CLAUSE_MARKS
from core.extract.list_members import conjuncts
from core.extract.loose_relatives import relative_of
from core.extract.measures import Reading, lexicon
from core.extract.nlp import any_lemma, negated
from core.extract.pair_nouns import PAIR, a_pair
from core.extract.participants import participant
from core.extract.person_nouns import person_noun
from core.extract.recalls import recalls_earlier
from core.extract.surrenders import SELF_SURRENDERS, gave_up
from core.extract.victim_cues import OBJECT_PRONOUNS
from core.extract.victim_mentions import (
    ARREST_RULE,
    CAPTIVE_RULE,
    ORDINAL_MEMBERS,
    OTHER_WORDS,
    PERSONAL_PRONOUNS,
)
from core.extract.victim_names import Found, one_victim, victim_figure
from core.extract.word_positions import positions
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Claim, Measure

ARRESTED: Measure = "arrested"
KIDNAPPED: Measure = "kidnapped"
# One person kidnapped counts only where news introduces them (an article, a name, a
# relation): "the trader" or "he" after the kidnapping is the one told, and no arrest-like
# memory of captives tells which
CAPTIVE_NAMING = frozenset({"indefinite", "name", "relation", "another"})
# a list of people arrested counts where its first member is introduced ("arrested a factory
# owner and his manager"), not said again ("the driver and his helper")
LISTED_ARRESTS = frozenset({"indefinite", "relation"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSON_DEPS = SUBJECTS | {"dobj"}
DEFINITE_DETS = frozenset({"the", "this", "that"})
# "Second Teen Arrested", "Another Suspect Held": one more person, counted as one
HEADLINE_MORE = ORDINAL_MEMBERS | {"another"}
# the marks after which a headline's clause opens: its joints, and a speaker's colon
# ("Police: Man arrested in ...")
CLAUSE_OPENERS = CLAUSE_MARKS | {":"}
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})  # "Police arrest ...": a headline's present


@dataclass(frozen=True, slots=True)
class ArrestWords:
    """The words of ``rules/measures.json``'s "lone_arrests" (its doc says what each is for)."""

    surrender_verbs: frozenset[str]
    takers: frozenset[str]
    record_adverbs: frozenset[str]
    question_marks: frozenset[str]
    safekeeping: frozenset[str]
    law_units: frozenset[str]
    held_for: frozenset[str]


@functools.cache
def _words() -> ArrestWords:
    raw = load_rules("measures")["lone_arrests"]
    return ArrestWords(**{k: frozenset(raw[k]) for k in ArrestWords.__slots__})


@functools.cache
def _arrest_words() -> frozenset[str]:
    """The lemmas a sentence needs to tell an arrest or a kidnapping: the cheap gate before
    the parse is read."""
    lex = lexicon()
    taken = (ARRESTED, KIDNAPPED)
    words = {w for w, m in lex.verbs.items() if m in taken}
    words |= {w for (w, _), m in lex.phrasal.items() if m in taken}  # "picked up a suspect"
    words |= {w for pair, m in lex.idioms.items() if m in taken for w in pair}
    catching = word_set("measures", "catching_verbs")  # "police caught a man" (``captives``)
    return frozenset(
        words | _words().surrender_verbs | catching | {v for v, _ in SELF_SURRENDERS}
        | charge_verbs()  # "a man was charged with arson" (``charges``)
    )


def _an_arrest_word(lemma: str) -> bool:
    return lemma.lower() in _arrest_words()


def lone_arrests(sent: Span, readings: Sequence[Found]) -> list[Found]:
    """The one person the sentence tells arrested without a numeral, if any (see the module),
    and the one it tells kidnapped ("gunmen abducted a trader", "an engineer was kidnapped")."""
    # the lemmas read off the chunk's ids up to the first arrest word: a Token per word cost more
    if not any_lemma(sent, _an_arrest_word):
        return []
    counted = {r[3].measure for r in readings}  # a numeral of the sentence counts them
    found: list[Found] = []
    seen: dict[int, _Naming] = {}  # each person read once for both measures
    roles: _Roles = {}  # and each role's predicate
    if ARRESTED not in counted:
        headline = _headline_arrest(sent)
        arrest = headline or _lone(sent, ARRESTED, seen, roles)
        found.extend([arrest] if arrest is not None else [])
    if KIDNAPPED not in counted:
        captive = _lone(sent, KIDNAPPED, seen, roles)
        found.extend([captive] if captive is not None else [])
    return found


# whether a person stands in a list, and the words that name them and how (``_named``)
_Naming = tuple[bool, "tuple[Span, str] | None"]
# the predicate a role's token takes part in (``participant``), by token index: the costliest
# reading of a person, the same whatever measure is asked of them
_Roles = dict[int, "Reading | None"]


def _naming(tok: Token) -> _Naming:
    """How the person ``tok`` is named, the same whatever measure is asked of them."""
    # "A soldier, a policeman and a teacher were arrested": the parse may make the second
    # an apposition of the first; ``conjuncts`` reads such a list whole
    listed = len(conjuncts(tok)) > 1
    # "Jon Roe, who gave himself up to police, ...": the relative's antecedent is named
    antecedent = relative_of([tok], tok.head) if tok.dep_ in SUBJECTS else None
    return listed, _named(antecedent or tok)


def _lone(
    sent: Span, measure: Measure, seen: dict[int, _Naming], roles: _Roles
) -> Found | None:
    """The first person of the sentence told arrested (or kidnapped) without a numeral
    (``seen``: the persons of the sentence already read, by token index; ``roles``: their
    roles' predicates)."""
    for tok, role in _persons(sent):
        if tok.i not in seen:
            seen[tok.i] = _naming(tok)
        listed, named = seen[tok.i]
        anchor = _arrest_of(role, measure, roles) if named is not None else None
        if named is None or anchor is None:
            continue
        span, how = named
        if measure == KIDNAPPED and (how not in CAPTIVE_NAMING or not _taken_by_force(anchor)):
            continue
        if how not in CAPTIVE_NAMING and charged(anchor):
            continue  # "the driver was charged": one told before, as a captive is
        if listed and measure == ARRESTED and how not in LISTED_ARRESTS:
            continue  # "arrested the driver and his helper": ones told before, maybe
        if listed:  # "abducted an engineer and his driver", "arrested a man and his son"
            found = captive_list(sent, tok, anchor, measure)
            if found is None:
                continue
            return found
        prefix = ARREST_RULE if measure == ARRESTED else CAPTIVE_RULE
        rule = f"{prefix}{how}:{anchor.lemma_.lower()}"
        reading = Reading(measure=measure, noun=tok, anchor=anchor, rule=rule)
        return victim_figure(sent, span, PAIR if a_pair(tok) else 1.0, reading)
    return None


def _headline_arrest(sent: Span) -> Found | None:
    """ "Man arrested after fatal shooting", "Suspect detained in stabbing", "Second teen
    arrested in shooting", "Teen held in stabbing", "Gunman surrenders after standoff": a
    headline (a first sentence with no closing mark) opened by a bare person noun, after an
    ordinal or "another" maybe (one more, as "a second man was arrested" is in a body), and an
    arrest participle tells one person arrested; the parse of such a line is no guide (the
    noun is often taken for a name), so the words' order is read. The person is filed under
    no name (``noun`` None): the body's first telling is a claim of its own."""
    if not headline_sentence(sent) or len(sent) < 2:
        return None
    doc = sent.doc
    # the headline's first word, or the first of a clause it joins by a comma or semicolon
    # ("Man Shot Dead Outside Bar; Suspect Arrested")
    for first in sent[:-1]:
        if first.i > sent.start and doc[first.i - 1].text not in CLAUSE_OPENERS:
            continue
        # "Another suspect detained"; "Memphis man charged": a town before the person
        noun = doc[first.i + 1] if first.lower_ in HEADLINE_MORE or _town_before(first) else first
        # "Another suspect detained"; "Girl shot dead, stepfather arrested": a sentence-case
        # headline opens its later clause in lower case
        opening = first.is_title or (first.i > sent.start and first.is_lower)
        if noun.i + 1 >= sent.end or not opening:
            continue
        verb, person = doc[noun.i + 1], first
        if not _headline_taking(noun, verb) or negated(verb):
            taken = _taken_by_takers(first)
            if taken is None:
                continue
            verb, person, noun = taken
        if in_custody_after(noun):
            verb = doc[noun.i + 2]  # "Suspect in custody": the state's noun
        rule = f"{ARREST_RULE}headline:{verb.lemma_.lower()}"
        reading = Reading(measure=ARRESTED, noun=None, anchor=verb, rule=rule)
        return victim_figure(sent, doc[person.i : noun.i + 1], 1.0, reading)
    return None


def _taken_by_takers(first: Token) -> tuple[Token, Token, Token] | None:
    """ "Police arrest suspect in bar shooting", "Deputies charge second man in robbery": a
    headline's takers, an arrest verb in the present and a bare person noun (after an
    ordinal or "another" maybe): the verb, the first word of the person and the noun."""
    doc = first.doc
    end = first.sent.end
    if first.i + 2 >= end or not _taker(first):
        return None
    verb = doc[first.i + 1]
    lemma = verb.lemma_.lower()
    if verb.tag_ not in PRESENT_TAGS or not (
        lexicon().verbs.get(lemma) == ARRESTED or lemma in charge_verbs()
    ):
        return None
    start = doc[first.i + 2]
    noun = doc[start.i + 1] if start.lower_ in HEADLINE_MORE and start.i + 1 < end else start
    lex = lexicon()
    if noun.lower_ not in lex.victim_nouns | lex.suspect_nouns or noun.tag_ not in ("NN", "NNP"):
        return None
    return verb, start, noun


def _taker(word: Token) -> bool:
    """A headline's first word that names the law's takers ("Police", "Cops", "Deputies")."""
    takers = _words().takers
    return word.is_title and (word.lemma_.lower() in takers or word.lower_.rstrip("s") in takers)


def _town_before(word: Token) -> bool:
    """A headline's town before its bare person noun ("Memphis man charged in ...")."""
    if word.i + 1 >= len(word.doc) or word.pos_ != "PROPN":
        return False
    person = word.doc[word.i + 1]
    return person.lower_ in lexicon().victim_nouns and word.ent_type_ in ("GPE", "NORP", "")


def _headline_taking(noun: Token, verb: Token) -> bool:
    """Whether a headline's person noun and the word after it tell the person arrested: an
    arrest or charge participle ("Man Arrested", "Teen Charged"), "held" for a deed ("Teen
    Held In Stabbing", not "Man Held Hostage" nor "Funeral Held"), or a suspect's surrender
    ("Gunman Surrenders")."""
    lex = lexicon()
    word = noun.lower_
    if word not in lex.victim_nouns | lex.suspect_nouns:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _words().surrender_verbs:
        return word in lex.suspect_nouns
    if in_custody_after(noun):
        return True  # "Suspect In Custody After Standoff": no verb, the state told
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if lemma in charge_verbs():
        return True  # "Teen Charged In Shooting Death Of Man" (``charges``)
    if lemma == "hold":  # "held in captivity" is a captive's
        after = verb.doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]
        captivity = load_rules("measures")["captivity"]["captivity_nouns"]
        return len(after) == 2 and after[0].lower_ in _words().held_for and (
            after[1].lower_ not in captivity
        )
    return lex.verbs.get(lemma) == ARRESTED


def _persons(sent: Span) -> list[tuple[Token, Token]]:
    """The subjects and objects after the dateline, each with the token that holds its role:
    itself, or the dateline's town the parser took for the subject ("ELMWOOD, Ohio -- Jon
    Roe, 22, was arrested": Roe hangs on ELMWOOD as an apposition)."""
    opening, doc = dateline_end(sent), sent.doc
    found: list[tuple[Token, Token]] = []
    # a Token is built only for a word in one of the roles asked below: most words hold none
    for i in positions(doc, DEP, _ASKED_DEPS):
        if not opening <= i < sent.end:
            continue
        tok = doc[i]
        head = tok.head
        if tok.dep_ in PERSON_DEPS:
            found.append((tok, tok))
        elif tok.dep_ == "appos" and head.i < opening and head.dep_ in SUBJECTS:
            found.append((tok, head))
        elif _held_of(tok):  # "announced the arrest of a 25-year-old man"
            found.append((tok, tok))
    return found


# the relations ``_persons`` reads a person in: a subject or object, an apposition, an object
# of "of" (``_held_of``)
_ASKED_DEPS = PERSON_DEPS | {"appos", "pobj"}


def _held_of(tok: Token) -> bool:
    """The person held of an arrest noun: "the arrest of a 25-year-old man"."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and lexicon().nominalisations.get(prep.head.lemma_.lower()) == ARRESTED
    )


def _taken_by_force(verb: Token) -> bool:
    """Whether a verb that may only carry someone off ("was taken away", "seized") is done by
    abductors: "taken away by gunmen", not "taken away by ambulance" or "by the police"; a
    verb of kidnapping proper needs no one named."""
    if lexicon().verbs.get(verb.lemma_.lower()) == KIDNAPPED and not any(
        c.dep_ == "prt" for c in verb.children
    ):
        return True
    doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in lexicon().abductor_nouns for d in doers)


def _arrest_of(person: Token, measure: Measure, roles: _Roles) -> Token | None:
    """The predicate that tells ``person`` arrested (or kidnapped), reported as done
    (``roles``: the predicates read before, for the other measure)."""
    if person.dep_ in SUBJECTS and measure == ARRESTED:
        given = gave_up(person.head)
        if given is not None:
            return given
    if person.i not in roles:
        roles[person.i] = participant(person)
    reading = roles[person.i]
    if reading is None or reading.measure != measure or reading.anchor is None:
        if measure != ARRESTED:
            return None
        # "arrested the gunman, who had killed three": the relative clause is his deed;
        # "shot two colleagues and was later arrested": the arrest shares his subject
        anchor = _taking_verb(person) or _shared_arrest(person)
        if anchor is None:
            return None
    else:
        anchor = reading.anchor
    if not factual(anchor) or unreal(anchor) or defining(anchor) or _not_news(anchor):
        return None  # "the suspect could be arrested soon", "police hope to arrest a man"
    if wished(anchor):
        return None  # "a reward for the arrest of a man", "demanded the arrest of a guard"
    by_law = _by_the_law(anchor) or charged(anchor)  # "prosecutors charged a woman"
    if person.dep_ == "dobj" and measure == ARRESTED and not by_law:
        return None  # "she picked up the boy": no arrest but by the law
    return anchor


def _taking_verb(person: Token) -> Token | None:
    """The arrest verb whose object the person is ("police arrested *the gunman*, who ...")."""
    verb = person.head
    if person.dep_ != "dobj" or lexicon().verbs.get(verb.lemma_.lower()) != ARRESTED:
        return None
    return verb


def _shared_arrest(person: Token) -> Token | None:
    """ "The gunman shot two colleagues and was later arrested": a passive arrest verb
    conjoined after the person's verb, with no subject of its own, tells them arrested."""
    if person.dep_ not in SUBJECTS:
        return None
    for verb in person.head.conjuncts:
        if (
            verb.i > person.head.i
            and lexicon().verbs.get(verb.lemma_.lower()) == ARRESTED
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ in SUBJECTS for c in verb.children)
        ):
            return verb
    return None


def _not_news(verb: Token) -> bool:
    """An arrest of the person's record ("has previously been arrested on weapons charges"),
    one asked about ("would not confirm if the gunman was in custody"), custody that keeps
    one safe ("protective custody"), or an arrest set in an incident before the report's
    (``recalls.recalls_earlier``)."""
    words = _words()
    # "who has been imprisoned since August": a custody the person is in, not this arrest
    held_since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    return held_since or (recalls_earlier(verb) and not old_deed_recalled(verb)) or any(
        (c.dep_ == "advmod" and c.lower_ in words.record_adverbs)
        or (c.dep_ == "mark" and c.lower_ in words.question_marks)
        for c in verb.children
    ) or any(  # "taken into protective custody": kept safe, not arrested
        t.lower_ in words.safekeeping and t.head.lemma_.lower() == "custody"
        for t in verb.subtree
    )


def _by_the_law(verb: Token) -> bool:
    """Whether the one who did it is the law, or untold: "police / deputies / the FBI
    arrested", "they detained"; not "she picked up her son", "Jon Roe captured a bear"."""
    while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "deputies stopped and arrested ...": the first verb's subject
    opening = dateline_end(verb.sent)  # "MARLOW, Ohio -- Police arrested": not the town
    doer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= opening), None)
    if doer is None or doer.lower_ in ("they", "we"):
        return True
    takers = _words().takers | lexicon().agent_nouns
    # "the SWAT team", "a police squad": a unit named by the law or by its initials
    unit = doer.lemma_.lower() in _words().law_units and any(
        c.dep_ == "compound" and (c.lemma_.lower() in takers or c.is_upper) for c in doer.children
    )
    return doer.lemma_.lower() in takers or doer.ent_type_ == "ORG" or unit


def _named(tok: Token) -> tuple[Span, str] | None:
    """The words that name one person and how: a name or an article ("*Jon Roe*", "*a*
    19-year-old man", "*another* man"), a relation ("*the boy's father*", "*his* son"), a
    definite noun or a pronoun ("*the* suspect", "*he*"), which refer back more often."""
    doc = tok.doc
    if tok.lower_ in PERSONAL_PRONOUNS or (tok.dep_ == "dobj" and tok.lower_ in OBJECT_PRONOUNS):
        return doc[tok.i : tok.i + 1], "definite"
    if any(c.dep_ in ("nummod", "quantmod") for c in tok.children):
        return None  # "one man": read as a numeral
    named = one_victim(tok)
    if named is not None:
        return named
    if a_pair(tok):
        return doc[tok.left_edge.i : tok.i + 1], "indefinite"  # "an elderly couple"
    if tok.tag_ != "NN" or not (
        person_noun(tok) or tok.lemma_.lower() in lexicon().suspect_nouns
    ):
        return None
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return doc[poss.left_edge.i : tok.i + 1], "relation"
    if det is not None and det.lower_ in ("a", "an"):
        return doc[det.i : tok.i + 1], "indefinite"
    if det is not None and det.lower_ in DEFINITE_DETS:
        return doc[det.i : tok.i + 1], "definite"
    return None


def lone_arrest(reading: Reading) -> bool:
    """Whether the figure is one person arrested told without a numeral."""
    return reading.rule.startswith(ARREST_RULE)


def hands_on(found: Sequence[Found]) -> bool:
    """Whether a sentence's figures hand the sentences after them their time and place: one
    person arrested does not, as a sentence with no figure does not (an arrest's day is no day
    of the harm, ``sentence_carry.carry``); nor is its own day handed on (``claims``)."""
    return any(not lone_arrest(f[3]) for f in found)


def told_before(reading: Reading, arrests_before: bool) -> bool:
    """Whether a lone arrest is one the report's body told before (``arrests_before``: an
    arrest, by a numeral or not): "the man was booked into jail" after "police arrested a
    man" is him again; "another man", "a second suspect" or one "also arrested" is someone
    more."""
    if not lone_arrest(reading) or not arrests_before:
        return False
    noun, anchor = reading.noun, reading.anchor
    words = {c.lower_ for c in noun.children} if noun is not None else set()
    if words & (OTHER_WORDS | ORDINAL_MEMBERS):
        return False
    return anchor is None or not any(c.lower_ == "also" for c in anchor.children)


def body_arrests(claims: Sequence[Claim]) -> bool:
    """Whether the claims count an arrest outside the headline (a first sentence with no
    closing mark): the headline's arrest is told again as the lead's first telling."""
    return any(
        c.measure == ARRESTED
        and not (c.sentence_start == 0 and not c.sentence.rstrip().endswith(SENTENCE_ENDS))
        for c in claims
    )
