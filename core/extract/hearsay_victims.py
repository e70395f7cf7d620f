"""A victim the report counted, told again as what someone at the scene said or phoned in:
inside a bystander's quotation ("'My son phoned, he said a little girl got hurt,' said a
neighbour"; "'They rob a family and a little girl dies, for a purse,' a witness said") or in
the call that raised the alarm ("A woman phoned 911 to say her nephew was bleeding", "dispatch
got a call that a man was lying in the road wounded", "deputies answered reports of a man
shot"). The reporter told the harm first; what the neighbour heard or the caller reported is
that same harm at second hand, no one new (a victim told without a numeral counts once a
report, at the first telling).

Only a bare person ("a boy", "a child", "someone"): an age or a name may tell someone new,
and so do "another", "a second" or "also". Only after the report counted someone in the
same measure: with no one counted, the hearsay is the first telling and counts."""

from __future__ import annotations

import functools
from bisect import bisect_right
from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.quotes import Quote, find_quotes
from core.extract.victim_mentions import SOMEONE_MORE
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.claim_context import SentenceReading
    from core.extract.measures import Reading
    from core.extract.victim_mentions import Victim

# the readers of one person told by an indefinite noun ("a boy was shot", "a girl shot herself")
INDEFINITE_RULES = ("singular_victim:indefinite:", "self_shot:indefinite:")
CALLER = "caller"  # "a caller reported a man had been shot"
# what raised the alarm, whose content a victim under it is: "a call that a boy was shot",
# "reports of a man shot"
ALARM_NOUNS = frozenset({"call", "report"})
# words from a verb of telling to the person it reports ("to report that a small boy")
REPORT_GAP = 4
QUOTES_KEPT = 4  # reports whose quotations are kept: a report is read sentence by sentence


def retold_hearsay(
    reading: Reading, victim: Victim | None, here: SentenceReading,
    counted: list[tuple[str, str, float]],
) -> bool:
    """Whether the victim of ``reading``, told by a bare noun, is one the report counted
    before (``counted``: id, measure, value), told again in a quotation or a call to the
    police."""
    noun = reading.noun
    if (
        victim is None
        or noun is None
        or victim.name
        or victim.age is not None
        or not reading.rule.startswith(INDEFINITE_RULES)
        or _someone_more(noun, reading.anchor)
    ):
        return False
    if _quoted(here.document.text, here.chunk.offset + noun.idx):
        return _counted_in(victim.measure, counted)
    return _counted_in(victim.measure, counted) and (
        _phoned_in(noun)
        or any(t.pos_ == "NOUN" and t.lemma_.lower() in ALARM_NOUNS for t in noun.ancestors)
    )


def _counted_in(measure: str, counted: list[tuple[str, str, float]]) -> bool:
    """Someone counted in the measure before. Not the dead for one told shot: checkers count
    each measure's first telling of a person, so "a call about a hiker being shot" after the
    report counted the hiker dead is the first telling of the hurt (``called_shots``)."""
    return any(m == measure for _, m, _ in counted)


def _someone_more(noun: Token, anchor: Token | None) -> bool:
    """ "another boy", "a second child", "a girl was also shot", "police are also looking
    into a report of a man shot": someone more."""
    words = {c.lower_ for c in noun.children}
    for tok in (anchor, *noun.ancestors):
        if tok is not None:
            words |= {c.lower_ for c in tok.children}
    return bool(words & SOMEONE_MORE)


@functools.lru_cache(maxsize=QUOTES_KEPT)
def _quotations(text: str) -> tuple[tuple[int, ...], tuple[Quote, ...]]:
    """The quotations of a report's text, with their opening marks for a search."""
    quotes = tuple(find_quotes(text))
    return tuple(q.open for q in quotes), quotes


def _quoted(text: str, pos: int) -> bool:
    """The text at ``pos`` stands inside a quotation."""
    opens, quotes = _quotations(text)
    at = bisect_right(opens, pos) - 1
    return at >= 0 and quotes[at].start <= pos < quotes[at].end


def _phoned_in(noun: Token) -> bool:
    """The noun is what a call reported: it follows close on a verb of telling that a call
    is made for ("phoned 911 to say her nephew was bleeding") or that a caller is the
    subject of ("a caller told police a man was bleeding"). Read by the words' order: the
    parser often hangs the reported clause on the call itself."""
    tellers = reporting_verbs()
    sent = noun.sent
    verb = next(
        (t for t in reversed(sent[: noun.i - sent.start]) if t.lemma_.lower() in tellers), None
    )
    if verb is None or noun.i - verb.i > REPORT_GAP:
        return False
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in _dial_verbs():
        return True
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() == CALLER
        for c in (*verb.children, *verb.head.children)
    )


def _dial_verbs() -> frozenset[str]:
    """``rules/measures.json`` "dial_verbs" ("call", "phone"), as ``dialled_numbers`` reads."""
    return word_set("measures", "dial_verbs")
