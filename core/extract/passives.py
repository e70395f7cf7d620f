"""Who a passive or a participle befell: "had killed" is active, "two partners wounded" a
participle said of its subject, "caught in the crossfire and hurt" a harm joined to a passive,
and the people one holds for a deed."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.measures import Reading, counts_things, lexicon, people_noun
from core.extract.part_totals import speaker_past_a_breakdown
from core.extract.shooting import shot_measure, to_death
from core.rules import load_rules
from core.text.qualifiers import qualifier_table

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of a qualifier the parser may take for a preposition ("over 40", "about a dozen")
QUALIFIER_PREPS = frozenset({"over", "about", "around", "under", "nearly", "almost", "some"})
# a source set before the count: "According to the monitor, 412 civilians ... were killed"
ACCORDING = "according"
SOURCE_PREPS = frozenset({ACCORDING, "per"})


def perfect(verb: Token) -> bool:
    """ "the suspects had killed two people": a participle after "have" is active."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


@functools.cache
def _participle_forms() -> frozenset[str]:
    """Words only a participle ("slain") that the tagger may read as a present."""
    return frozenset(load_rules("measures")["participle_forms"])


def bare_participle(verb: Token, node: Token) -> bool:
    """ "left a clerk dead and two partners wounded", "Three militants killed in clash",
    "Four dacoits picked up in raid": a harm verb (or its phrasal form) with no object, no
    auxiliary, whose counted subject the parser read as its agent, is the participle said of
    them (an agent acts on someone: "gunmen killed two"). A headline's clause before a comma
    the parser hung on it ("CTD kills four in raid, two personnel injured") is no object. A
    group's plural name counts its members ("3 Maoists gunned down")."""
    phrasal = lexicon().phrasal
    return (
        (verb.tag_ in ("VBD", "VBN") or verb.lower_ in _participle_forms())
        and (node.pos_ == "NOUN" or node.tag_ == "NNPS")
        and any(c.dep_ == "nummod" for c in node.children)
        and not counts_things(node)
        and not any(
            c.dep_ in ("dobj", "obj", "xcomp", "aux")
            or (c.dep_ == "ccomp" and c.i > node.i)
            or (c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) not in phrasal)
            for c in verb.children
        )
    )


def shared_passive(verb: Token) -> Reading | None:
    """ "two passersby were caught in the crossfire and hurt": a harm participle joined to
    the passive verb, with no subject of its own, befell the same people; not when the
    passive verb says how they died ("were crushed to death and 20 injured")."""
    if to_death(verb):
        return None
    lex = lexicon()
    for conj in verb.children:
        # "were offloaded from the bus and shot dead": the tagger may read a past tense
        if conj.dep_ != "conj" or conj.tag_ not in ("VBN", "VBD") or any(
            c.dep_.startswith("nsubj") for c in conj.children
        ):
            continue
        lemma = conj.lemma_.lower()
        measure = shot_measure(conj) if lemma == "shoot" else lex.verbs.get(lemma)
        if measure is not None and lemma not in lex.intransitive:
            return Reading(measure=measure, anchor=conj, rule=f"verb:{lemma}:passive+shared")
    return None


def predicative_participle(child: Token) -> Reading | None:
    """ "were reported martyred", "are feared killed", "were confirmed abducted": the
    participle of a measure verb as the predicative of a verb that reports or finds a state
    (``predicative_verbs``) says the same of its subject; "were ordered arrested" does not."""
    lex = lexicon()
    lemma = child.lemma_.lower()
    if (
        child.dep_ not in ("acomp", "oprd", "xcomp")
        or child.tag_ != "VBN"
        or lemma not in lex.verbs
        or child.head.lemma_.lower() not in lex.predicative_verbs
        or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass", "dobj") for c in child.children)
    ):
        return None
    return Reading(measure=lex.verbs[lemma], anchor=child, rule=f"predicative:{lemma}")


def stranded_auxiliary(node: Token) -> Token | None:
    """ "One soldier embraced martyrdom and three others were wounded": the parser may join
    the second clause's subject to the first one's object and leave the passive after it
    with no subject; the auxiliary right after the conjunct is its own."""
    if node.dep_ != "conj" or node.right_edge.i + 1 >= len(node.doc):
        return None
    aux = node.doc[node.right_edge.i + 1]
    if aux.dep_ != "auxpass" or aux.head.dep_ != "conj" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in aux.head.children
    ):
        return None
    return aux


AMOUNT_NOUNS = frozenset({"total", "number"})  # "a total of", "a number of": what they count


def held_people(node: Token) -> bool:
    """People one holds for a deed: "four suspects", "two men", "4", a bare "dozens" (not
    "two meetings", "dozens of rallies")."""
    lex = lexicon()
    word = node.lemma_.lower()
    if word in AMOUNT_NOUNS:  # "a total of 1,320 suspects were held": the suspects
        return any(
            held_people(o) for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
        )
    # "Six Naxalites held": a plural the tagger took for a name keeps its "s" in its lemma
    singular = node.lower_[:-1] if node.tag_ == "NNPS" and node.lower_.endswith("s") else word
    return people_noun(node) or bool({word, singular} & (lex.suspect_nouns | lex.agent_nouns)) or (
        node.lower_ in qualifier_table().vague_units and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in node.children
        )
    )


def verb_taken_for_a_participle(node: Token) -> Reading | None:
    """ "The quake injured over two dozen villagers": the parser read "The quake injured" as a
    noun and its participle, and the count after the qualifier as the participle's object of
    a preposition. A thing cannot be hurt: the verb is the sentence's, the count its object."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in QUALIFIER_PREPS:
        return None
    verb = prep.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i or verb.i + 1 != prep.i:
        return None
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    if measure is None or lemma in lex.intransitive or people_noun(verb.head):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"verb:{lemma}:object")


def object_taken_for_a_subject(node: Token) -> Reading | None:
    """ "The flood that killed about 1,200 people across the region was caused by ...": the
    parser gave the main verb a second subject, the count that follows a harm verb in the
    subject's relative clause. The verb has no object of its own: the count is it."""
    verb = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or verb.i < node.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < node.i and c.i != node.i), None)
    if subject is None:
        return None
    lex = lexicon()
    for clause in subject.children:
        lemma = clause.lemma_.lower()
        if (
            clause.dep_ == "relcl"
            and clause.i + 1 == node.left_edge.i
            and lemma in lex.verbs
            and lemma not in lex.intransitive
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in clause.children)
        ):
            return Reading(measure=lex.verbs[lemma], noun=node, anchor=clause,
                           rule=f"verb:{lemma}:object")
    return None


def object_taken_for_a_speaker(node: Token) -> Reading | None:
    """ "... shot dead two guards and kidnapped at least 40 worshippers, residents and an imam
    said": in a long lead the parser may make the count after a harm verb the first of the
    speakers, the subject of the closing "said" (the speakers joined to it, or to the last
    part its "including" names: "killing nine people, including four soldiers, police and
    witnesses said"). The verb has no object of its own and the count follows it: the count
    is it."""
    speech = node.head
    if (
        node.dep_ != "nsubj"
        or speech.i < node.i
        or speech.lemma_.lower() not in cues().attributing
        or _speakers_after(node) is None
        or node.left_edge.i == 0
    ):
        return None
    verb = node.doc[node.left_edge.i - 1]
    lemma = verb.lemma_.lower()
    lex = lexicon()
    if (
        verb.pos_ != "VERB"
        or lemma not in lex.verbs
        or lemma in lex.intransitive
        or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    ):
        return None
    return Reading(measure=lex.verbs[lemma], noun=node, anchor=verb, rule=f"verb:{lemma}:object")


def subject_taken_for_a_source(node: Token) -> Reading | None:
    """ "According to the monitor, 412 civilians, including 60 children, were killed in X",
    "Per the monitor, 275 civilians ... were killed": the parser may make the count an
    appositive of the source, leaving the passive verb the source hangs on with no subject of
    its own: the count is its subject."""
    source = node.head
    prep = source.head
    if prep.lower_ == "to" and prep.head.lower_ == ACCORDING:
        prep = prep.head
    if node.dep_ != "appos" or source.dep_ != "pobj" or prep.lower_ not in SOURCE_PREPS:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    lex = lexicon()
    if (
        verb.pos_ != "VERB"
        or verb.i < node.i
        or lemma not in lex.verbs
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or not (any(c.dep_ == "auxpass" for c in verb.children) or lemma in lex.intransitive)
    ):
        return None
    return Reading(measure=lex.verbs[lemma], noun=node, anchor=verb, rule=f"verb:{lemma}:source")


def past_a_count(subject: Token) -> Token:
    """The subject of a report, or the first of the speakers after a count the parser made
    one of them (``object_taken_for_a_speaker``): "residents" of "... kidnapped at least 40
    worshippers, residents and an imam said"; or the speaker past a breakdown the parser
    made the subject ("Nine were killed, five soldiers and four civilians,\u201d an officer
    said")."""
    if object_taken_for_a_speaker(subject) is None:
        return speaker_past_a_breakdown(subject) or subject
    return _speakers_after(subject) or subject


def _speakers_after(node: Token) -> Token | None:
    """The first speaker the parser joined to a count it made the subject of "said": a
    conjunct of the count, or of the last part its "including" names ("including two
    children, officials and medics said")."""
    joined = next((c for c in node.children if c.dep_ == "conj"), None)
    if joined is not None:
        return joined
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "including":
            continue
        parts = [o for o in prep.children if o.dep_ == "pobj"]
        joined = next((c for c in parts[-1].children if c.dep_ == "conj"), None) if parts else None
        if joined is not None:
            return joined
    # "injured five people, including a girl, the city's governor said": the speaker hung on
    # the part as its apposition
    return closing_apposition(node)


def closing_apposition(node: Token) -> Token | None:
    """ "... killed 17 farmers in X state in northeast Y, a militia leader and residents
    said": the parser may hang the speakers as an apposition of the count's last place; they
    stand between a comma and the "said" and tell no clause of their own."""
    speech = node.head
    return next(
        (
            t
            for t in node.subtree
            if t.dep_ == "appos"
            and t.pos_ in ("NOUN", "PROPN")
            and t.right_edge.i + 1 == speech.i
            and t.left_edge.i > node.i
            and t.doc[t.left_edge.i - 1].text == ","
            and not any(w.pos_ in ("VERB", "AUX") for w in t.subtree)
        ),
        None,
    )


def numbered(node: Token) -> Token | None:
    """ "the injured, numbering 12, were shifted to hospital", "the militants, numbering about
    30, attacked the post": the figure "numbering" gives counts the noun it is said of."""
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ in QUALIFIER_PREPS:
        verb = verb.head  # "numbering around 17"
    elif node.dep_ not in ("dobj", "npadvmod", "attr", "nummod"):  # "numbering 15" as a noun
        return None
    if verb.lemma_.lower() != "number" or verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    # the parser may hang it anywhere: the noun before its comma is what it is said of
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].text == "," else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        return before
    return None


def partitive_participle(node: Token) -> Reading | None:
    """ "Five of a family killed in Mardan", "two of them injured": a harm participle the
    parser hung on the noun of a partitive count is said of the count when the count has no
    verb of its own; not of a group with a number ("five of the 20 arrested": its part)."""
    lex = lexicon()
    if node.dep_ != "ROOT" and node.head.pos_ in ("VERB", "AUX"):
        return None  # "two of the suspects arrested were released": its own verb says it
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ != "pobj" or group.like_num or any(
                c.dep_ == "nummod" for c in group.children
            ):
                continue
            for verb in group.children:
                if verb.dep_ not in ("acl", "amod") or verb.tag_ != "VBN" or verb.i < group.i:
                    continue
                if any(c.dep_ in ("dobj", "obj") for c in verb.children):
                    continue
                measure = shot_measure(verb) if verb.lemma_ == "shoot" else lex.verbs.get(
                    verb.lemma_.lower())
                if measure is not None:
                    return Reading(measure, anchor=verb, rule=f"partitive:{verb.lemma_.lower()}")
    return None


def count_taken_for_a_recipient(num: Token) -> Reading | None:
    """ "The officer told reporters 3 were arrested": the parser hangs the count on the one
    told, after it (English puts a numeral before its noun); it is the subject of the clause
    that follows, which has none of its own."""
    told = num.head
    if num.dep_ != "nummod" or told.i > num.i or told.dep_ not in ("dobj", "dative"):
        return None
    verb = told.head
    if verb.lemma_.lower() not in cues().telling:  # "told reporters 3 died"
        return None
    lex = lexicon()
    for clause in verb.children:
        lemma = clause.lemma_.lower()
        if (
            clause.dep_ == "ccomp"
            and clause.left_edge.i == num.i + 1
            and lemma in lex.verbs
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        ):
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            if passive or lemma in lex.intransitive:
                how = "passive" if passive else "intransitive"
                return Reading(measure=lex.verbs[lemma], anchor=clause, rule=f"verb:{lemma}:{how}")
    return None


# words of a phrase set off by commas: ", including a sub-inspector,", ", wanted in 20 cases
# of murder, kidnapping and robbery,"
INSERTION_REACH = 16


def subject_past_insertion(node: Token) -> Reading | None:
    """ "A policeman lost his life and two others, including a sub-inspector, were injured":
    the parser joined the count to the object before it; a phrase set off by commas after it,
    then the auxiliary of a passive (or an intransitive verb) with no subject of its own,
    make the count that verb's subject."""
    doc = node.doc
    if not (node.dep_ == "conj" or _subject_of_an_insertion(node)) or not held_people(node):
        return None
    if node.i + 1 >= len(doc) or doc[node.i + 1].text != ",":
        return None
    aux = next(
        (
            t for t in doc[node.i + 3 : node.i + 3 + INSERTION_REACH]
            if doc[t.i - 1].text == "," and t.dep_ in ("aux", "auxpass") and t.head.i > t.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)
        ),
        None,
    )
    if aux is None:
        return None
    verb = aux.head
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    passive = aux.dep_ == "auxpass"
    if measure is None or not (passive or lemma in lex.intransitive):
        return None
    return Reading(measure=measure, anchor=verb,
                   rule=f"verb:{lemma}:{'passive' if passive else 'intransitive'}")


def _subject_of_an_insertion(node: Token) -> bool:
    """ "three dacoits, wanted in 20 cases, were killed": the parser made the count the
    subject of the participle set off by commas after it."""
    verb = node.head
    return node.dep_ == "nsubj" and verb.tag_ in ("VBN", "VBD") and verb.i == node.i + 2


def absolute_subject(noun: Token | None) -> Reading | None:
    """ "the toll went up to seven with two more youths succumbing to their wounds": the
    people after "with" are the subject of the harm verb's "-ing" form right after them,
    wherever the parser hung it (also over a harm word on them: "two more wounded men
    succumbing" died)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    doc = noun.doc
    verb = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    lex = lexicon()
    if verb is None or verb.tag_ != "VBG" or verb.lemma_.lower() not in lex.intransitive:
        return None
    measure = lex.verbs.get(verb.lemma_.lower())
    if measure is None:
        return None
    return Reading(measure=measure, noun=noun, anchor=verb, rule=f"verb:{verb.lemma_}:with")
