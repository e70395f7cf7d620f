"""A clause's verb the parser swallowed into its subject's "of": "the toll rose to 38 after two
more of the injured died" parses "after" as a preposition of "more", and "died" as the object
of "of", with "the injured" its modifier, so the two deaths count nothing. Re-hung after the
parser as "after two of them died" parses: the verb heads a clause opened by "after", the
count its subject, the harmed group the object of "of"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_swallowed_verbs"
OPENERS = frozenset({"after", "before", "as", "when", "until", "since", "while"})
PAST = "VBD"
GROUP_DEPS = frozenset({"amod", "compound"})  # how "the injured" hangs on the verb


def rehang_swallowed_verbs(doc: Doc) -> Doc:
    """Make each past verb read as the object of a count's "of" its clause's verb."""
    for at in positions(doc, TAG, (PAST,)):
        verb = doc[at]
        if verb.dep_ == "pobj" and verb.head.lower_ == "of":
            found = _swallowed(verb)
            if found is not None:
                _rehang(verb, *found)
    return doc


def _swallowed(verb: Token) -> tuple[Token, Token, Token] | None:
    """The opener, the count and the harmed group of a verb swallowed so."""
    of = verb.head
    count = of.head
    opener = count.head
    if count.dep_ != "pobj" or opener.lower_ not in OPENERS or opener.dep_ != "prep":
        return None
    if not any(c.dep_ == "nummod" for c in count.children) and not count.like_num:
        return None  # "after two more of", "after three of"
    group = next((c for c in verb.children if c.dep_ in GROUP_DEPS and c.i == verb.i - 1), None)
    if group is None or not any(c.dep_ == "det" for c in (*group.children, *verb.children)):
        return None  # "of the injured", "of the wounded": a group the article names
    return opener, count, group


def _rehang(verb: Token, opener: Token, count: Token, group: Token) -> None:
    of = verb.head
    clause = opener.head
    for det in [c for c in verb.children if c.dep_ == "det"]:
        det.head = group  # "the" of "the injured"
    verb.head, verb.dep_ = clause, "advcl"
    opener.head, opener.dep_ = verb, "mark"
    count.head, count.dep_ = verb, "nsubj"
    group.head, group.dep_ = of, "pobj"
