"""A shooting as a call to the police told it: "deputies got a call about a hiker being shot",
"troopers answered a report of a man shot at a diner", "calls that a boy had been shot came
in". The person shot is the report's first telling of the harm, which checkers count
hurt even where the report goes on to count a death (``shot_counts.bare_shot``); a bare "shot"
told in the report's own voice is settled there as one of the dead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# how the "shot" hangs on the call: "a call about a hiker being *shot*" (acl on the noun, or
# on its "about" when the parse hangs that on the verb; pcomp of the "about"), "a report of a
# man *shot*" (acl, pobj, prep), "got a call about a hiker being *shot*" (ccomp of the verb
# that got the call), "a 911 call reported that a boy had been *shot*" (the call its subject),
# "a call that a woman was *shot*" (relcl: the parse takes the "that" for a relative word)
_CALL_PATH = frozenset({"acl", "pobj", "prep", "pcomp", "ccomp", "relcl"})
MAX_CLIMB = 3  # words from "shot" up to the call


def called_in(verb: Token) -> bool:
    """Whether ``verb`` ("shot") tells what a call or a report to the police said: it hangs
    on the call's noun, or on the verb whose object the call is ("received a call ... about a
    hunter being shot")."""
    node = verb
    for _ in range(MAX_CLIMB):
        if node.dep_ not in _CALL_PATH or node.head.i == node.i:
            return False
        node = node.head
        if _a_call(node) or (
            node.pos_ == "VERB" and any(_the_call(c) for c in node.children)
        ):
            return True
    return False


def _the_call(arg: Token) -> bool:
    """The verb's call: what was got ("got a call"), or one call as the teller ("a 911 call
    reported"; not "reports said", the news's own hearsay)."""
    return _a_call(arg) and (arg.dep_ == "dobj" or (arg.dep_ == "nsubj" and arg.tag_ != "NNS"))


def _a_call(noun: Token) -> bool:
    calls = word_set("measures", "call_nouns")  # "call", "caller", "report", "911"
    return noun.pos_ in ("NOUN", "NUM") and noun.lemma_.lower() in calls
