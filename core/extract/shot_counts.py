"""Who "was shot" when a report counts dead: news writes "shot" of everyone hit, the dead
included ("a gunman shot four people" of three dead and one hurt; "Ana Ruiz was shot in the
chest" of a victim the lead says died). Read alone, "shot" counts the hurt (``shot_measure``);
in a report that counts dead, a bare "shot" (nothing in its clause says hurt: "shot and
wounded", "shot ... in critical condition") is no count of the hurt, nor are people found
"with gunshot wounds". A numeral stays a figure,
of those hit ("other"); a victim named without a numeral is dropped, being one of the dead or
unknown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.called_shots import called_in
from core.extract.care import found_with_harm, in_condition
from core.extract.measures import Reading, lexicon
from core.extract.shot_names import beside_the_dead, not_of_the_dead, others_than_the_dead
from core.extract.span_tallies import many_incident_sentences
from core.extract.suffered_harms import carried_harm, suffered_from
from core.extract.tally_scope import tally_words
from core.extract.victim_mentions import SINGULAR_RULES
from core.rules import load_rules
from core.text.dates import count_number

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Claim

# Claims read from people named, not counted: dropped rather than kept as "other"
NAMED_RULES = (*SINGULAR_RULES, "victim_list:", "ellipsis<singular_victim:")
HIT_RULE = "; shot, in a report that counts dead: those hit, not the hurt"
# Harm nouns said of the living only ("people with injuries"), unlike "wounds"
LIVING_HARM = frozenset({"injury"})
# "were shot", "the shooting of four men", a headline's "Four shot at party"
SHOT_WORDS = frozenset({"shoot", "shooting", "shot"})
# The dead a shooter's own death makes ("killed himself") leave everyone he shot hurt
SELF_RULES = ("self_inflicted",)
SELF_SHOT_RULES = ("self_shot:",)  # "a girl shot herself": hurt, if nothing says she died
GAP = dt.timedelta(days=2)  # a death this near the shooting's days may be of the same incident
NONFATAL_ADVERBS = frozenset({"nonfatally", "non-fatally"})  # "was nonfatally shot"
TALLY_SPAN = 31  # days: a count of the dead over a longer time is a tally, no incident's


def bare_shot(reading: Reading) -> bool:
    """The figure counts the hurt only because "shot" does: nothing else in its clause says
    hurt ("shot and wounded", "shot and hospitalized", "in critical condition"); or only
    because the people were found "with gunshot wounds", as the dead are too."""
    verb = reading.anchor
    if reading.measure == "injured" and reading.rule == "with_harm":
        # "found with gunshot wounds" may be the dead too; "50 people with injuries",
        # "two with life-threatening wounds" lived
        return verb is None or not any(_of_the_living(o) for o in verb.children)
    if reading.measure == "injured" and verb is not None and found_with_harm(verb, reading.noun):
        return True  # "a man was found with a gunshot wound": so are the dead found
    if reading.measure == "injured" and verb is not None and (
        carried_harm(verb) is not None or suffered_from(verb)
    ):
        # "Ana Roe suffered a gunshot wound", "suffering from gunshot wounds": a wound the
        # dead carried too, unless it is one of the living ("sustained minor injuries")
        harms = [o for o in verb.children if o.dep_ == "dobj"] + suffered_from(verb)
        return any(o.lemma_.lower() in lexicon().recipients for o in harms) and not any(
            _of_the_living(o) for o in harms
        )  # "receiving treatment" is of the living
    if reading.measure != "injured" or verb is None or called_in(verb):
        return False  # "a call about a hunter being shot": the call's telling, hurt
    # "a child wounded himself": the outcome as untold as "shot himself" leaves it
    if verb.lemma_.lower() not in SHOT_WORDS and not reading.rule.startswith(SELF_SHOT_RULES):
        return False
    verbs = lexicon().verbs
    for near in (verb, *verb.children, *(c for c in verb.head.children if verb.dep_ == "conj")):
        if near.i != verb.i and verbs.get(near.lemma_.lower()) == "injured":
            return False
        if in_condition(near):
            return False
    return not _in_a_limb(verb) and not _not_fatally(verb)


def _not_fatally(verb: Token) -> bool:
    """ "shot an uncle, though not fatally", "was nonfatally shot": the clause says the person
    lived (the parse may hang the adverb set off by commas on the object before it)."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    for word in (*verb.children, *(c for o in objects for c in o.children)):
        if word.dep_ != "advmod":
            continue
        if word.lower_ in NONFATAL_ADVERBS:
            return True
        near = (*word.children, *word.head.children)  # "not" on the adverb or beside it
        if word.lower_ == "fatally" and any(n.dep_ == "neg" for n in near):
            return True
    return False


@functools.cache
def _limb_words() -> frozenset[str]:
    return frozenset(load_rules("measures")["limb_words"])


def _in_a_limb(verb: Token) -> bool:
    """ "was shot in the leg", "shot once in the left shoulder": a wound the text puts in a
    limb, one the person lived through."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _limb_words() for o in prep.children)
        for prep in verb.children
    )


def _of_the_living(harm: Token) -> bool:
    """A harm noun said of the living only: "injuries", a wound in a patient's condition
    ("life-threatening wounds", "critical injuries") or a slight one ("minor wounds")."""
    if harm.lemma_.lower() in LIVING_HARM:
        return True
    words = harm.doc[harm.left_edge.i : harm.i].text.lower().split()
    return any(w in lexicon().condition_words or w in _slight_words() for w in words)


@functools.cache
def _slight_words() -> frozenset[str]:
    """ "minor splinter wounds", "superficial injuries": wounds people live through."""
    return frozenset(load_rules("measures")["slight_wound_words"])


def settle_shot_counts(
    claims: Sequence[Claim], bare: set[str], headline_end: int = -1
) -> list[Claim]:
    """The claims with the ``bare`` "shot" figures read again when the report counts dead;
    one who "shot himself" is no one hurt in a report where someone died at about that time
    (a roundup's child who "shot himself in the hand" months before another's death is),
    unless told hurt before any death that may be theirs (``told_hurt_first``)."""
    dead = [c for c in claims if c.measure == "killed" and c.qualifier != "vague" and c.value >= 1]
    counts_dead = any(not c.rule.startswith(SELF_RULES) for c in dead)
    if not dead or not bare:
        return list(claims)
    settled: list[Claim] = []
    tallies = many_incident_sentences(claims)  # "7 dead in 17 shootings": not his death
    deaths = [d for d in dead if d.sentence_start not in tallies]
    for claim in claims:
        first = claim.id in bare and told_hurt_first(claim, deaths, headline_end)
        if claim.id in bare and claim.rule.startswith(SELF_SHOT_RULES):
            if first or not any(_may_be_its(d, claim) for d in deaths):
                settled.append(claim)
        elif claim.id not in bare or not counts_dead or not_of_the_dead(claim, dead) or (
            beside_the_dead(claim, claims, dead) or others_than_the_dead(claim, deaths)
        ) or all(_another_death(d, claim) for d in deaths) or first:
            # each death is a tally's or another's: a roundup's girl "shot in the back"
            settled.append(claim)
        elif not claim.rule.startswith(NAMED_RULES):
            settled.append(
                dataclasses.replace(claim, measure="other", rule=claim.rule + HIT_RULE)
            )
    return settled


def told_hurt_first(shot: Claim, deaths: Sequence[Claim], headline_end: int) -> bool:
    """One person named "shot" in the body before any death that may be theirs is told:
    each harm state a person is told in counts ("a girl was shot on Monday ... the girl died
    on Thursday": hurt at the wound, dead at the death); a death told before it or in its own
    sentence makes the "shot" a telling of that death. A headline's death is a telling of
    its own, no earlier one of the body's."""
    if shot.value != 1 or not shot.rule.startswith(NAMED_RULES):
        return False
    if shot.sentence_start <= headline_end or _tells_a_death(shot.sentence):
        return False
    return all(
        d.sentence_start > shot.sentence_start or d.sentence_start <= headline_end
        for d in deaths
        if not _another_death(d, shot)
    )


def _tells_a_death(sentence: str) -> bool:
    """ "a gunman shot a girl at her home, in what officers called a murder-suicide": a noun
    of the killing in the sentence tells the death there, though no figure counts it."""
    nouns = lexicon().multiple_death_nouns
    return any(
        w in nouns or w.removesuffix("s") in nouns for w in re.findall(r"[a-z]+", sentence.lower())
    )


def _may_be_its(dead: Claim, shot: Claim) -> bool:
    """Whether a death may be the one who shot himself: of about his day, or of a day untold
    (not a tally over months, nor another case's day)."""
    start, end = shot.date_start, shot.date_end
    first, last = dead.date_start, dead.date_end
    if _another_death(dead, shot):
        return False
    if start is None or end is None or first is None or last is None:
        return True
    return first - GAP <= end and start - GAP <= last


def _another_death(dead: Claim, shot: Claim) -> bool:
    """A death that is none of the shot person's, whatever their days: a tally over months,
    one that happens every year ("some 30 teenagers die annually"), or the death of one of
    another age ("9-year-old Jo Roe" is no 5-year-old)."""
    first, last = dead.date_start, dead.date_end
    # one person named dead in a year told ("the killing of a woman shot in 2023") is no tally
    one = dead.value == 1 and dead.rule.startswith(NAMED_RULES)
    if first is not None and last is not None and (last - first).days > TALLY_SPAN and not one:
        return True
    return _habitual(dead.sentence) or _other_age(dead, shot)


@functools.cache
def _ages() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An age in the claim's words, right before them, right after a name ("Jo Roe, 9,")."""
    age = r"(\d+|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old"  # "9", "nine", "twenty-four"
    return (re.compile(rf"\b{age}\b", re.IGNORECASE), re.compile(rf"\b{age}$", re.IGNORECASE),
            re.compile(r"^\s*,\s*(\d{1,3})\s*[,)]"))


def _other_age(dead: Claim, shot: Claim) -> bool:
    """Both told by an age ("9-year-old Jo Roe", "a 5-year-old girl"), and not the same one."""
    one, other = _age_of(dead), _age_of(shot)
    return one is not None and other is not None and one != other


def _age_of(claim: Claim) -> str | None:
    """The age in the claim's words ("a 5-year-old girl", "a five-year-old"), right before a
    name ("9-year-old Jo Roe") or right after it ("Jo Roe, 9,")."""
    inside, before, after = _ages()
    told = claim.sentence[: claim.start - claim.sentence_start].rstrip()
    found = (inside.search(claim.number_text) or before.search(told)
             or after.search(claim.sentence[claim.end - claim.sentence_start :]))
    age = count_number(found.group(1).lower().replace("-", " ")) if found is not None else None
    return None if age is None else str(age)


HABITUAL_UNITS = frozenset({"year", "month"})  # "every year" (tally_scope.habitual's)


def _habitual(sentence: str) -> bool:
    """A count of deaths that happen every year ("die annually", "are killed each year"): a
    statistic, no one's."""
    tallies = tally_words()
    words = [w.strip(".,;:") for w in sentence.lower().split()]
    return not tallies.habitual_words.isdisjoint(words) or any(
        word in tallies.habitual_determiners and unit in HABITUAL_UNITS
        for word, unit in itertools.pairwise(words)
    )
