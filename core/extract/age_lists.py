"""Ages given as a list after one age word ("ages 15 and 17", "aged 19, 23 and 25"): every
number of the list is an age, not only the first one the age word touches; and the age "of"
one person ("a boy of 12")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.text.numbers import find_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LIST_JOINERS = frozenset({",", "and", "or", "&"})
AGE_RANGE_RULE = "age_range"


def after_age_word(span: Span) -> bool:
    """The figure follows an age word ("aged 16"), or closes a list of numbers one opens and
    is set off after it ("ages 15 and 17, were charged"); a list member followed by a word
    ("a man aged 30 and 12 others", "aged 40 and 12 were hurt") counts that word."""
    doc = span.doc
    i = span.start - 1
    crossed = []
    while i >= 0 and (doc[i].lower_ in LIST_JOINERS or doc[i].like_num):
        crossed.append(doc[i])
        i -= 1
    if i < 0 or doc[i].lower_ not in lexicon().age_words:
        return False
    if not crossed:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    items = sum(t.like_num for t in crossed)
    if not items:
        return False
    return after is None or after.is_punct or _an_age_each(doc[i], items + 1, after)


def _an_age_each(age_word: Token, items: int, after: Token) -> bool:
    """ "Three people aged 16, 18 and 20 have been arrested", "two boys aged 14 and 15 on
    Monday": the list gives an age to each of the people counted before the age word, so
    its last number counts no one, though no comma closes it. Not "a man aged 30 and 12
    others" (a noun after it), nor "a man aged 40 and 12 were hurt" (one person)."""
    if age_word.i == 0 or after.pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    people = age_word.doc[age_word.i - 1]
    if people.tag_ not in ("NNS", "NNPS"):
        return False
    count = next((c for c in people.children if c.dep_ == "nummod"), None)
    found = find_numbers(count.text) if count is not None else []
    return len(found) == 1 and found[0].value == items


def age_of_a_person(span: Span) -> bool:
    """ "a boy of 12", "an old man of 80,": a number that ends its phrase after "of" and one
    person named by a victim noun with an article is the person's age; not "a father of
    three" (``_parent_of``), nor "a driver of 12 buses" nor "one of 12"."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return False
    person = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and not after.is_punct:
        return False
    return (
        person.lemma_.lower() in lexicon().victim_nouns
        and person.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in person.children)
    )


# "two suspects, both 19", "three men, all 20,": the age the counted people share
SHARED_AGE_WORDS = frozenset({"both", "all", "each"})
_ADULT_AGE_CAP = 110  # no one is older; a larger number after "all" is a count


def shared_age(span: Span) -> bool:
    """A bare number set off by a comma after "both", "all" or "each" that ends its phrase
    ("arrested two suspects, both 19.") is the age the people before share, no count."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ not in SHARED_AGE_WORDS:
        return False
    if doc[span.start - 2].text != ",":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and not after.is_punct:
        return False  # "..., all 20 of them", "..., each 12 years old": not a bare number
    text = span.text.replace(",", "")
    return text.isdigit() and int(text) < _ADULT_AGE_CAP


def age_range_reading(node: Token) -> Reading | None:
    """ "Nine kids ages 3 to 16 died in 2014": the parser may make "ages" a verb with the
    counted noun its subject, the clause's own verb its subject's head or its complement;
    the people counted are that verb's subject."""
    ages = node.head
    if not (
        node.dep_ == "nsubj"
        and ages.i == node.i + 1
        and ages.lower_ in lexicon().age_words
        and ages.pos_ in ("VERB", "AUX")
    ):
        return None
    if ages.dep_ in ("nsubj", "nsubjpass"):
        verb = ages.head
    else:
        verb = next((c for c in ages.children
                     if c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ == "VERB"), ages)
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
    if verb.i == ages.i or measure is None or not (lemma in lex.intransitive or passive):
        return None
    return Reading(measure=measure, noun=node, anchor=verb, rule=f"verb:{lemma}:{AGE_RANGE_RULE}")
