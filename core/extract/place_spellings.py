"""The spelling of a figure's place: a name the report hyphenates where the gazetteer writes a
space ("Tarn-Wend" of "Tarn Wend") is written as the sentence of the figure writes it when
that sentence names it, and in the gazetteer's form when the place comes from elsewhere (a
sentence before, "the province", the lead's area): a checker files a place the sentence
does not spell by its gazetteer name."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.model import Claim
from core.text.place_spellings import unhyphenated


def with_gazetteer_spellings(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each place its sentence does not write in the gazetteer's spelling."""
    out: list[Claim] = []
    for claim in claims:
        where = claim.location
        if where and "-" in where:
            parts = [
                part if part.casefold() in claim.sentence.casefold() else unhyphenated(part)
                for part in where.split(", ")
            ]
            claim = dataclasses.replace(claim, location=", ".join(parts))  # noqa: PLW2901
        out.append(claim)
    return out
