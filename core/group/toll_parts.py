"""Parts of a toll, never set against it: an increment ("five more bodies", "another 3
died"), one facility's count ("Civil Hospital received 12 bodies"), a part of casualties counted
already ("two of the injured are critical"), those still in care ("58 were still being
treated"). The whole a part is taken from ("two of the 15 injured died later": the 15) is the
toll, never a part."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

from core.extract.hurt_parts import CONDITION_RULES
from core.extract.partitives import PARTITIVE_REACH, of_the_counted
from core.group.running_tallies import clause
from core.group.vocabulary import SentenceInfo, find_phrases, sentence_info, tokens
from core.model import Claim
from core.rules import load_rules

CARE = "care"  # the scope of those still in care or custody (``partial``)
PARTS = frozenset({"increment", "facility", "part", CARE})  # scopes ``partial`` gives
CONDITION = "condition"  # the scope of the hurt counted by their condition (``in_condition``)
TOLL_WORDS = frozenset({"toll", "tally"})  # a figure they name in its clause is the whole toll
OF_THE = 2  # "two of the 15 injured": the words between a part and its whole
# the extraction's rules of a figure counting bodies ("pulled out eleven bodies", "the bodies
# of five victims were recovered")
BODY_RULES = ("noun:body", "nominal:body")


@cache
def _partial_rules() -> tuple[
    frozenset[str], frozenset[str], frozenset[tuple[str, ...]], frozenset[str]
]:
    raw = load_rules("event_types")
    sources = frozenset(tuple(t for t, _, _ in tokens(p)) for p in raw["partial_sources"])
    return (
        frozenset(raw["increment_before"]),
        frozenset(raw["increment_after"]),
        sources,
        frozenset(raw["partial_speakers"]),
    )


def counts_bodies(claim: Claim) -> bool:
    """A count of the bodies found ("divers pulled out eleven bodies"): those found so far
    are a part of the dead, so the toll is at least that many; a toll lower than it, never
    a higher one, disagrees with it."""
    return claim.measure == "killed" and claim.rule.startswith(BODY_RULES)


def in_condition(claim: Claim) -> bool:
    """A count of the hurt by their condition ("four are in critical condition", "the
    condition of three is serious"; the extraction's ``CONDITION_RULES``): a part of the
    injured, never their toll, whether or not its report gives the toll. Such counts are
    compared with each other only, as ``divergent``: patients' condition changes by the hour,
    and "critical" and "serious" overlap."""
    if claim.measure != "injured":
        return False
    if claim.rule.startswith(CONDITION_RULES):
        return True
    # "seven were wounded, three of them in serious condition": a subset its clause puts in a
    # condition
    if claim.part_of is None and not claim.rule.startswith("subset"):
        return False
    words = _after_in_clause(claim)
    return any(
        w in _condition_words() and n == "condition" for w, n in itertools.pairwise(words)
    )


def condition_word(claim: Claim) -> str:
    """The condition a count of the hurt names after it ("critical", "serious"), or ""."""
    return next((w for w in _after_in_clause(claim) if w in _condition_words()), "")


def _after_in_clause(claim: Claim) -> list[str]:
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    lo, hi = clause(claim.sentence, start, end)
    return [t for t, s, _ in tokens(claim.sentence[lo:hi]) if s + lo >= end]


@cache
def _condition_words() -> frozenset[str]:
    """``rules/measures.json`` "condition_words": "critical", "serious", "stable", ..."""
    return frozenset(load_rules("measures")["condition_words"])


def partial(claim: Claim, info: SentenceInfo | None = None) -> str | None:
    """Why a figure is only part of the toll, or None: an increment ("five more bodies",
    "another 3 died") or one facility's count ("Civil Hospital received 20 bodies", "one
    hospital"), unless its clause names it the toll or a word of harm stands between it and
    the facility ("two were injured and shifted to City Hospital"). Neither is ever set
    against the total."""
    before_words, after_words, _, _ = _partial_rules()
    toks = (info or sentence_info(claim.sentence)).tokens
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    before = [t for t, _, e in toks if e <= start][-2:]
    after = [t for t, s, _ in toks if s >= end][:1]
    if (
        (before and before[-1] in before_words) or (after and after[0] in after_words)
    ) and not _more_than_the_dead(claim, toks, start):
        return "increment"  # one of PARTS
    lo, hi = clause(claim.sentence, start, end)
    if any(t in TOLL_WORDS for t, s, e in toks if lo <= s and e <= hi):
        return None  # "... taken to Civil Hospital, raising the death toll to seven": the toll
    if whole_of_a_part(toks, start, end):
        return None  # "two of the 15 injured died later": the 15 are the hurt in all
    if _facility(claim, toks, start, end):
        return "facility"  # one of PARTS
    after = [t for t, s, _ in toks if s >= end]
    if of_the_counted(after[:PARTITIVE_REACH]) or _of_them_before(toks, start):
        return "part"  # one of PARTS: "two of the injured are critical", "Of them, two ..."
    if claim.measure in ("injured", "arrested") and _left_in_care() & set(
        after[:LEFT_IN_CARE_REACH]
    ):
        return CARE  # "58 people were still being treated": those left of the hurt
    return None


def _more_than_the_dead(
    claim: Claim, toks: Sequence[tuple[str, int, int]], start: int
) -> bool:
    """ "Two were killed and four more injured", "killing two and wounding four more": a
    figure of the hurt whose sentence tells deaths before it and no hurt (but its own verb,
    right before it) is more people than the dead, the hurt in all, not more hurt."""
    if claim.measure != "injured":
        return False
    before = [t for t, _, e in toks if e <= start]
    hurt, deaths = _hurt_words()
    told = set(before[:-OWN_VERB_REACH])
    return told.isdisjoint(hurt) and not told.isdisjoint(deaths)


def harm_told(text: str) -> tuple[bool, bool]:
    """Whether the text tells hurt ("wounded", "injuries") and whether it tells deaths."""
    words = {t for t, _, _ in tokens(text)}
    hurt, deaths = _hurt_words()
    return not words.isdisjoint(hurt), not words.isdisjoint(deaths)


@cache
def _hurt_words() -> tuple[frozenset[str], frozenset[str]]:
    """``rules/event_types.json`` "hurt_words" and "death_words"."""
    raw = load_rules("event_types")
    return frozenset(raw["hurt_words"]), frozenset(raw["death_words"])
def _in_source(claim: Claim, start: int, end: int) -> bool:
    """Whether the facility named at ``start:end`` of the sentence is part of who gives the
    figure ("the medical superintendent of Bolan Medical Complex said"): the one who
    tells the incident's count, not a facility counting its own part."""
    name = claim.sentence[start:end]
    return claim.attribution is not None and name in claim.attribution


def _facility(claim: Claim, toks: Sequence[tuple[str, int, int]], start: int, end: int) -> bool:
    """One facility's count: a named one ("Civil Hospital received 20 bodies") or "one
    hospital", not one that is a source ("a hospital official said", "the head of Civil
    Hospital said") nor where the harmed were taken after a word of harm."""
    _, _, sources, speakers = _partial_rules()
    words = [t for t, _, _ in toks]
    for phrase, s_, _ in find_phrases(toks, sources):
        i = next(n for n, (_, s, _) in enumerate(toks) if s == s_)
        following = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
        if following in speakers:  # "a hospital official said": a source, not a count
            continue
        named = i > 0 and claim.sentence[toks[i - 1][1] : toks[i - 1][1] + 1].isupper()
        if named and s_ < start and _in_source(claim, toks[i - 1][1], toks[i + len(phrase) - 1][2]):
            continue  # "Head of Civil Hospital Quetta said the hospital received 14 bodies"
        harmed = [t for t, s, _ in toks if end <= s < s_ and t in harm_words()]
        if harmed:
            continue  # "two soldiers were injured and shifted to Base Hospital": the hurt
        if named or (i > 0 and words[i - 1] in ("one", "another", "each")):
            return True
    return False


OWN_VERB_REACH = 2  # "and wounding four more": the figure's own verb, right before it
LEFT_IN_CARE_REACH = 3  # words after a figure: "58 people were still", "two remain"
OF_THEM_REACH = 3  # "Of them, two are critical": the words before a figure that take it out
_OF_THEM = frozenset({"them", "these", "those", "whom"})


def _of_them_before(toks: Sequence[tuple[str, int, int]], start: int) -> bool:
    """ "Of them, two are in critical condition", "of whom three died": the figure is a part
    of a count its sentence or the one before gave."""
    before = [t for t, _, e in toks if e <= start][-OF_THEM_REACH:]
    return any(w == "of" and n in _OF_THEM for w, n in itertools.pairwise(before))


@cache
def harm_words() -> frozenset[str]:
    """``rules/event_types.json`` "harm_words": a figure they follow before a facility is
    named counts the harm, not what the facility received."""
    return frozenset(load_rules("event_types")["harm_words"])


@cache
def _left_in_care() -> frozenset[str]:
    return frozenset(load_rules("event_types")["left_in_care"])


def whole_of_a_part(toks: Sequence[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the whole a part is taken from: "two of the 15
    injured", "one of the 12 wounded men": "of the" before it, the harmed group after it (as
    ``of_the_counted`` reads a part's words)."""
    before = [t for t, _, e in toks if e <= start][-OF_THE:]
    after = [t for t, s, _ in toks if s >= end]
    return len(before) == OF_THE and of_the_counted([*before, "#", *after][:PARTITIVE_REACH])
