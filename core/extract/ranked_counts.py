"""Bare figures of the lists statistics reports rank areas, months and groups by, the measure
word left out or said once for all: "X registered the most homicides, with 214, followed by
Y with 187"; "the highest number of abductions, 64"; "X topped the list with 14 incidents,
followed by Y (11), Z (9)"; "It was followed by Y with 29" (the count of the sentence before);
"October saw six deaths and November nine"; "Of those killed, 41 were troops, 37 were
villagers" (each part of the same whole); "gangs were blamed for 131 of the deaths and the
navy for 47". The tagger often takes such a bare number for a date or an age; its place in
the list says it is a count (``listed_figure``), and the measure comes from the list
(``listed_reading``). A bare number with no such list ("in 2030", "aged 14", "page 4") is
not one."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.area_items import area_figure
from core.extract.measures import Reading, lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.numbers import Amount

FOLLOW = "follow"  # "followed by Y with 29"
BY = "by"
WHERE = "where"  # "Z with 149, where ..."
SLOT_PREPS = frozenset({"with", "at"})  # "with 29", "the highest number of raids, at 19"
RANKED_ARGUMENTS = frozenset({"dobj", "attr"})  # "recorded the highest number with 430"
NUMBER_NOUNS = frozenset({"number", "count", "tally", "total"})  # "the highest number of ..."
COPULA = "be"
# the parts of a whole whose readings a parallel part takes ("Of the 31 killed, 12 were ...")
PART_RULES = ("part_of", "subset", "ellipsis<part_of", "ellipsis<subset")
# clause links between the parts of one breakdown: "nine were X, four were Y and 10 were Z"
PART_LINKS = frozenset({"conj", "ccomp", "parataxis"})
# a four-figure number written without a comma in the years a report may name is a year
YEARS = range(1900, 2101)
MAX_DAY = 31  # "February 7" after a month's count is its day
RULE = "ranked"
COLON = ":"
# what may stand between the items of a colon list, or end it: "X 312, Y 201 and Z 150."
ITEM_ENDS = frozenset({",", ";", ".", "and"})


@functools.cache
def _rank_words() -> frozenset[str]:
    return frozenset(load_rules("measures")["rank_words"])


@functools.cache
def _blame_words() -> frozenset[str]:
    return frozenset(load_rules("measures")["blame_words"])


def listed_figure(num: Token, amount: Amount) -> bool:
    """Whether a bare number the tagger took for a date or an age stands in a ranking list,
    a gapped clause or a share of the blame, where it can only be a count."""
    if (num.text.isdigit() and int(num.text) in YEARS) or not amount.value.is_integer():
        return False
    if area_figure(num, amount) or _colon_item(num) is not None:
        return True  # "Eastvale 41" after "Northland recorded 52 raids and"
    return _bare(num) and (
        _rank_slot(num) or _gapped_head(num) is not None or _blamed(num)
    )


def listed_reading(
    num: Token,
    resolved: list[tuple[Amount, Token, Span, Reading]],
    carried: Reading | None,
) -> Reading | None:
    """The measure of a bare figure of a list (see the module), from the list's counted
    figure before it in the sentence, the measure noun the ranking names, or the count of
    the sentence before ("It was followed by Y with 29", "Z were responsible for 54");
    None when it stands in no such list."""
    colon_listed = _colon_reading(num)
    if colon_listed is not None:
        return colon_listed
    if not _bare(num):
        return None
    by_token = {tok.i: reading for _, tok, _, reading in resolved}
    gapped = _gapped_head(num)
    if gapped is not None:
        return _borrowed(by_token.get(gapped.i), num)
    part = _parallel_part(num, resolved)
    if part is not None:
        return part
    if not (_rank_slot(num) or _blamed(num)):
        return None
    noun = _rank_noun(num)
    before = resolved[-1] if resolved else None
    if noun is not None and (before is None or before[1].i < noun.i):
        measure = lexicon().nouns.get(noun.lemma_.lower())
        if measure is not None and measure != "other":
            return Reading(measure=measure, noun=noun, anchor=num, rule=f"{RULE}:{noun.lemma_}")
    if before is not None:
        return _borrowed(before[3], num)
    opening = num.sent.root
    if carried is not None and (
        _blamed(num) or opening.lemma_.lower() == FOLLOW or noun is None
    ):
        # "It was followed by Y with 29", "Y recorded the highest number, with 61"
        return _borrowed(carried, num)
    return None


def _borrowed(reading: Reading | None, num: Token) -> Reading | None:
    if reading is None or reading.measure in (None, "other"):
        return None
    return Reading(measure=reading.measure, noun=reading.noun, anchor=num,
                   rule=f"{RULE}<{reading.rule}", total_of=reading.total_of)


def _bare(num: Token) -> bool:
    """A number with no noun of its own: "with 29", "(11)", ", 87,"."""
    return num.pos_ in ("NUM", "PROPN", "NOUN") and num.like_num and not any(
        c.dep_ in ("prep", "relcl", "acl", "nummod", "compound", "amod") and not _of_a_place(c)
        for c in num.children
    )


def _of_a_place(clause: Token) -> bool:
    """ "Z with 149, where a feud has raged since May": a relative clause of place that the
    parse hangs on the figure says more of the area it counts for, not of the figure."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == WHERE for c in clause.children
    )


def _rank_slot(num: Token) -> bool:
    """ "with 214" or ", 87," in a clause that ranks by a measure ("the most homicides", "the
    lowest number"), or an item of a "followed by" list ("Y with 187", "Y (11)")."""
    head = num.head
    if num.dep_ == "pobj" and head.lower_ in SLOT_PREPS:
        # "recorded the highest number with 430": the slot hung on the verb of the ranked noun
        return _follows(num) or _rank_noun(num) is not None or _ranked_head(head.head) or any(
            _ranked_head(c) for c in head.head.children if c.dep_ in RANKED_ARGUMENTS
        )
    if num.dep_ == "appos":
        # "Y (11)" after "followed by"; "the states with the most victims were X (201), Y (166)"
        return _ranked_head(head) or (head.pos_ == "PROPN" and (
            _follows(num) or any(_ranked_head(t) for t in num.sent if t.i < head.i)
        ))
    if num.dep_ == "conj":
        return _rank_slot(head) if head.like_num else False
    if _slot_misread(num):
        # "followed by X, Ystate, with 58 and Z, Wstate, with 40": the tagger hung 58 on Z
        return _follows(num) or _rank_noun(num) is not None
    if num.dep_ == "dobj" and head.pos_ == "VERB":
        # "Most homicides took place in X, which recorded 188, followed by Y with 176"
        return _rank_noun(num) is not None and _list_follows(num)
    return False


def _colon_reading(num: Token) -> Reading | None:
    """The measure of an item of a colon list (``_colon_item``): its ranking's noun's."""
    noun = _colon_item(num)
    measure = lexicon().nouns.get(noun.lemma_.lower()) if noun is not None else None
    if noun is None or measure is None or measure == "other":
        return None
    return Reading(measure=measure, noun=noun, anchor=num, rule=f"{RULE}:colon:{noun.lemma_}")


def _colon_item(num: Token) -> Token | None:
    """ "the districts with the most homicides were: X 312, Y 201, Z Norte 190 and W 150": a
    number right after a name, in a list of such items that a colon opens and a ranking by a
    measure noun before the colon announces; that noun."""
    sent = num.sent
    colon = next((t for t in sent if t.text == COLON and t.i < num.i), None)
    if colon is None or num.i == 0 or num.doc[num.i - 1].pos_ != "PROPN":
        return None
    after = num.doc[num.i + 1] if num.i + 1 < sent.end else None
    if after is not None and after.lower_ not in ITEM_ENDS:
        return None  # "X 312 people": a figure with a noun reads by its noun
    if any(
        not (t.pos_ == "PROPN" or t.like_num or t.lower_ in ITEM_ENDS)
        for t in sent[colon.i + 1 - sent.start : num.i - sent.start]
    ):
        return None
    noun = _rank_noun(num)
    return noun if noun is not None and noun.i < colon.i else None


def _slot_misread(num: Token) -> bool:
    """A number written right after "with" that the tagger took as the numeral of the next
    item's name ("with 58 and Z"): the slot's figure, the list going on after it."""
    if num.dep_ != "nummod" or num.i == 0 or num.head.pos_ != "PROPN" or num.head.i < num.i:
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return num.doc[num.i - 1].lower_ in SLOT_PREPS and after is not None and (
        after.lower_ in ITEM_ENDS
    )


def _list_follows(num: Token) -> bool:
    """A "followed by" list comes after the number in its sentence."""
    return any(
        t.lemma_.lower() == FOLLOW and t.i > num.i and t.nbor(1).lower_ == BY
        for t in num.sent if t.i + 1 < len(t.doc)
    )


def _ranked_head(tok: Token) -> bool:
    """ "the lowest number", "the highest toll": a noun a rank word sets first or last."""
    return any(c.dep_ == "amod" and c.lower_ in _rank_words() for c in tok.children)


def _follows(num: Token) -> bool:
    """The number stands after "followed by" in its clause."""
    return any(
        a.lemma_.lower() == FOLLOW and any(c.lower_ == BY for c in a.children) and a.i < num.i
        for a in num.ancestors
    ) or any(
        t.lemma_.lower() == FOLLOW and t.i < num.i and t.nbor(1).lower_ == BY
        for t in num.sent if t.i + 1 < len(t.doc)
    )


def _rank_noun(num: Token) -> Token | None:
    """The measure noun, counted by no numeral, that a rank word ranks by before the figure
    in its sentence: "the most homicides", "the highest number of kidnappings"."""
    nouns = lexicon().nouns
    for tok in reversed(num.sent[: num.i - num.sent.start]):
        if tok.lemma_.lower() not in nouns or any(c.dep_ == "nummod" for c in tok.children):
            continue
        ranked = tok
        of_head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if of_head is not None and of_head.lemma_.lower() in NUMBER_NOUNS:
            ranked = tok.head.head  # "the highest number of kidnappings"
        if of_head is not None and of_head.lower_ in _rank_words():
            return tok  # "most of the fatalities were recorded in X, with 512"
        if _ranked_head(ranked) or any(
            c.dep_ in ("advmod", "amod") and c.lower_ in _rank_words()
            for a in ranked.children for c in [a, *a.children]
        ):
            return tok
    return None


def _gapped_head(num: Token) -> Token | None:
    """ "October saw six deaths and November nine": the number of the clause the gapped one
    repeats, when the name it counts for stands beside the verb's subject ("November" beside
    "October")."""
    name = num.head
    if num.dep_ != "nummod" or name.dep_ != "conj" or name.pos_ != "PROPN":
        return None
    counted = name.head
    first = next((c for c in counted.children if c.dep_ == "nummod" and c.like_num), None)
    verb = counted.head
    subject = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < counted.i), None
    )
    if first is None or subject is None or subject.ent_type_ != name.ent_type_:
        return None
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if (after is not None and after.pos_ in ("VERB", "AUX")) or (
        name.ent_type_ == "DATE" and num.text.isdigit() and int(num.text) <= MAX_DAY
    ):
        return None  # "and February 7 saw a bombing": a day, not a gapped count
    return first


def gapped_count(num: Token) -> bool:
    """ "October saw six deaths and November nine": the number is the count of a gapped
    clause, not the day of the month the tagger takes it into ("November nine")."""
    return _gapped_head(num) is not None


def gapped_elsewhere(date: Token, anchor: Token) -> bool:
    """ "October saw six deaths and November nine": the date heads the count of a gapped
    clause other than ``anchor`` ("November" dates the nine, not the six)."""
    return any(
        c.dep_ == "nummod" and c.i != anchor.i and gapped_count(c) for c in date.children
    )


def _blamed(num: Token) -> bool:
    """ "Z were blamed for 54", "Z were responsible for 2,160": a share of the blame."""
    head = num.head
    return num.dep_ == "pobj" and head.lower_ == "for" and (
        head.head.lemma_.lower() in _blame_words()
    )


def _parallel_part(
    num: Token, resolved: list[tuple[Amount, Token, Span, Reading]]
) -> Reading | None:
    """ "Of the 31 killed, 12 were soldiers, five were villagers and 14 were militants": the
    subject of a copula naming who they were, in a clause beside one whose subject was read as
    a part of a whole, is another part of it."""
    verb = num.head
    if num.dep_ != "nsubj" or verb.lemma_.lower() != COPULA or not any(
        c.dep_ == "attr" for c in verb.children
    ):
        return None
    for _, tok, _, reading in reversed(resolved):
        other = tok.head
        if (
            tok.dep_ == "nsubj"
            and other.lemma_.lower() == COPULA
            and reading.rule.startswith(PART_RULES)
            and _linked(verb, other)
        ):
            return _borrowed(reading, num)
    return None


def _linked(one: Token, other: Token) -> bool:
    """Two clauses of one breakdown: one joined to the other, or both to a third."""
    return (
        (one.dep_ in PART_LINKS and one.head == other)
        or (other.dep_ in PART_LINKS and other.head == one)
        or (one.dep_ in PART_LINKS and other.dep_ in PART_LINKS and one.head == other.head)
    )
