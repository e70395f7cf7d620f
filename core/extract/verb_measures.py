"""The measure a verb tells of the people it counts: a measure verb of the lexicon or a phrasal
one ("gunned down", "picked up"), a taking that makes captives or arrests, an admission; and
whether a figure counts people at all ("four people", "two others")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admissions import admitted
from core.extract.captives import captors_measure, taken_captive
from core.extract.charges import charged
from core.extract.measures import PEOPLE, lexicon
from core.extract.person_nouns import many_of_a_people
from core.extract.shooting import downed_things
from core.extract.surrenders import gave_up
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


def verb_measure(verb: Token) -> Measure | None:
    """The measure of a verb or of a phrasal one ("gunned down", "picked up")."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma) or next(
        (
            lex.phrasal[(lemma, c.lower_)]
            for c in verb.children
            # "took away 12 villagers": the parse may call the particle an adverb
            if c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in lex.phrasal
        ),
        None,
    ) or taken_captive(verb) or admitted(verb) or (
        "arrested" if gave_up(verb) is not None else None  # "surrendered to police"
    ) or ("arrested" if charged(verb) else None)  # "two men were charged with murder"
    if measure == "arrested" and lemma not in lex.verbs and _rescued(verb):
        return None  # "ambulances are picking up two more": collected, not arrested
    return captors_measure(verb, measure)


def _rescued(verb: Token) -> bool:
    """A phrasal taking ("picked up") by one who collects the hurt or the shipwrecked, its
    subject or its passive's agent ("ambulances are picking up two more", "six were picked
    up by a navy ship"), or of people a sea or a disaster left ("four survivors were picked
    up"): a rescue, not an arrest. Not when the law took them: see ``_held_by_law``."""
    lex = lexicon()
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
    ]
    taken = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if _held_by_law(verb, doers, taken):
        return False
    return any(d.lemma_.lower() in lex.care_agents for d in doers) or any(
        t.lemma_.lower() in word_set("measures", "rescued_nouns") for t in taken
    )


def _held_by_law(verb: Token, doers: list[Token], taken: list[Token]) -> bool:
    """ "Police picked up three survivors for questioning", "a navy boat picked up 12
    pirates", "coast guards picked up four survivors and arrested them": the police (or a
    police, navy, coast guard or patrol craft) taking suspects, or taking anyone for a
    reason or to arrest or charge them after, hold them; "a navy ship picked up 20
    migrants" stays a rescue."""
    lex = lexicon()
    forces = word_set("measures", "captor_state_nouns") | word_set("measures", "holding_forces")
    marks = forces | word_set("measures", "law_craft_marks")
    crafts = [d for d in doers if d.lemma_.lower() in lex.care_agents]
    if any(d.lemma_.lower() in marks for d in doers if d not in crafts):
        return True  # "Police picked up 4 survivors": the police hold whom they take
    law_craft = any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in marks
        for d in crafts for c in d.children
    )
    return (law_craft and any(_wanted(t) for t in taken)) or any(
        c.dep_ == "conj" and (lex.verbs.get(c.lemma_.lower()) == "arrested" or charged(c))
        for c in verb.children
    )


def _wanted(taken: Token) -> bool:
    """People taken as suspects: a suspect noun ("12 pirates", "4 suspected poachers"), or
    told why ("6 men suspected of sand mining", "10 fishermen for poaching")."""
    return taken.lemma_.lower() in lexicon().suspect_nouns or any(
        (c.dep_ == "amod" and c.lemma_.lower() in ("suspected", "alleged"))
        or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("suspect", "accuse"))
        or _for_a_deed(c)
        for c in taken.children
    ) or any(_for_a_deed(c) for c in taken.head.children)


def _for_a_deed(prep: Token) -> bool:
    """ "for questioning", "for poaching": a "for" naming a doing, why they were taken (not
    "for the second time", "for hours")."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(
        o.dep_ in ("pobj", "pcomp") and (o.tag_ == "VBG" or o.lower_.endswith("ing"))
        and o.lower_ not in ("morning", "evening", "nothing", "something")
        for o in prep.children
    )


def counted_person(node: Token) -> bool:
    """The figure counts people ("four people", "two others", "two were shot"): "shot 12
    scenes", "shot two, or three times" or "four were shot down" (drones) counts no one."""
    if node.pos_ == "NUM":
        if _part_of_people(node) and not downed_things(node.head) and not _died_after(node):
            return True  # "shot two of the robbers", "shot one of them" (not of drones)
        # not "78 were shot down": the drones a bare count stands for there
        return node.dep_ == "nsubjpass" and not downed_things(node.head)
    word = node.lemma_.lower()
    lex = lexicon()
    # "shot dead two militants": the armed are people too; "shot dead three Palestinians"
    return (
        word in PEOPLE
        or node.lower_ in PEOPLE
        or word in lex.people_nouns | lex.suspect_nouns
        or many_of_a_people(node)
    )


# the pronouns of people a part is taken of ("one of them", "two of us"): no things
_PEOPLE_PRONOUNS = frozenset({"them", "us"})


def _part_of_people(num: Token) -> bool:
    """A number of a plural of people or of "them" ("two of the robbers", "one of them"):
    people, as "two robbers" are; "two of the cars" counts no one."""
    return any(
        o.dep_ == "pobj" and ((o.lower_ in _PEOPLE_PRONOUNS and not _of_things(o)) or (
            o.tag_ in ("NNS", "NNPS") and counted_person(o)
        ))
        for p in num.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _died_after(num: Token) -> bool:
    """ "shot one of the protesters, who later died": its own clause tells the death, read by
    the relative clause as "shot a protester, who later died" is (killed), not a bare shot."""
    lex = lexicon()
    # the parser hangs the clause on the number or on the plural its "of" takes
    parts = [num, *(o for p in num.children if p.dep_ == "prep" for o in p.children)]
    return any(
        c.dep_ == "relcl" and lex.verbs.get(c.lemma_.lower()) == "killed"
        and c.lemma_.lower() in lex.intransitive
        for part in parts
        for c in part.children
    )


def _of_things(pronoun: Token) -> bool:
    """ "them" of things or animals: the nearest plural before it in its sentence, a subject
    aside (the shooters), is one ("Troops spotted four drones and shot two of them",
    "Villagers cornered five stray dogs and police shot two of them")."""
    things = lexicon().thing_nouns | word_set("measures", "downed_nouns")
    verb = pronoun.head.head.head  # "shot" <- "two" <- "of" <- "them"
    for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        shooters = tok.dep_ in _SUBJECT_DEPS or tok.i == verb.i - 1  # however it parsed
        if tok.tag_ in ("NNS", "NNPS") and not shooters:
            return tok.lemma_.lower() in things
    return False
