"""Victims a report names in a roll, without a numeral: after a copula or a naming verb whose
subject is the victims or the hurt or the dead ("The other victims were Ana Ruiz, Tom Bell and
Lia Moss", "the wounded were identified as ..."), after "among" ("Among the wounded were ...",
"A 20-year-old woman, Nora Fisk, was also among the victims"), and as the items of a list set
off by dashes under such a lead ("Other victims include:" then "— Nora Fisk, 31, of ...").

Each person is one claim of one victim (the annotation guideline counts a victim told without
a numeral once a report, at the first telling), read as ``singular_victim:roll:…`` so that the
name is remembered like any victim named singly and a later re-mention of the same name is no
new claim (``counted_victims.not_named_before``). A roll of "the victims" is the hurt or the
dead as the report counted them before (``rolled_measures``); "the other victims" of a report
that counted a death are the hurt; with no casualty counted before, a roll counts no one.
A roll of suspects, officials or relatives nobody harmed names no victim group: nothing."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.counted_among import counted_among
from core.extract.listed_names import list_members
from core.extract.measures import VICTIMS_RULE, Reading
from core.extract.nlp import (
    compound_start,
    lemmatised_as,
    tagged,
    word_ids,
    words_in,
    written_as,
)
from core.extract.participants import among_group
from core.extract.restated_groups import part_of_group
from core.extract.victim_mentions import OTHER_WORDS
from core.extract.victim_names import (
    APPOSITIVE_ROLL,
    CASUALTY_MEASURES,
    ROLL_RULE,
    Found,
    one_victim,
    victim_figure,
)
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

OTHER = ":other"  # the rule's ending for a roll of "the other victims"
# the places a roll's first name holds after a copula or a naming verb ("were *Ana Ruiz*",
# "include *Ana Ruiz*", "identified as *Ana Ruiz*")
# read off the chunk's labels: a Token built for those words only
_ROLL_DEPS = word_ids(("attr", "dobj", "pobj"))
# how a roll names each person: a name, one person by article ("a 20-year-old woman") or by
# relation ("his son Bilal")
_ROLL_KINDS = frozenset({"name", "indefinite", "apposition", "relation"})
# the entity types a recogniser gives a person's name it does not know as one
_NAME_ENTS = frozenset({"", "PERSON", "GPE", "ORG", "FAC", "NORP", "PRODUCT", "LOC"})
BULLETS = frozenset({"—", "–", "-", "•", "*"})  # what sets off an item of a list
INCLUDE = "include"  # "the dead included a boy": a part told, news at first telling
PEOPLE_ADJECTIVES = frozenset({"dead", "injured", "wounded", "hurt"})  # "the dead": many
MIN_NAME_WORDS = 2  # a first and a last name at least
MAX_NOISE_WORDS = 2  # a line between a lead and its items that is page furniture
MAX_LEAD_LINES = 40  # lines walked back from an item to its lead


def roll_victims(sent: Span, readings: Sequence[Found], text: str, offset: int) -> list[Found]:
    """One figure for each person the sentence names in a roll of victims, less those a
    reading of the sentence counts already (``text``: the document's, ``offset``: where the
    sentence's chunk starts in it)."""
    taken = {t.i for _, _, span, _ in readings for t in span}
    found: list[Found] = []
    rolls = [*_copula_rolls(sent), *_among_rolls(sent), *_bullet_items(sent, text, offset),
             *_appositive_rolls(sent, taken)]
    for member, reading in rolls:
        span = _member_span(member, reading)
        if span is None or any(t.i in taken for t in span):
            continue
        taken.update(t.i for t in span)
        found.append(victim_figure(sent, span, 1.0, reading))
    return found


def _member_span(member: Token, reading: Reading) -> Span | None:
    """The words that name one member of a roll: a person's name, or one person by article
    ("a 20-year-old woman"); in a roll, a first and last name the recogniser took for a place
    or a firm ("Nijia Ward") is a person's too; a name in apposition with the noun it names
    ("the victim, Nora Fisk")."""
    noun = reading.anchor
    if reading.rule == APPOSITIVE_ROLL and noun is not None:
        start = min((c.i for c in noun.lefts if c.dep_ in ("det", "nummod")), default=noun.i)
        return member.doc[start : member.i + 1]
    # "... and his son Bilal": a roll names its members by their relation too
    one = one_victim(member, relation=True)
    if one is not None:
        return one[0] if one[1] in _ROLL_KINDS else None
    doc = member.doc
    first = doc[member.i - 1] if member.i > 0 else None
    full_name = (
        member.pos_ == "PROPN" and member.is_title and member.ent_type_ in _NAME_ENTS
        and first is not None and first.dep_ == "compound" and first.head.i == member.i
        and first.pos_ == "PROPN" and first.is_title
    )
    return doc[compound_start(member) : member.i + 1] if full_name else None


def _group_reading(reading: Reading | None, noun: Token, how: str) -> Reading | None:
    """The reading of each member of a roll of the group ``reading`` names: the hurt, the
    dead, or "the victims" whose measure the report's counts decide (measure None)."""
    if reading is None:
        return None
    if reading.measure is None and reading.rule != VICTIMS_RULE:
        return None
    if reading.measure is not None and reading.measure not in CASUALTY_MEASURES:
        return None  # "the suspects were ...", "those arrested include ..."
    other = reading.measure is None and _other_group(group_noun(reading.anchor))
    return Reading(measure=reading.measure, noun=noun, anchor=reading.anchor,
                   rule=f"{ROLL_RULE}{how}{OTHER if other else ''}")


def _other_group(group: Token | None) -> bool:
    """ "the *other* victims": not the dead the report told before them."""
    return group is not None and any(c.lower_ in OTHER_WORDS for c in group.children)


def group_noun(anchor: Token | None) -> Token | None:
    """The group noun of a reading's anchor: itself, or the object of "among" on a verb."""
    if anchor is None or anchor.pos_ in ("NOUN", "ADJ") or anchor.tag_ == "VBN":
        return anchor
    return next((o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "among"
                 for o in p.children if o.dep_ == "pobj"), anchor)


def _plural_group(anchor: Token | None) -> bool:
    """ "the victims", "the wounded", not "the victim": one victim named again is someone
    the report told before."""
    return anchor is not None and (
        anchor.tag_ in ("NNS", "VBN", "JJ") or anchor.pos_ == "VERB"
        or anchor.lower_ in PEOPLE_ADJECTIVES  # "the dead" the tagger read as a singular noun
    )


def _copula_rolls(sent: Span) -> list[tuple[Token, Reading]]:
    """ "The other victims were Ana Ruiz, Tom Bell and Lia Moss": the members of a list that
    a copula, "include" or "identified as" says a harmed group is."""
    out: list[tuple[Token, Reading]] = []
    for tok in tagged(sent, sent.start, pos=frozenset(), deps=_ROLL_DEPS):
        # a name, or one person by article ("the dead included a 5-year-old girl")
        if not (tok.pos_ == "PROPN" or _one_by_article(tok)):
            continue
        group = part_of_group(tok, tok)
        if group is None or not _plural_group(group_noun(group.anchor)):
            continue
        if tok.pos_ != "PROPN" and (
            tok.head.lemma_.lower() != INCLUDE or _other_group(group_noun(group.anchor))
        ):
            continue  # "identified the other victims as a man and a woman": those told before
        members = list_members(tok, names_apart=True)
        if _numbered(members):
            continue
        for member in members:
            reading = _group_reading(group, member, "copula")
            if reading is not None:
                out.append((member, reading))
    return out


def _one_by_article(tok: Token) -> bool:
    """A singular common noun after "a" or "an" (``_member_span`` asks it to be a person)."""
    return tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )


def _appositive_rolls(sent: Span, taken: set[int]) -> list[tuple[Token, Reading]]:
    """ "Police said the victim, Nora Fisk, 26, was not the target", "one victim - 19-year-old
    Nora Fisk - was a student": one victim named in apposition to "victim", whatever the clause
    says of them; one of those the report counted (``rolled_measures``). Not a victim a
    reading of the sentence counts already ("Another victim, Nora Fisk, was in critical
    condition"). "One of the victims, Carl Mendes," names one the same way."""
    out: list[tuple[Token, Reading]] = []
    for noun in _roll_heads(sent):
        if noun.i in taken or not (_a_victim(noun) or (noun.lower_ == "one" and any(
            p.lower_ == "of" and any(_a_victim(o, "NNS") for o in p.children)
            for p in noun.children
        ))):
            continue
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:
            out.append((name, Reading(measure=None, noun=name, anchor=noun,
                                      rule=APPOSITIVE_ROLL)))
    return out


def _roll_heads(sent: Span) -> list[Token]:
    """The words that may head a roll, in order: a victim noun by its lemma, or "one"; read
    off the ids, with a Token only for those (most sentences have none)."""
    heads = {t.i: t for t in lemmatised_as(sent, _a_victim_lemma)}
    heads.update((t.i, t) for t in words_in(sent, _ONE))
    return [heads[i] for i in sorted(heads)]


def _a_victim_lemma(lemma: str) -> bool:
    return lemma.lower() in _victim_nouns()


_ONE = word_ids(["one"])


def _a_victim(noun: Token, tag: str = "NN") -> bool:
    """ "victim" (or "victims" for ``tag`` NNS)."""
    return noun.tag_ == tag and noun.lemma_.lower() in _victim_nouns()


@functools.cache
def _victim_nouns() -> frozenset[str]:
    return frozenset(load_rules("measures")["victim_groups"])


def _among_rolls(sent: Span) -> list[tuple[Token, Reading]]:
    """ "Among the wounded were Nora Fisk and Ray Oduya", "Nora Fisk was also among the
    victims": the subjects of a copula that puts them among a harmed group."""
    out: list[tuple[Token, Reading]] = []
    for verb in lemmatised_as(sent, "be".__eq__):  # a Token only for a copula
        if not any(
            c.dep_ == "prep" and c.lower_ == "among" for c in verb.children
        ):
            continue
        if counted_among(verb):
            continue  # "a village head was among the 12 villagers killed": one of the figure's
        group = among_group(verb)
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            members = list_members(subj, names_apart=True)
            if _numbered(members):
                continue  # "two guards and a cook were among the dead": the figure's list
            for member in members:
                reading = _group_reading(group, member, "among")
                if reading is not None:
                    out.append((member, reading))
    return out


def _numbered(members: list[Token]) -> bool:
    """A list with a count in it ("two wardens and a ferryman"): read as one figure."""
    return any(
        m.like_num or any(c.dep_ in ("nummod", "quantmod") for c in m.children) for m in members
    )


def _bullet_items(sent: Span, text: str, offset: int) -> list[tuple[Token, Reading]]:
    """ "— Nora Fisk, 31, of Elm Street": a name with an age, set off by a dash at the start
    of a line, under a lead that names a harmed group and ends with a colon ("Other shooting
    victims include:", "The wounded were identified as:"). The lead may be a paragraph
    apart (``text``: the document's, ``offset``: where the sentence's chunk starts in it)."""
    out: list[tuple[Token, Reading]] = []
    for dash in written_as(sent, BULLETS.__contains__):  # a Token only for a dash
        if not _line_start(text, offset + dash.idx):
            continue
        name = _aged_name(dash)
        if name is None:
            continue
        group = _lead_group(text, offset + dash.idx)
        if group is not None:
            measure, other = group
            out.append((name, Reading(measure=measure, noun=name, anchor=name,
                                      rule=f"{ROLL_RULE}bullet{OTHER if other else ''}")))
    return out


def _line_start(text: str, at: int) -> bool:
    """The character at ``at`` opens a line of the text."""
    before = text[:at].rstrip(" \t")
    return not before or before.endswith("\n")


def _aged_name(dash: Token) -> Token | None:
    """The last word of the name after a dash when an age follows it ("— Nora Fisk, 31")."""
    doc = dash.doc
    i = dash.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title:
        i += 1
    if i - dash.i < MIN_NAME_WORDS + 1 or i + 1 >= len(doc):
        return None
    if doc[i].text != "," or not doc[i + 1].like_num:
        return None
    return doc[i - 1]


def _lead_group(text: str, at: int) -> tuple[Measure | None, bool] | None:
    """What the lead of the list item at ``at`` names: the hurt or the dead (or None for
    "victims", whom the report's counts decide) and whether they are "other"; None when the
    lines before the item reach no lead ending with a colon (only items, blank lines and page
    furniture between) or the lead names no harmed group (suspects, survivors)."""
    for line in reversed(text[:at].splitlines()[-MAX_LEAD_LINES:]):
        said = line.strip()
        noise = len(said.split()) <= MAX_NOISE_WORDS and not said.endswith(":")
        if not said or said[0] in BULLETS or noise:
            continue
        if not said.endswith(":"):
            return None
        words = re.findall(r"[a-z]+", said.lower())
        leads = _roll_leads()
        told = {leads[w] for w in words if w in leads}
        if not told or len(told) > 1:
            return None  # no harmed group, or the dead and the hurt in one list
        return told.pop(), bool(OTHER_WORDS.intersection(words))
    return None


@functools.cache
def _roll_leads() -> dict[str, Measure | None]:
    leads: dict[str, Measure | None] = load_rules("measures")["roll_leads"]
    return leads


def rolled_measures(
    readings: list[Found], wholes: Sequence[tuple[str, str, float]]
) -> list[Found]:
    """The figures, each member of a roll of "the victims" read as the report counted before:
    the hurt when the report counted any hurt, or the roll is of "the other victims"; else
    the dead when it counted only deaths; with no casualty counted before, no figure."""
    measures = {measure for _, measure, _ in wholes}
    out: list[Found] = []
    for amount, num, span, read in readings:
        if read.rule.startswith(ROLL_RULE) and read.measure is None:
            measure = _victims_measure(read, measures)
            if measure is None or not _one_of_many(read, measure, wholes):
                continue
            out.append((amount, num, span, dataclasses.replace(read, measure=measure)))
            continue
        out.append((amount, num, span, read))
    return out


def _one_of_many(
    read: Reading, measure: Measure, wholes: Sequence[tuple[str, str, float]]
) -> bool:
    """A victim named in apposition ("the victim, Nora Fisk,") is a figure of their own only
    as one of many the report counted in the measure: after a count of one, that one again."""
    return read.rule != APPOSITIVE_ROLL or any(
        m == measure and value > 1 for _, m, value in wholes
    )


def _victims_measure(read: Reading, measures: set[str]) -> Measure | None:
    if not measures & CASUALTY_MEASURES:
        return None
    # a victim whose death the roll does not tell, in a report that counted the hurt, is hurt
    if read.rule.endswith(OTHER) or "injured" in measures:
        return "injured"
    return "killed"
