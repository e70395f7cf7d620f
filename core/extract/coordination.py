"""People a clause joins to the figure it counts: "along with three patients", the first
member of a headline's list the parser left unattached ("3 adults, 1 child found shot"), the
next verb of a list taken for a participle ("killed one, injured dozens"), and people "held
for" a deed or held by a force (arrested)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from core.extract.measures import counts_things, lexicon
from core.extract.passives import bare_participle
from core.rules import word_set

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
    first counted noun unattached ("dep") or as a measure of the verb ("3 men, 1 child found
    shot": "npadvmod", a person noun only: "Two weeks, ..." is no list); the comma joins it to
    the subject after it."""
    head = node.head
    loose = node.dep_ == "dep" or (
        node.dep_ == "npadvmod" and node.lemma_.lower() in lexicon().victim_nouns
    )
    if not loose or head.pos_ != "VERB" or head.i < node.i:
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
# Who holds people "at" gunpoint, "by" force or "as" hostages: no arrest; nor "held up", "held
# talks", "held responsible" (a particle, an object or a predicative of its own)
NOT_HELD_BY = frozenset({"at", "by", "as", "under"})
HELD_OWN_WORDS = frozenset({"dobj", "obj", "prt", "acomp", "oprd", "xcomp", "ccomp", "attr"})


def acts_on_others(verb: Token) -> bool:
    """ "killed one person, injured dozens and ...": a participle after a comma that the parser
    hung on the noun before it but that has an object of its own is the next verb of a list,
    not that noun's state ("three men arrested over 20 robberies" still were arrested); so is
    one with a counted object, comma or not."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    listed = before is not None and before.text == ","
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "militants holding 4 hostages killed 2 of them": a participle has no counted object of
    # its own, so one with it is the sentence's verb the parser hung on the noun before it
    return (listed and bool(objects)) or any(_counted(o) for o in objects)


def _counted(obj: Token) -> bool:
    """A number, or a noun with a numeral ("2 of them", "two guards"); not things ("three men
    arrested over 20 robberies": the parser may make the robberies an object)."""
    numbered = obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children)
    return numbered and not counts_things(obj)


DURATION_PREPS = frozenset({"for", "during", "throughout"})  # how long, not when


def held(verb: Token, *, bare: bool = False) -> Measure | None:
    """ "4 held for killing teacher", "two men were held in connection with the blast", "Seven
    suspects held", "1 held in raid": people held with no object of their own are arrested
    (South Asian copy says "held" for arrested). "held hostage", "held by the gang" are
    kidnapped; "held at gunpoint", "held up", "held talks" are no arrest. ``bare``: a past
    tense the parser read where a headline has a participle ("Seven suspects held")."""
    if verb.lemma_.lower() != "hold" or not (verb.tag_ == "VBN" or (bare and verb.tag_ == "VBD")):
        return None
    if any(c.lower_ in ("hostage", "hostages", "captive", "captives") for c in verb.children):
        return "kidnapped"
    # a clause before the verb the parser hung on it is a headline's first ("toll rises to
    # nine; five suspects held"), no complement of "held"
    if any(c.dep_ in HELD_OWN_WORDS and not (c.dep_ == "ccomp" and c.i < verb.i)
           for c in verb.children):
        return None
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    if agents:  # "held by police" is an arrest, "held by the gang" a captivity
        if any(o.lemma_.lower() in lexicon().abductor_nouns for o in agents) and not any(
            prep.dep_ == "prep" and _held_prep(prep) == "" for prep in verb.children
        ):
            return "kidnapped"  # not "held by gunmen at gunpoint" in a robbery
        forces = word_set("measures", "holding_forces")
        return "arrested" if any(o.lemma_.lower() in forces for o in agents) else None
    for prep in verb.children:
        if prep.dep_ == "prep":
            found = _held_prep(prep)
            if found is not None:
                return found or None
    return "arrested"


def _held_prep(prep: Token) -> Measure | Literal[""] | None:
    """What a preposition of "held" decides: an arrest ("for", "over", "in connection with"),
    none ("" for "at gunpoint", "by", "for hours", "in captivity"), or nothing (None)."""
    if any(o.ent_type_ in ("DATE", "TIME") for o in prep.children):
        # "held for hours", "held for two days before being released"; "held on Monday"
        # dates the arrest
        return "" if prep.lower_ in DURATION_PREPS else None
    if prep.lower_ in HELD_FOR or (
        prep.lower_ == "in" and any(o.lower_ == "connection" for o in prep.children)
    ):
        return "arrested"
    if prep.lower_ in NOT_HELD_BY or any(o.lower_ == "captivity" for o in prep.children):
        return ""
    return None


def held_by_force(verb: Token, node: Token) -> Measure | None:
    """ "Police held 14 people over the clashes", "troops have held six suspects": the people
    a force holds are arrested, as "held" in the passive; "the gang held 12 villagers", "police
    held a meeting", "held them at gunpoint" or "for hours" are no arrest."""
    if verb.lemma_.lower() != "hold" or node.dep_ != "dobj":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "Rangers" may be tagged a name, its plural unlemmatised; "the CTD held three
    # suspects": a wanted person held is in custody whoever the parse makes the holder
    forces = word_set("measures", "holding_forces")
    if subject is None or not (
        {subject.lemma_.lower(), subject.lower_.rstrip("s")} & forces
        or node.lemma_.lower() in word_set("measures", "wanted_nouns")
    ):
        return None
    if any(c.lower_ in ("hostage", "hostages", "captive", "captives") for c in verb.children):
        return "kidnapped"
    if any(c.dep_ in HELD_OWN_WORDS and c.i != node.i for c in verb.children):
        return None  # "held them responsible", "held up"
    for prep in verb.children:
        if prep.dep_ == "prep" and _held_prep(prep) == "":
            return None
    return "arrested"


def held_measure(head: Token, node: Token, dep: str) -> Measure | None:
    """People "held": arrested in the passive ("4 held for the blast") or by a force
    ("police held 14 people")."""
    if dep in ("nsubjpass", "nsubj"):
        # "5 held for lynching": a headline's bare number held, its verb read as a past
        alone = node.like_num and not any(c.dep_ in ("dobj", "aux") for c in head.children)
        return held(head, bare=dep == "nsubj" and (alone or bare_participle(head, node)))
    return held_by_force(head, node) if dep == "dobj" else None


ALONG_PRONOUNS = frozenset({"them", "him", "themselves", "himself"})
OFF_PARTICLES = frozenset({"off", "away"})  # "the gunmen carried off my brother"


def taken_along(verb: Token) -> Measure | None:
    """ "the gunmen took seven passengers with them", "militants dragged two guards along
    with them", "the gunmen carried off my brother and his three sons": people armed men carry
    off are kidnapped; "the family took two children with them" is no abduction."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex.carry_off_verbs:
        return None
    along = any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lower_ in ALONG_PRONOUNS for o in prep.children)
        for prep in verb.children
    ) or any(c.dep_ in ("prt", "advmod") and c.lower_ in OFF_PARTICLES for c in verb.children)
    holder = verb.head if verb.dep_ == "conj" else verb  # "checked the cards and took ..."
    subject = next(
        (c for v in (verb, holder) for c in v.children if c.dep_ == "nsubj"), None
    )
    armed = subject is not None and (
        subject.lemma_.lower() in lex.abductor_nouns
        or any(c.lower_ == "armed" for c in subject.children)
    )
    return "kidnapped" if along and armed else None


# what a "taken" people noun may carry and still be the captives: who took them, when, where
TAKEN_FROM = frozenset({"agent", "prep", "npadvmod", "advmod", "punct"})
# a "taken" that says where they were brought: "those taken to hospital", "into custody"
TAKEN_TO = frozenset({"to", "into", "for", "under", "before"})


def taken_people(noun: Token) -> Measure | None:
    """ "two of her cousins were among the people taken", "among those taken by the
    gunmen": people a bare participle "taken" names are the captives of a raid; "those taken
    to hospital", "taken into custody", "taken ill" say where or how they are, no
    abduction."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() != "take" or acl.tag_ != "VBN":
            continue
        if all(
            c.dep_ in TAKEN_FROM and not (c.dep_ == "prep" and c.lower_ in TAKEN_TO)
            for c in acl.children
        ):
            return "kidnapped"
    return None

