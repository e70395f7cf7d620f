"""The parts of two figures' evidence as one event (``pair_scores.score_pair``): where they
stand in their reports, their days, places, kinds, actors and wording, each adding to or taking
from the pair's score, with a reason a checker can read."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz

from core.group.facts import ClaimFacts
from core.group.figure_words import ATTACK_FAMILY, unnamed_doer
from core.group.periods import SHORT_DAYS, period_text
from core.group.report_ties import (
    ARREST,
    BESIDE_INCIDENT,
    follows_incident,
    one_exchange,
    one_statistic,
)
from core.group.vocabulary import kinds_meet, same_deed
from core.text import places
from core.text.places import Relation

# an arrest, abduction or protest on the day of its report's incident (``follows_incident``):
# evidence of that incident, short of a place or a kind it shares
BESIDE_WEIGHT = 0.1
# two attacks of different kinds told by reports not found to cover one incident: against, as
# much as alike wording ("killing nine, police said") adds to a day and a town
KINDS_APART = 0.3


# a district (Pakistan's "Kurram") weighs as a province: as big as a town is small; so does a
# region of the gazetteer (a disputed territory of a few provinces, an island of a few
# counties: rules/places.json regions, islands), no country
_PLACE_SAME = {"city": 0.25, "district": 0.2, "admin1": 0.2, "country": 0.1, "region": 0.2}


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def unrelated(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two claims of different reports that no report group ties together: ``score_pair``
    then reads only what ``scoring_key`` holds of each."""
    return a.doc != b.doc and (a.group is None or a.group != b.group)


def _doc_adjacent(a: ClaimFacts, b: ClaimFacts, texts: Mapping[str, str]) -> bool:
    """True when ``b``'s sentence directly follows ``a``'s in the same document."""
    first, second = (a, b) if a.claim.sentence_start < b.claim.sentence_start else (b, a)
    text = texts.get(a.doc)
    if text is None:
        return False
    gap = text[first.claim.sentence_end : second.claim.sentence_start]
    return len(gap) <= 4 and not gap.strip(" \t\n\r\"'”“")


def date_evidence(
    a: ClaimFacts,
    b: ClaimFacts,
    score: float,
    reasons: list[str] | None,
    *,
    same_doc: bool,
    same_sentence: bool,
) -> float:
    """The score after the two claims' dates: overlapping days weigh most, periods less."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return score
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    la, lb = a.end - a.start + 1, b.end - b.start + 1
    if (
        la <= SHORT_DAYS and lb <= SHORT_DAYS and same_doc and lo > hi
        and a.named_day and b.named_day
    ):
        # one report dating two figures to different days tells two happenings ("Thursday's
        # bombing" / "the Wednesday bombings"); the slack is for reports that disagree
        score += 0.1
        said = "days a day apart"
    elif la <= SHORT_DAYS and lb <= SHORT_DAYS:
        score += 0.3
        said = "dates overlap"
        if same_doc and not same_sentence:
            score += 0.1
    elif max(la, lb) / min(la, lb) <= 2:
        score += 0.2 if (a.total and b.total) else 0.1
        said = "same period"
    else:
        score += 0.05
        said = "periods overlap"
    if reasons is not None:
        reasons.append(f"{said} {period_text(min(lo, hi), max(lo, hi))}")
        if said == "dates overlap" and same_doc and not same_sentence:
            reasons.append("same report, same day")
    return score


def place_evidence(
    a: ClaimFacts,
    b: ClaimFacts,
    score: float,
    reasons: list[str] | None,
    *,
    same_name: bool,
    rel: Relation | None,
) -> float:
    """The score after the two claims' places: a shared name, the same or a containing place."""
    if same_name:
        score += 0.2
        if reasons is not None:
            reasons.append(f"same place name ({a.claim.location})")
    if a.place is not None and b.place is not None:
        if rel == "same":
            score += _PLACE_SAME[a.place.level]
            if reasons is not None:
                reasons.append(places.describe(a.place, b.place))
        elif rel in ("contains", "within"):
            outer = a.place if rel == "contains" else b.place
            score += 0.05 if outer.level == "country" else 0.15
            if reasons is not None:
                reasons.append(places.describe(a.place, b.place))
    return score


def kind_evidence(
    a: ClaimFacts, b: ClaimFacts, score: float, reasons: list[str] | None
) -> float:
    """The score after the two claims' event kinds: the same kind, one family, or a clash."""
    if a.kind and b.kind and not one_statistic(a, b):
        delta, reason = _kind_weight(a, b)
        score += delta
        if reasons is not None and reason:
            reasons.append(reason)
    return score


def _kind_weight(a: ClaimFacts, b: ClaimFacts) -> tuple[float, str]:
    """What two claims' kinds add to their score, and the reason ("" for none)."""
    if a.kind == b.kind:
        return 0.15, f"both {_article(a.kind or '')} {a.kind}"
    deed = same_deed((a.kind or "",), (b.kind or "",))  # one deed: as kinds of one family
    if a.family == b.family or deed:
        if "attack" in (a.kind, b.kind):
            return 0.05, f"{a.kind} / {b.kind}"
        if (a.family == ATTACK_FAMILY or deed) and unrelated(a, b):
            # a bombing in the morning and a shooting at night in one city: two incidents,
            # unless their reports were found to cover one
            return -KINDS_APART, f"{a.kind} / {b.kind}: two kinds of attack"
        return 0.0, ""
    if follows_incident(a, b):
        beside, kind = (a, b.kind) if a.family in BESIDE_INCIDENT else (b, a.kind)
        said = "arrests after" if beside.family == ARREST else f"{beside.kind} in"
        return BESIDE_WEIGHT, f"{said} the {kind}"
    if kinds_meet((a.kind or "",), (b.kind or "",)):
        return 0.0, f"{a.kind} / {b.kind}: one incident may hold both"
    if one_exchange(a, b):
        return 0.0, f"{a.kind} / {b.kind}: one incident's exchange"
    return -0.25, f"different kinds ({a.kind} / {b.kind})"


def actor_and_wording_evidence(
    a: ClaimFacts, b: ClaimFacts, score: float, reasons: list[str] | None
) -> float:
    """The score after the two claims' actors and the wording around their figures."""
    if a.actor and b.actor:
        similarity = fuzz.token_set_ratio(a.actor, b.actor) / 100
        if similarity >= 0.85:
            score += 0.1
            if reasons is not None:
                reasons.append(f"same actor ({a.claim.actor})")
        elif similarity < 0.5 and not (unnamed_doer(a.actor) and unnamed_doer(b.actor)):
            score -= 0.15
            if reasons is not None:
                reasons.append(f"different actors ({a.claim.actor} / {b.claim.actor})")
    if a.context and b.context:
        wording = fuzz.token_set_ratio(a.context, b.context) / 100
        if wording > 0.35:
            score += 0.3 * (wording - 0.35) / 0.65
        if wording >= 0.5 and reasons is not None:
            reasons.append(f"similar wording {wording:.2f}")
    return score


def sentence_evidence(
    a: ClaimFacts,
    b: ClaimFacts,
    texts: Mapping[str, str],
    score: float,
    reasons: list[str] | None,
    *,
    same_doc: bool,
    same_sentence: bool,
) -> float:
    """The score after where the claims stand: one sentence, or two of one report."""
    if same_sentence:
        score += 0.45
        if reasons is not None:
            reasons.append("same sentence")
    elif same_doc:
        later = a if a.claim.sentence_start > b.claim.sentence_start else b
        if later.anaphoric and _doc_adjacent(a, b, texts):
            score += 0.2
            if reasons is not None:
                reasons.append("the next sentence refers back to it")
        if a.separate or b.separate:
            score -= 0.35
            if reasons is not None:
                reasons.append("wording speaks of another incident")
        if a.claim.measure == "other" or b.claim.measure == "other":
            score -= 0.1
    return score
