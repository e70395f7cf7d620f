"""Which speaker a figure is attributed to: the statement whose content holds it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from core.extract.cues import cues
from core.ingest.outlets import is_news_outlet
from core.model import Statement


def attribution_at(statements: Sequence[Statement], start: int, end: int) -> str | None:
    """The speaker whose statement content contains ``[start, end)``.

    What someone said (a quote, reported speech) wins over a claim, a denial or a figure
    reported inside it: the figure in "X said the group claimed 200 attacks" is X's figure, and
    so is the one in "according to X, …, with the police reporting the deaths of 12".
    """
    return Attributions(statements).at(start, end)


class Attributions:
    """``attribution_at`` for many figures of one document: the statements are sorted once
    and each figure looks only at those that start near enough to hold it (a scan of every
    statement per figure grows with the square of the document)."""

    def __init__(self, statements: Sequence[Statement], text: str = "") -> None:
        self._text = text
        self._spoken = sorted(
            (
                s
                for s in statements
                if s.speaker is not None and not authorless(s.speaker) and not _asks(s)
            ),
            key=lambda s: s.start,
        )
        self._starts = [s.start for s in self._spoken]
        self._longest = max((s.end - s.start for s in self._spoken), default=0)

    def at(self, start: int, end: int) -> str | None:
        lo = bisect.bisect_left(self._starts, end - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        best = best_statement(s for s in self._spoken[lo:hi] if end <= s.end)
        return speaker_label(best, self._text) if best else None


MAX_DESCRIPTION_WORDS = 4  # "the district health officer"; longer is an apposition, not a name


def speaker_label(s: Statement, text: str) -> str | None:
    """The speaker's name, with the description the text named them by when that is all
    the statement's own words give: "the governor said ..." is "governor Ali Karimi", known
    to a reader of the sentence by the one and to a checker by the other."""
    name, first, last = s.speaker, s.speaker_start, s.speaker_end
    if not name or not text or first is None or last is None or s.speaker_kind != "person":
        return name
    mention = " ".join(text[first:last].split())
    words = mention.split()
    if words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    named = {w.casefold() for w in name.split()}
    if (
        not words
        or len(words) > MAX_DESCRIPTION_WORDS
        or mention.casefold() in cues().pronouns
        or any(w.casefold().strip(",.") in named for w in words)
    ):
        return name
    return f"{' '.join(words)} {name}"


def _asks(s: Statement) -> bool:
    """A statement whose verb asks, promises or threatens ("the minister asked how 14 could
    die"): it vouches for no figure in it (rules/cues.json, figure_attribution.unvouched)."""
    c = cues()
    word = s.cue.split()[0].lower() if s.cue else ""
    return any(word in c.verb_forms.get(lemma, ()) for lemma in c.unvouched)


def authorless(speaker: str) -> bool:
    """A document that names no author ("the statement", "Monday's statement"): no one a
    figure can be attributed to (the figure keeps the source its sentences name)."""
    words = [w for w in re.split(r"[\s'’]+", speaker.casefold()) if w]
    c = cues()
    nouns = c.document_nouns | c.sourceless  # "as per initial reports", "according to details"

    def unnamed_noun(w: str) -> bool:
        return w in nouns or (w.endswith("s") and w[:-1] in nouns)

    if not words or not unnamed_noun(words[-1]):
        return False
    return all(unnamed_noun(w) or w in c.unnaming_words for w in words)


def best_speaker(statements: Iterable[Statement]) -> str | None:
    """Of the statements holding a figure: what someone said, then a source over the
    outlet that carries it ("X said …, the Daily Courier reported"), then the narrowest."""
    best = best_statement(statements)
    return best.speaker if best else None


def best_statement(statements: Iterable[Statement]) -> Statement | None:
    """The statement ``best_speaker`` names the speaker of."""
    best: Statement | None = None
    for s in statements:
        if best is None or _rank(s) > _rank(best):
            best = s
    return best


def _rank(s: Statement) -> tuple[bool, bool, int]:
    return _says(s), not is_news_outlet(s.speaker or ""), -(s.end - s.start)


def replaces(attribution: str | None, speaker: str | None) -> bool:
    """Whether the speaker of the statement holding a figure replaces the attribution its
    sentence gave: what someone said is theirs, but an outlet does not replace the source
    it carries ("the ministry said 9 were held, the Daily Courier reported")."""
    if not speaker or speaker.casefold() in (attribution or "").casefold():
        return False
    return not (attribution and is_news_outlet(speaker) and not is_news_outlet(attribution))


def _says(s: Statement) -> bool:
    return s.kind in ("quote", "reported") and s.rule != "reported-figure"
