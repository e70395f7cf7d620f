"""Statements across articles: which event each statement speaks of, and where the sources
disagree about who said or did what.

A statement belongs to the event of the figures beside it (the same sentence, else the same
paragraph, else — for a responsibility claim or a denial, which often follows the report of an
attack — the last incident reported before it in the same article). Three disagreements are
flagged, each with a plain-words explanation:

- ``claim_vs_no_claim``: one source names the group that claimed an event, another says no one
  has (an ``update`` when the "no one" report is the older one: the claim came later);
- ``different_claimants``: two sources name different groups as having claimed one event;
- ``quote_speakers``: the same words, fuzzy-matched, given to two different speakers.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from itertools import combinations

from rapidfuzz import fuzz

from core.group.quote_candidates import block_pairs
from core.model import Claim, Document, Event, Statement, StatementConflict
from core.text.lines import paragraph_breaks, paragraph_of

_QUOTE_MATCH = 90  # rapidfuzz ratio on normalised quote text
_MIN_QUOTE_WORDS = 6  # shorter quotes ("nothing to do") recur by chance
_PARAGRAPHS_BACK = 3
_Speaker = tuple[str | None, str | None, str | None]  # all _same_speaker reads of a quote
HARM = frozenset({"killed", "injured", "kidnapped", "attacks"})


def link_statements(
    statements: Sequence[Statement],
    claims: Sequence[Claim],
    events: Sequence[Event],
    *,
    documents: Sequence[Document],
) -> tuple[Event, ...]:
    """The events with ``statement_ids`` filled in."""
    event_of = {cid: e.id for e in events for cid in e.claim_ids}
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.id in event_of:
            by_doc.setdefault(claim.document_id, []).append(claim)
    texts = {d.id: d.text for d in documents}
    nearby = {
        doc_id: _Nearby(grouped, paragraph_breaks(texts.get(doc_id, "")), event_of)
        for doc_id, grouped in by_doc.items()
    }
    linked: dict[str, list[str]] = {}
    for st in statements:
        near = nearby.get(st.document_id)
        event_id = _event_for(st, near, event_of) if near is not None else None
        if event_id is not None:
            linked.setdefault(event_id, []).append(st.id)
    return tuple(dataclasses.replace(e, statement_ids=tuple(linked.get(e.id, ()))) for e in events)


class _Nearby:
    """The grouped claims of one document, found by paragraph and by sentence: a statement
    looks at the claims near it, not at every claim of a long document (that grows with the
    square of its length). Lists keep the claims' own order."""

    def __init__(self, claims: list[Claim], breaks: list[int], event_of: dict[str, str]) -> None:
        self.claims = claims
        self.breaks = breaks
        self.by_paragraph: dict[int, list[int]] = {}
        self.size: dict[str, int] = {}  # claims of each event in this document
        for n, c in enumerate(claims):
            self.by_paragraph.setdefault(paragraph_of(breaks, c.start), []).append(n)
            self.size[event_of[c.id]] = self.size.get(event_of[c.id], 0) + 1
        self.by_sentence = sorted(range(len(claims)), key=lambda n: claims[n].sentence_start)
        self.sentence_starts = [claims[n].sentence_start for n in self.by_sentence]
        self.longest = max((c.sentence_end - c.sentence_start for c in claims), default=0)

    def in_paragraphs(self, first: int, last: int) -> list[Claim]:
        found = [n for p in range(first, last + 1) for n in self.by_paragraph.get(p, ())]
        return [self.claims[n] for n in sorted(found)]

    def in_sentences_of(self, start: int, end: int) -> list[Claim]:
        """The claims whose sentence overlaps ``[start, end)``."""
        lo = bisect.bisect_right(self.sentence_starts, start - self.longest)
        hi = bisect.bisect_left(self.sentence_starts, end)
        found = [n for n in self.by_sentence[lo:hi] if start < self.claims[n].sentence_end]
        return [self.claims[n] for n in sorted(found)]


def _event_for(st: Statement, near: _Nearby, event_of: dict[str, str]) -> str | None:
    para = paragraph_of(near.breaks, st.start)
    if st.kind in ("responsibility", "denial"):
        # Who did it is said of an attack: the incident reported in or before the paragraph,
        # the one the article says most about when there are several.
        harm = [
            c
            for c in near.in_paragraphs(max(0, para - _PARAGRAPHS_BACK), para)
            if c.measure in HARM and c.start < st.end
        ]
        if harm:
            best = max(harm, key=lambda c: (near.size[event_of[c.id]], c.start))
            return event_of[best.id]
    # The same sentence, or the statement's own span.
    inside = near.in_sentences_of(st.start, st.end)
    if inside:
        return event_of[_core_first(inside).id]
    same_para = near.in_paragraphs(para, para)
    if same_para:
        return event_of[_core_first(same_para).id]
    return None


def _core_first(claims: list[Claim]) -> Claim:
    core = [c for c in claims if c.is_core]
    return (core or claims)[0]


def statement_conflicts(
    statements: Sequence[Statement],
    events: Sequence[Event],
    *,
    documents: Sequence[Document],
) -> tuple[StatementConflict, ...]:
    published = {d.id: d.published for d in documents}
    names = {d.id: d.source_label for d in documents}
    by_id = {s.id: s for s in statements}
    found: list[StatementConflict] = []
    for event in events:
        claims_of = [
            by_id[i]
            for i in event.statement_ids
            if i in by_id and by_id[i].kind == "responsibility"
        ]
        for a, b in combinations(claims_of, 2):
            if a.document_id == b.document_id:
                continue
            if (a.speaker is None) != (b.speaker is None):
                none, named = (a, b) if a.speaker is None else (b, a)
                older = published.get(none.document_id)
                newer = published.get(named.document_id)
                kind = "update" if older and newer and older < newer else "claim_vs_no_claim"
                found.append(
                    _conflict(
                        event.id,
                        (named, none),
                        kind,
                        f"{names[named.document_id]}: {named.speaker} claimed it; "
                        f"{names[none.document_id]}: no one had claimed it"
                        + (" (an earlier report)" if kind == "update" else ""),
                    )
                )
            elif a.speaker and b.speaker and not same_party(a.speaker, b.speaker):
                found.append(
                    _conflict(
                        event.id,
                        (a, b),
                        "different_claimants",
                        f"claimed by {a.speaker} ({names[a.document_id]}) "
                        f"vs {b.speaker} ({names[b.document_id]})",
                    )
                )
    found.extend(_quote_speakers(statements, names))
    return tuple(dataclasses.replace(c, id=f"y{n}") for n, c in enumerate(found, start=1))


def _conflict(
    event_id: str | None, pair: tuple[Statement, Statement], kind: str, explanation: str
) -> StatementConflict:
    return StatementConflict(
        id="",
        event_id=event_id,
        statement_ids=(pair[0].id, pair[1].id),
        kind=kind,
        explanation=explanation,
    )


def _quote_speakers(
    statements: Sequence[Statement], names: dict[str, str]
) -> list[StatementConflict]:
    """The same words given to two speakers in two articles. A pair is compared when the
    quotes share one of their three longest words (the blocks, kept in order of first use)
    and their lengths (in a big block, the candidate index) say they can be alike enough;
    listed block by block, in the quotes' order within a block."""
    quotes = long_quotes(statements)
    normal = [_normal(q.content) for q in quotes]
    tops = [top_words(q.content) for q in quotes]
    longest = [set(top) for top in tops]
    block: dict[str, int] = {}  # numbered as the blocks were first filled
    members: dict[str, list[int]] = {}
    for n, top in enumerate(tops):
        for word in top:
            block.setdefault(word, len(block))
            members.setdefault(word, []).append(n)
    speakers = [(q.speaker, q.speaker_kind, q.speaker_role) for q in quotes]
    same: dict[tuple[_Speaker, _Speaker], bool] = {}  # asked once per two speakers
    found: list[tuple[int, int, int, float]] = []
    for i, j in block_pairs(normal, list(members.values()), _QUOTE_MATCH):
        a, b = quotes[i], quotes[j]
        shared = longest[i] & longest[j]
        if not shared or a.document_id == b.document_id:
            continue
        score = fuzz.ratio(normal[i], normal[j])
        if (speakers[i], speakers[j]) not in same:
            same[speakers[i], speakers[j]] = _same_speaker(a, b)
        if score >= _QUOTE_MATCH and not same[speakers[i], speakers[j]]:
            found.append((min(block[w] for w in shared), i, j, score))
    return [quote_conflict(quotes[i], quotes[j], score, names) for _, i, j, score in sorted(found)]


def long_quotes(statements: Sequence[Statement]) -> list[Statement]:
    """The quotes with a speaker long enough to be told apart from a stock phrase."""
    return [
        s
        for s in statements
        if s.kind == "quote" and s.speaker and len(s.content.split()) >= _MIN_QUOTE_WORDS
    ]


def top_words(content: str) -> list[str]:
    """A quote's three longest words (ties by spelling): the blocks its pairs are listed in."""
    return sorted(set(_words(content)), key=lambda w: (-len(w), w))[:3]


def quote_conflict(
    a: Statement, b: Statement, score: float, names: dict[str, str]
) -> StatementConflict:
    """The same words given to two speakers, as the checker reads it."""
    return _conflict(
        None,
        (a, b),
        "quote_speakers",
        f"the same words ({score:.0f}% alike) are given to "
        f"{a.speaker} ({names[a.document_id]}) and to "
        f"{b.speaker} ({names[b.document_id]})",
    )


def _same_speaker(a: Statement, b: Statement) -> bool:
    """Two mentions that may be one speaker: the same name, or one report naming them and the
    other only describing them ("a village resident", "a police spokesman")."""
    if a.speaker is None or b.speaker is None or same_party(a.speaker, b.speaker):
        return True
    if not (_named(a) and _named(b)):
        return True
    return any(
        x.speaker_role and y.speaker and (same_party(x.speaker_role, y.speaker))
        for x, y in ((a, b), (b, a))
    )


def _named(st: Statement) -> bool:
    """A speaker given by name, not only described or kept anonymous."""
    speaker = st.speaker or ""
    if st.speaker_kind == "anonymous" or re.match(r"(?i)(a|an|the|one|two|some)\b", speaker):
        return False
    return bool(re.search(r"\b[A-Z][a-z]+\b.*\b[A-Z][a-z]+\b|\b[A-Z]{2,}\b", speaker))


def same_party(a: str, b: str) -> bool:
    """Two names for one speaker or group: "Tipu" / "Ihsanullah Tipu", "BLA" /
    "Balochistan Liberation Army (BLA)", "the military" / "The Pakistani military".
    Names are compared word by word ("Ali" is not "Khalid Rahman")."""
    wa, wb = _normal(a).split(), _normal(b).split()
    if not wa or not wb:
        return False
    if _contains_run(wa, wb) or _contains_run(wb, wa):
        return True
    if _acronym(a) and (_acronym(a) == _acronym(b) or _acronym(a).lower() in wb):
        return True
    return fuzz.token_set_ratio(" ".join(wa), " ".join(wb)) >= 90 and len(wa) > 1 < len(wb)


def _contains_run(small: list[str], big: list[str]) -> bool:
    """The words of ``small`` appear together, in order, in ``big``."""
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _acronym(name: str) -> str:
    inside = re.search(r"\(([A-Z]{2,})\)", name)
    if inside:
        return inside.group(1)
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else (words[0] if words else "")


def _normal(text: str) -> str:
    text = text.casefold().replace("’", "'")
    text = re.sub(r"\b(the|a|an)\b", " ", text)
    return " ".join(re.findall(r"[\w']+", text))


def _words(text: str) -> list[str]:
    return [w for w in _normal(text).split() if len(w) > 4]
