"""Place mentions that are not places of their own: a name a longer place name of the same
sentence is written with ("Kashmir" of "Jammu and Kashmir" once the whole is found), and a
national legislature ("data tabled in the Wolesi Jirga"), which is where a record was laid,
never a place of its own: it says the country whose figures were laid before it."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.extract.ranked_leaders import without_list_leaders
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

_JOINED = re.compile(r"\s(?:and|&)\s")


def whole_places(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places found, each a place of its own: less the parts of a whole "X and Y" name,
    a national legislature read as its country, less a headline's list leader
    (``ranked_leaders``)."""
    return without_list_leaders(legislatures_as_countries(without_inner_names(found)))


def without_inner_names(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places found, less a name whose words lie within the written span of a place
    named with "and" that the gazetteer knows by that whole name ("Kashmir" of "Jammu and
    Kashmir"; not "Ost" of "the Ost and Wend provinces", two places the country holds)."""
    spans = [
        (tok, _written_span(tok, name))
        for tok, name in found
        if _JOINED.search(name) and places.lookup(name) is not None
    ]
    return [
        (tok, name)
        for tok, name in found
        if not any(
            span is not None
            and other.i != tok.i
            and span[0] <= tok.idx
            and tok.idx + len(tok.text) <= span[1]
            for other, span in spans
        )
    ]


def _written_span(tok: Token, name: str) -> tuple[int, int] | None:
    """Where in the document the name is written around its head token, if it is written
    as it stands."""
    sent = tok.sent
    text = span_text(sent)
    for found in re.finditer(re.escape(name), text):
        start, end = sent.start_char + found.start(), sent.start_char + found.end()
        if start <= tok.idx < end:
            return start, end
    return None


def legislatures_as_countries(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places found, a national legislature's own name ("data tabled in the Wolesi
    Jirga") read as the country it sits for."""
    return [(tok, _country_of(name) or name) for tok, name in found]


def _country_of(name: str) -> str | None:
    code = national_bodies().get(name.casefold().removeprefix("the "))
    country = places.get(code) if code else None
    return country.name if country is not None else None


@functools.cache
def national_bodies() -> dict[str, str]:
    """A national legislature's name (case folded) → its country's code: ``national_bodies``
    in ``rules/places.json``."""
    return {str(k).casefold(): str(v) for k, v in load_rules("places")["national_bodies"].items()}
