"""What the words of a figure's sentence say to the grouping: its event kind, the wording
around it with numbers masked, and its actor normalised."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from core.group.toll_parts import harm_words
from core.group.vocabulary import (
    SentenceInfo,
    find_phrases,
    rules,
    sentence_info,
    tokens,
)
from core.model import Claim
from core.rules import load_rules, word_set

WINDOW_TOKENS = 8  # wording compared: this many tokens either side of the figure


# The family of kinds of an attack (rules/event_types.json): the harm it tells is its own.
ATTACK_FAMILY = "attack"


def infer_kind(claim: Claim, info: SentenceInfo | None = None) -> tuple[str | None, bool]:
    """The event kind for a claim and whether its trigger is a counted plural ("71 attacks").

    The extractor's ``event_type`` wins when it names a known kind; else the trigger nearest the
    figure in the sentence, preferring event words over arrest/kidnapping words.
    """
    table = rules()
    if claim.event_type:
        if claim.event_type in table.kinds:
            return claim.event_type, False
        hits = find_phrases(tokens(claim.event_type), table.trigger_set)
        if hits:
            return table.triggers[hits[0][0]].name, hits[0][0][-1] in table.counted
    hits = list((info or sentence_info(claim.sentence)).triggers)
    if not hits:
        return None, False
    fig = claim.start - claim.sentence_start
    best = min(
        hits, key=lambda h: (table.triggers[h[0]].priority, min(abs(h[1] - fig), abs(h[2] - fig)))
    )
    kind = table.triggers[best[0]]
    instead = _measure_kinds().get(claim.measure, {}).get(kind.family)
    if instead and _tells_harm(claim) and all(
        table.triggers[h[0]].family != ATTACK_FAMILY for h in hits
    ):
        # "troops killed 12 militants and arrested nine": the operation's; the harm of an
        # attack ("12 were killed when a car bomb exploded ... police arrested three men in
        # a raid") is not the raid's, whose arrests stay the attack's
        instead = None
    return instead or kind.name, best[0][-1] in table.counted


def _tells_harm(claim: Claim) -> bool:
    """Whether the figure's sentence tells a harm ("killed", "wounded"): arrests told beside
    it are those of the operation that did the harm."""
    return not harm_words().isdisjoint(t for t, _, _ in tokens(claim.sentence))


@cache
def _measure_kinds() -> dict[str, dict[str, str]]:
    """``rules/event_types.json`` "measure_kinds": the arrests the troops or the raids made are
    arrests, and the abducted the forces search for are the abduction's, not an operation of
    their own."""
    table: dict[str, dict[str, str]] = load_rules("event_types")["measure_kinds"]
    return table


def fits_measures(kind: str, measures: Iterable[str]) -> bool:
    """Whether the kind may name an event of figures of these measures: an arrest or a
    kidnapping only when one of them counts the arrested or the kidnapped
    (``rules/event_types.json`` "kind_measures"); any other kind always."""
    needed = _kind_measures().get(kind)
    return needed is None or not needed.isdisjoint(measures)


@cache
def _kind_measures() -> dict[str, frozenset[str]]:
    raw: dict[str, list[str]] = load_rules("event_types")["kind_measures"]
    return {kind: frozenset(measures) for kind, measures in raw.items()}


def masked_context(
    claim: Claim, *, width: int = WINDOW_TOKENS, info: SentenceInfo | None = None
) -> str:
    """The words around the figure, numbers masked as ``#``, stop words dropped."""
    toks = (info or sentence_info(claim.sentence)).tokens
    fig = claim.start - claim.sentence_start
    centre = next((i for i, (_, s, e) in enumerate(toks) if e > fig), len(toks))
    window = toks[max(0, centre - width) : centre + width + 1]
    table = rules()
    out = []
    for word, _, _ in window:
        if any(ch.isdigit() for ch in word) or all(
            part in table.number_words for part in word.split("-")
        ):
            out.append("#")
        elif word not in table.stopwords:
            out.append(word)
    return " ".join(out)


def norm_actor(actor: str | None) -> str | None:
    """The actor's words without stop words, or None."""
    if not actor:
        return None
    words = [t for t, _, _ in tokens(actor) if t not in rules().stopwords]
    return " ".join(words) or None


@cache  # asked of every pair of claims whose actors differ: a project has few actors
def unnamed_doer(actor: str) -> bool:
    """A doer described, not named ("armed men", "unidentified kidnappers"): every word of
    the (normalised) actor a word of agents or of people (``unnamed_doer_words``)."""
    words = _doer_words()
    return all(
        w in words or w.removesuffix("s") in words or w.replace("men", "man") in words
        for w in actor.split()
    )


@cache
def _doer_words() -> frozenset[str]:
    keys = ("agent_nouns", "armed_modifiers", "unnamed_doer_words")
    return frozenset().union(*(word_set("measures", key) for key in keys))


SAID_REACH = 2  # "said on Saturday", "told reporters Friday": the day this few words after


@cache
def _reporting_verbs() -> frozenset[str]:
    """Every form of a verb of saying (``rules/cues.json`` "reporting_verbs")."""
    table: dict[str, list[str]] = load_rules("cues")["reporting_verbs"]
    return frozenset(form for forms in table.values() for form in forms)


def said_day(claim: Claim) -> bool:
    """Whether the figure's day is the day something was said ("the army said on Saturday"):
    when the report was filed, not a day the text gives its happening."""
    if not claim.date_text:
        return False
    low = claim.sentence.casefold()
    at = low.find(claim.date_text.casefold())
    end = at + len(claim.date_text)
    if at < 0 or low[end - 2 : end + 2].replace("’", "'").find("'s") >= 0:
        return False  # "said Thursday's bombing": the day of the bombing
    before = [t for t, _, _ in tokens(low[:at]) if t not in ("on", "reporters")]
    return any(w in _reporting_verbs() for w in before[-SAID_REACH:])


@cache
def _night_words() -> frozenset[tuple[str, ...]]:
    """``rules/event_types.json`` "night_words", as token tuples."""
    phrases: list[str] = load_rules("event_types")["night_words"]
    return frozenset(tuple(t for t, _, _ in tokens(p)) for p in phrases)


def named_day(claim: Claim) -> bool:
    """Whether the report names the figure's day as the day it happened ("Thursday's
    bombing", "on Wednesday"): not the day something was said, nor a night's edge ("late on
    Monday", "after midnight", which may be the next day's small hours)."""
    if not claim.date_text or said_day(claim):
        return False
    return not find_phrases(tokens(claim.date_text), _night_words())
