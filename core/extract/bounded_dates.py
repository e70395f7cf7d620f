"""A time written as a period and the bound it runs until, as two entities of the recogniser:
"in 2024 till October 15", "from Monday until Wednesday". Read apart, the first names the
whole year (or the one day); read together they name the stretch from its start to the bound."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.cache
def bound_words() -> frozenset[str]:
    """The words that join a period to the bound it runs until (``rules/dates.json``
    "bound_words")."""
    return word_set("dates", "bound_words")


# the bound words that join two times only when the second is their own object ("into")
OBJECT_BOUND_WORDS = word_set("dates", "object_bound_words")


def bound_after(ent: Span, after: list[Span]) -> tuple[Span, list[int]] | None:
    """The words from the end of ``ent`` to the end of the time entity after it, when one
    bound word alone stands between them ("till November 30" after "2025"), or "and" after
    a "between" ("between Thursday evening and early Saturday"); the day or hour the
    recogniser tagged apart beside either end is read with it ("between 10 p.m. Friday and
    4 a.m. Saturday": four entities, one stretch); with the starts of the entities joined."""
    doc = ent.doc
    joined: list[int] = []
    end = ent.end
    opener = ent[0].lower_ if ent[0].lower_ in PAIRED else (
        doc[ent.start - 1].lower_ if ent.start > 0 else ""
    )
    if after and after[0].start == end and after[0].label_ in _BESIDE.get(ent.label_, frozenset()):
        joined.append(after[0].start)  # "Thursday" + "evening", "10 p.m." + "Friday"
        end, after = after[0].end, after[1:]
    following = after[0] if after else None
    if following is None or following.label_ not in ("DATE", "TIME"):
        return None
    start = ent.end
    if end + 1 < len(doc) and doc[end].text == "," and _YEAR.fullmatch(doc[end - 1].text):
        # "from July 1, 2016, to May 31, 2022": the comma closes the first date
        start, end = (end + 1 if start == end else start), end + 1
    # "Jan. 4 and" + "Jan. 11": the recogniser may take the joining word into the first end
    inside = following.start == end and end - 1 > ent.start
    joiner = doc[end - 1 if inside else end] if end < len(doc) else None
    word = joiner.lower_ if joiner is not None else ""
    if following.start != end + (not inside) or not (
        word in bound_words() or PAIRED.get(opener) == word
    ):
        return None
    last = following
    if len(after) > 1 and after[1].start == following.end and after[1].label_ in _BESIDE.get(
        following.label_, frozenset()
    ):
        last = after[1]  # "... and 4 a.m." + "Saturday"
        joined.append(following.start)
    if joiner is not None and word in OBJECT_BOUND_WORDS and not _object_within(
        joiner, following.start, last.end
    ):
        return None  # "a probe on Monday into Friday's bombing": no stretch
    return doc[start : last.end], [*joined, last.start]


def _object_within(word: Token, start: int, end: int) -> bool:
    """The word's object lies within the time after it ("into Saturday morning"), not a noun
    the time is said of ("into Friday's bombing")."""
    return any(c.dep_ == "pobj" and start <= c.i < end for c in word.children)


# the label of an entity the recogniser may tag apart beside one of the key's: a day beside
# its hour ("10 p.m. Friday"), a part of the day beside its day ("Thursday evening")
_BESIDE = {"DATE": frozenset({"TIME"}), "TIME": frozenset({"DATE"})}


BETWEEN = "between"  # "between X and Y": one stretch
# the word that opens a stretch and the one that joins its ends ("from X to Y")
PAIRED = {BETWEEN: "and", "from": "to"}
_YEAR = re.compile(r"\d{4}")


# the marks of a clause whose time bounds a period ("since the fighting began in April")
CLAUSE_BOUNDS = frozenset({"since", "until", "till"})


def clause_bound(verb: Token) -> str | None:
    """ "since" of "since the offensive began on May 3" or "... began 11 days ago": the time
    of a clause so marked is where a count's period starts (or ends), not when it happened."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and marks and marks[0] in CLAUSE_BOUNDS:
        return marks[0]
    return None
