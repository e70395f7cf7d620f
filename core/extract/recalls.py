"""Whether a figure recalls an earlier or another incident than its report's own: "two years
after a quake that killed 900", "last year 40 died in a similar blast", "an earlier attack
killed 12", "a quake struck the region in September" (a month alone: a report tells its own
incident's day). Read once here, from the parse; the grouping reads the claim's flag
(``Claim.recalls``) to keep such a figure apart from the report's incident. The phrases are
``recall`` in ``core/rules/event_types.json``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.date_clauses import set_apart
from core.extract.other_incidents import another_incidents_clause
from core.extract.ranking_spans import ranks_within
from core.extract.recall_phrases import incident_triggers, recall_in_words, recall_phrase
from core.rules import load_rules
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "almost two years after a quake that killed ...": a stretch this long sets the clause apart
# (days and weeks may be the same incident's aftermath: "two days after the blast, the toll
# rose to 40").
LONG_UNITS = frozenset({"month", "year", "decade"})


def recalls_earlier(anchor: Token) -> bool:
    """Whether the figure at ``anchor`` recalls an incident before the report's own: it stands
    in a clause set months or years apart ("two years after a quake that killed 900"), its
    sentence says "last year", "years ago" or "an earlier attack", or dates its happening by a
    month alone ("in September"). Remembered on the chunk per figure (its date and its flag
    both ask), and the sentence's own words once for all its figures."""
    figures: dict[int, bool] = anchor.doc.user_data.setdefault("claimdesk_recalls_figure", {})
    if anchor.i not in figures:
        figures[anchor.i] = (
            set_apart(anchor, LONG_UNITS)
            or (_recalled_in(anchor.sent) and not _recalled_aside(anchor))
            or _a_conflicts_toll(anchor)
            or _in_earlier_incidents(anchor)
        )
    return figures[anchor.i]


def _recalled_aside(anchor: Token) -> bool:
    """The sentence's words of another incident stand only in a relative clause on another
    noun than the figure's ("a girl was killed and 40 were injured in the quakes, which
    brought back memories of similar quakes that struck the region in 1998"): they tell of the
    memory, not when the figure's harm was."""
    aside = {
        t.i for clause in anchor.sent if clause.dep_ == "relcl"
        and anchor.i not in {w.i for w in clause.subtree}
        and clause.head.i not in {a.i for a in (anchor, *anchor.ancestors)}
        for t in clause.subtree
    }
    if not aside:
        return False
    rest = [t for t in anchor.sent if t.i not in aside]
    return not recall_in_words(rest) and recall_in_words([t for t in anchor.sent if t.i in aside])


def recalled_clause(date: Token) -> bool:
    """The date stands in a relative clause that tells of another incident ("the quakes,
    which brought back memories of similar quakes that struck the region in 1998"): the time
    of that one, carried to no later sentence."""
    return another_incidents_clause(date) is not None or any(
        recall_in_words(list(t.subtree)) for t in (date, *date.ancestors) if t.dep_ == "relcl"
    )


def recalled_in_words(anchor: Token) -> bool:
    """``recalls_earlier`` without its month alone ("in September"): words that tell another
    incident than the report's ("two years after", "last year", "a similar attack"). A month
    alone is no sign of another incident for a victim named without a numeral: a follow-up
    tells its own incident by its month, a tally of past months' cases names each victim."""
    return recalls_earlier(anchor) and (
        set_apart(anchor, LONG_UNITS) or recall_phrase(anchor.sent)
        or _a_conflicts_toll(anchor) or _in_earlier_incidents(anchor)
    )


def _a_conflicts_toll(anchor: Token) -> bool:
    """ "dozens of soldiers died during the war", "a conflict that has cost 40,000 lives", "the
    insurgency has killed 5,000": the figure's clause (or the clause it is joined to by
    "and", by "with", or as a participle: "saw fighting during the war, with dozens killed",
    "... during the insurgency, leaving thousands dead") counts the toll of a long conflict,
    the background of the report's incident."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    conflicts = _long_conflicts()
    while verb is not None:
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in conflicts:
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for child in (*verb.children, *(c for o in objects for c in o.children)):
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in conflicts:
                return True
            if child.dep_ == "prep" and _within_conflict(child, verb) and any(
                c.dep_ == "pobj" and c.lemma_.lower() in conflicts for c in child.children
            ):
                return True
        verb = _joined_clause(verb)
    return False


def _joined_clause(verb: Token) -> Token | None:
    """The verb of the clause ``verb``'s clause is joined to: by "and", by "with" ("with dozens
    killed"), or as a participle after a comma ("leaving thousands dead")."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj":
        head = head.head  # "with scores of soldiers killed": "killed" hung on "scores"
    if verb.dep_ in ("pcomp", "acl") and head.lower_ == "with":
        head = head.head
    elif not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None


# "during the war", "throughout the insurgency": the conflict's own span
_WITHIN_CONFLICT = frozenset({"during", "throughout"})


def _within_conflict(prep: Token, verb: Token) -> bool:
    """ "during the war", or "in" it of a past deed ("two million died in the civil war");
    "have been killed in the conflict" counts the toll so far of the war the report is on."""
    if prep.lower_ in _WITHIN_CONFLICT:
        return True
    return prep.lower_ == "in" and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children
    )


@functools.cache
def _long_conflicts() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("tallies")["conflict_nouns"])


def _recalled_in(sent: Span) -> bool:
    memo: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault("claimdesk_recalls", {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = recall_phrase(sent) or _month_alone(sent)
    return memo[key]


def _month_alone(sent: Span) -> bool:
    """ "in September" with no day and no year: a month the extraction could not place."""
    full = _full_months()
    for tok in sent:
        if tok.lower_ != "in" or tok.i + 1 >= sent.end:
            continue
        month = tok.doc[tok.i + 1]
        if month.lower_ not in full or not month.text[:1].isupper():
            continue
        after = [t for t in tok.doc[month.i + 1 : sent.end] if not t.is_punct][:1]
        if (not after or not after[0].text.isdigit()) and not _ranks_a_series(month):
            return True
    return False


def _ranks_a_series(month: Token) -> bool:
    """The month bounds the ranking of an incident in a series ("killed two on Thursday, the
    third such attack in March"): it tells which, not when the figure's harm happened."""
    ent = next((e for e in month.sent.ents if e.start <= month.i < e.end), None)
    return ent is not None and ranks_within(ent)


@functools.cache
def _full_months() -> frozenset[str]:
    longest: dict[int, str] = {}
    for name, number in date_words().months.items():
        longest[number] = max(name, longest.get(number, ""), key=len)
    return frozenset(longest.values())


# "across the earlier massacres", "in previous attacks": incidents before the report's own
PAST_MODIFIERS = frozenset({"earlier", "previous", "past", "prior"})


def _in_earlier_incidents(anchor: Token) -> bool:
    """ "has recorded nine victims across the earlier massacres in the town": the figure's
    word (or the verb that counts it) places it in incidents told as earlier, in the plural:
    other incidents than the report's own ("the earlier blast" of a double bombing may be
    the report's own)."""
    incident = incident_triggers()
    owners = (anchor, anchor.head) if anchor.dep_ in ("dobj", "nsubjpass") else (anchor,)
    return any(
        prep.dep_ == "prep"
        and obj.dep_ == "pobj"
        and obj.tag_ == "NNS"
        and (obj.lemma_.lower() in incident or obj.lower_ in incident)
        and any(m.dep_ == "amod" and m.lower_ in PAST_MODIFIERS for m in obj.children)
        for owner in owners
        for prep in owner.children
        for obj in prep.children
    )

