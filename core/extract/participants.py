"""The measure predicate a figure takes part in: "killed 5 soldiers", "60 people killed",
"injuries to 30 others", "the deaths of 127", "among the dead"."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal, TypeAlias

from core.extract.burials import buried
from core.extract.care import (
    attended_to,
    cared_for,
    carries_harm,
    condition_of,
    in_a_bare_condition,
    in_condition,
)
from core.extract.coordination import (
    acts_on_others,
    held,
    held_measure,
    joined_with,
    listed_before,
    taken_people,
)
from core.extract.either_harms import either_harm
from core.extract.factuality import prospect
from core.extract.harm_causes import caused_harm
from core.extract.harm_groups import adjective_participle, counted_group, harm_group
from core.extract.harm_predicatives import HARM_PREDICATIVES, state_past_aside
from core.extract.harm_states import harm_state
from core.extract.idiom_words import idiom_words
from core.extract.inverted_clauses import fronted_participle
from core.extract.list_members import kin_object
from core.extract.measures import VICTIMS_RULE, Reading, counts_things, lexicon, people_noun
from core.extract.own_words import (
    object_before_more,
    own_word,
    said_of_others,
    shared_by_list,
    word_after_conjunct,
)
from core.extract.passives import (
    bare_participle,
    held_people,
    numbered,
    partitive_participle,
    perfect,
    predicative_participle,
    shared_passive,
    stranded_auxiliary,
)
from core.extract.shooting import has_fatal_part, shooting_of, shot_measure, to_death
from core.extract.stray_relatives import stray_relatives
from core.extract.suffered_harms import wound_harm
from core.extract.surrenders import gave_up
from core.extract.verb_measures import counted_person, verb_measure
from core.extract.verbless_patients import verbless_patient
from core.model import Measure

if TYPE_CHECKING:
    from spacy.tokens import Token


def participant(node: Token) -> Reading | None:
    """The measure predicate the figure takes part in. A conjunct or an apposition shares
    its head's predicate: the chain is followed in a loop, never by recursion (a run of
    "1 and 1 and 1 ..." is as long as the text)."""
    conjuncts = 0
    seen = {node.i}
    while True:
        step = _participant_here(node)
        if not isinstance(step, tuple):
            break
        node, conj = step
        if node.i in seen:  # a cycle cannot come from a parse, but costs nothing to refuse
            return None
        seen.add(node.i)
        conjuncts += conj
    if step is not None and conjuncts:
        step.rule += "+conj" * conjuncts
    return step


class _Next(Enum):
    """A step that decides nothing: the next step reads the figure."""

    ON = "on"


_Step: TypeAlias = "Reading | Literal[_Next.ON] | None"


def _participant_here(node: Token) -> Reading | tuple[Token, bool] | None:
    """A reading from the figure's own predicate, or (head, is_conjunct) to go on from."""
    head = node.head
    dep = node.dep_
    harm = (
        _harm_received(node) or caused_harm(node) or in_a_bare_condition(node)
        or condition_of(node) or verbless_patient(node)
    )
    if harm is not None:
        return harm
    own = _of_nominal(node) or own_word(node)
    own = own or shared_by_list(node) or word_after_conjunct(node)
    if own is not None:
        return own
    own_state = _own_state(node) if dep in ("conj", "appos") and head.i != node.i else None
    if own_state is not None:
        return own_state
    if dep == "conj" and head.i != node.i:
        stranded = _subject_on_auxiliary(node)  # "... and three others were wounded"
        # "killed 5 soldiers and 3 civilians": the second conjunct shares the predicate, as
        # does one the parser hung on the verb ("killing a couple and their three children")
        return (kin_object(node) or head, True) if stranded is _Next.ON else stranded
    if dep == "appos" and head.i != node.i:
        return head, False
    counted = _numbering(node)
    if counted is not None:
        return counted
    joined = joined_with(node) or listed_before(node)
    if joined is not None:
        return joined, True
    for step in (_subject_on_auxiliary, _verbless_reading, _verb_reading, _of_reading):
        found = step(node)
        if found is not _Next.ON:
            return found
    return _modifier_reading(node)


def _of_nominal(node: Token) -> Reading | None:
    """ "the bodies of five labourers abducted last week": the noun the count hangs on by
    "of" says what befell them, not the participle that describes them."""
    nominal = _of_reading(node) if node.dep_ == "pobj" and node.head.lower_ == "of" else None
    return nominal if isinstance(nominal, Reading) else None


def _subject_on_auxiliary(node: Token) -> _Step:
    """ "Three labourers were charred to death": the parser may hang the subject on the
    passive auxiliary, or a conjunct of the object before on the verb ("embraced martyrdom
    and three others were wounded"); it is the passive subject of the participle after it."""
    aux = node.head if node.dep_ == "nsubj" else stranded_auxiliary(node)
    verb = aux.head if aux is not None else node
    if aux is None or aux.dep_ != "auxpass" or verb.i <= aux.i or verb.tag_ != "VBN":
        return _Next.ON
    found = _measure_verb(node, verb, "nsubjpass")
    if isinstance(found, Reading):
        return found
    return _subject_state(verb) or _Next.ON


def _numbering(node: Token) -> Reading | tuple[Token, bool] | None:
    """ "the injured persons, numbering 17, were moved to hospital": the figure counts the
    noun "numbering" is said of, read as that noun; "the injured, numbering 12": the
    group's own word is the harm."""
    counted = numbered(node)
    if counted is None:
        return None
    group = lexicon().nouns.get(counted.lower_)
    if group is not None and any(c.lower_ == "the" for c in counted.children):
        return Reading(measure=group, anchor=counted, rule=f"numbering:{counted.lower_}")
    return counted, False


def _own_state(node: Token) -> Reading | None:
    """ "Two dead, three in critical condition", "two bodies and two people with wounds": a
    conjunct's state of its own, not its head's."""
    if in_condition(node):
        return Reading(measure="injured", anchor=node, rule="in_condition")
    return carries_harm(node)


def _verbless_reading(node: Token) -> _Step:
    """ "Athens: three people dead, buildings burning": a clause without its verb (not one
    wished for: "wanted 20 soldiers dead")."""
    head = node.head
    wished = head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in lexicon().intent_verbs
    if node.dep_ == "nsubj" and head.pos_ == "ADJ" and head.lower_ in HARM_PREDICATIVES and (
        not wished
    ):
        measure = lexicon().nouns.get(head.lower_) or lexicon().verbs.get(head.lower_)
        if measure is not None:
            return Reading(measure=measure, anchor=head, rule=f"predicate:{head.lower_}")
    return _Next.ON


def _verb_reading(node: Token) -> _Step:
    """The figure is an object or a passive subject of a measure verb ("killed 5 soldiers",
    "5 soldiers were killed"), or the subject of a predicate that says what happened."""
    verb = object_before_more(node)  # "carried off dozens more"
    if verb is not None:
        found = _measure_verb(node, verb, "dobj")
        rule = f"more:{verb.lemma_.lower()}"
        return Reading(measure="other", anchor=verb, rule=rule) if found is _Next.ON else found
    head = node.head
    dep = node.dep_
    if not (head.pos_ in ("VERB", "AUX") or head.tag_ in ("VBN", "VBD", "VBG")):
        return attended_to(node) or _Next.ON  # "attended to 40 people"
    verbal = _measure_verb(node)
    if verbal is not _Next.ON:
        return verbal
    shared = shared_passive(head) if dep == "nsubjpass" else None
    if shared is not None:
        return shared
    # "Among the dead were 4 policemen": the inverted clause's attribute is its subject
    if dep in ("nsubj", "nsubjpass") or (dep == "attr" and head.lemma_ == "be"):
        state = _subject_state(head)
        if state is not None:
            return state
    cared = cared_for(node)
    if cared is not None:
        return cared
    # "left 5 dead", "took 12 hostage": the object and a predicative noun/adjective.
    if dep in ("dobj", "nsubj", "nsubjpass"):
        return _idiom_reading(head, node) or _Next.ON
    return _Next.ON


def _idiom_reading(head: Token, node: Token) -> Reading | None:
    """An idiom of the verb and a word that completes it ("left 5 dead", "took 12 hostage",
    "taken into custody"), or a harm stated of the object ("recorded 24 people dead")."""
    lex = lexicon()
    lemma = head.lemma_.lower()
    for child in idiom_words(head, node):
        # "sustained varying degrees of injuries": the object holds the idiom's word
        holder = child.head.head.i if child.dep_ == "pobj" else child.i
        if node.dep_ == "nsubj" and any(
            (c.dep_ == "dobj" and c.i not in (child.i, holder)
             and c.pos_ in ("NOUN", "PROPN", "NUM"))
            # "took 14 passengers hostage" may parse as one compound noun
            or (c.dep_ == "compound" and c.i < child.i and people_noun(c))
            for c in (*head.children, *child.children)
        ):
            continue  # "five gunmen took 12 people hostage": the object is the victim
        m = lex.idioms.get((lemma, child.lemma_.lower()))
        if m is not None:
            return Reading(measure=m, anchor=head, rule=f"idiom:{lemma} {child.lemma_}")
    if node.dep_ == "nsubj" and wound_harm(head):
        # "three passengers received cuts", "two guards suffered broken ribs"
        return Reading(measure="injured", anchor=head, rule=f"wound:{lemma}")
    return _stated_harm(head, node)


def _stated_harm(head: Token, node: Token) -> Reading | None:
    """ "have recorded 24 people dead", "confirmed three dead", "reported 12 people injured":
    an object with a harm adjective as its predicative is counted in that harm; not when
    the verb wants it so ("wanted them dead")."""
    lex = lexicon()
    if node.dep_ != "dobj" or head.lemma_.lower() in lex.intent_verbs:
        return None
    for child in head.children:
        # "left two soldiers martyred", "found three men murdered": a harm participle too
        participle = head.lemma_.lower() in lex.state_verbs and child.tag_ == "VBN" and (
            lex.verbs.get(child.lemma_.lower()) in ("killed", "injured"))
        if (
            child.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl")
            and child.i > node.i
            and (child.lower_ in HARM_PREDICATIVES or participle)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            measure = lex.nouns.get(child.lower_) or lex.verbs.get(child.lemma_.lower())
            if measure is not None:
                return Reading(measure=measure, anchor=head, rule=f"stated:{child.lower_}")
    return _listed_then_stated(head, node) or state_past_aside(head, node)


_STATED_AFTER = frozenset({"amod", "acl"})  # how the parse hangs a state on a list's last
REMAINS = frozenset({"remain", "remains"})  # the lemma the tagger may give "remains"


def _listed_then_stated(head: Token, node: Token) -> Reading | None:
    """ "left two militants and a soldier dead": the predicative after a list of objects
    the parser hangs on the last of them says it of all."""
    lex = lexicon()
    if head.lemma_.lower() not in lex.state_verbs or not node.conjuncts:
        return None
    last = max(node.conjuncts, key=lambda t: t.i)
    stated = [c for c in last.children if c.i > last.i and c.dep_ in _STATED_AFTER]
    if misread_state(last):
        stated = [last]  # "left two guards and a cook dead" parsed as "a (cook) dead"
    for child in stated:
        # "dead" as its adjective, "injured" as its participle clause
        if child.lower_ in HARM_PREDICATIVES:
            measure = lex.nouns.get(child.lower_) or lex.verbs.get(child.lemma_.lower())
            if measure is not None:
                return Reading(measure=measure, anchor=head, rule=f"stated:{child.lower_}+conj")
    return None


def misread_state(last: Token) -> bool:
    """The state after a list parsed as its last member, the last person its modifier ("left
    two guards and a cook dead" as "a [cook] dead"): a harm word with an article and a word
    before it of its own."""
    return (
        last.lower_ in HARM_PREDICATIVES
        and last.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in last.children)
        and any(c.dep_ in ("amod", "compound") and c.i < last.i for c in last.children)
    )


def _measure_verb(node: Token, head: Token | None = None, dep: str = "") -> _Step:
    """The head is a measure verb (or a phrasal one, "gunned down"): the figure is its object,
    its passive subject or the subject of an intransitive one; as an active subject it is
    the agent ("20 militants killed 5 soldiers"), not the victims. ``head`` and ``dep``
    stand for a parse that hung the figure elsewhere (``_subject_on_auxiliary``)."""
    lex = lexicon()
    head = _sharing_verb(head or node.head, dep or node.dep_)
    dep = dep or node.dep_
    lemma = head.lemma_.lower()
    measure = verb_measure(head)
    if measure is None and lemma == "shoot" and counted_person(node):
        measure = shot_measure(head)
    if measure is None and held_people(node):
        measure = held_measure(head, node, dep)
    measure = measure or buried(head, node, dep)
    if (measure == "injured" or (measure is None and dep == "dobj")) and to_death(head):
        measure = "killed"  # "were stabbed to death", "a mob beat two to death"
    if measure == "injured" and has_fatal_part(head):
        measure = None  # "two men were stabbed, one fatally": everyone hit, dead and hurt
    if measure is None or (lemma in lex.seizing_verbs and counts_things(node)):
        return _Next.ON
    passive = dep == "nsubjpass" or (
        dep == "nsubj"
        and ((head.tag_ == "VBN" and not perfect(head)) or in_passive_coordination(head))
    )
    if dep in ("dobj", "obj", "attr", "oprd") or passive:
        return Reading(
            measure=measure,
            anchor=head,
            rule=f"verb:{lemma}:{'passive' if passive else 'object'}",
        )
    phrasal = (f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt")
    intransitive = lemma in lex.intransitive or any(p in lex.intransitive for p in phrasal)
    intransitive = intransitive or gave_up(head) is not None  # "two surrendered to police"
    if dep == "nsubj" and intransitive:
        return Reading(measure=measure, anchor=head, rule=f"verb:{lemma}:intransitive")
    # an active "held" reads only when ``held`` took it for a headline's participle
    if dep == "nsubj" and (bare_participle(head, node) or lemma == "hold"):
        return Reading(measure=measure, anchor=head, rule=f"verb:{lemma}:participle")
    if dep == "nsubj":
        return None
    return _Next.ON


def _sharing_verb(head: Token, dep: str) -> Token:
    """ "Police arrested and charged 3 men": the object the parser hung on the second of two
    verbs is the first's too, when the first has none of its own and the second measures
    nothing ("charged", "questioned"): the verb the figure is read by."""
    first = head.head
    if (
        dep != "dobj"
        or head.dep_ != "conj"
        or first.pos_ != "VERB"
        or first.i > head.i
        or verb_measure(head) is not None
        # each with a subject of its own, or a passive first: no object shared ("300 were
        # injured, and that does not include the 62 who died")
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
        or any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "nsubjpass") for c in first.children)
    ):
        return head
    return first if verb_measure(first) is not None else head


def _subject_state(head: Token) -> Reading | None:
    """What the subject's predicate says happened to it: "were among the dead", "were
    confirmed dead", "are reported to have been killed"."""
    lex = lexicon()
    harm = among_group(head) or harm_state(head) or fronted_participle(head)  # "Killed were 2"
    if harm is not None:
        return harm
    for child in head.children:
        # "were confirmed dead", "are feared dead": a predicative adjective says what happened.
        if (
            child.dep_ in ("acomp", "oprd", "xcomp")
            and child.lower_ in lex.nouns
            and (child.pos_ == "ADJ" or child.tag_ == "VBN")
        ):
            return Reading(
                measure=lex.nouns[child.lower_],
                anchor=head,
                rule=f"predicative:{child.lower_}",
            )
        said = predicative_participle(child)  # "were reported martyred"
        if said is not None:
            return said
        # "are reported to have been killed": a raising verb passes its subject on.
        if (
            child.dep_ == "xcomp"
            and child.lemma_.lower() in lex.verbs
            and any(c.dep_ == "auxpass" for c in child.children)
        ):
            return Reading(
                measure=lex.verbs[child.lemma_.lower()],
                anchor=child,
                rule=f"raised:{child.lemma_}",
            )
    return None


def among_group(head: Token) -> Reading | None:
    """ "Two police officers were among the dead", "were among the 8 killed", "among the 40
    people arrested": a part of the group its harm names."""
    lex = lexicon()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for obj in prep.children:
                m = lex.nouns.get(obj.lower_) or lex.nouns.get(obj.lemma_.lower())
                if m is None and obj.lemma_.lower() in lex.victim_groups:
                    return Reading(anchor=head, rule=VICTIMS_RULE)  # "among the victims"
                if m is None:
                    own = own_word(obj) or _modifier_reading(obj)
                    m = own.measure if own is not None and own.measure != "other" else None
                    if own is not None and m is not None and either_harm(own.anchor):
                        m = "other"  # "among the 120 killed and wounded": of both
                # "among the people taken", "among the 134 dead"
                m = m or taken_people(obj) or harm_group(obj) or counted_group(obj)
                if obj.dep_ == "pobj" and m is not None:
                    return Reading(measure=m, anchor=head, rule=f"among:{obj.lower_}")
    return None


def _of_reading(node: Token) -> _Step:
    """ "a total of 32 people have been arrested", "the deaths of 127", "the lives of 62"."""
    head = node.head
    if not (node.dep_ == "pobj" and head.lower_ == "of"):
        return _Next.ON
    lex = lexicon()
    owner = head.head
    olemma = owner.lemma_.lower()
    # "a total of 32 people have been arrested": the total stands in the clause.
    if olemma in lex.toll_nouns and lex.toll_nouns[olemma] is None and owner.i != node.i:
        inner = participant(owner)
        if inner is not None:
            return inner
    nominal = lex.nominalisations.get(olemma)
    if olemma == "shooting" and counted_person(node):
        return _shooting_of(owner)
    if nominal is None or (olemma in REMAINS and not counted_person(node)):
        return _Next.ON  # "the remains of two old forts" are no one's
    # "the lives of 62 soldiers" needs its verb: claim/take/cost/lose the lives.
    if olemma == "life":
        verb = owner.head
        m = lex.idioms.get((verb.lemma_.lower(), "life"))
        if m is None:
            return None
        return Reading(measure=m, anchor=verb, rule=f"idiom:{verb.lemma_} lives of")
    if prospect(owner) and nominal != "arrested":  # a wished arrest: ``factuality.wished``
        return None
    return Reading(measure=nominal, anchor=owner, rule=f"nominal:{olemma} of")


def _shooting_of(owner: Token) -> Reading | None:
    """ "the shooting of four men": those shot (``shooting_of``); a prospect or an intent
    counts no one."""
    if prospect(owner):
        return None
    return Reading(measure=shooting_of(owner), anchor=owner, rule="nominal:shooting of")


def _modifier_reading(node: Token) -> Reading | None:
    """ "60 people killed in the blast", "the 629 who died": a participle or a relative clause
    on the counted noun says what happened."""
    carried = carries_harm(node)
    if carried is not None:
        return carried
    # what the noun's own clauses say, not a part's ("12 men, four of whom were shot")
    for child in (c for c in [*node.children, *stray_relatives(node)] if not said_of_others(c)):
        participle = child.dep_ in ("acl", "relcl", "amod") and child.tag_ == "VBN"
        if participle and not acts_on_others(child):
            # "3 terrorists gunned down", "4 held with explosives"
            m = verb_measure(child) or (held(child) if held_people(node) else None)
        else:
            m = adjective_participle(child)  # "11 abducted workers", tagged an adjective
        if m is not None:
            return Reading(measure=m, anchor=child, rule=f"participle:{child.lemma_}")
        idiom = _participle_idiom(node, child) if child.dep_ == "acl" else None
        if idiom is not None:
            return idiom
        if child.dep_ == "relcl" and (object_relative := _object_relative(child)) is not None:
            return object_relative
        relative = _relative_reading(child)
        if relative is not None:
            return relative
    return partitive_participle(node)


def _participle_idiom(node: Token, participle: Token) -> Reading | None:
    """ "Five terrorists sent to hell in raid": a headline's participle (which the tagger may
    take for a past tense) completes an idiom of harm on the counted noun."""
    if participle.tag_ not in ("VBN", "VBD") or acts_on_others(participle):
        return None
    found = _idiom_reading(participle, node)
    return found if found is not None and found.rule.startswith("idiom:") else None


def _relative_reading(child: Token) -> Reading | None:
    """ "the 629 who died", "12 people who were wounded": a relative clause says it."""
    lex = lexicon()
    if child.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
        for c in child.children
    ):
        m = lex.verbs.get(child.lemma_.lower())
        passive = any(c.dep_ == "auxpass" for c in child.children)
        if m is not None and (passive or child.lemma_.lower() in lex.intransitive):
            return Reading(measure=m, anchor=child, rule=f"relative:{child.lemma_}")
        # "the five people who lost their lives", "two who sustained bullet wounds"
        who = next(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
        return _participle_idiom(who, child)
    return None


RELATIVIZERS = frozenset({"who", "whom", "that", "which"})
_FILLED = frozenset({"dobj", "obj", "nsubjpass"})  # the object slot a relative clause leaves

def _object_relative(clause: Token) -> Reading | None:
    """ "the 12 villagers the rebels abducted", "the two women she is accused of gunning
    down": the counted people are the object a relative clause with a subject of its own
    leaves out (of its verb, or of a verb under it: "accused of", "went on to")."""
    lex = lexicon()
    if not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVIZERS for c in clause.children
    ):
        return None
    under = [
        g for p in clause.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"
    ]
    if clause.lemma_.lower() not in lex.intent_verbs:
        under += [c for c in clause.children if c.dep_ == "xcomp"]
    for verb in (clause, *under):
        if any(c.dep_ in _FILLED and c.lower_ not in RELATIVIZERS for c in verb.children):
            continue  # an object, or a passive's own subject ("12 News that three were shot")
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        measure = lex.verbs.get(lemma) or next(
            (lex.phrasal[(lemma, p)] for p in particles if (lemma, p) in lex.phrasal), None
        )
        if measure is None and lemma == "shoot":
            measure = shot_measure(verb)
        if measure is not None and lemma not in lex.intransitive:
            return Reading(measure=measure, anchor=verb, rule=f"object_relative:{lemma}")
    return None


def _harm_received(node: Token) -> Reading | None:
    """ "injuries to 30 others" (the parser may hang "to" on the verb), and a nominalisation
    whose "of" careless copy dropped ("confirmed the deaths 11 workers")."""
    lex = lexicon()
    doc = node.doc
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "to" and head.i > 0:
        for owner in (head.head, doc[head.i - 1]):
            measure = lex.recipients.get(owner.lemma_.lower())
            if measure is not None and owner.pos_ == "NOUN":
                return Reading(measure=measure, anchor=owner, rule=f"nominal:{owner.lemma_} to")
    first = node.left_edge.i
    if first > 0:
        before = doc[first - 1]
        lemma = before.lemma_.lower()
        if (
            before.pos_ == "NOUN"
            and lemma in lex.nominalisations
            and lemma != "life"
            and before.tag_ == "NNS"
            and any(t.dep_ == "det" for t in before.children)
        ):
            measure = lex.nominalisations[lemma]
            return Reading(measure=measure, anchor=before, rule=f"nominal:{lemma}")
    return None


def in_passive_coordination(verb: Token) -> bool:
    """ "26 people were killed and 60 wounded": the second verb shares the passive."""
    head = verb.head
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.children)


def governing_measure(node: Token) -> Measure | None:
    return reading.measure if (reading := participant(node)) is not None else None
