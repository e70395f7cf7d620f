"""Where and when people were arrested is no place or time of the victims told after: "Two
suspects were arrested at a house in X. One other victim is still in hospital" keeps the
attack's place for the victim, while a later arrest figure goes on with X; "Three men were
arrested last week. The journalist was shot dead outside his home" keeps the attack's time."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.hurt_parts import GROUP_PART_RULES
from core.extract.measures import lexicon
from core.extract.passives import held_people
from core.extract.place_words import LOCATIVE_PREPS, custody, lexicon_places, locative
from core.extract.victim_names import CASUALTY_MEASURES
from core.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period


def arrests_carry(
    places: list[tuple[Token, str]],
    carried: str | None,
    before: tuple[str | None] | None,
) -> tuple[str | None] | None:
    """The place carried before a sentence whose every located place is where people were
    arrested ("were picked up in Y"), kept through such sentences; None after a sentence
    that sets any other place."""
    located = [tok for tok, _ in places if locative(tok)]
    if not located or not all(where_held(tok) for tok in located):
        return None
    return before if before is not None else (carried,)


def arrest_days_carry(
    periods: list[tuple[Token, Period, bool]],
    carried: Period | None,
    before: tuple[Period | None] | None,
) -> tuple[Period | None] | None:
    """The time carried before a sentence whose every day of a happening is a day people
    were arrested ("Three men were arrested last week"), kept through such sentences; None
    after a sentence that dates anything else, or none."""
    happened = [t for t, _, told in periods if not told]
    if not happened or not all(_dates_an_arrest(t) for t in happened):
        return None
    return before if before is not None else (carried,)


def _dates_an_arrest(date: Token) -> bool:
    verb = next((t for t in (date, *date.ancestors) if t.pos_ == "VERB"), None)
    return verb is not None and lexicon().verbs.get(verb.lemma_.lower()) == "arrested"


def victims_carry(
    carried: str | None, before: tuple[str | None] | None, measure: str | None
) -> str | None:
    """The place a figure goes on with: a casualty figure after arrest sentences takes the
    place carried before them."""
    if before is not None and measure in CASUALTY_MEASURES:
        return before[0]
    return carried


def where_held(tok: Token) -> bool:
    """ "were arrested at a house in X", "was picked up in Y", "two men were held in Z": the
    place is where a custody verb took people, the nearest verb above it through the
    prepositions and nouns that hold the place."""
    return holding_verb(tok) is not None


def holding_verb(tok: Token) -> Token | None:
    """The custody verb that took people at the place ``tok`` names (``where_held``)."""
    head = tok
    # up through the prepositions and nouns to the first verb ("held" of "was charged and is
    # being held at X", not the verb it is joined to)
    while (
        head.pos_ != "VERB"
        and head.dep_ in ("pobj", "prep", "compound", "appos", "conj")
        and head.head.i != head.i
    ):
        if head.dep_ == "prep" and head.lower_ not in LOCATIVE_PREPS | {"from"}:
            return None  # "in connection with the shooting at X", "over the attack in Y"
        if head.dep_ == "pobj" and head.lemma_.lower() in lexicon_places().incident_words:
            return None  # "the shooting at X": the incident's place
        head = head.head
    if head.pos_ != "VERB":
        return None
    held = custody(head) == "arrested" or (head.lemma_ == "hold" and _held_people(head))
    return head if held else None


def anothers_raid(tok: Token, num: Token) -> bool:
    """ "Police arrested 12 in raids in X, a day after a bomb killed four in Y": where the
    arrests were made is theirs alone, no place of a figure another verb counts (a verb
    joined to the arrest by "and" shares it: "killed two and arrested five in raids in X")."""
    verb = holding_verb(tok)
    if verb is None:
        return False
    own = num
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    if own.pos_ not in ("VERB", "AUX"):
        # "Two arrested in X after ...": a headline's parse hangs the verb on the number
        own = next((c for c in own.children if c.dep_ == "acl" and c.pos_ == "VERB"), own)
    return own.i != verb.i and not _joined(own, verb)


def _joined(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _held_people(verb: Token) -> bool:
    """ "two suspects were held", "he is being held": a passive "hold" whose subject is people
    held for a deed (not "a meeting was held"); a "hold" joined by "and" to a verb before it
    shares that verb's subject ("the suspect was charged ... and is being held at X")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif not any(c.dep_ == "nsubjpass" for c in subjects):
        return False
    return any(held_people(c) or c.lower_ in cues().person_pronouns for c in subjects)


# Units wide enough for an arrest tally over them ("arrested 23 in the district since")
_TALLIED_UNITS = frozenset({"district", "province", "state", "division", "region", "country"})


def an_arrest_tally_area(tok: Token) -> bool:
    """ "Police have arrested 23 suspects in the district since the attack": arrests over
    the unit the report named before ("the district") are made across it, not in the village
    of the attack that unit holds."""
    return (
        tok.lower_ in _TALLIED_UNITS
        and locative(tok)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children)
    )



def with_arrest_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims, an arrest figure said again with no place of its own written ("Fourteen
    people have been picked up in nine raids", after "police detained 14 suspects in raids
    across X district"), and a part of the arrested ("two of those detained"), filed where
    the count they say again or are part of was made, not where the attack was."""
    out: list[Claim] = []
    for claim in claims:
        said = _arrests_said_before(claim, out) if claim.measure == "arrested" else None
        moved = (
            said is not None and said.location and not _writes(claim, claim.location)
            and not _bureau_fallback(said)
        )
        out.append(dataclasses.replace(claim, location=said.location) if moved and said else claim)
    return out


def _arrests_said_before(claim: Claim, before: list[Claim]) -> Claim | None:
    """The arrest count, earlier in the report, that ``claim`` says again (same number, same
    day) or is a part of (``part_of``)."""
    for earlier in reversed(before):
        if earlier.measure != "arrested" or earlier.document_id != claim.document_id:
            continue
        if claim.part_of is not None or claim.rule.startswith(GROUP_PART_RULES):
            # "two of those detained": the count before it, when the reader did not link it
            if claim.part_of in (None, earlier.id):
                return earlier
            continue
        if earlier.value == claim.value and earlier.date_start == claim.date_start:
            return earlier
    return None


def _bureau_fallback(claim: Claim) -> bool:
    """ "Army reports 44 arrests in first quarter" over a dateline: a headline's count whose
    sentence writes no place of its own is filed under the bureau's town for want of one,
    no place the body's count told again is made in (``headline_restated`` gives the
    headline the body's instead)."""
    return claim.sentence_start == 0 and not _writes(claim, claim.location)


def _writes(claim: Claim, place: str | None) -> bool:
    """The claim's sentence writes the place's first name itself."""
    if not place:
        return False
    name = place.split(",", 1)[0].strip()
    return re.search(rf"\b{re.escape(name)}\b", claim.sentence) is not None
