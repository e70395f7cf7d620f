"""A few days' tally: a figure counted over a weekend or a holiday weekend across many
incidents ("six people were killed and 11 wounded in 15 shootings over the weekend", "a
violent Mother's Day weekend that left six dead") spans those days. A span that short
otherwise only approximates the day of the one incident the report tells ("a man was shot
over the weekend": the lead's day inside it, ``core.text.periods.within``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import harm_verbs, incident_noun
from core.text.periods import FEW_DAYS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

    from core.model import Claim
    from core.text.dates import Period

# verbs a stretch of time is the subject of when it counts its toll ("the weekend left six
# dead", "a weekend that saw 15 shootings")
_TOLL_VERBS = frozenset({"leave", "see", "claim", "bring"})


def tallied_over(date: Token | None, period: Period | None, sent: Span) -> bool:
    """The figure's own few days ``date`` gives count many incidents: the sentence counts
    its incidents ("in 15 shootings"), or the stretch itself left the toll."""
    if date is None or period is None or period.start == period.end:
        return False
    if (period.end - period.start).days >= FEW_DAYS:
        return False
    return _counts_incidents(sent) or _span_left_toll(date)


# "in separate shootings across the city over the weekend": several incidents, uncounted
_SEVERAL = frozenset({"separate", "multiple", "several", "different", "various"})


def _counts_incidents(sent: Span) -> bool:
    """A numeral above one counts an incident noun of the sentence ("in 15 shootings"), or a
    word says it holds several ("in separate shootings")."""
    return any(
        t.dep_ in ("nummod", "amod")
        and (t.lower_ in _SEVERAL if t.dep_ == "amod" else t.like_num)
        and t.lower_ not in ("one", "1")
        and t.head.tag_ == "NNS"
        and incident_noun(t.head)
        for t in sent
    )


def _span_left_toll(date: Token) -> bool:
    """The stretch is the subject of the verb of the toll, or the noun a "that" clause of it
    hangs on: "the weekend left six dead", "a weekend that left six dead"."""
    verb = date.head
    if date.dep_ == "nsubj" and _tolls(verb):
        return True
    if any(c.dep_ == "relcl" and _tolls(c) for c in date.children):
        return True
    # the parser may hang "that left ..." on a word before the stretch's phrase
    after = date.right_edge.i + 1
    if after >= date.sent.end or date.doc[after].lower_ not in ("that", "which"):
        return False
    clause = date.doc[after].head
    return clause.dep_ == "relcl" and _tolls(clause)


def _tolls(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _TOLL_VERBS or lemma in harm_verbs()


def many_incident_sentences(claims: Iterable[Claim]) -> set[int]:
    """Where the sentences start that count several incidents ("seven dead and 14 hurt in 17
    shootings"): their dead and hurt are a tally, no one incident's."""
    return {c.sentence_start for c in claims if c.measure == "attacks" and c.value > 1}
