"""A headline's toll the parser took apart: "Toll in Barisal boat capsize climbs to 12", where
the event noun before the change verb is read as the verb and the change verb as its plural
object. The figure after "to" that follows a change verb, in a sentence whose subject is a
toll noun, is the toll's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.toll_measures import antecedent_harm

if TYPE_CHECKING:
    from spacy.tokens import Token


def toll_before_change(num: Token) -> Reading | None:
    """ "Toll in X boat capsize climbs to 12": the toll noun that opens the headline says
    what the figure after the change verb's "to" counts."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0:
        return None
    change = num.doc[prep.i - 1]
    lex = lexicon()
    if change.pos_ != "NOUN":
        return None  # a change verb read as a verb: the toll's own reading ("toll rises to 24")
    if change.lemma_.lower() not in lex.change_verbs and change.lower_.rstrip("s") not in (
        lex.change_verbs
    ):
        return None
    sent = num.sent
    toll = next((t for t in sent if t.i < change.i and t.dep_ in ("nsubj", "ROOT")), None)
    if toll is None or toll.lemma_.lower() not in lex.toll_nouns:
        return None
    measure = antecedent_harm(toll)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=toll, rule="toll:headline")
