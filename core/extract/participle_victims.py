"""One victim a participle after the person names by the harm done: "police identified *the
3-year-old killed in the blast* as ...", "*a cyclist hurt in the crash* remains in hospital",
"*the man shot Sunday* was identified". News writes a victim so as it names them for something
else (who they were, where they lie), the harm told as a reduced relative clause.

Counted as the other readers of one person without a numeral count (``victims``): "a" is a
new victim, "the" with an age ("the 3-year-old killed") one the lead names by age, and "the"
alone ("the man killed in the crash") a definite mention, dead only, that counts when no figure
before it may be that person (``victim_mentions.refers_back``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.date_edges import FINITE_VERB_TAGS
from core.extract.factuality import factual, fatal
from core.extract.headline_victims import ANOTHER_WORDS
from core.extract.later_deaths import nearly
from core.extract.list_members import POSSESSIVES, conjuncts, unfolded_list
from core.extract.measures import SHOOT, Reading, harm_verb, lexicon, people_noun
from core.extract.person_nouns import one_person_noun, person_noun
from core.extract.related_victims import RELATION
from core.extract.shooting import to_death
from core.extract.victim_mentions import ANOTHER, DEFINITE, INDEFINITE
from core.extract.victim_names import CASUALTY_MEASURES, Found, an_age, by_article, victim_figure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure


INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "and a customer hurt": one more person
# the words a gapped clause's person opens with: "another", "a", "his"
OPENERS = ANOTHER_WORDS | INDEFINITE_ARTICLES | POSSESSIVES
ONE_WORDS = frozenset({"one"})  # "One was killed and another hurt": a count of one, no noun
ELIDED_ADVERBS = 2  # "and another *seriously* hurt": the adverbs before a gapped harm word
# how the parser tags a harm word left alone ("injured" VBN, "hurt" NN, "wounded" JJ)
HARM_TAGS = frozenset({"VBN", "VBD", "NN", "JJ"})


def participle_victims(sent: Span) -> list[Found]:
    """The one person each harm participle after a person noun names ("the 3-year-old killed
    in the blast"): not a list, not a possessor, in a clause reported as done."""
    found: list[Found] = []
    for part in sent:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.head.i >= part.i:
            continue
        noun = part.head
        measure = _harm(part)
        # "... and another injured": the pronoun is its own word
        det: Token | None = noun if another_conjunct(noun) else next(
            (c for c in noun.children if c.dep_ == "det"), None
        )
        if measure is None or det is None or noun.dep_ == "poss" or len(conjuncts(noun)) > 1:
            continue
        how = _named(noun, det)
        if how is None or unfolded_list(noun) or (how == DEFINITE and measure != "killed"):
            continue  # "the officer hurt in the crash" is too often one of the hurt counted
        rule = f"singular_victim:{how}:{part.lemma_.lower()}"
        reading = Reading(measure=measure, noun=noun, anchor=part, rule=rule)
        figure = _told_one(sent, reading, det, noun)
        found.extend([figure] if figure is not None else [])
    return found


def _told_one(
    sent: Span, reading: Reading, det: Token, within: Token, *, noun: Token | None = None
) -> Found | None:
    """The one person ``reading`` tells, by the word ``det`` (its words run to ``noun`` when
    given), when the clause above ``within`` reports a fact (not "could be killed", "if a
    guard is hurt")."""
    verb = next((a for a in within.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and not factual(verb):
        return None
    return victim_figure(sent, sent.doc[det.i : det.i + 1], 1.0, reading, noun=noun)


def elided_another(sent: Span) -> list[Found]:
    """ "One man was killed and *another hurt*", "left a woman dead and *another seriously
    injured*", "left a guard dead and *a customer hurt*": the verb gapped after "and",
    "another" or an indefinite person and a harm word alone name one more person. The parser
    hangs the pair anywhere (a noun conjunct, a participle, a bare dependent, the harm word a
    noun), so the words' order finds it: "and", "another" or "a" with its person noun, adverbs,
    the harm word, and no noun after it ("another injured man" is a noun's reader's)."""
    found: list[Found] = []
    for det in sent[1:]:
        # the word first: few are an opener, and reading the word before builds a token
        if det.lower_ not in OPENERS or det.nbor(-1).lower_ != "and":
            continue
        named = _elided_person(det, sent)
        if named is None or not _harmed_before(det, sent):
            continue
        part = _elided_harm(named[0], sent)
        measure = None if part is None else _harm(part, named[0])
        if part is None or measure is None or (part.lemma_ == SHOOT and measure != "killed"):
            continue  # "and another shot": hit, which in a report of the dead is no harm told
        if nearly(part):
            continue  # "and a boy was nearly killed": a death that did not happen
        reading = Reading(measure=measure, noun=named[0], anchor=part, rule=named[1] + part.lower_)
        noun = None if named[0].i == det.i else named[0]
        figure = _told_one(sent, reading, det, part, noun=noun)
        found.extend([figure] if figure is not None else [])
    return found


def _elided_person(det: Token, sent: Span) -> tuple[Token, str] | None:
    """The person a gapped clause opens with and how it is named: "another" itself, the
    person noun of "a"/"an" right after it, past one adjective ("a young customer"), or a
    relation after a possessive ("and her son seriously injured")."""
    if det.lower_ in ANOTHER_WORDS:
        return det, ANOTHER
    if det.lower_ in POSSESSIVES:
        noun = sent.doc[det.i + 1] if det.i + 1 < sent.end else None
        related = noun is not None and one_person_noun(noun)
        return (noun, f"singular_victim:{RELATION}:") if noun is not None and related else None
    if det.lower_ not in INDEFINITE_ARTICLES:
        return None
    for noun in sent.doc[det.i + 1 : min(det.i + 3, sent.end)]:
        if person_noun(noun):
            return noun, INDEFINITE
        if noun.tag_ != "JJ":
            return None
    return None


def _harmed_before(det: Token, sent: Span) -> bool:
    """The clause before "and another" tells people harmed: a person noun or a count of
    people, and a harm word ("One miner was killed", "left two guards dead"); not "One bank
    was fined", "killed one horse", "one officer was praised"."""
    before = sent.doc[sent.start : det.i - 1]
    lex = lexicon()
    person = any(
        person_noun(t) or (t.tag_ == "NNS" and people_noun(t))
        or (t.lower_ in ONE_WORDS and t.dep_ != "nummod")
        for t in before
    )
    harmed = any(harm_verb(t) or lex.nouns.get(t.lower_) in CASUALTY_MEASURES for t in before)
    return person and harmed


def _elided_harm(det: Token, sent: Span) -> Token | None:
    """The harm word right after "another" or its person noun (past a few adverbs), when no
    noun follows it."""
    at = det.i + 1
    if at < sent.end and sent.doc[at].lemma_ == "be" and sent.doc[at].dep_ == "auxpass":
        at += 1  # "and another was hurt" the parser hung on the clause before
    while at < sent.end and at - det.i <= ELIDED_ADVERBS + 1 and sent.doc[at].tag_ == "RB":
        at += 1
    if at >= sent.end or sent.doc[at].tag_ not in HARM_TAGS:
        return None
    part = sent.doc[at]
    after = sent.doc[at + 1] if at + 1 < sent.end else None
    return None if (after is not None and after.pos_ in ("NOUN", "PROPN")) or _subject_of_later(
        part, sent
    ) else part


def _subject_of_later(part: Token, sent: Span) -> bool:
    """ "and a civilian wounded in the blast later died": the person and participle are the
    subject of the finite verb right after the participle's phrase, no gapped clause."""
    at = part.right_edge.i + 1
    while at < sent.end and sent.doc[at].tag_ == "RB":
        at += 1
    return at < sent.end and sent.doc[at].tag_ in FINITE_VERB_TAGS


def another_conjunct(noun: Token) -> bool:
    """ "left one man dead and *another* injured": "another" joined to the people before it,
    one more person whom the participle after it tells harmed."""
    return noun.lower_ in ANOTHER_WORDS and noun.dep_ == "conj" and noun.pos_ in ("DET", "PRON")


def _named(noun: Token, det: Token) -> str | None:
    """How the noun names one person: "a cyclist" (indefinite), "the 3-year-old" (by age),
    "the man" (definite); None for no person ("the car hit in the crash")."""
    if noun is det:
        return "another"  # "... and another injured"
    aged = an_age(noun)
    person = person_noun(noun)
    named = by_article(noun, det, person=person, aged=aged, relation=False)
    if named is not None:
        return named[1]
    listed = noun.tag_ == "NN" and noun.lemma_.lower() in lexicon().victim_nouns
    return DEFINITE if det.lower_ == "the" and listed else None


def _harm(part: Token, person: Token | None = None) -> Measure | None:
    """The casualty a participle says befell the noun before it, reported as done ("killed",
    "fatally shot"; "shot" alone hurt): no participle with its own subject or object, but the
    ``person`` it tells of, which the parser may make its subject ("and a customer wounded")."""
    lex = lexicon()
    lemma = part.lemma_.lower()
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (person is None or c.i != person.i)
        for c in part.children
    ):
        return None
    measure = lex.verbs.get(lemma) if lemma not in lex.intransitive else None
    if lemma == "shoot":
        # "fatally shot", "shot dead", "shot to death"; "shot" alone hurt
        dead = fatal(part) or any(
            c.lower_ == "dead"
            or (c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
            for c in part.children
        )
        measure = "killed" if dead else "injured"
    elif measure == "injured" and (fatal(part) or to_death(part)):
        measure = "killed"  # "fatally wounded", "stabbed to death"
    if measure not in CASUALTY_MEASURES or not factual(part):
        return None
    return measure
