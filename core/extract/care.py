"""People in care: taken, rushed or admitted to a hospital, treated at the scene ("three
people were rushed to hospital") are hurt; dead when the hospital's clause says they died.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.measures import Reading, harm_verb, lexicon, people_noun
from core.extract.partitives import group_harm, of_group
from core.extract.scene_statements import a_written_year
from core.extract.told_patients import grave_unit, harm_told_by_care
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


HARM_PREPS = frozenset({"after", "from"})  # what names the harm a patient recovers from
PASSIVE_GERUND = "being"  # "after *being* shot": the harm done to the patient
YEAR_WORDS = frozenset({"year", "years"})  # "shot last year": an old harm, no patient now


def cared_for(node: Token) -> Reading | None:
    """ "three people were rushed to hospital", "took the two victims to a hospital", "two
    remain in hospital": patients, hurt; dead when the hospital's clause says they died
    ("... to a hospital where they later died"); when it counts its own dead ("where one
    died"), the figure is everyone taken, dead and hurt: no count of either."""
    verb = node.head
    lemma = verb.lemma_.lower()
    lex = lexicon()
    if _one_of_the_dead(node):
        return None  # "one of the dead had been moved to a hospital in X": still dead
    if node.dep_ == "nsubjpass" and people_noun(node) and off_life_support(verb):
        return Reading(measure="killed", anchor=verb, rule=f"life_support:{lemma}")
    if lemma in _arrival_verbs():
        return _arrived_hurt(node, verb)
    if node.dep_ == "nsubj" and people_noun(node) and recovering_from_harm(verb):
        return Reading(measure="injured", anchor=verb, rule=f"recovering:{lemma}")
    # "three (were) taken to hospital": a participle's subject is its patient
    passive = node.dep_ in ("nsubjpass", "dobj") or (node.dep_ == "nsubj" and verb.tag_ == "VBN")
    staying = node.dep_ == "nsubj" and lemma in _stay_verbs()
    if passive and lemma in lex.discharge_verbs and people_noun(node) and _left_care(verb):
        return Reading(measure="injured", anchor=verb, rule=f"cared:{lemma}")
    if not ((passive and lemma in lex.care_verbs) or staying) or not people_noun(node):
        return None
    if lemma in lex.treatment_verbs and not _treated_for_no_harm(verb):
        return None
    place = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "at", "in")
                  for o in p.children if o.dep_ == "pobj" and _care_place(o)), None) or next(
        # "rushed to hospital": the parser may read "to" as an auxiliary of "hospital"
        (c for c in verb.children if c.dep_ in ("xcomp", "advcl", "npadvmod") and _care_place(c)),
        None,
    )
    if place is None and passive and (lemma in lex.treatment_verbs or _brought_with_harm(verb)):
        # "she had treated 20 victims", "four people were treated": patients wherever; so
        # are people "brought in with bullet wounds", "admitted with burns"
        return Reading(measure="injured", anchor=verb, rule=f"cared:{lemma}")
    if place is None or (staying and place.head.lower_ != "in"):
        return None
    return _died_there(node, verb, place) or Reading(
        measure="injured", anchor=verb, rule=f"cared:{lemma}"
    )


def recovering_from_harm(verb: Token) -> bool:
    """ "a teenager is recovering after being shot", "two men are recovering from gunshot
    wounds", "a boy is in the hospital after being shot": a patient told by the state a harm
    left them in, the harm named after "after" or "from" ("recovering from surgery", "is in
    the hospital" alone tell none); not a harm told years back ("from wounds he suffered in
    2030", "after being shot last year")."""
    lemma = verb.lemma_.lower()
    # the lemma first: most verbs are neither, and reading children builds tokens
    healing = lemma in word_set("measures", "healing_verbs")
    if not healing and not (lemma in _stay_verbs() and any(
        p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
            o.dep_ == "pobj" and _care_place(o) for o in p.children
        )
        for p in verb.children
    )):
        return False
    return any(
        _harm_told(p) for p in verb.children if p.dep_ == "prep" and p.lower_ in HARM_PREPS
    )


def _harm_told(prep: Token) -> bool:
    """ "after *being shot*", "from *gunshot wounds*", "from *her injuries*", "after *a
    shooting*"; not a harm dated a year or more back ("from wounds he suffered in 2030", "shot
    last year")."""
    if any(t.ent_type_ == "DATE" and _years_back(t) for t in prep.subtree):
        return False
    for c in prep.children:
        passive = any(a.lower_ == PASSIVE_GERUND for a in c.children)
        if c.dep_ == "pcomp" and harm_verb(c) and passive:
            return True
        if c.dep_ == "pobj" and (_a_harm(c) or _harmed_in(c)):
            return True
    return False


def _harmed_in(noun: Token) -> bool:
    """ "recovering after a shooting", "recovering in hospital after the crash": an incident
    the patient was hurt in; not a death they grieve ("after the death of his wife")."""
    return incident_noun(noun) and lexicon().nouns.get(noun.lemma_.lower()) != "killed"


def _years_back(tok: Token) -> bool:
    """A word of a date a year or more back: "last year", "two years ago", "in 2030"."""
    return tok.lower_ in YEAR_WORDS or a_written_year(tok)


def _stay_verbs() -> frozenset[str]:
    """ "two remain in hospital": the verbs by which people stay in care."""
    return word_set("measures", "care_stay_verbs")


def _carry_verbs() -> frozenset[str]:
    """ "who had / suffered / sustained gunshot wounds": the verbs by which people carry a
    harm."""
    return word_set("measures", "harm_carry_verbs")


@functools.cache
def _arrival_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["arrival_verbs"])


@functools.cache
def _arrival_prepositions() -> frozenset[str]:
    """ "walked into a hospital": ``rules/measures.json`` "arrival_prepositions"."""
    return frozenset(str(w) for w in load_rules("measures")["arrival_prepositions"])


def _arrived_hurt(node: Token, verb: Token) -> Reading | None:
    """ "two more victims walked into a hospital with gunshot wounds", "three men arrived at a
    clinic with stab wounds": people who came to a hospital carrying a wound are its patients,
    hurt; those who came "to visit" or "with supplies", or came anywhere else, carry none."""
    if node.dep_ != "nsubj" or not people_noun(node):
        return None
    own = range(node.left_edge.i, node.right_edge.i + 1)
    rest = [t for t in verb.subtree if t.i not in own and t.dep_ == "pobj"]
    place = any(
        t.head.head.i == verb.i and t.head.lower_ in _arrival_prepositions() and _care_place(t)
        for t in rest
    )
    harm = any(t.head.lower_ == "with" and _a_harm(t) for t in rest)
    return Reading(measure="injured", anchor=verb, rule="cared:arrived") if place and harm else None


def _brought_with_harm(verb: Token) -> bool:
    """The care verb's (or its place's) own "with" names a wound: "were brought in with
    bullet wounds"."""
    return harm_with(verb) is not None


def harm_with(word: Token) -> Token | None:
    """The word's own "with" that names a wound ("with bullet wounds"), if any."""
    return next(
        (
            p for p in word.children
            if p.dep_ == "prep" and p.lower_ == "with"
            and any(o.dep_ == "pobj" and _a_harm(o) for o in p.children)
        ),
        None,
    )


def _died_there(node: Token, verb: Token, place: Token) -> Reading | None:
    """The hospital's clause says they died ("... to a hospital where they later died", "one
    was moved to a hospital in Najaf, where he died"): dead; when it counts its own dead
    ("where one died"), everyone taken, dead and hurt: no count of either."""
    lemma = verb.lemma_.lower()
    town = [o for p in place.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj"]  # "a hospital in Najaf, where ..."
    deaths = word_set("measures", "care_death_words") | (
        word_set("measures", "care_one_death_words") if node.lower_ == "one" else frozenset()
    )  # "one was moved to a hospital where he died"
    for clause in (*place.children, *verb.children, *(c for t in town for c in t.children)):
        if clause.dep_ not in ("relcl", "conj") or lexicon().verbs.get(
            clause.lemma_.lower()
        ) != "killed":
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in deaths:
            return Reading(measure="killed", anchor=clause, rule=f"cared:{lemma}:died")
        return Reading(measure="other", anchor=verb, rule=f"cared:{lemma}:some died")
    return None


def _one_of_the_dead(node: Token) -> bool:
    """A part of a group named dead ("one of the dead", "two of those killed"): moved or
    taken somewhere, they are no patients."""
    group = of_group(node) if node.like_num else None
    return group is not None and group_harm(group) == "killed"


@functools.cache
def _attending_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["attending_verbs"])


def attended_to(node: Token) -> Reading | None:
    """ "Red Cross teams attended to 40 people": people a verb of "attending_verbs" is "to",
    patients, hurt (not "attended to the wreckage")."""
    prep = node.head
    verb = prep.head
    if (
        node.dep_ != "pobj"
        or prep.lower_ != "to"
        or verb.lemma_.lower() not in _attending_verbs()
        or not people_noun(node)
    ):
        return None
    return Reading(measure="injured", anchor=verb, rule=f"cared:{verb.lemma_.lower()}")


def _treated_for_no_harm(verb: Token) -> bool:
    """Treated with no harm named otherwise: not "treated for smoke inhalation" (no wound);
    "still being treated" are patients, hurt, as news counts the hospitalised."""
    lex = lexicon()
    return not any(
        p.dep_ == "prep" and p.lower_ == "for" and not any(
            o.dep_ == "pobj" and o.lemma_.lower() in lex.recipients for o in p.children)
        for p in verb.children
    )


def _left_care(verb: Token) -> bool:
    """ "discharged from hospital", "released after first aid": patients who left care, hurt
    (a court's "discharged" or a captor's "released" says neither)."""
    lex = lexicon()
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "after")
        and any(
            o.dep_ == "pobj" and (_care_place(o) or o.lemma_.lower() in lex.care_nouns)
            for o in prep.children
        )
        for prep in verb.children
    )


def _care_place(noun: Token) -> bool:
    """A hospital ("a nearby hospital", "Mercy Medical Center"), a unit of the gravely hurt
    ("intensive care", "the burns unit"), or the scene where the hurt are treated ("treated
    at the scene")."""
    places = lexicon().care_places
    if noun.lower_ == "scene" and noun.head.head.lemma_.lower() in lexicon().treatment_verbs:
        return True
    return noun.lemma_.lower() in places or noun.lower_ in places or any(
        c.lower_ in places for c in noun.children if c.dep_ in ("compound", "amod")
    ) or grave_unit(noun)


def in_a_bare_condition(node: Token) -> Reading | None:
    """ "3 dead, 1 critical", "one dead, two critical after a fire": a headline's figure with a
    patient's condition right after it and no noun is that many in that condition, hurt (not
    more of the dead before it). "3 critical flaws", "5 critical of the plan" count no one.
    A figure set beside a clause, "five remain in hospital, one in critical condition", is
    that many in the state it names."""
    if node.dep_ == "npadvmod" and node.like_num and in_condition(node):
        return Reading(measure="injured", anchor=node, rule="in_condition")
    doc = node.doc
    state = _counted_state(node)
    if state is None:
        return None
    after = doc[state.i + 1] if state.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ == "of"):
        return None
    return Reading(measure="injured", anchor=state, rule=f"condition:{state.lower_}")


def _counted_state(node: Token) -> Token | None:
    """The condition word right after the figure, hung on it or beside it; or the figure's
    own condition word when the parser made the number its modifier ("14 injured, 2
    critical": "critical" the counted word)."""
    doc = node.doc
    words = lexicon().condition_words
    if node.lower_ in words and any(
        c.dep_ == "nummod" and c.i == node.i - 1 for c in node.children
    ):
        return node
    if not node.like_num or node.i + 1 >= len(doc):
        return None
    state = doc[node.i + 1]
    if state.lower_ not in words or state.head.i not in (node.i, node.head.i):
        return None
    return state


def condition_of(node: Token) -> Reading | None:
    """ "the condition of two of them is critical", "the condition of three of the injured
    was said to be serious": the people whose condition a patient's word states are hurt;
    "the condition of two bridges is poor" counts no one."""
    of = node.head
    owner = of.head
    if node.dep_ != "pobj" or of.lower_ != "of" or owner.lemma_.lower() != "condition":
        return None
    if not (people_noun(node) or any(c.lower_ == "of" for c in node.children)):
        return None
    verb = owner.head
    if owner.dep_ not in ("nsubj", "nsubjpass"):
        # "... to hospitals and the condition of two of them is critical": the parser may
        # join the noun to the list before it and leave the verb right after it subjectless
        after = owner.right_edge.i + 1
        verb = node.doc[after] if after < len(node.doc) else owner
        if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
            verb = verb.head  # "... and the condition of one of them is stated to be critical"
        if verb.lemma_.lower() not in _stay_verbs() | lexicon().condition_reports or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            return None
    words = lexicon().condition_words
    for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if any(c.dep_ in ("acomp", "attr") and c.lower_ in words for c in clause.children):
            return Reading(measure="injured", anchor=verb, rule="condition_of")
    return None


# people a hospital names by its care of them: "three patients with gunshot wounds"
CARED_PEOPLE = frozenset({"patient"})


def carries_harm(node: Token) -> Reading | None:
    """ "two people with gunshot wounds", "three men who had serious injuries": a harm the
    counted people carry, hurt (``with_harm``: the reading of "shot" figures weighs it the
    same way); "with no injuries", "who had no wounds" carry none."""
    if not (people_noun(node) or node.lemma_.lower() in CARED_PEOPLE):
        return None
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            harms = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "relcl" and child.lemma_.lower() in _carry_verbs() and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children
        ):
            harms = [o for o in child.children if o.dep_ == "dobj"]
        else:
            continue
        if any(_a_harm(o) for o in harms):
            return Reading(measure="injured", anchor=child, rule="with_harm")
    return None


def _a_harm(noun: Token) -> bool:
    return noun.lemma_.lower() in lexicon().recipients and not any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def in_condition(verb: Token) -> bool:
    """ "are in critical condition", "was listed in stable condition", "are under treatment",
    "are out of danger": a patient, hurt."""
    words = lexicon().condition_words
    return _out_of_danger(verb) or _on_life_support(verb) or any(
        prep.dep_ == "prep"
        and prep.lower_ == "under"
        and any(obj.dep_ == "pobj" and obj.lemma_.lower() == "treatment" for obj in prep.children)
        for prep in verb.children
    ) or any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            obj.dep_ == "pobj"
            and obj.lemma_.lower() == "condition"
            and any(m.lower_ in words for m in obj.children if m.dep_ in ("amod", "compound"))
            for obj in prep.children
        )
        for prep in verb.children
    )


def _life_support(verb: Token, preps: frozenset[str]) -> bool:
    """The verb's "life support", through one of ``preps`` (a preposition or a particle
    the parser hung on the verb: "taken off life support" reads "support" as its object)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "dobj" and any(
            p.dep_ == "prt" and p.lower_ in preps for p in verb.children
        ):
            objects = [child]
        else:
            continue
        if any(life_support(o) for o in objects):
            return True
    return False


def life_support(thing: Token) -> bool:
    """ "life support": the machine a patient is kept alive on, named by its two words."""
    return thing.lemma_.lower() == "support" and any(
        m.lower_ == "life" for m in thing.children if m.dep_ in ("compound", "amod")
    )


def _on_life_support(verb: Token) -> bool:
    """ "a girl remains on life support", "was on life support": a patient kept alive, hurt."""
    return verb.lemma_.lower() in _stay_verbs() and _life_support(verb, frozenset({"on"}))


def off_life_support(verb: Token) -> bool:
    """ "was taken off life support Friday", "removed from life support": news tells a death
    by the end of the care that kept the person alive."""
    support = load_rules("measures")["life_support"]
    return verb.lemma_.lower() in support["withdrawal_verbs"] and _life_support(
        verb, frozenset(support["withdrawal_preps"])
    )


def _out_of_danger(verb: Token) -> bool:
    """ "two are out of danger", "three are reported to be out of danger": a patient past the worst,
    hurt; "out of the country" is no patient's state."""
    dangers = word_set("measures", "danger_words")
    return any(
        out.dep_ == "prep"
        and out.lower_ == "out"
        and any(
            of.dep_ == "prep"
            and of.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in dangers for o in of.children)
            for of in out.children
        )
        for out in verb.children
    )


def treated_for_harm(verb: Token, patient: Token | None = None) -> bool:
    """ "four were treated for injuries", "are (still) being treated for gunshot wounds",
    "doctors treated a boy for a gunshot wound": patients of a harm noun (``recipients``),
    hurt, as news counts the hospitalised; "treated for shock" names no wound. The active
    verb's object (``patient``) may hold the "for" the parser hung on it."""
    lex = lexicon()
    # the verb first: most words are no treatment, and reading children builds tokens
    if verb.lemma_.lower() not in lex.treatment_verbs:
        return False
    holders = (verb,) if patient is None else (verb, patient)
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            o.lemma_.lower() in lex.recipients
            for p in prep.children if p.dep_ == "pobj"
            for o in (p, *p.conjuncts)  # "for broken bones, cuts and bruises"
        )
        for holder in holders
        for prep in holder.children
    )


def treated_there(verb: Token) -> bool:
    """ "a clerk was treated at a hospital and released", "was treated at the scene", "was
    treated and released": one treated at a place of care, or let go after it, is a patient,
    hurt, as a count treated so is (``cared_for``); "treated for shock" names no wound. The
    caller says the verb is passive."""
    if verb.lemma_.lower() not in lexicon().treatment_verbs or not _treated_for_no_harm(verb):
        return False
    # "was treated and released": a patient who left care, as a count so told is
    released = any(
        c.dep_ == "conj" and c.lemma_.lower() in lexicon().discharge_verbs
        and _treated_for_no_harm(c)  # "treated and released for chest pains": no wound
        for c in verb.children
    )
    return released or any(
        o.dep_ == "pobj" and _care_place(o)
        for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
        for o in p.children
    )


def found_with_harm(verb: Token, found: Token | None = None) -> bool:
    """ "a man was found with a gunshot wound", "officers found a man with a gunshot wound":
    one found carrying a harm noun, the "with" hung on the verb or on the one ``found``, is
    hurt (a report that counts dead reads it again, ``shot_counts``)."""
    return verb.lemma_.lower() in word_set("measures", "harm_finding_verbs") and (
        _brought_with_harm(verb) or (found is not None and _brought_with_harm(found))
    )


def taken_with_harm(verb: Token) -> bool:
    """ "a man was rushed to the hospital with a gunshot wound", "another child was taken to a
    hospital with minor injuries": one a verb of care moved carrying a harm noun is hurt, the
    "with" hung on the verb or on the place of care; "taken to a hospital with his wife" or
    "for evaluation" names no wound. A place or a noun may tell the harm instead
    (``told_patients``). The caller says the verb is passive."""
    # the verb first: most words are no verb of care, and reading children builds tokens
    if verb.lemma_.lower() not in lexicon().care_verbs:
        return False
    places = [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "at", "in")
        for o in p.children if o.dep_ == "pobj" and _care_place(o)
    ]
    return (
        _brought_with_harm(verb)
        or any(_brought_with_harm(place) for place in places)
        or harm_told_by_care(verb, places)
    )


def stated_condition(verb: Token) -> bool:
    """ "four were stated to be in critical condition", "three are said to be critical", "two
    remain critical": a patient's condition said of the subject, through "to be" or a verb
    of staying; "three are critical of the plan" is no condition."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.condition_reports:
        clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"]
    else:
        clauses = [verb] if lemma in _stay_verbs() else []
    return any(
        (clause is not verb and in_condition(clause))
        or any(
            c.dep_ == "acomp" and c.lower_ in lex.condition_words and not list(c.children)
            for c in clause.children
        )
        for clause in clauses
    )
