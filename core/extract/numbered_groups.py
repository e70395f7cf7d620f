"""A group named by its harm and counted: "the dead now number seven", "those arrested
totalled 15" (a verb of numbering states the group's count), and "the three other injured",
"the two remaining hostages" (a word that sets the counted apart stands between the figure
and the group it counts). The words are measures.json's ``numbering_verbs`` and
``group_part_words``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

# the harm made a group with its article ("the dead", "the injured")
HARM_GROUPS = frozenset({"dead", "injured", "wounded", "hurt", "deceased"})
GROUP_ARTICLES = frozenset({"the", "those", "these"})
# "those killed", "people arrested": a participle after these names the group's harm
PARTICIPLE_HOLDERS = frozenset({"those", "people", "persons"})
NUMBERING_ENDINGS = ("", "s", "ed", "led", "d")  # "number(s|ed)", "total(s|led|ed)"


@functools.cache
def group_part_words() -> frozenset[str]:
    words: list[str] = load_rules("measures")["group_part_words"]
    return frozenset(words)


@functools.cache
def _numbering_forms() -> frozenset[str]:
    verbs: list[str] = load_rules("measures")["numbering_verbs"]
    return frozenset(v + ending for v in verbs for ending in NUMBERING_ENDINGS)


def past_part_word(num: Token, head: Token) -> Token:
    """ "the three other injured were taken to hospital": the parser hangs the figure on the
    word that sets the counted apart ("other", "remaining"); the group it counts is the noun
    (or harm made a noun) that word describes."""
    group = head.head
    if (
        head.dep_ == "amod"
        and head.lower_ in group_part_words()
        and group.i == head.i + 1
        and num.i < head.i
        and group.pos_ in ("NOUN", "VERB", "ADJ")
    ):
        return group
    return head


def numbered_group(span: Span) -> Reading | None:
    """ "The dead now number seven", "those arrested numbered 15", "the wounded totalled 12":
    a verb of numbering right before the figure, after a group named by its harm, states
    the group's count; the parser often takes the verb for the noun "number" and the figure
    for its modifier, so the words are read in their order."""
    doc = span.doc
    verb_at = span.start - 1
    if verb_at < 1 or doc[verb_at].lower_ not in _numbering_forms():
        return None
    verb = doc[verb_at]
    at = verb_at - 1
    while at > 0 and doc[at].pos_ == "ADV":
        at -= 1  # "the dead now number seven"
    measure = _group_harm(doc[at], doc[at - 1]) if at > 0 else None
    if measure is None:
        return None
    return Reading(measure=measure, anchor=verb, rule=f"numbered:{doc[at].lower_}")


def _group_harm(group: Token, before: Token) -> Measure | None:
    """The harm a group names: "the dead", "the injured", "those killed", "people arrested"."""
    lex = lexicon()
    if group.lower_ in HARM_GROUPS and before.lower_ in GROUP_ARTICLES:
        return lex.nouns.get(group.lower_) or lex.verbs.get(group.lower_)
    if group.tag_ == "VBN" and before.lower_ in PARTICIPLE_HOLDERS:
        return lex.verbs.get(group.lemma_.lower())
    return None
