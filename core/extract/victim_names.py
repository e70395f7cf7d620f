"""How a victim named without a numeral is named: one person ("*a* 7-year-old boy", "*Jane
Roe*, 15", "*his* wife") and the figure that stands for them (a list's members:
``list_members``). Shared by the readers of victims as subjects and objects (``victims``) and
as harmed nouns (``victim_nouns``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypeAlias

from core.extract import measures
from core.extract.datelines import dateline_end
from core.extract.factuality import factual
from core.extract.list_members import owner
from core.extract.listed_names import a_persons_name, given_name
from core.extract.measures import Reading, lexicon
from core.extract.misread_names import misread_name
from core.extract.nlp import compound_start
from core.extract.person_nouns import one_of_a_people, person_noun
from core.extract.related_victims import kin_member
from core.extract.speakers import title_cased
from core.rules import load_rules, word_set
from core.text.numbers import Amount

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from core.model import Measure



# the casualty measures live with the lexicon; read from here by the readers of victims
CASUALTY_MEASURES = measures.CASUALTY_MEASURES
INDEFINITE = frozenset({"a", "an", "another"})  # "another man was shot"
# the ordinals that stand for one more person after others ("a second", "a third")
MORE_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"})
AGE_UNITS = frozenset({"year", "years", "month", "months"})


# the victims a roll names ("the other victims were Ana Ruiz, ...", ``victim_rolls``)
ROLL_RULE = "singular_victim:roll:"
# one victim named in apposition ("the victim, Nora Fisk,"): told by no harm, so any earlier
# mention of the name, in either measure, is that person (``victim_rolls``)
APPOSITIVE_ROLL = f"{ROLL_RULE}appositive"

DEFINITE_AGED = "definite_aged"  # "the 7-year-old": a person by age the news spoke of
SURNAME = "surname"  # how a victim is named by a lone proper noun the recogniser missed
# the end of the rule of a person found in a harm a participle tells ("police found a man shot
# in the chest"): after a casualty figure, one of those counted (``refers_back``)
FOUND_PARTICIPLE = ":found_harmed"

Found: TypeAlias = "tuple[Amount, Token, Span, Reading]"


# words from an article to the person noun it determines ("a 52-year-old former employee"),
# the hyphens of an age not counted
MAX_ARTICLE_REACH = 6


def victim_figure(
    sent: Span, span: Span, value: float, reading: Reading, *, noun: Token | None = None
) -> Found:
    """The figure of victims named without a numeral. An article that stands for one person
    is read as the figure's token, but the claim's words run on to the noun it determines
    ("*a bystander* was hurt", "*another soldier* was killed"): what a checker reads; to
    ``noun`` when the caller found it by the words' order, not the tree."""
    num = span.root
    span = through_noun(span) if noun is None else span.doc[span.start : noun.i + 1]
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    amount = Amount(start=start, end=end, text=span.text, value=value, qualifier="exact",
                    low=value, high=value, number_start=start, number_end=end)
    return amount, num, span, reading


def through_noun(span: Span) -> Span:
    """A lone article's span run on to its noun ("a" → "a bystander"), or to the comma before
    it when the parser hung the article on an apposition's noun ("a passer-by, a farmer":
    "a passer-by")."""
    det = span[0]
    noun = det.head
    if noun.dep_ == "amod" and noun.head.i > noun.i:
        noun = noun.head  # "a third co-worker": the article the parser hung on the adjective
    if noun.dep_ == "poss" and noun.head.i > noun.i and noun.head.lemma_.lower() in (
        lexicon().victim_nouns
    ):
        noun = noun.head  # "a sheriff's deputy": the article the parser hung on the owner
    if len(span) != 1 or det.dep_ != "det" or noun.i <= det.i:
        return span
    comma = next((t.i for t in span.doc[det.i + 1 : noun.i] if t.text == ","), None)
    end = comma - 1 if comma is not None else noun.i
    words = sum(t.tag_ != "HYPH" for t in span.doc[det.i + 1 : end + 1])
    if not 0 < words <= MAX_ARTICLE_REACH:
        return span
    return span.doc[det.i : end + 1]


def phrasal_measure(verb: Token) -> Measure | None:
    """The measure of a phrasal verb with its particle ("was gunned down", "mowed down")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lexicon().phrasal.get((verb.lemma_.lower(), particle)) if particle else None


def intransitive_phrasal(verb: Token) -> Measure | None:
    """The measure of an intransitive phrasal verb with its particle ("passed away": the
    subject died), else None."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    for c in verb.children:
        key = f"{lemma} {c.lower_}"
        # the parse may call the particle an adverb ("passed away" with "away" an advmod)
        if c.dep_ in ("prt", "advmod") and key in lex.intransitive:
            return lex.phrasal.get((lemma, c.lower_))
    return None


def one_victim(noun: Token, *, relation: bool = False) -> tuple[Span, str] | None:
    """The span that stands for one person, and how it was named: the indefinite article of a
    person noun ("*a* 7-year-old boy", "*an* officer"), a person's name ("*Jane Roe*, 15"),
    or either of those in apposition to a definite person noun ("the victim, *a* man, ...")."""
    lex = lexicon()
    doc = noun.doc
    # "one man", "2 boys": read as a numeral; "his baby mama" with "mama" hung on the verb:
    # the person is not "his baby"
    if any(c.dep_ in ("nummod", "quantmod") for c in noun.children) or _head_split_off(noun):
        return None
    if _another(noun):
        return doc[noun.i : noun.i + 1], "another"
    if _one_more(noun):
        return doc[noun.i - 1 : noun.i + 1], "another"
    # "A Briton", "a Kurd": a people's word the recogniser took for a name is read by its article
    name = None if one_of_a_people(noun) else _name(noun)
    if name is not None:
        # "Ava and Bo Ruiz": the lone first name shares the family name after it
        lone = len(name) == 1 and _surname(noun) and not given_name(noun)
        return name, (SURNAME if lone else "name")
    det = article_of(noun)
    person = noun.tag_ == "NN" and noun.lemma_.lower() in lex.victim_nouns
    # "the deceased, a farmer, ...": a word of the dead the tagger takes for an adjective
    person = person or noun.lower_ in word_set("measures", "referring_victim_nouns")
    # "a 17-year-old was shot": the age stands for the person
    aged = noun.lower_ == "old" and any(c.lower_ in ("year", "years") for c in noun.children)
    # "a deer hunter was killed": after an article, any noun of a person (``person_noun``)
    named = by_article(noun, det, person=person_noun(noun), aged=aged, relation=relation)
    if named is not None:
        return named
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "'They killed my son,' she said": the speaker's own kin, in a quote
    related = relation and poss is not None and (owner(poss) or kin_member(noun))
    # "the town's fire chief, Ann Hale": a title of a place or a body before a person's name
    placed = poss is not None and poss.pos_ != "PRON" and poss.ent_type_ != "PERSON"
    if (det is not None and det.lower_ == "the") or related or placed:
        for appos in _appositions(noun):
            inner = one_victim(appos)
            by_name = inner is not None and inner[1] == "name" and appos.ent_type_ == "PERSON"
            if inner is not None and (person or by_name):
                return inner[0], "apposition"
    if related and person and poss is not None:
        # "killed his wife": one person named by relation (the object reader only; as a
        # subject, "his wife" may be the one who speaks or survives)
        return doc[poss.i : noun.i + 1], "relation"
    return None


def _appositions(noun: Token) -> list[Token]:
    """The noun's appositions, and a name set off by a comma right after an object that the
    parse hung on the verb ("fatally shot the teenager, Jon Roe, on Saturday")."""
    found = [c for c in noun.children if c.dep_ == "appos"]
    doc = noun.doc
    after = noun.right_edge.i + 2
    if noun.dep_ in ("dobj", "pobj") and after < len(doc) and doc[after - 1].text == ",":
        name = doc[_past_age(doc, after)]  # "their son, 5-year-old Jo Roe"
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        # "the death of their son, Jo Roe": the name hung on the verb above the object
        if name.pos_ == "PROPN" and name.dep_ == "npadvmod" and name.head in noun.ancestors:
            found.append(name)
    return found


def _age_on_verb(verb: Token, opening: int) -> tuple[Token, tuple[Span, str]] | None:
    """ "a 5-year-old injured herself": the parse reads "a 5-year-old injured" as one noun
    phrase and hangs the article and the age on the verb, leaving it no subject; the age
    before the verb, after its indefinite article, is the person."""
    det = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i), None)
    age = next((c for c in verb.children if c.dep_ == "amod" and an_age(c)), None)
    if det is None or age is None or det.lower_ not in INDEFINITE or det.i < opening:
        return None
    if not det.i < age.i < verb.i:
        return None
    return age, (verb.doc[det.i : age.i + 1], "indefinite")


def _one_subject(verb: Token, opening: int) -> Token | None:
    """The verb's one subject after the dateline; of two, the one that names a person ("how
    *Jo Roe* got the gun", where the parse made "Reports released ... detail how" a second)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i >= opening]
    if len(subjects) > 1:  # a misparse: the person nearest the verb is its subject
        subjects = [s for s in subjects if one_victim(s) is not None][-1:]
    return subjects[0] if len(subjects) == 1 else None


_AGE_WORDS = frozenset({"-", "year", "years", "month", "months", "old"})


def _past_age(doc: Doc, i: int) -> int:
    """The first word after an age written before a name ("*5-year-old* Jo Roe")."""
    if not doc[i].like_num:
        return i
    j = i + 1
    while j < len(doc) - 1 and doc[j].lower_ in _AGE_WORDS:
        j += 1
    return j if doc[j - 1].lower_ == "old" else i


def _name(noun: Token) -> Span | None:
    """A person's name, or a proper noun with an age in apposition ("Ana Ruiz, 15,") that the
    recogniser missed, or a first and last name it missed or took for a product."""
    doc = noun.doc
    aged_name = noun.ent_type_ in ("", "PERSON") and any(
        c.dep_ == "appos" and c.like_num for c in noun.children
    )
    # "fatally shot Brack, 44, and his father": a surname the report gave in full before, with
    # an age set off by commas, is a person, whatever place or body the recogniser took it for
    aged_name = aged_name or (
        noun.is_alpha and noun.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")
        and any(c.dep_ == "appos" and _set_off_age(c) for c in noun.children)
        and (_told_in_full(noun) or _listed_with_a_person(noun))
    )
    # "DaNiya Cole"
    full_name = noun.ent_type_ in ("", "PRODUCT") and noun.is_title and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i == noun.i - 1
        for c in noun.children
    )
    # "Jon Rook and Nijia Ward were hurt": a name listed with persons, taken for a town
    if noun.pos_ == "PROPN" and (
        noun.ent_type_ == "PERSON" or aged_name or full_name or _surname(noun)
        or a_persons_name(noun)
    ) and not _titled_noun(noun):
        return doc[name_start(noun) : noun.i + 1]
    misread = misread_name(noun)  # "Dion Marsh died", the name read as a body's
    return misread[0] if misread is not None else None


OLDEST_AGE = 110  # "Brack, 44,": a bare number beyond this is no person's age


def _set_off_age(num: Token) -> bool:
    """A bare whole number a comma sets off after a name, as news writes an age ("Brack, 44,"),
    not a code or a year ("Apt. 4B", "Fairbanks, 99701")."""
    doc = num.doc
    before = doc[num.i - 1].text == "," if num.i > 0 else False
    after = num.i + 1 >= len(doc) or doc[num.i + 1].text in (",", ".", ";", ")")
    return num.is_digit and 0 < int(num.text) <= OLDEST_AGE and before and after


def _told_in_full(surname: Token) -> bool:
    """An earlier full name of the report ends in the word ("Sela Brack ... Brack, 44,")."""
    return any(
        tok.text == surname.text and tok.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
                for c in tok.children)
        for tok in surname.doc[: surname.i]
    )


def _listed_with_a_person(name: Token) -> bool:
    """ "Brack, 44, and his father": listed with a person noun, as no place is."""
    victims = lexicon().victim_nouns
    return any(
        c.dep_ == "conj" and c.tag_ == "NN" and c.lemma_.lower() in victims for c in name.children
    )


def name_start(noun: Token) -> int:
    """The first word of a person's name ending at ``noun``, over the hyphens that join its
    parts ("Jon Smith-Roe", "Anna-Maria Kessler"): the parser hangs only the part after the
    hyphen on the name, and the span of "Roe" alone names no one a checker can find."""
    doc = noun.doc
    start = compound_start(noun)
    while start >= 2 and _joined(doc[start - 2], doc[start - 1]):
        start = compound_start(doc[start - 2])
    return start


def _joined(part: Token, hyphen: Token) -> bool:
    """ "Smith" and "-" of "Smith-Roe": a capitalised name part written close to a hyphen."""
    return (
        hyphen.text == "-" and not hyphen.whitespace_ and not part.whitespace_
        and part.pos_ == "PROPN" and part.is_title
    )


def _titled_noun(noun: Token) -> bool:
    """ "Death of Dayton *Student*": a person noun a title-cased headline capitalised, which the
    tagger took for a name."""
    return noun.lower_ in lexicon().victim_nouns and title_cased(noun.sent)


def _surname(noun: Token) -> bool:
    """ "*Roe* died Sunday": one capitalised proper noun the recogniser did not take for a
    person; a victim only when an earlier full name ends in it (``victim_mentions``)."""
    return (
        noun.pos_ == "PROPN"
        and noun.is_title
        and noun.is_alpha
        and noun.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL")
        and not any(c.dep_ == "appos" and c.like_num for c in noun.children)
        and not any(c.dep_ in ("compound", "det", "poss") for c in noun.children)
        and not (noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound")
    )


def _another(noun: Token) -> bool:
    """ "Three were killed and *another* injured", "killed two and wounded *another*": the
    pronoun stands for one more person ("one another" is no one; "the death of another" in a
    law's wording is anyone)."""
    doc = noun.doc
    return (
        noun.lower_ == "another"
        and noun.pos_ == "PRON"
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not (noun.i > 0 and doc[noun.i - 1].lower_ == "one")
    )


def _one_more(noun: Token) -> bool:
    """ "killed two guards and wounded *a third*", "*a fourth* was treated for burns": an
    ordinal after "a", standing alone for a noun, is one more person, as "another" is (not a
    share: "a third of the crew"; not "a first")."""
    doc = noun.doc
    return (
        noun.lower_ in MORE_ORDINALS
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
        and noun.i > 0
        and doc[noun.i - 1].lower_ == "a"
        and doc[noun.i - 1].head.i == noun.i
        and not any(c.dep_ in ("prep", "amod", "compound") for c in noun.children)
    )


def article_of(noun: Token) -> Token | None:
    """The noun's article, or the one the parser hung on the first adjective before it ("a
    third co-worker": "a" on "third" when the prefix split the noun)."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is not None:
        return det
    owned = _owners_article(noun)
    if owned is not None:
        return owned
    first = next((c for c in noun.children if c.i < noun.i and c.dep_ == "amod"), None)
    if first is None:
        return None
    return next((c for c in first.children if c.dep_ == "det" and c.i < first.i), None)


def _owners_article(noun: Token) -> Token | None:
    """ "*a* sheriff's deputy", "*an* Army officer's driver": the parser hangs the article on
    the owner, but an indefinite owner makes one person of the noun it owns; "the sheriff's
    deputy" stays as the parser reads it."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None or owner.pos_ == "PRON" or not any(c.tag_ == "POS" for c in owner.children):
        return None
    det = next((c for c in owner.children if c.dep_ == "det"), None)
    return det if det is not None and det.lower_ in ("a", "an") else None


def one_more(noun: Token) -> bool:
    """A person told as one more than those before: "another worker", "a third employee",
    "a third" alone. No numeral of the sentence counts them: they come after it."""
    if _another(noun) or ranked_more(noun):
        return True
    det = article_of(noun)
    return det is not None and det.lower_ == "another"


def ranked_more(noun: Token) -> bool:
    """One more person told by rank after a count: "a third", "a third co-worker"."""
    if _one_more(noun):
        return True
    det = article_of(noun)
    return det is not None and det.lower_ in ("a", "an") and any(
        c.dep_ == "amod" and c.lower_ in MORE_ORDINALS for c in noun.children
    )


def by_article(
    noun: Token, det: Token | None, *, person: bool, aged: bool, relation: bool
) -> tuple[Span, str] | None:
    """ "*a* 7-year-old boy", "*an* officer"; "*the* 6-year-old boy who was hurt Sunday has
    died": a lead names by age a victim the news already spoke of ("the boy" alone refers
    back and is not counted again)."""
    if det is None:
        return None
    if det.lower_ in INDEFINITE and (person or aged):
        return noun.doc[det.i : det.i + 1], "indefinite"
    if det.lower_ == "the" and not relation and ((person and aged_person(noun)) or aged):
        # "the 7-year-old who was shot Sunday has died", with or without "girl"
        return noun.doc[det.i : det.i + 1], DEFINITE_AGED
    return None


def aged_person(noun: Token) -> bool:
    """ "the 4-year-old girl": a person noun with an age before it."""
    return any(
        c.dep_ in ("amod", "compound")
        and c.i < noun.i
        and an_age(c)
        for c in noun.children
    )


def an_age(tok: Token) -> bool:
    """ "4-year-old": "old" with its unit, an age that may stand for the person."""
    return tok.lower_ == "old" and any(c.lower_ in AGE_UNITS for c in tok.children)


# "injured himself with a rifle", "wounded herself": harm done to oneself with a weapon
SELF_HARM_VERBS = frozenset({"shoot", "injure", "wound"})


@functools.cache
def _firearms() -> frozenset[str]:
    words: list[str] = load_rules("measures")["firearm_nouns"]
    return frozenset(words)


def _with_a_gun(verb: Token) -> bool:
    """ "injured himself *with a rifle*": the harm done with a firearm."""
    return any(
        prep.lower_ == "with" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _firearms() for o in prep.children
        )
        for prep in verb.children
    )


def shot_self(
    sent: Span, verb: Token, anchored: set[tuple[int, Measure | None]]
) -> Found | None:
    """ "a 3-year-old girl shot herself by mistake", "wounded herself": one hurt, as "a girl
    was shot" is, when the subject names her singly and no other figure of the sentence counts
    anyone (a pronoun, "she shot herself", speaks of someone the text has counted or will
    count)."""
    lemma = verb.lemma_.lower()
    if lemma not in SELF_HARM_VERBS or not factual(verb) or (verb.i, "injured") in anchored:
        return None
    if lemma == "injure" and not _with_a_gun(verb):
        return None  # "injured himself in training": no weapon, no shooting
    named = self_named(sent, verb)
    if named is None or named[1][1] == DEFINITE_AGED:
        return None  # "the 4-year-old shot herself": one the report has told of
    subj, one = named
    rule = f"self_shot:{one[1]}:{lemma}"
    reading = Reading(measure="injured", noun=subj, anchor=verb, rule=rule)
    return victim_figure(sent, one[0], 1.0, reading)


# Victims told as the subject of their own harm: someone other than the one who shot himself
_SUBJECT_RULES = ("singular_victim:", "self_shot:", "self_inflicted:")


def shot_apart(
    sent: Span, verb: Token, found: list[Found], anchored: set[tuple[int, Measure | None]]
) -> Found | None:
    """One who shot themself beside others the sentence tells harmed in clauses of their own
    ("a girl wounded herself in the foot, and a 9-year-old was shot by a neighbor"): one hurt
    more, unless the others are the shooter's own victims ("shot himself after killing his
    wife") or the shooter is one of them ("a boy shot himself and died")."""
    if not all(f[3].rule.startswith(_SUBJECT_RULES) for f in found):
        return None
    named = self_named(sent, verb)
    if named is None or any(f[3].noun is not None and f[3].noun.i == named[0].i for f in found):
        return None
    if any(f[3].anchor is not None and f[3].anchor.i == verb.i for f in found):
        return None
    return shot_self(sent, verb, anchored)


def self_named(sent: Span, verb: Token) -> tuple[Token, tuple[Span, str]] | None:
    """The one person who harmed themself, named by the subject ("*a boy* shot himself", "*a
    boy* who shot himself", "*Jo Roe*, 3, found the gun and shot himself"), and how; None for
    a pronoun or a definite subject, which may be someone counted already."""
    # "ELM PARK, Ohio - A woman wounded herself": the dateline's town is no second subject
    opening = dateline_end(sent)
    holder = verb
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        holder = verb.head  # "found the gun and shot himself"
    subj = _one_subject(holder, opening)
    if subj is None:
        aged = _age_on_verb(holder, opening)
        if aged is not None:
            return aged
    if subj is not None and subj.lower_ in ("he", "she") and holder.dep_ == "advcl":
        # "a boy was visiting his grandparents when he shot himself": the clause's person
        pronoun, subj = subj.lower_, _one_subject(holder.head, opening)
        if subj is not None and subj.lemma_.lower() in word_set("measures", f"{pronoun}_not"):
            return None  # "a girl was playing when he shot himself": someone else
    if subj is None:
        return None
    if subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "a boy who shot himself"
    one = one_victim(subj)
    if one is None or one[1] == SURNAME:
        return None
    return subj, one


def identified_by_complement(noun: Token) -> bool:
    """ "*the owner of the shop*", "*the son of a firefighter*": a definite person noun that an
    "of" complement makes known, as news introduces someone it has not counted ("the" needs
    no earlier mention); not a group it is one of ("the driver of the men" may be counted)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != noun.i + 1:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and not (
            obj.tag_ == "NNS" and obj.lemma_.lower() in lexicon().victim_nouns
        ):
            return True
    return False


def _head_split_off(noun: Token) -> bool:
    """The parser cut the phrase's last noun off onto the verb ("blasted his baby *mama* to
    death": "mama" a bare noun modifier of the verb): the noun is no head of a person."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    after = doc[noun.i + 1]
    return (
        after.dep_ == "npadvmod"
        and after.pos_ == "NOUN"
        and not after.ent_type_
        and after.head.i == noun.head.i
    )

