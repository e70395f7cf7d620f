"""A list of victims each told singly, by name or by relation ("Lia and Rosa Moreno and their
dad were shot", "her aunt and grandfather were wounded"): one claim for each person, as the
annotation guideline counts a victim told without a numeral (once a report, at the first
telling), so that each one is remembered by name for the sentences after. A list with a
numeral or an indefinite member in it ("two guards and a cook", "a man and a woman") stays one
figure: its people are counted, not named. Read by ``claims._claims_in_sentence`` on the
figures the sentence keeps."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from core.extract.list_members import POSSESSIVES, conjuncts, owner
from core.extract.person_nouns import one_person_noun
from core.extract.related_victims import COUNTING_DEPS, RELATION
from core.extract.victim_mentions import LIST_RULE, Victim, victim_of
from core.extract.victim_names import Found, one_victim, victim_figure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.dates import Period

NAME = "name"  # how ``victim_names.one_victim`` tells a person named
MAX_PERSONS = 6  # a longer list is a roll of names ``victim_rolls`` reads


def one_each(
    kept: tuple[list[Found], list[Victim | None], list[Period | None]],
) -> tuple[list[Found], list[Victim | None], list[Period | None]]:
    """The sentence's kept figures with each list of people told singly made one figure of
    one person for each of them, in the list's measure and period."""
    found: tuple[list[Found], list[Victim | None], list[Period | None]] = ([], [], [])
    for figure, victim, period in zip(*kept, strict=True):
        persons = _persons(figure)
        if persons is None:
            found[0].append(figure)
            found[1].append(victim)
            found[2].append(period)
            continue
        for one in persons:
            found[0].append(one)
            found[1].append(victim_of(one[0], one[2], one[3]))
            found[2].append(period)
    return found


def _persons(figure: Found) -> list[Found] | None:
    """The figure of each person a list names singly, or None for any other figure."""
    amount, _num, span, reading = figure
    if not reading.rule.startswith(LIST_RULE) or reading.noun is None:
        return None
    members = conjuncts(reading.noun)
    if not 1 < len(members) <= MAX_PERSONS or amount.value != len(members):
        return None
    if any(m.i < span.start or m.i >= span.end for m in members):
        return None  # the span is not the list the noun heads
    told = [_told(m, members[0]) for m in members]
    if any(t is None for t in told):
        return None
    lemma = reading.rule.rsplit(":", 1)[-1]
    persons: list[Found] = []
    for (words, how) in (t for t in told if t is not None):
        one = dataclasses.replace(reading, rule=f"singular_victim:{how}:{lemma}")
        one.noun = words.root
        persons.append(victim_figure(span.sent, words, 1.0, one))
    return persons


def _told(member: Token, first: Token) -> tuple[Span, str] | None:
    """The words that tell one member of the list and how: a person's name ("Rosa Moreno"),
    a relative by a possessive ("their dad", "his 19-year-old nephew"), or a relative after
    the first ("her aunt and *grandfather*"); None for anything else."""
    doc = member.doc
    named = one_victim(member) if member.pos_ == "PROPN" else None
    if named is not None and named[1] == NAME:
        return named[0], NAME
    if not one_person_noun(member) or any(c.dep_ in COUNTING_DEPS for c in member.children):
        return None
    poss = next((c for c in member.children if c.dep_ == "poss"), None)
    if poss is not None and owner(poss):  # "his wife", "Roe's father"
        return doc[poss.left_edge.i : member.i + 1], RELATION
    if poss is None and member is not first and _related(first):
        return doc[member.i : member.i + 1], RELATION
    return None


def _related(first: Token) -> bool:
    """The list opens with a relative by a possessive pronoun ("*her* sister and mother")."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in first.children)
