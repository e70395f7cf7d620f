"""Victims named without a numeral: "a 7-year-old boy was shot and killed", "Jane Roe, 15,
died", "killed his wife and two children", a shooter who "killed himself"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.aged_states import aged_state_victims, found_in_state
from core.extract.both_counts import HOW as BOTH_HOW
from core.extract.both_counts import both_count
from core.extract.captive_lists import counted_captive_lists
from core.extract.casualty_words import casualty_word
from core.extract.claim_places import dateline_end
from core.extract.clause_members import cut_member, own_members
from core.extract.factuality import factual, fatal
from core.extract.headline_kickers import a_kicker
from core.extract.inverted_clauses import fronted_verb
from core.extract.later_deaths import died_in_relative
from core.extract.list_members import conjuncts, list_end, unfolded_list
from core.extract.loose_relatives import relative_of
from core.extract.measures import Reading, lexicon
from core.extract.participle_victims import another_conjunct, elided_another, participle_victims
from core.extract.reduced_passives import nearer_subject, reduced_passive, relatives_place
from core.extract.related_victims import RELATION, kin_life, related_count, speakers_object
from core.extract.shooting import DEAD_OF_OBJECT, shot_dead
from core.extract.stranded_subjects import stranded_deaths, stranded_victims
from core.extract.summed_qualifiers import qualified_sum
from core.extract.titled_pairs import titled_one
from core.extract.victim_cues import REFLEXIVES
from core.extract.victim_lists import count_members, mark_breakdowns, names_restate
from core.extract.victim_mentions import DEFINITE, PERSONAL_PRONOUNS, dead_over_hurt
from core.extract.victim_names import (
    CASUALTY_MEASURES,
    Found,
    an_age,
    identified_by_complement,
    one_more,
    one_victim,
    self_named,
    shot_apart,
    shot_self,
    victim_figure,
)
from core.extract.victim_nouns import (
    a_definite_victim_noun,
    described_dead,
    described_hurt,
    multiple_deaths,
    nominal_victims,
    possessed_victims,
)
from core.extract.victim_predicates import casualty_predicate, object_predicate
from core.model import Measure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SELF_RULES = "self_inflicted:"
INTRODUCED = "introduced"  # one the participle of the news names, "injuring the sheriff"


def read_victims(sent: Span, readings: Sequence[Found]) -> tuple[list[Found], set[int]]:
    """One victim named without a numeral ("a 7-year-old boy was shot and killed", "Jane Roe,
    15, died"), a list of them ("a woman, two men and a boy were killed" → 4, one claim
    over the whole list), and a shooter who "killed himself". Read only from the subject of a
    casualty predicate that reports a fact: not negated, not under a modal, a condition or an
    intent. Returns the new figures and the number tokens they replace (a list's numerals).
    A sentence with no casualty word (``casualty_word``, a cheap gate) is not read."""
    held, replaced = counted_captive_lists(sent, readings)  # "a Briton and two Australians"
    if not casualty_word(sent):
        return held, replaced
    counted, anchored = _already_read(readings)
    mark_breakdowns(readings, counted)
    found: list[Found] = []
    done: set[int] = set()
    reflexive_shots: list[Token] = []
    # "CHICAGO -- A boy has died": the parser often makes the dateline a second subject
    opening = dateline_end(sent)
    for tok in sent[opening - sent.start :]:
        head = tok.head
        if tok.dep_ == "dobj" and tok.lower_ in REFLEXIVES:  # the subject reader saw the agent
            if _kills_self(head):
                done.add(head.i)
                if (head.i, "killed") not in anchored:
                    # "a boy fatally shot himself": the boy is the one dead a checker reads
                    named = self_named(sent, head)
                    span = named[1][0] if named else sent.doc[tok.i : tok.i + 1]
                    found.append(victim_figure(sent, span, 1.0, Reading(
                        measure="killed", noun=None, anchor=head,
                        rule=f"self_inflicted:{head.lemma_.lower()}")))
            else:
                reflexive_shots.append(head)
            continue
        subj = _dateline_subject(tok, opening) or tok
        head = subj.head
        if subj.dep_ not in SUBJECTS or head.i in done or nearer_subject(subj):
            continue
        done.add(head.i)
        victim = _subject_victims(sent, subj, counted, anchored)
        if victim is not None:
            found.append(victim[0])
            replaced.update(victim[1])
    _add_other_victims(sent, counted, found, replaced)
    found = dead_over_hurt(found)
    # "shot himself after killing his wife": the outcome untold; beside another who "shot
    # herself to death" ("the parents of a girl who fatally shot herself and of a boy who
    # shot himself in the hand"), each one named
    if not counted and all(f[3].rule.startswith(SELF_RULES) for f in found):
        shots = reflexive_shots if found else reflexive_shots[:1]
        found.extend(f for f in (shot_self(sent, v, anchored) for v in shots) if f)
    elif not counted:  # "a girl shot herself in the foot and a man was hurt": two people
        apart = [shot_apart(sent, v, found, anchored) for v in reflexive_shots]
        found.extend(f for f in apart if f)
    return [*held, *found], replaced


def _add_other_victims(
    sent: Span, counted: dict[tuple[int, Measure], float], found: list[Found], replaced: set[int]
) -> None:
    """The victims objects and harm nouns name, after the subjects' (``found``)."""
    # One victim per measure and sentence from the subject reader is already the victim an
    # object names in a second clause ("a man died after a gunman shot and killed a man" is
    # rare; "a boy was killed when a gunman shot a boy" restates him): never count both.
    # A shooter who "killed himself" is no victim of the object's clause.
    named = {f[3].measure for f in found if not f[3].rule.startswith("self_inflicted")}
    for figure, numerals in _object_victims(sent, counted):
        if figure[3].measure not in named:
            named.add(figure[3].measure)
            found.append(figure)
            replaced.update(numerals)
    # The harm named by a noun ("the shooting death of a woman") counts last: any other
    # figure of that measure in the sentence may be the same victim.
    for figure in (
        *nominal_victims(sent), *possessed_victims(sent), *described_dead(sent),
        *described_hurt(sent),
        *multiple_deaths(sent), *aged_state_victims(sent), *found_in_state(sent),
    ):
        measure = figure[3].measure
        if measure not in named and all(m != measure for _, m in counted):
            named.add(measure)
            found.append(figure)
    found.extend(stranded_victims(sent, found))  # "... and a 9-year-old was shot": one more
    found.extend(stranded_deaths(sent, found))  # "A woman shot ... has succumbed": hers
    # "identified the 3-year-old killed in the blast": a person the sentence names for
    # something else, alone (any figure of the sentence may be them)
    # "left two dead and a third employee wounded": one more than those counted is no one of them
    alone = not found and all(m not in CASUALTY_MEASURES for _, m in counted)
    for figure in participle_victims(sent):
        noun = figure[3].noun
        more = noun is not None and (
            one_more(noun) or another_conjunct(noun) or cut_member(noun, found)
        )
        if (alone and figure[3].measure not in named) or (more and figure not in found):
            named.add(figure[3].measure)
            found.append(figure)
    # "One man was killed and another hurt": one more, unless a reader took "another" already
    taken = {i for f in found for i in range(f[2].start, f[2].end)}
    found.extend(f for f in elided_another(sent) if f[1].i not in taken)


def _already_read(
    readings: Sequence[Found],
) -> tuple[dict[tuple[int, Measure], float], set[tuple[int, Measure | None]]]:
    """What the sentence's figures read already: the value of each (number token, measure),
    and each (predicate token, measure) a figure hangs on."""
    counted: dict[tuple[int, Measure], float] = {}
    anchored: set[tuple[int, Measure | None]] = set()
    for amount, num, _span, reading in readings:
        if reading.measure is not None:
            counted[(num.i, reading.measure)] = amount.value
        if reading.anchor is not None:
            anchored.add((reading.anchor.i, reading.measure))
    return counted, anchored


def _kills_self(verb: Token) -> bool:
    """ "killed himself", "fatally shot himself", reported as done. GVA counts a shooter who
    kills himself among the dead: so does the checker."""
    kills = lexicon().verbs.get(verb.lemma_.lower()) == "killed" or (
        verb.lemma_.lower() == "shoot"
        and (fatal(verb) or shot_dead(verb, DEAD_OF_OBJECT))  # "shot herself to death"
    )
    return kills and factual(verb)



def _dateline_subject(tok: Token, opening: int) -> Token | None:
    """The dateline's town the parser made the subject, of which ``tok`` (after the
    dateline) is an apposition: "QUETTA, Mar 12: Three soldiers ... were killed"."""
    head = tok.head
    if _after_dateline(tok) and head.i < opening and head.dep_ in SUBJECTS:
        return head
    return None


def _after_dateline(tok: Token) -> bool:
    """How the parser hangs the subject that follows a dateline on the town it took for the
    subject: an apposition ("QUETTA, Mar 12: Three soldiers"), or an age that stands for the
    person as an adjective ("DUNMORE, Ky. - A 3-year-old was shot")."""
    return tok.dep_ == "appos" or (
        tok.dep_ == "amod" and an_age(tok)
    )


def _subjects_after_dateline(head: Token, opening: int) -> list[Token]:
    """The subjects of ``head`` (with their conjuncts) after the dateline; a dateline's town
    the parser took for the subject gives way to the apposition it hung after it ("QUETTA,
    Mar 12: Three soldiers and a policeman were killed": the soldiers and the policeman)."""
    members: list[Token] = []
    wounds = lexicon().recipients
    for subj in (c for c in head.children if c.dep_ in SUBJECTS):
        if subj.lemma_.lower() in wounds:
            continue  # "a boy who was found with a gunshot wound ... has died": a misparse
        if relatives_place(subj, head):
            continue  # "a man who was shot in north Tulsa has died": the town no subject
        if a_kicker(subj):  # "Karnataka: 3 labourers die in ...": the headline's label
            continue
        if subj.i >= opening:
            members.extend(conjuncts(subj))
            continue
        for appos in (a for a in subj.children if _after_dateline(a) and a.i >= opening):
            members.extend(conjuncts(appos))
    return members


def _subject_victims(
    sent: Span,
    subj: Token,
    counted: dict[tuple[int, Measure], float],
    anchored: set[tuple[int, Measure | None]],
) -> tuple[Found, list[int]] | None:
    """The victims a subject names, and the list's numerals the figure replaces."""
    predicate = casualty_predicate(subj) or _read_on_its_count(subj, counted, anchored)
    if predicate is None:
        return None
    verbs, measure, lemma = predicate
    head = subj.head
    # "... and a third employee wounded": the participle is theirs alone
    members = [subj] if reduced_passive(head, subj) else (
        _subjects_after_dateline(head, dateline_end(sent))
    )
    if (noun := relative_of(members, head)) is not None:  # "a man who was shot"
        members = _antecedent(noun)
    if any(m.i > head.i for m in members) and not fronted_verb(head):
        return None  # an inverted clause, but "Killed were X and Y": rare, not worth a guess
    if names_restate(members, measure, counted):
        return None
    count = count_members(members, measure, counted) or both_count(members)  # "Both died"
    if count is None and len(members) == 1 and definite_victim(members[0]) and (
        measure == "killed" or identified_by_complement(members[0])
    ):
        # "The child was pronounced dead", "she died of her injuries": counted only when no
        # figure before it counts anyone (``victim_mentions.refers_back``); "the officer was
        # hurt" is too often one of the hurt a count left unnamed, but "the owner of the shop
        # was hurt" is news introducing the person, as an article would
        count = (1.0, DEFINITE, [])
    if count is None:
        count = related_count(members, measure, head)  # "his daughter was hospitalized"
    if count is None:
        return None
    total, how, numerals = count
    if len(members) == 1:
        # A figure already read on this predicate counts this victim ("two people,
        # including a teenager, were killed"; "a man died, one of three"): no second count;
        # nor does one person stand for a list the parse hung under the first name.
        if any((v.i, measure) in anchored for v in verbs) or unfolded_list(members[0]):
            return None
        who = _taken_there(members[0], head) or members[0]
        one = one_victim(who, relation=how == RELATION)
        start = who.left_edge.i if how == BOTH_HOW else who.i  # "Both victims"
        span = one[0] if one is not None else sent.doc[start : who.i + 1]
        rule = f"singular_victim:{how}:{lemma}"
        numerals = []
    else:
        first = min(m.left_edge.i for m in members)
        last = max(members, key=lambda m: m.i)
        span = sent.doc[first : list_end(last)]
        named_as = how in (DEFINITE, RELATION)
        rule = f"victim_list:{how}:{lemma}" if named_as else f"victim_list:{lemma}"
    reading = Reading(measure=measure, noun=members[0], anchor=verbs[0], rule=rule)
    found = victim_figure(sent, span, total, reading)
    return (found if len(members) == 1 else qualified_sum(found)), numerals


def _read_on_its_count(
    subj: Token,
    counted: dict[tuple[int, Measure], float],
    anchored: set[tuple[int, Measure | None]],
) -> tuple[list[Token], Measure, str] | None:
    """A harm no casualty verb names ("two guards and a cook lost their lives", "were hacked
    to death") the figure of a numbered member of the list was read on: theirs too."""
    head = subj.head
    members = conjuncts(subj)
    if len(members) < 2 or head.pos_ != "VERB" or head.lemma_.lower() in lexicon().restating_verbs:
        return None  # "two guards and a cook were among the dead": a part, no list's harm
    # the figure hangs on the verb or on the words that complete it ("lost their *lives*")
    words = {head.i, *(c.i for c in head.children)}
    numerals = {c.i for m in members for c in m.children if c.dep_ == "nummod"}
    for num, measure in counted:
        if num in numerals and measure in CASUALTY_MEASURES and any(
            (w, measure) in anchored for w in words
        ):
            return [head], measure, head.lemma_.lower()
    return None


def _taken_there(pronoun: Token, verb: Token) -> Token | None:
    """ "Roe was taken to Mercy Hospital, where he died": the pronoun of a clause on the place
    stands for the one the sentence took there, named earlier in it (the victim's mention)."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS or verb.dep_ != "relcl":
        return None
    if not any(c.lower_ == "where" for c in verb.children):
        return None
    moved = verb.head
    while moved.pos_ not in ("VERB", "AUX") and moved.head.i != moved.i:
        moved = moved.head
    subject = next((c for c in moved.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i:
        return None
    person = subject.pos_ == "PROPN" or (
        subject.tag_ == "NN" and subject.lemma_.lower() in lexicon().victim_nouns
    )
    return subject if person else None


def _antecedent(noun: Token) -> list[Token]:
    """The person a relative clause speaks of ("an armed teen *who was fatally shot* has been
    identified"); none when the main clause already says what befell them ("a man who was
    shot Sunday has died": the later outcome counts, once)."""
    if noun.dep_ in SUBJECTS and casualty_predicate(noun) is not None:
        return []
    if noun.dep_ == "dobj" and object_predicate(noun) is not None:
        return []
    if noun.dep_ == "attr":
        return []  # "one of the dead was a child who ...": the subject counts them
    return [noun]


def definite_victim(noun: Token) -> bool:
    """ "*the* driver", "*she*": one person the text may already have counted."""
    if noun.lower_ in PERSONAL_PRONOUNS:
        return noun.pos_ == "PRON"
    return (
        noun.tag_ == "NN"
        and a_definite_victim_noun(noun)
        and [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")] == ["the"]
    )


def _object_victims(
    sent: Span, counted: dict[tuple[int, Measure], float]
) -> list[tuple[Found, list[int]]]:
    """Victims as the direct object of an active casualty verb: "a gunman shot and killed a
    7-year-old boy", "fatally shot his neighbor, a 45-year-old woman", "killed his wife",
    "the crash left a man dead". The object is one person (indefinite, a name, an apposition,
    or named by relation) or a list of them ("killed his wife and two children" → 3, the
    list's numerals replaced); the clause reports a fact."""
    found: list[tuple[Found, list[int]]] = []
    seen: set[int] = set()
    for tok in sent:
        if tok.dep_ != "dobj" or tok.head.i in seen or tok.lower_ in REFLEXIVES:
            continue
        seen.add(tok.head.i)
        victim = _object_victim(sent, tok, counted)
        if victim is not None:
            found.append(victim)
    return found


def _outcome(obj: Token, verb: Token, measure: Measure) -> Measure | None:
    """What befell the object, as the sentence tells it: "wounded a man who later died of his
    wounds" dead, not hurt; "'They killed my father in the war,' he said" the speaker's past
    (``kin_life``), no victim of the news."""
    if measure == "injured" and died_in_relative(obj):
        return "killed"
    if measure == "killed" and speakers_object(obj) and kin_life(verb):
        return None
    return measure


def _object_victim(
    sent: Span, obj: Token, counted: dict[tuple[int, Measure], float]
) -> tuple[Found, list[int]] | None:
    """The victims one object names, and the numerals of its list."""
    predicate = object_predicate(obj)
    if predicate is None:
        return None
    verbs, harm, lemma = predicate
    measure = _outcome(obj, verbs[0], harm)
    if measure is None:
        return None
    listed = conjuncts(obj)
    members = own_members(listed, measure)
    numerals = [c.i for m in members for c in m.children if c.dep_ == "nummod"]
    numerals += [m.i for m in members if m.like_num]  # "and two of his guards"
    if any(m == measure and i not in numerals for i, m in counted):
        # "killed three, including a boy"; "two were killed when a gunman killed a woman": a
        # numeral of the sentence may count this victim already
        return None
    count = count_members(members, measure, counted, relation=True) or both_count(members)
    if count is None and len(members) == 1 and definite_victim(obj):
        # "killed the manager": counted as a definite subject who died (``refers_back``);
        # "..., critically injuring the sheriff": a participle after the news introduces him
        count = (1.0, DEFINITE, []) if measure == "killed" else (
            (1.0, INTRODUCED, []) if obj.head.tag_ == "VBG" else None
        )
    elif count is None and obj.head.tag_ == "VBG" and titled_one(obj):
        count = (1.0, INTRODUCED, [])  # "..., killing the mayor": one by their office
    if count is None:
        return None
    total, how, _counted_numerals = count
    if names_restate(members, measure, counted):
        return None
    if len(members) == 1:
        if unfolded_list(obj) and len(listed) == 1:
            return None  # a count of one would undercount the list
        span = (one_victim(obj, relation=True) or (sent.doc[obj.left_edge.i : obj.i + 1],))[0]
        rule = f"object_victim:{how}:{lemma}"
    else:
        first = min(m.left_edge.i for m in members)
        span = sent.doc[first : list_end(members[-1])]
        rule = f"victim_list:{DEFINITE}:{lemma}" if how == DEFINITE else f"victim_list:{lemma}"
    reading = Reading(measure=measure, noun=obj, anchor=verbs[0], rule=rule)
    return victim_figure(sent, span, total, reading), numerals
