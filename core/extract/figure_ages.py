"""A number that is a person's age, not a count: "aged 16", "a 16-year-old", "Jane Doe, 42",
"Bilal (28)", "two sons, 9 and 12" (one number for each person counted before it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.age_lists import after_age_word, age_of_a_person, shared_age
from core.extract.measures import lexicon
from core.text.numbers import find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _ages_of_counted(num: Token) -> bool:
    """ "two sons, 9 and 12", "the victims, 17 and 19,": bare numbers set off after people,
    one for each of them (as many as a numeral counts, or a list of two or more after a plural
    without one), are their ages, not more of them."""
    first = num
    while first.dep_ == "conj" and first.head.pos_ == "NUM":
        first = first.head
    people = first.head
    if first.dep_ != "appos" or people.lemma_.lower() not in lexicon().victim_nouns:
        return False
    bare = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "NUM")]
    if any(c.dep_ not in ("cc", "conj", "punct") for c in first.children):
        return False
    numeral = next((c for c in people.children if c.dep_ == "nummod"), None)
    if numeral is None:
        return people.tag_ == "NNS" and len(bare) >= 2 and all(_age_like(t) for t in bare)
    found = list(find_amounts(numeral.text))
    return bool(found) and found[0].value == len(bare)


MAX_AGE = 110


def _age_like(tok: Token) -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) <= MAX_AGE


def told_age(num: Token, span: Span, text: str, offset: int) -> bool:
    """Ages: "aged 16", "a 16-year-old", "Brady Osborne, 16", "15 years old"."""
    age_words = lexicon().age_words
    doc = span.doc
    left = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    two_left = doc[span.start - 2 : span.start].text.lower() if span.start > 1 else ""
    if after_age_word(span) or two_left in age_words or age_of_a_person(span) or shared_age(span):
        return True  # "younger than 14", "the age of 16", "a boy of 12"
    if nxt is not None and (
        nxt.lower_ in age_words
        or (
            nxt.text == "-"
            and span.end + 1 < len(doc)
            and doc[span.end + 1].lower_.startswith("year")
        )
    ):
        return True
    if num.dep_ == "appos" and num.head.ent_type_ == "PERSON" and doc[num.i - 1].text != ":":
        return True  # "Jane Doe, 42"; not a row's "Hill State: 98 killed"
    if _ages_of_counted(num):
        return True
    # "Bilal (28) was killed": an age in brackets after a name or a person
    if (
        left is not None
        and left.text == "("
        and nxt is not None
        and nxt.text == ")"
        and span.start > 1
        and (
            doc[span.start - 2].pos_ == "PROPN"
            or doc[span.start - 2].lemma_.lower() in lexicon().victim_nouns
        )
    ):
        return True
    # "Englewood boy, 7, dies", "Jane Doe, 42,": a number set off by commas after a noun, or
    # after a definite adjective standing for one counted ("the other, 26, was hospitalized")
    if (
        left is not None
        and left.text == ","
        and nxt is not None
        and nxt.text in (",", ")")
        and span.start > 1
        and (doc[span.start - 2].pos_ in ("NOUN", "PROPN") or _the_one(doc[span.start - 2]))
    ):
        return True
    # "... suspect in fatal shooting of Jane Doe, 14": a headline ending on a name's age
    if left is not None and left.text == "," and (nxt is None or nxt.is_punct) and (
        span.start > 1 and doc[span.start - 2].ent_type_ == "PERSON"
    ):
        return True
    # "15 year-old", "15 years old"
    after = text[offset + span.end_char : offset + span.end_char + 16].lower()
    return bool(re.match(r"\s*-?\s*(?:years?|yrs?|months?)[\s-]*old\b", after))


def _the_one(word: Token) -> bool:
    """ "the other", "the first", "the latter": an adjective after "the" standing for a person."""
    return word.pos_ == "ADJ" and word.i > 0 and word.doc[word.i - 1].lower_ == "the"
