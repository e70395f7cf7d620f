"""The region of a country a report tells its incident in by a compass word ("a quake struck
eastern Ruritania", "killed in northwest Tarnland").

A wire report is filed from the capital's desk ("KAPITAL, Oct 12 (Reuters) -") and often
tells the incident only as striking a region of the country: the desk is no scene, the
region told is (a town the lead names says more still, and is read before this). A lead
that names no region leaves the dateline's town, which is then the scene ("KAPITAL - A bomb
went off in the city centre").
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim
    from core.text.datelines import Dateline

Mentions = Callable[["Span"], list[tuple["Token", str]]]
# The places a compass word names a part of as the text writes it: a country ("eastern
# Ruritania") or a region of several provinces ("northern Gaza", "southern Kashmir").
_CUT_LEVELS = frozenset({"country", "region"})
# The sentences of a lead after its dateline read for the region: the lead and the next.
_LEAD_SENTENCES = 2


def compass_region(tok: Token, name: str) -> str:
    """ "eastern Ruritania" for the country (or region: "northern Gaza") ``name`` at ``tok``
    written with a compass word before it, "northeast Ruritania" for "Ruritania's
    northeast"; any other name as it is."""
    if name != tok.text and not name.endswith(f" {tok.text}"):
        return name  # the name is the token's, or a name of words ending on it ("Burkina Faso")
    where = places.lookup(name)
    if where is None or where.level not in _CUT_LEVELS:
        return name
    compass = places.compass_words()
    first = tok.i - len(name.split()) + 1  # "South" of "South Sudan" is the name's own
    side = next(
        (
            c for c in tok.lefts
            if c.dep_ in ("amod", "compound") and c.lower_ in compass and c.i < first
        ),
        None,
    )
    if side is None and tok.dep_ == "poss" and tok.head.lower_ in compass:
        side = tok.head  # "Ruritania's northeast"
    return f"{side.text} {name}" if side is not None else name


def a_compass_region(name: str) -> places.Place | None:
    """The country of a region written "eastern Ruritania"; None for any other name."""
    side, _, rest = name.partition(" ")
    if side.lower() not in places.compass_words() or not rest:
        return None
    where = places.lookup(rest)
    return where if where is not None and where.level == "country" else None


def with_lead_region(
    claims: list[Claim],
    chunks: Sequence[Chunk],
    dateline: Dateline | None,
    home: str | None,
    mentions: Mentions,
) -> list[Claim]:
    """The figures left under the desk's town (the report's ``home`` when it is the
    dateline's), or under the country a report with no dateline is about, filed under the
    region the lead tells; the last step on places, after every finer place the report
    gives them."""
    if home is None:
        return claims
    if dateline is not None:
        region = lead_region(chunks, dateline, mentions) if home.startswith(
            dateline.place
        ) else None
    else:
        country = places.lookup(home)
        wide = country is not None and country.level == "country"
        region = _told_region(chunks, 0, country, mentions) if wide else None
    if region is None:
        return claims
    return [dataclasses.replace(c, location=region) if c.location == home else c for c in claims]


def lead_region(chunks: Sequence[Chunk], dateline: Dateline, mentions: Mentions) -> str | None:
    """The region of the dateline town's country the lead tells its incident in, when the
    lead names no town or province of that country besides the dateline's."""
    filed = places.resolve(dateline.place)
    if filed is None or filed.level != "city" or filed.country is None:
        return None
    return _told_region(chunks, dateline.end, filed, mentions)


def _told_region(
    chunks: Sequence[Chunk], after: int, filed: places.Place | None, mentions: Mentions
) -> str | None:
    """The compass region of ``filed``'s country the sentences of the lead after ``after``
    name, when they name no finer place of that country than ``filed``."""
    if filed is None or filed.country is None:
        return None
    sents = (
        sent
        for chunk in sorted(chunks, key=lambda c: c.offset)
        for sent in chunk.doc.sents
        if chunk.end_of(sent) > after
    )
    for sent in itertools.islice(sents, _LEAD_SENTENCES):
        found = mentions(sent)
        if any(_a_finer_place(name, filed) for _, name in found):
            return None
        for _, name in found:
            country = a_compass_region(name)
            if country is not None and country.key == filed.country:
                return name
    return None


def _a_finer_place(name: str, filed: places.Place) -> bool:
    """A town, district or province of the dateline's country other than the dateline's."""
    where = places.resolve(name, hints={filed.country: 1} if filed.country else None)
    return (
        where is not None
        and where.level != "country"
        and where.country == filed.country
        and where.key != filed.key
    )
