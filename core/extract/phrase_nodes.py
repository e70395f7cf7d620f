"""The token a figure's phrase stands in its clause by, and the noun it counts, where the parse
does not hang the number where the reader would: on a compound of its noun ("the 3 bank
employees"), after a group noun ("a family of five was killed"), under a qualifier the parser
made the head ("Upwards of 40 people were arrested"). Read by ``readings.read_figure``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.extract.named_units import named_unit
from core.extract.passives import QUALIFIER_PREPS
from core.extract.run_dates import count_before_a_date

if TYPE_CHECKING:
    from spacy.tokens import Token


def clause_node(num: Token, noun: Token | None) -> tuple[Token | None, Token]:
    """The noun the figure counts and the token that stands in its clause for the phrase."""
    return _past_a_qualifier(num, noun, _collective(_phrase_head(num, noun)))


def _collective(node: Token) -> Token:
    """ "a family of five was killed", "arrested a group of 12 militants": the people counted
    after the "of" of a group noun take the group's place in its clause."""
    prep = node.head
    group = prep.head
    if (
        node.dep_ == "pobj"
        and prep.lower_ == "of"
        and group.tag_ == "NN"  # one group: "the families of the 7 people killed" are not
        and group.lemma_.lower() in lexicon().collective_nouns
        and not any(c.like_num for c in group.children)
    ):
        return group
    return node


def _phrase_head(num: Token, noun: Token | None) -> Token:
    """ "62 soldiers", "the 3 bank employees": the noun heads the phrase (the parser may hang
    the number on the noun's compound); "dozens of people": the number does."""
    if noun is not None and (
        num.head.i == noun.i
        or (num.head.dep_ in ("compound", "amod") and num.head.head.i == noun.i)
        or (named_unit(num.head) and num.head.head.i == noun.i)  # "Five BSF jawans"
    ):
        return noun
    # "stood at 1,204 last year": the time the parser hung the figure on stands in its place
    return num.head if count_before_a_date(num, num.head) else num


QUALIFIER_HEADS = frozenset({"upwards", "upward", "excess"})


def _past_a_qualifier(num: Token, noun: Token | None, node: Token) -> tuple[Token | None, Token]:
    """ "Upwards of 40 people were arrested", "Over a dozen people were killed": the parser
    may make the qualifier the head; the clause role is the qualifier's, the noun the one that
    follows the number."""
    lead = node if node.dep_ == "pobj" else num
    if lead.dep_ == "pobj" and lead.head.lower_ == "of":
        owner = lead.head.head
        if owner.lower_ in QUALIFIER_HEADS or (
            owner.lower_ == "excess" and owner.head.lower_ == "in"
        ):
            return noun, owner if owner.lower_ != "excess" else owner.head
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if (
        noun is None
        and num.dep_ == "pobj"
        and num.head.lower_ in QUALIFIER_PREPS
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not any(c.dep_ == "nummod" for c in nxt.children)
    ):
        return nxt, nxt
    return noun, node
