"""A headline's verb the parser took for the noun a figure counts: "Four more succumb to
injuries", "Four shot at party" (moved from ``participants``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.shooting import shot_measure

if TYPE_CHECKING:
    from spacy.tokens import Token


def headline_verb(node: Token) -> Reading | None:
    """ "Four more succumb to injuries", "Two more die as toll rises": a headline's verb with
    no auxiliary that the parser took for the noun the figure counts. Only verbs of one
    person dying are read so ("succumb", "die", "perish"): none of them counts things; and
    "shot" after a count above one ("Four shot at party")."""
    head = node.head
    if node.dep_ == "nummod" and head.dep_ == "nsubj" and _titled_shot(head.head):
        head = head.head  # "Five Workers Shot at Depot": the counted noun's verb
    word = head.lower_
    lex = lexicon()
    # "Three of a family shot dead": the partitive count the subject of "shot" read as a noun
    partitive = node.dep_ == "nsubj" and any(c.lower_ == "of" for c in node.children)
    singular = node.lower_ in ("one", "1") and head.tag_ in ("NNS", "VBZ")
    if not (node.dep_ == "nummod" or partitive) or head.i < node.i or (
        head.tag_ not in ("NN", "VBP", "VB") and not _titled_shot(head) and not singular
    ):
        return None
    if singular:
        # "One dies of injuries": a count of one takes the verb's third person
        word = next((w for w in (word[:-1], word[:-2]) if w in lexicon().intransitive), word)
    if word == "shot" and head.tag_ in ("NN", "NNP") and node.lower_ not in ("one", "1"):
        # "Four shot at party": a count does not take the singular noun (four shots), so
        # "shot" is the headline's verb
        measure = shot_measure(head)
        return None if measure is None else Reading(measure, anchor=head, rule="verb:shot:headline")
    if word not in lex.intransitive or any(c.dep_ == "det" for c in head.children):
        return None
    measure = lex.verbs.get(word)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=head, rule=f"verb:{word}:intransitive")


def _titled_shot(head: Token) -> bool:
    """ "Three Shot Outside Bar": a title-cased "Shot" the tagger took for a name, after its
    count."""
    return head.lower_ == "shot" and head.tag_ == "NNP" and head.text[:1].isupper()


# the deeds whose doer may stand before them with no object named ("two gunmen shot at ...")
_DOERS_DEEDS = frozenset({"attacks", "operations"})
_SHOOT = "shoot"
# a verb with any of these says what its subject did, no participle of what befell it
_ACTIVE_DEPS = frozenset({"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "attr", "agent"})


def participle_read_as_past(node: Token) -> Reading | None:
    """ "Two border guards martyred in attack on post": a headline's participle right after
    the counted people, which the tagger read as their past tense; a transitive harm verb
    with no object of its own tells what befell its subject."""
    verb = node.head
    if node.dep_ != "nsubj" or verb.tag_ != "VBD" or verb.i != node.i + 1:
        return None
    if not any(c.dep_ in ("nummod", "compound") and c.like_num for c in node.subtree):
        return None
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    if measure is None or measure in _DOERS_DEEDS or lemma in lex.intransitive or (
        lemma == _SHOOT  # "two gunmen shot": shooting is the doer's
    ):
        return None
    if any(c.dep_ in _ACTIVE_DEPS for c in verb.children):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"verb:{lemma}:headline participle")
