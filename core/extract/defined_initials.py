"""A source the parse cut to the initials the report defines beside its name ("..., the
Kelmor Peace Watch (KPW) said" read as "KPW"): the name with its initials, as the lead's
recorder is written, so a checker searching either finds every figure of that source."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.model import Claim

# a body's name runs back from its initials to its article, at most this many words
MAX_NAME_WORDS = 8
MIN_CAPITALS = 2  # "KPW", "EastKelCom"; "Velmar" is a name, no initials
# "KPW", "EastKelCom": initials alone, or a name cut to the heads of its words
_SHORT = re.compile(r"[A-Z][A-Za-z-]{1,11}")
_WORD = re.compile(r"\S+")
_MINOR = frozenset({"of", "for", "and", "on", "in"})
_STOPS = frozenset(",;:—–\"“”")


def _short(source: str) -> str | None:
    bare = re.sub(r"^[Tt]he\s+", "", source.strip())
    if _SHORT.fullmatch(bare) and sum(ch.isupper() for ch in bare) >= MIN_CAPITALS:
        return bare
    return None


def _a_stop(word: str) -> bool:
    """Punctuation that ends the name, but for the dots of initials ("U.N.")."""
    return (any(ch in _STOPS for ch in word) or word.endswith(".")) and not re.fullmatch(
        r"(?:[A-Z]\.)+", word
    )


def _capitalised_run(words: list[str]) -> list[str]:
    """ "Kelmor Peace Watch" of "said Monday's Kelmor Peace Watch": the capitalised words and
    the small words between them that end the text, opening on a capital."""
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in _MINOR):
            break
        run.insert(0, word)
    while run and not run[0][:1].isupper():
        run.pop(0)
    return run


def defined_name(short: str, text: str, before: int) -> str | None:
    """The name the text gives just before "(SHORT)", the last time before ``before``: back
    to its article ("the Kelmor Peace Watch (KPW)"), or its run of capitalised words when no
    article opens it ("Kelmor Peace Watch (KPW)"); no punctuation crossed."""
    found = [m for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", text) if m.start() < before]
    if not found:
        return None
    line = text[: found[-1].start()].rsplit("\n", 1)[-1]
    name: list[str] = []
    for word in reversed(_WORD.findall(line)[-MAX_NAME_WORDS:]):
        if _a_stop(word):
            break
        name.insert(0, word)
        if word.lower() == "the":
            break
    if name and name[0].lower() != "the":
        name = _capitalised_run(name)
    if not any(w[:1].isupper() for w in name if w.lower() != "the"):
        return None
    return f"{' '.join(name)} ({short})"


def defined_initials(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims whose source is initials the text defines, given the name with them."""
    out: list[Claim] = []
    for claim in claims:
        short = _short(claim.attribution or "")
        full = defined_name(short, text, claim.sentence_end) if short else None
        out.append(dataclasses.replace(claim, attribution=full) if full else claim)
    return out


def spells(short: str, name: str) -> bool:
    """ "KSRC" for "the Kelmor Security Research Centre": initials that are the first letters
    of the name's capitalised words (its small words left out), though the text never sets
    them beside it."""
    heads = [w[0] for w in re.findall(r"[\w'-]+", name) if w[:1].isupper() and w != "The"]
    return len(heads) >= MIN_CAPITALS and short == "".join(heads)
