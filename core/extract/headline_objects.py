"""The victims a headline names as the object of its harm verb, with no article: "Husband kills
wife and stepson in ...", "Boy accidentally shoots, kills cousin", "Man who shot and killed
daughter ...". A headline drops the article and the possessive of a body's "killed his wife":
each bare person noun so governed is one person, counted once. The one who does the harm, the
headline's first noun ("Husband"), is no victim (``headline_victims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import fatal
from core.extract.list_members import conjuncts
from core.extract.measures import Reading, lexicon
from core.extract.person_nouns import one_person_noun, person_noun
from core.extract.titled_pairs import titled_pair
from core.extract.victim_cues import REFLEXIVES
from core.extract.victim_names import Found, victim_figure
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

# the state a passive participle of a headline leaves its subject in ("Man Shot Dead ...")
RESULT_STATES = frozenset({"dead"})
# a headline's "shoots" alone of a person is how news says the person was hit: hurt
SHOOTING_LEMMAS = frozenset({"shoot"})


def done_to_others(harm: Token, person: Token) -> bool:
    """Whether the headline's harm word is an act of ``person`` on someone else: it, or a
    verb it joins ("shoots, kills cousin"), has a direct object that is not the doer ("shoots
    himself"), unless the harm is the passive participle of headline grammar."""
    verb = harm if harm.pos_ in ("VERB", "AUX") else harm.head  # "fatally shoots"
    # "Grandmother Dies Days After ...": a verb that takes no object does nothing to anyone
    objects = [o for v in _verbs(verb) if not _intransitive(v) for o in _objects(v)]
    return bool(objects) and not _dropped_be(verb, person, objects)


def _dropped_be(verb: Token, person: Token, objects: list[Token]) -> bool:
    """ "Man Shot Dead Outside Bar": a headline tells its subject's own deed in the present
    ("Man shoots ..."); a past form after its bare person with the state it left them in
    ("shot dead") is the participle of a passive whose "was" it dropped, whatever the parse
    took for its object ("bar"), unless that is someone the person may have harmed, a person,
    a name or a count ("Police shot dead gunman"). A past form with its object right after
    it is the person's deed ("Teacher Shot Video Of Flood")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.tag_ == "VBD"
        and after is not None
        and after.lower_ in RESULT_STATES
        and person.dep_ == "nsubj"
        and person.head.i == verb.i
        and not any(
            o.like_num or o.pos_ == "PROPN" or one_person_noun(o) or person_noun(o)
            or any(c.dep_ == "nummod" for c in o.children)
            for o in objects
        )
    )


def harmed_objects(sent: Span) -> list[Found]:
    """One victim for each bare person noun that a harm verb of the headline governs as its
    object ("kills wife and stepson" → two)."""
    found: list[Found] = []
    for verb in sent:
        measure = _harm(verb)
        if measure is None or verb.tag_ == "VBG" or any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            continue  # "gets life for killing teen": the deed he answers for, no news of it
        for obj in _objects(verb):
            for member in conjuncts(obj):
                pair = titled_pair(member)  # "kills deputy and bomb technician": two
                if not (_bare(member) or (pair is not None and _bare(pair) and _unset(member))):
                    continue
                reading = Reading(measure=measure, noun=member, anchor=verb,
                                  rule=f"object_victim:headline:{verb.lemma_.lower()}")
                first = member.i if pair is None else pair.i
                found.append(victim_figure(
                    sent, sent.doc[first : member.i + 1], 1.0 if pair is None else 2.0, reading
                ))
    return found


def _intransitive(verb: Token) -> bool:
    return verb.lemma_.lower() in word_set("measures", "intransitive")


def _verbs(harm: Token) -> list[Token]:
    return [harm, *(c for c in harm.children if c.dep_ == "conj")]


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVES]


def _harm(verb: Token) -> Measure | None:
    """The harm an active verb of the headline does to its object."""
    lemma = verb.lemma_.lower()
    if lemma in SHOOTING_LEMMAS:
        return "killed" if fatal(verb) else "injured"  # "fatally shoots grandson"
    measure = lexicon().verbs.get(lemma)
    return measure if measure in ("killed", "injured") else None


def _bare(noun: Token) -> bool:
    """ "wife", "cousin": one person noun with no article, possessive or count of its own;
    not one with another person's noun run into it ("kills deputy bomb technician": one
    person or two, the dropped "and" unsaid)."""
    others = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound"]
    victims = lexicon().victim_nouns
    return one_person_noun(noun) and _unset(noun) and not any(
        t.lower_ in victims or one_person_noun(t) for t in others
    )


def _unset(noun: Token) -> bool:
    """No article, possessive or count of its own."""
    return not any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in noun.children)
