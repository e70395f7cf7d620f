"""Figures that stand alone where a noun phrase is expected ("rose to 263", "up from 634
last year"): they borrow the reading of the figure before them (``sentence_figures``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.incident_words import harm_verbs
from core.extract.measures import lexicon, people_noun
from core.extract.run_dates import count_before_a_date
from core.extract.toll_givers import GIVING_VERBS
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

MOVE_DIRECTIONS = frozenset({"up", "down"})  # "up from two", "down from 40"


def elliptical(num: Token) -> bool:
    """A number that stands alone where a noun phrase is expected."""
    # A subject of its own verb ("14 trapped") has its own predicate, not an ellipsis; nor
    # has a number its own clause says what of ("by tens of thousands who marched").
    # "up from two announced at the weekend": a participle that says who gave the earlier
    # figure is no clause of its own
    own_clause = any(
        c.dep_ in ("relcl", "acl") and not _giving_earlier(num, c) for c in num.children
    )
    # "forced more than 20,000 to flee": the object of a verb whose infinitive says what
    # the figure did has a predicate of its own (object control), no harm before it
    own_clause = own_clause or (
        num.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in num.head.children)
    )
    # "up from 634 last year": the parser may hang the figure on the time told after it
    alone = num.dep_ in ("pobj", "dobj", "conj", "appos", "attr", "npadvmod")
    return (alone or count_before_a_date(num, num.head)) and not own_clause


def an_age(num: Token) -> bool:
    """ "One of the gunmen, who was killed by commandos, was 19", "the victim was 23": a number
    a singular copula says of one person is the person's age, no more of a count ("the dead
    were 19" is one); so are the numbers a copula says of people its subject counted by a
    numeral of their own or that is one ("The two men killed were 22 and 25", "the three
    injured were 8, 11 and 40": people counted, of those ages)."""
    verb = num.head
    while num.dep_ == "conj" and verb.like_num:
        num, verb = verb, verb.head  # "were 22 and *25*": the list's first number
    if num.dep_ != "attr" or verb.lemma_ != "be":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        c.like_num  # "The three injured were 8, 11 and 40"
        or (people_noun(c) and (
            (c.tag_ != "NNS" and verb.lower_ in _SINGULAR_BE)
            or any(n.dep_ == "nummod" and n.like_num for n in c.children)
        ))
        for c in subjects
    )


_SINGULAR_BE = frozenset({"is", "was", "'s"})


def _giving_earlier(num: Token, clause: Token) -> bool:
    """ "up from nine reported on Sunday": a reporting participle on the figure a count moved
    from."""
    prep = num.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in cues().attributing | GIVING_VERBS  # "given by police"
        and num.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lower_ in MOVE_DIRECTIONS
    )


def another_deed(num: Token, anchor: Token | None) -> bool:
    """The figure is the object of a verb of its own that counts nothing ("killing nine
    workers and trapping dozens more", "killed 12, and rescuers pulled 21 from the rubble",
    "injuring three and knocking out power to thousands"):
    that verb tells what befell them, no more of the figure before; a verb of telling or of
    counting ("the ministry reported 14", "rescuers found 3 more") restates it."""
    verb = num.head
    deed_object = num.dep_ in _DEED_OBJECTS  # "pulled 21 from the rubble": the parser's npadvmod
    if num.dep_ == "pobj" and anchor is not None and _coordinated_deed(verb.head, anchor):
        # "injuring three and knocking out power to thousands": the object of the
        # preposition of a deed done beside the harm
        verb, deed_object = verb.head, True
    lemma = verb.lemma_.lower()
    lex = lexicon()
    return (
        deed_object
        and verb.pos_ == "VERB"
        and anchor is not None
        and verb.i != anchor.i
        and lemma not in lex.verbs
        and lemma not in harm_verbs()  # "said it had shot 25": more of the dead
        and lemma not in lex.change_verbs  # "rose 12": a toll's change
        and lemma not in cues().attributing
        and lemma not in word_set("measures", "tallying_verbs")  # "verified 40 more"
    )


_DEED_OBJECTS = frozenset({"dobj", "npadvmod"})


def _coordinated_deed(verb: Token, anchor: Token) -> bool:
    """A verb joined to the harm verb the figure before was read at ("injuring three and
    knocking out power")."""
    return verb.dep_ == "conj" and verb.head.i == anchor.i and verb.pos_ == "VERB"
