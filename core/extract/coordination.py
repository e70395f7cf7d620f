"""People a clause joins to the figure it counts: "along with three patients", the first
member of a headline's list the parser left unattached ("3 adults, 1 child found shot"), the
next verb of a list taken for a participle ("killed one, injured dozens"), and people "held
for" a deed (arrested)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


PATIENTS = ("nsubjpass", "dobj", "nsubj")
JOINERS = frozenset({"along", "together"})
# Roles a noun phrase that "along with" hangs on may hold in its clause
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "pobj"})


def joined_with(node: Token) -> Token | None:
    """ "seven staff were injured, along with three patients": the people joined by "along
    with" / "together with" share what befell the clause's people (its subject or object)."""
    prep = node.head
    before = node.doc[prep.i - 1] if prep.i > 0 else prep
    if not (node.dep_ == "pobj" and prep.lower_ == "with" and before.lower_ in JOINERS):
        return None
    # the parser hangs "with" on "along", or both words on the verb
    host = prep.head.head if prep.head.lower_ in JOINERS else prep.head
    while host.pos_ not in ("VERB", "AUX") and host.dep_ not in ARGUMENTS and host.head.i != host.i:
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return host if host.i != node.i else None
    for role in PATIENTS:
        arg = next((c for c in host.children if c.dep_ == role and c.i != node.i), None)
        if arg is not None:
            return arg
    return None


def listed_before(node: Token) -> Token | None:
    """ "3 adults, 1 child found shot dead": in a headline's list the parser may leave the
    first counted noun unattached ("dep"); the comma joins it to the subject after it."""
    head = node.head
    if node.dep_ != "dep" or head.pos_ != "VERB" or head.i < node.i:
        return None
    after = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
    if after is None or after.text != ",":
        return None
    return next(
        (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and node.i < c.i < head.i),
        None,
    )


# What people are "held" for or over: a charge, so an arrest ("4 held for killing a teacher",
# "two men were held over the blast"); not "held at gunpoint", "held a meeting"
HELD_FOR = frozenset({"for", "over"})


def acts_on_others(verb: Token) -> bool:
    """ "killed one person, injured dozens and ...": a participle after a comma that the parser
    hung on the noun before it but that has an object of its own is the next verb of a list,
    not that noun's state ("three men arrested over 20 robberies" still were arrested)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    listed = before is not None and before.text == ","
    return listed and any(c.dep_ == "dobj" for c in verb.children)


def held(verb: Token) -> Measure | None:
    """ "4 held for killing teacher", "two men were held in connection with the blast":
    arrested; "held hostage" is read by the idioms, "held at gunpoint" by no one."""
    if verb.lemma_.lower() != "hold" or verb.tag_ != "VBN":
        return None
    if any(c.lower_ in ("hostage", "hostages", "captive", "captives") for c in verb.children):
        return "kidnapped"
    for prep in verb.children:
        if prep.dep_ != "prep" or any(o.ent_type_ in ("DATE", "TIME") for o in prep.children):
            continue  # "held for hours"
        if prep.lower_ in HELD_FOR or (
            prep.lower_ == "in" and any(o.lower_ == "connection" for o in prep.children)
        ):
            return "arrested"
    return None
