"""Bare figures of a breakdown by area that statistics reports write with the measure said once:
"Northland recorded 52 raids and Eastvale 41" (the name beside a figure counts what the lead
figure counts), "Westmark recorded 66 and Southport 38, while the capital saw 12 raids" (the
lead figure bare too, its measure named in the clause beside it), "Lakeside saw nine soldiers
killed while Hillford saw 14", or a bare "Riverton recorded 210" that goes on counting what
the sentence before counted. The tagger often takes "Eastvale 41" for a date or a name's
number; its place after a name in such a list says it is a count. A name with a number of its
own ("Route 9", "May 22", "Camp 4" in a place phrase) stands in no such list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.numbers import Amount

    Found = tuple[Amount, Token, Span, Reading]

# how an item's name hangs on the list's lead: "52 raids and Eastvale 41", ", Southport 38"
LIST_LINKS = frozenset({"conj", "appos", "npadvmod"})
# clauses of one breakdown: "X recorded 66 ..., while Y saw 12 raids"
CLAUSE_LINKS = frozenset({"conj", "advcl", "ccomp", "parataxis"})
SUBJECTS = frozenset({"nsubj", "npadvmod"})
# what may follow an item's number: the list goes on or ends ("Eastvale 41, ...", "41.")
ITEM_ENDS = frozenset({",", ";", ".", "and", ")", "while", "whereas", "but", "according"})
MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks", "operations"})
YEARS = range(1900, 2101)  # "Westmark 2030" names a plan, not a count
MAX_LIST_HOPS = 12
RULE = "area_item"


def area_figure(num: Token, amount: Amount) -> bool:
    """Whether a bare number stands as an item of a breakdown by area ("Eastvale 41" after a
    counted lead, a bare object "Riverton recorded 210"), whatever the tagger made of it."""
    if not amount.value.is_integer() or (num.text.isdigit() and int(num.text) in YEARS):
        return False
    return _item_name(num) is not None or _tallied_object(num)


def area_reading(
    num: Token,
    resolved: list[Found],
    later: list[Found],
    carried: Reading | None,
) -> Reading | None:
    """The measure of a bare breakdown figure: the lead figure's its name is listed beside;
    for a bare "Y recorded N", the counted figure before it in the sentence, else the one of a
    clause beside it, else what the sentence before counted (``carried``)."""
    if num.text.isdigit() and int(num.text) in YEARS:
        return None
    name = _item_name(num)
    if name is not None:
        lead = _lead(name, resolved)
        return _borrowed(lead, num) if lead is not None else None
    if not _tallied_object(num):
        return None
    counted = [r for *_, r in resolved if r.measure in MEASURES]
    if counted:
        return _borrowed(counted[-1], num, anchor=num.head)
    verb = num.head
    beside = next(
        (r for _, tok, _, r in later
         if r.measure in MEASURES and _clause_beside(verb, _verb_of(tok))),
        None,
    )
    return _borrowed(beside or carried, num, anchor=num.head)


def _item_name(num: Token) -> Token | None:
    """The proper name a bare number counts for right after it ("Eastvale 41"), when the name
    hangs on a list ("..., Eastvale 41", "and Eastvale 41") and no month, title or designation
    takes the number ("May 22", "Route 9")."""
    if num.dep_ != "nummod" or num.i == 0:
        return None
    name = num.head
    left = num.doc[num.i - 1]
    if (
        name.pos_ != "PROPN" or name.i > num.i or left.pos_ != "PROPN"
        or name.i not in (left.i, left.head.i)
        or name.dep_ not in LIST_LINKS
    ):
        return None
    words = {name.lower_.rstrip("."), left.lower_.rstrip(".")}
    if words & (_months() | lexicon().designation_nouns) or name.ent_type_ in ("DATE", "TIME"):
        return None
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if after is not None and after.lower_ not in ITEM_ENDS and not after.is_space:
        return None  # "Eastvale 41 people": a figure with a noun reads by its noun
    return name


def _lead(name: Token, resolved: list[Found]) -> Reading | None:
    """The counted figure before in the sentence whose number, noun, verb or name the item's
    name is listed beside: "52 raids and Eastvale 41", "Westmark recorded 66 and Southport
    38" (``recorded`` the lead's verb)."""
    chain = [name]
    tok = name
    for _ in range(MAX_LIST_HOPS):
        if tok.dep_ not in LIST_LINKS or tok.head.i == tok.i:
            break
        tok = tok.head
        chain.append(tok)
    linked = {t.i for t in chain}
    for _, figure, _, reading in reversed(resolved):
        if reading.measure not in MEASURES or figure.i > name.i:
            continue
        words = {figure.i, figure.head.i}
        if reading.noun is not None:
            words.add(reading.noun.i)
        verb = _verb_of(figure)
        if verb is not None:
            words.add(verb.i)
        if words & linked:
            return reading
    return None


def _tallied_object(num: Token) -> bool:
    """ "Riverton recorded 210", "Hillford saw 14": a bare number, the object of a verb that
    tallies, whose subject is a name (a place, a month, a district)."""
    verb = num.head
    if num.dep_ != "dobj" or verb.lemma_.lower() not in _tally_verbs() or any(
        c.dep_ in ("prep", "amod", "compound", "nummod", "relcl", "acl") for c in num.children
    ):
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < num.i), None)
    return subject is not None and (
        subject.pos_ == "PROPN"
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)
    )


def _verb_of(tok: Token) -> Token | None:
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)


def _clause_beside(one: Token, other: Token | None) -> bool:
    if other is None or other.i == one.i:
        return False
    return (one.dep_ in CLAUSE_LINKS and one.head.i == other.i) or (
        other.dep_ in CLAUSE_LINKS and other.head.i == one.i
    )


def _borrowed(
    reading: Reading | None, num: Token, anchor: Token | None = None
) -> Reading | None:
    """The lead's reading for the item; a bare object's anchor is its verb, as an elided
    figure's ("Y recorded 340": what "recorded" says of Y)."""
    if reading is None or reading.measure not in MEASURES:
        return None
    return Reading(measure=reading.measure, noun=reading.noun, anchor=anchor or num,
                   rule=f"{RULE}<{reading.rule}")


def _tally_verbs() -> frozenset[str]:
    return word_set("measures", "tally_verbs")


def _months() -> frozenset[str]:
    return word_set("dates", "months")
