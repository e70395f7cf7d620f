"""Victims a statistics report counts by the kind it named once: after "1,640 victims of
intentional homicide" (or "homicide victims", "kidnapping victims") a bare "with 187 victims",
"down from 1,702 victims" counts the same kind, the dead or the taken; so does "victims" in
a clause whose subject names the kind ("Murders fell in May to 1,510 victims", "Abductions
dropped to 41 victims"). Bare victims of a report that named no kind stay uncounted ("nine
victims of the blast")."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure
    from core.text.numbers import Amount

    Found = tuple[Amount, Token, Span, Reading]

KINDS = frozenset({"killed", "kidnapped"})  # what befell all the victims of a kind
KIND_COUNTS = frozenset({"noun", "toll"})  # "noun:homicide", "toll:homicide"
KIND_RULE = "victims:"  # ``killing_victims``: "victims:homicide", "victims:kidnapping"
RULE = "victim_kind"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what says a victim's own kind or harm: "surviving victims", "blast victims", "victims who"
OWN_KIND_DEPS = frozenset({"compound", "amod", "relcl", "acl"})
OF = "of"  # "victims of the blast"


def named_kind(readings: list[Found]) -> Reading | None:
    """The last victims of the sentence its words give a kind ("victims of intentional
    homicide", "kidnapping victims"): the kind a bare "victims" goes on counting."""
    nouns = lexicon().nouns
    return next(
        (r for *_, r in reversed(readings)
         if r.measure in KINDS and (
             (r.rule.startswith(KIND_RULE) and r.rule[len(KIND_RULE):] in nouns)
             or r.rule.startswith(RULE) or _kind_counted(r.rule))),
        None,
    )


def _kind_counted(rule: str) -> bool:
    """ "1,804 homicides", "Homicides fell to 1,804": a count of a statistics report's word
    for what befalls each victim of its kind ("homicide"), read by its noun or as a toll."""
    kind, _, word = rule.partition(":")
    kinds = word_set("measures", "kind_nouns")
    return kind in KIND_COUNTS and (word in kinds or word.removesuffix("s") in kinds)


def kinded_victims(readings: list[Found], kind: Reading | None) -> list[Found]:
    """The readings, bare victims ("with 187 victims") counted as the kind a noun of their
    clause's subject names, else as the kind the report named before (``kind``)."""
    out: list[Found] = []
    for amount, num, span, own in readings:
        noun, reading = own.noun, own
        if (
            reading.measure in (None, "other") and noun is not None and noun.i != num.i
            and noun.lemma_.lower() in lexicon().victim_groups
            and not any(
                c.dep_ in OWN_KIND_DEPS or (c.dep_ == "prep" and c.lower_ == OF)
                for c in noun.children
            )
        ):
            measure = _subject_kind(noun) or (kind.measure if kind is not None else None)
            if measure is not None:
                reading = dataclasses.replace(
                    own, measure=measure, anchor=noun, rule=f"{RULE}:{noun.lemma_}"
                )
        out.append((amount, num, span, reading))
    return out


def _subject_kind(noun: Token) -> Measure | None:
    """ "Murders fell in May to 1,510 victims": the kind the subject of the victims' verb
    names, a noun of the dead or the taken counted by no numeral of its own."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for subject in verb.children:
        measure = lexicon().nouns.get(subject.lemma_.lower())
        if subject.dep_ in SUBJECTS and measure in KINDS and not any(
            c.dep_ == "nummod" for c in subject.children
        ):
            return measure
    return None
