"""The quote index finds every pair the all-pairs comparison finds: the same quote given to two
speakers is flagged exactly as before, in the same order, while quotes that only share common
words are no longer compared."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from core.group import quote_candidates as qc
from core.group import statement_links as links
from core.group.quote_candidates import candidate_pairs
from core.model import Statement, StatementConflict


def reference(statements: Sequence[Statement], names: dict[str, str]) -> list[StatementConflict]:
    """The comparison before the index: every two quotes sharing one of their three longest
    words (kept here only to check the index against)."""
    blocks: dict[str, list[Statement]] = {}
    for q in links.long_quotes(statements):
        for word in links.top_words(q.content):
            blocks.setdefault(word, []).append(q)
    seen: set[frozenset[str]] = set()
    out = []
    for group in blocks.values():
        for a, b in combinations(group, 2):
            key = frozenset((a.id, b.id))
            if key in seen or a.document_id == b.document_id:
                continue
            seen.add(key)
            score = fuzz.ratio(links._normal(a.content), links._normal(b.content))
            if score >= links._QUOTE_MATCH and not links._same_speaker(a, b):
                out.append(links.quote_conflict(a, b, score, names))
    return out


def quote(st_id: str, doc_id: str, speaker: str | None, content: str) -> Statement:
    return Statement(
        id=st_id,
        document_id=doc_id,
        start=0,
        end=len(content),
        content=content,
        kind="quote",
        speaker=speaker,  # type: ignore[arg-type]
        speaker_kind="person" if speaker and speaker[0].isupper() else "anonymous",
    )


NAMES = {f"d{n}": f"Outlet {n}" for n in range(1, 7)}
SAID = "We will not rest until every family in the valley is safe again"
MIXED = [
    quote("q1", "d1", "Mayor Ilse Brandt", SAID),
    quote("q2", "d2", "Police chief Tomas Rel", SAID + "."),  # the same words, another speaker
    quote("q3", "d3", "Tomas Rel", "We will not rest until every family in this valley is safe"),
    quote("q4", "d4", "Ilse Brandt", SAID),  # the same speaker as q1: not flagged against it
    quote("q5", "d1", "Doran Pell", SAID),  # q1's own report: not compared with it
    quote("q6", "d5", "a village resident", SAID),  # only described: may be anyone
    quote("q7", "d2", "Doran Pell", "The government investigation into the bombing continues"),
    quote("q8", "d3", "Ilse Brandt", "The government investigation found nothing about it"),
    quote("q9", "d4", "Tomas Rel", "An independent government investigation will follow soon"),
    quote("q10", "d5", "Sara Ulm", "The government investigation into the bombing continues now"),
    quote("q11", "d6", "Sara Ulm", "We will not rest"),  # too short to count
    quote("q12", "d6", "Kel Varn", "Nobody from the government investigation has visited us"),
]


def pairs(found: Sequence[StatementConflict]) -> list[tuple[str, ...]]:
    return [x.statement_ids for x in found]


def test_mixed_project_gives_what_all_pairs_give() -> None:
    got = links._quote_speakers(MIXED, NAMES)
    assert got == reference(MIXED, NAMES)
    assert ("q1", "q2") in pairs(got)  # the same quote by two speakers
    assert ("q2", "q3") not in pairs(got)  # Rel twice
    assert ("q1", "q4") not in pairs(got)
    assert ("q1", "q5") not in pairs(got)
    assert ("q7", "q10") in pairs(got)  # a paraphrase close enough
    assert not {"q8", "q9", "q11", "q12"} & {i for p in pairs(got) for i in p}


COMMON = [
    "The government investigation into the bombing continues",
    "The government investigation found nothing about it",
    "An independent government investigation will follow soon",
    "Nobody from the government investigation has visited us",
    "Our families deserve answers from this investigation quickly",
    "The investigation will name whoever planted the device",
    "We handed every recording to the investigation team",
    "Forensic experts joined the investigation on Tuesday morning",
    "Shopkeepers doubt the investigation will ever reach its end",
    "An investigation cannot bring back my brother or his sons",
]


def test_common_words_do_not_make_candidates() -> None:
    """Every quote's longest word is "investigation": all 45 pairs shared a block."""
    texts = [links._normal(t) for t in COMMON]
    found = candidate_pairs(texts, links._QUOTE_MATCH)
    assert len(found) < 45 // 2
    assert (4, 7) not in found
    assert (7, 9) not in found
    assert candidate_pairs([*texts, texts[7] + " too"], links._QUOTE_MATCH) >= {(7, 10)}


def test_a_pair_at_the_edge_of_the_bound_is_found() -> None:
    """Nine deletions three or more apart in 50 distinct characters each break two more
    trigrams than the one they take: 21 shared, the fewest the q-gram lemma allows, and the
    ratio is still 90.1."""
    a = "".join(chr(0x4E00 + n) for n in range(50))
    b = "".join(c for n, c in enumerate(a) if n % 5 != 2 or n > 42)
    assert fuzz.ratio(a, b) >= links._QUOTE_MATCH
    assert candidate_pairs([a, b], links._QUOTE_MATCH) == {(0, 1)}


WORDS = ("government", "investigation", "valley", "family", "bodies", "recovered", "we", "have",
         "so", "far", "never", "rest", "safe", "police", "12", "13", "81")


@st.composite
def variants(draw: st.DrawFn) -> list[str]:
    """A few base sentences, each told several times with a few characters changed."""
    bases = draw(st.lists(st.lists(st.sampled_from(WORDS), min_size=6, max_size=14),
                          min_size=1, max_size=4))
    out = []
    for base in bases:
        for _ in range(draw(st.integers(1, 5))):
            text = list(" ".join(base))
            for _ in range(draw(st.integers(0, 14))):
                at = draw(st.integers(0, len(text)))
                if draw(st.booleans()) and at < len(text):
                    del text[at]
                else:
                    text.insert(at, draw(st.sampled_from("aeiou 1")))
            out.append("".join(text))
    return out


@settings(max_examples=150, deadline=None)
@given(variants(), st.sampled_from((70.0, 85.0, 90.0, 95.0)))
def test_every_alike_pair_is_a_candidate(texts: list[str], cutoff: float) -> None:
    alike = {
        (i, j)
        for i, j in combinations(range(len(texts)), 2)
        if fuzz.ratio(texts[i], texts[j]) >= cutoff
    }
    assert alike <= candidate_pairs(texts, cutoff)


@settings(max_examples=100, deadline=None)
@given(variants(), st.data())
def test_generated_quotes_give_what_all_pairs_give(texts: list[str], data: st.DataObject) -> None:
    speakers = ("Ilse Brandt", "Brandt", "Tomas Rel", "a police officer", "Kel Varn")
    quotes = [
        quote(f"q{n}", data.draw(st.sampled_from(sorted(NAMES))),
              data.draw(st.sampled_from(speakers)), text)
        for n, text in enumerate(texts)
    ]
    assert links._quote_speakers(quotes, NAMES) == reference(quotes, NAMES)


def test_a_block_over_the_all_pairs_size_goes_through_the_index() -> None:
    """A long word that opens a block too big to pair whole ("investigation" in every quote):
    the block's pairs come from the index over its quotes, and the alike pair is still flagged
    as the all-pairs comparison flags it."""
    speakers = ("Ilse Brandt", "Tomas Rel", "Sara Ulm", "Kel Varn", "Doran Pell")
    filler = [f"{t} number {n}" for n in range(14) for t in COMMON[:5]]
    quotes = [
        quote(f"q{n}", f"d{n % 6 + 1}", speakers[n % 5], text) for n, text in enumerate(filler)
    ]
    quotes += [
        quote("qa", "d1", "Mayor Ilse Brandt", COMMON[7] + " again"),
        quote("qb", "d2", "Police chief Tomas Rel", COMMON[7] + " again."),
    ]
    assert len(quotes) > qc.BLOCK_ALL_PAIRS
    got = links._quote_speakers(quotes, NAMES)
    assert got == reference(quotes, NAMES)
    assert ("qa", "qb") in pairs(got)


def test_a_small_block_pairs_every_two_of_its_quotes() -> None:
    texts = [links._normal(t) for t in COMMON[:4]]
    assert qc.block_pairs(texts, [[0, 1, 2, 3]], links._QUOTE_MATCH) == {
        (i, j)
        for i, j in combinations(range(4), 2)
        if qc._lengths_allow(len(texts[i]), len(texts[j]), links._QUOTE_MATCH)
    }
    assert qc.block_pairs(texts, [[0], [1, 2]], links._QUOTE_MATCH) <= {(1, 2)}
