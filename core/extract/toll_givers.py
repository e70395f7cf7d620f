"""The verbs by which a source hands out a figure ("reported the deaths of 127", "the toll,
given by the ministry, stood at 34", "put the toll at six dead and 11 wounded"), and the verb
that gives a toll whose figures follow it. Read by ``attribution``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.incident_words import death_verbs
from core.extract.nlp import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that take the figure itself as their object ("reported the deaths of 127").
RECORDING_VERBS = frozenset(
    ["report", "record", "confirm", "count", "register", "document", "estimate", "put",
     "identify"]
)
# Verbs that record a figure only when their object is one ("revised the toll to 19", not
# "raised $5,000")
TOLL_VERBS = frozenset(["revise", "update", "raise", "lower", "announce"])
# Verbs of a figure handed out by a source, as a participle with its agent: "the toll, given
# by the ministry, stood at 34", "figures released by the police show ..."
GIVING_VERBS = RECORDING_VERBS | TOLL_VERBS | frozenset(["give", "provide", "release", "issue"])
# Verbs of a figure's own noun handed out by its agent ("the nine deaths announced by the
# army"), not "the hostages released by the kidnappers"
ANNOUNCING_VERBS = RECORDING_VERBS | frozenset(["announce"])
# Verbs that set a toll at its figures ("put the toll at six dead and 11 wounded")
SETTING_VERBS = frozenset(["put", "place", "set"])


def toll_giver(anchor: Token) -> Token | None:
    """ "an official gave a lower toll of three dead and seven abducted", "the minister
    gave a figure of 11 killed", "the ministry put the toll at six dead and 11 wounded": the
    verb that gives a toll whose figures follow it, with no other report between them, and
    the figure's clause no doer of its own ("…, and police arrested 4": theirs)."""
    if _own_doer(anchor):
        return None
    for verb in anchor.sent:
        lemma = verb.lemma_.lower()
        if lemma not in (GIVING_VERBS - RECORDING_VERBS) | SETTING_VERBS or verb.pos_ != "VERB":
            continue
        toll = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in cues().figure_objects), None)
        if toll is None or not toll.i <= anchor.i or negated(verb):
            continue  # "gave a toll of 14": the figure may be read as the toll itself
        between = anchor.doc[toll.i + 1 : anchor.i]
        if not any(t.lemma_.lower() in cues().attributing for t in between):
            return verb
    return None


def _own_doer(anchor: Token) -> bool:
    """The figure's verb has a subject of its own that is no figure ("police arrested 4")."""
    return anchor.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and not c.like_num
        and not any(m.like_num for m in c.children)
        for c in anchor.children
    )


def raised_by_deaths(verb: Token) -> bool:
    """ "Two more died on Sunday, raising the toll to nine, police said": a participle that
    moves a toll, its clause's subject people counted, has the deaths for its doer, no
    source (the police tell it); "officials revised their count, raising the toll" has one."""
    # "A boy hurt in the blast died on Tuesday, raising the toll to 12": a death moves it too
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and (
            verb.head.lemma_.lower() in death_verbs()
            or any(
                c.dep_ in ("nsubj", "nsubjpass") and any(n.dep_ == "nummod" for n in c.children)
                for c in verb.head.children
            )
        )
    )
