"""Places a report first describes and names later: "a quake on a Pacific island ... the
Pacific island of Tanna", "a blast in a northern town ... the northern town of Zora". News
leads describe the scene with "a" and the words of its kind; a later paragraph names it
with "the", the same words and "of"."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from core.extract.name_roles import name_start
from core.extract.place_words import lexicon_places, locative
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk

_KIND_DEPS = frozenset({"compound", "amod"})
# "the Pacific island of Tanna": a paragraph without "the ... of" and a capital names no kind
_NAMED_KIND = re.compile(r"\b[Tt]he\b[^.\n]{0,60}?\b\w+ of (?:the )?[A-Z]")


@functools.cache
def place_kinds() -> frozenset[str]:
    """Nouns for a kind of place: "district", "town", "island", "port"."""
    raw = load_rules("places")
    return frozenset(str(w) for w in raw["described_kinds"]) | lexicon_places().area_nouns


@functools.cache
def _described_kinds() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["described_kinds"])


def _kind(noun: Token) -> str | None:
    """ "a pacific island": the key of a kind of place and the words that qualify it (none
    for a bare "town", which may be any town)."""
    if noun.lemma_.lower() not in place_kinds():
        return None
    words = sorted(c.lower_ for c in noun.children if c.dep_ in _KIND_DEPS)
    return f"a {' '.join(words)} {noun.lemma_.lower()}" if words else None


def named_kinds(chunks: Sequence[Chunk]) -> dict[str, str]:
    """The names a report gives the kinds of place it writes with "the ... of" ("the
    Pacific island of Tanna" → {"a pacific island": "Tanna"}), the first one of each kind."""
    out: dict[str, str] = {}
    for chunk in chunks:
        if not _NAMED_KIND.search(chunk.text):
            continue  # reading every token of every paragraph costs more than the rest
        for noun in chunk.doc:
            key = _kind(noun)
            if key is None or key in out:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue
            for prep in noun.children:
                names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
                if prep.dep_ == "prep" and prep.lower_ == "of" and names:
                    out[key] = noun.doc[name_start(names[0]) : names[0].i + 1].text
                    if noun.lemma_.lower() in _described_kinds():
                        # "the island" after "the Gulf island of Qeshm" is Qeshm
                        out.setdefault(f"the {noun.lemma_.lower()}", out[key])
                    break
    return out


def with_described(
    sent: Span, found: list[tuple[Token, str]], kinds: Mapping[str, str] | None
) -> list[tuple[Token, str]]:
    """The places of a sentence, a place it describes with "a" ("on a Pacific island") read
    as the name the report gives that kind (``kinds``, from ``named_kinds``): the words of
    its kind ("Pacific") are no place of their own."""
    if not kinds or not any(key.startswith(("a ", "the ")) for key in kinds):
        return found  # the areas of the report's town, no kind of place named
    out: list[tuple[Token, str]] = []
    for tok in sent:
        placed = locative(tok) or (tok.dep_ == "pobj" and tok.head.lower_ == "on")
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        key = _kind(tok) if placed and dets & {"a", "an"} else None
        if placed and dets == {"the"} and not any(c.dep_ in _KIND_DEPS for c in tok.children):
            key = f"the {tok.lemma_.lower()}"  # "on the island", the one named before
        if key is not None and key in kinds:
            out.append((tok, kinds[key]))
    described = {tok.i for tok, _ in out}
    return out + [(t, n) for t, n in found if t.i not in described and t.head.i not in described]
