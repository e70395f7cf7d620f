"""A gazetteer entry (``Place``) and the folding of place names (``normalise``): what both the
gazetteer (``core.text.places``) and its builder (``core.text.gazetteer_build``) read."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

PlaceLevel = Literal["region", "country", "admin1", "district", "city"]
# the levels too wide to be the town a figure happened in: a province, a country, a region
WIDE_LEVELS: frozenset[PlaceLevel] = frozenset({"country", "admin1", "region"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``key`` is an ISO code ("PK", "PK-BA"), "geo:<id>" or a region key."""

    key: str
    name: str
    level: PlaceLevel
    country: str | None  # ISO 3166-1 alpha-2; None for a region spanning countries
    admin1: str | None = None  # ISO 3166-2 code of the province, when known
    population: int = 0
    members: tuple[str, ...] = ()  # for a region: the subdivisions it covers
    lat: float | None = None  # a town's centre (degrees), to tell a part of a town
    lon: float | None = None
    district: str | None = None  # the key of the district holding a town, when known

    @property
    def chain(self) -> tuple[str, ...]:
        """This place and everything that contains it, most specific first."""
        out = [self.key]
        if self.district and self.district != self.key:
            out.append(self.district)
        if self.admin1 and self.admin1 != self.key:
            out.append(self.admin1)
        if self.country and self.country != self.key:
            out.append(self.country)
        return tuple(out)

    @property
    def countries(self) -> frozenset[str]:
        if self.country:
            return frozenset({self.country})
        return frozenset(m.split("-", 1)[0] for m in self.members)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "_": " "})
_POSSESSIVE = re.compile(r"'s\b")
_NOT_NAME = re.compile(r"[^\w&.'-]+")


@functools.lru_cache(maxsize=1 << 15)  # the same names are asked of many times a report
def normalise(text: str) -> str:
    """Fold accents, case and punctuation so "Jammu and Kashmīr" == "jammu and kashmir"."""
    if not text.isascii():  # the gazetteer's 170,000 names: skip the slow path when we can
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    folded = text.casefold().translate(_QUOTES)
    if "'s" in folded:
        folded = _POSSESSIVE.sub("", folded)
    return " ".join(_NOT_NAME.sub(" ", folded).split())


_IZAFE = re.compile(r"-([ei])-")  # the Persian "of" between two words: "Sar-e-Pul", "Pul-i-Alam"


def hyphen_variants(key: str) -> list[str]:
    """Other spellings of a hyphenated name: the izafe before a space, or with its other vowel,
    or spaces for hyphens."""
    variants = [_IZAFE.sub(r"-\1 ", key), _IZAFE.sub(r" \1 ", key), key.replace("-", " ")]
    swapped = _IZAFE.sub(lambda m: "-" + ("i" if m[1] == "e" else "e") + "-", key)
    variants += [swapped, _IZAFE.sub(r"-\1 ", swapped), _IZAFE.sub(r" \1 ", swapped)]
    return [v for v in dict.fromkeys(variants) if v != key]
