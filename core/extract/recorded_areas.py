"""The area of a statistics report's figures that name no place of their own ("DORVAN:
Tarnland witnessed 900 attacks in 2030, according to the annual review by the Kelmor
Institute ... May was the most violent month with 104 attacks"): the area of the lead's
tally, the country or province the review covers, never the town the report was filed from
(the bureau that wrote it up) nor a province a sentence before ranked ("Wend recorded 40
attacks. Suicide bombings killed 230" counts the whole country's).

Only in a report whose lead is a named recorder's tally (``report_recorder.lead_recorder``),
to the figures after the lead whose place is the bureau's town their sentence does not
name, or a place carried from before that their sentence does not name, no wider than the
area, when the sentence names no other province or country of its own and the figure is no
incident told on its own day ("On May 2, a bomb killed nine"): that scene goes on. An
incident report's dateline is its fallback scene and is left alone. A headline's figure
the body gives again takes the area too; and when the recorder's figures name no place but
the bureau's, a national capital ("the interior ministry" speaking from there), the area is
that capital's country, its provinces being the parts a national review breaks its tally
down by; and a province of another country read inside the body's name ("the Tarn Centre
for ...") is no area of its own."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.extract.report_recorder import lead_recorder
from core.model import Claim
from core.rules import load_rules
from core.text import places
from core.text.datelines import Dateline, a_national_capital, find_dateline
from core.text.lines import a_title


def with_recorded_areas(
    claims: Sequence[Claim], text: str, first_lead: Claim | None = None
) -> list[Claim]:
    """The claims, a statistics report's placeless figures under its lead's area. The lead
    is the one the claims name, else ``first_lead`` as the claims now give it: the lead
    before its source took the name the report gave it elsewhere, no named body."""
    wanted = first_lead.id if first_lead is not None else None
    lead = lead_recorder(claims) or next((c for c in claims if c.id == wanted), None)
    if lead is None:
        return list(claims)
    dateline = find_dateline(text)
    bureaus = dateline.towns if dateline is not None else frozenset()
    body = [c for c in claims if not _a_title(c, text)]
    area = _lead_area(body, lead, bureaus, _opening(text, body, lead, dateline))
    if area is None and dateline is not None:
        area = _capital_country(lead, dateline, body)
    if area is None:
        return list(claims)
    ours = [
        c.start >= lead.sentence_start or _headline_restated(c, lead, claims, text) for c in claims
    ]
    placed = [
        dataclasses.replace(c, location=area)
        if mine and _placeless(c, bureaus, area, dateline) else c
        for c, mine in zip(claims, ours, strict=True)
    ]
    # a headline's figure the body gives again over the area, as the body now places it
    return [
        dataclasses.replace(c, location=area)
        if mine and _restated_over(c, bureaus, area, placed) else c
        for c, mine in zip(placed, ours, strict=True)
    ]




def _headline_restated(claim: Claim, lead: Claim, claims: Sequence[Claim], text: str) -> bool:
    """The figure is a headline's the body gives again from the lead on (value and measure):
    "2,100 killed since 2030" over the lead that counts them, of the lead's area too."""
    return _a_title(claim, text) and any(
        c.start >= lead.sentence_start and c.value == claim.value and c.measure == claim.measure
        for c in claims
    )


def _restated_over(
    claim: Claim, bureaus: frozenset[str], area: str, claims: Sequence[Claim]
) -> bool:
    """A headline's figure under the bureau's town or a province of the area that the body
    gives again over the area ("Wend bore the brunt as 900 died in 2030" over "Nationwide,
    900 died"): the area's, whatever province the headline names beside it."""
    where = claim.location
    return (
        where is not None
        and (_first(where) in bureaus or _inside(where, area))
        and any(
            c.start > claim.start and c.location == area and c.value == claim.value
            and c.measure == claim.measure
            for c in claims
        )
    )


def _inside(where: str, area: str) -> bool:
    """The place lies within the area, and is not the area itself."""
    inner, wide = places.resolve(_first(where)), places.resolve(_first(area))
    return inner is not None and wide is not None and wide.key in inner.chain[1:]


def _a_title(claim: Claim, text: str) -> bool:
    """The figure is in a line with no closing stop: a headline or a subtitle."""
    end = text.find("\n", claim.end)
    return a_title(text[claim.start : len(text) if end < 0 else end])


def _first(where: str) -> str:
    return where.split(",", 1)[0].strip()


def _wide(where: str) -> bool:
    found = places.resolve(_first(where))
    return found is not None and found.level in places.WIDE_LEVELS


def _opening(
    text: str, body: Sequence[Claim], lead: Claim, dateline: Dateline | None
) -> tuple[int, str]:
    """Where the body starts (after the dateline, else after the headline's line) and the
    body's text up to the end of its first sentence with a figure from the lead on: the
    lead's paragraph, which names the area the release covers when it names one."""
    start = dateline.end if dateline is not None else max(text.find("\n"), 0)
    ends = [c.sentence_end for c in body if c.start >= max(lead.start, start)]
    return start, text[start : min(ends)] if ends else ""


def _lead_area(
    claims: Sequence[Claim], lead: Claim, bureaus: frozenset[str], opening: tuple[int, str]
) -> str | None:
    """The lead's area: the first place of the lead's recorder's figures in the body (from
    the body's start on; ``claims`` hold no headline's) that is not the bureau's town nor a
    breakdown's part (``_a_part``), when it is wide (a country, a province, a region)."""
    body, lead_text = opening
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.start < max(lead.start, body) or claim.attribution != lead.attribution:
            continue
        where = claim.location
        if where and _first(where) not in bureaus and not _a_part(where, claim, lead_text, bureaus):
            return where if _wide(where) else None
    return None


def _a_part(where: str, claim: Claim, lead_text: str, bureaus: frozenset[str]) -> bool:
    """The place is a part the release breaks its tally down by, no area of the whole: one
    the lead's paragraph never names, which a later sentence ranks ("Wend was the worst-hit
    province with 498", "Tarnland was the worst affected") and the figures after it carry
    on. The area holding the bureau's town (the dateline's country) and a country no
    sentence names (the report's own) are the whole's."""
    found = places.resolve(_first(where))
    if _holds_bureau(where, bureaus) or (
        named_in(where, lead_text)
        and (found is None or found.level == "country" or not country_wide(lead_text))
    ):
        return False
    return found is None or found.level != "country" or named_in(where, claim.sentence)


def country_wide(text: str) -> bool:
    """The lead tallies over the whole country ("across the country", "nationwide"): a
    province it names beside ("with Wend and Tarn bearing the brunt") is a part of it."""
    return _country_scope().search(text) is not None


@functools.cache
def _country_scope() -> re.Pattern[str]:
    rules = load_rules("tallies")
    words = [str(w) for w, kind in rules["scope_words"].items() if kind == "country"]
    nouns = "|".join(str(w) for w, kind in rules["area_nouns"].items() if kind == "country")
    spread = "|".join(str(w) for w in rules["spread_prepositions"])
    return re.compile(
        rf"(?i)\b(?:{'|'.join(words)}|(?:{spread})\s+the\s+(?:{nouns}))\b"
    )


def _holds_bureau(where: str, bureaus: frozenset[str]) -> bool:
    """The place holds a town the report was filed from."""
    area = places.resolve(_first(where))
    return area is not None and any(
        (town := places.resolve(b)) is not None and area.key in town.chain[1:] for b in bureaus
    )


def _capital_country(lead: Claim, dateline: Dateline, claims: Sequence[Claim]) -> str | None:
    """The country of a national capital the report was filed from ("KELMOR CITY: The
    interior ministry said 900 people were killed in 2030"), when the recorder's figures
    name no place but the bureau's town, nor call a town back ("in the capital"): a body
    speaking from the seat of the government tallies over the country it governs. None
    when the town is no national capital or not the country's."""
    city = dateline.city
    if not a_national_capital(city):
        return None
    town = places.resolve(city)
    country = places.get(town.country) if town is not None and town.country else None
    if country is None or country.level != "country":
        return None
    theirs = [c for c in claims if c.start >= lead.start and c.attribution == lead.attribution]
    if not theirs or any(
        c.location is not None and _elsewhere(c, city, country.key, dateline) for c in theirs
    ) or any(_called_back(city, c.sentence) for c in theirs):
        return None
    return country.name


def _elsewhere(claim: Claim, city: str, country: str, dateline: Dateline) -> bool:
    """A recorder's figure that tells against a national tally: one the capital's own
    sentence places there ("in the capital, 40 died"; not the body's seat, "a
    Kelmor-based think tank"), or one placed outside the capital's country. Its
    provinces are the country's parts: a review breaks its national tally down by them."""
    if _first(claim.location or "") == city:
        return _names_town(city, past_dateline(claim, dateline))
    where = places.resolve(claim.location or "")
    return where is None or country not in where.chain


def past_dateline(claim: Claim, dateline: Dateline | None) -> str:
    """The claim's sentence less the dateline it opens with, when the splitter kept the two
    together ("ISLAMABAD: Between January 1 and June 30, militants carried out 286 attacks"):
    the bureau's town written there is where the report was filed, no place of the figure."""
    sentence = claim.sentence
    if dateline is None or not claim.sentence_start <= dateline.start < claim.sentence_end:
        return sentence
    return sentence[max(dateline.end - claim.sentence_start, 0) :]


def _names_town(city: str, sentence: str) -> bool:
    """The town is written in the sentence as a place, not as a body's seat ("X-based")."""
    return re.search(rf"(?i)\b{re.escape(city)}\b(?![-\s]based)", sentence) is not None


_PARTS = re.compile(r",\s*|\s+and\s+")


def named_in(where: str, sentence: str) -> bool:
    """A part of the place ("X" of "X and Y", of "X, Y") is written in the sentence, as
    itself (hyphened or not) or by another name of it ("KP")."""
    parts = [name for name in _PARTS.split(where) if name]
    # "Tarn Wend" written "Tarn-Wend"
    written = [r"[-\s]".join(map(re.escape, name.replace("-", " ").split())) for name in parts]
    if any(re.search(rf"(?<!\w){name}(?!\w)", sentence, re.IGNORECASE) for name in written):
        return True
    keys = {p.key for name in parts for p in places.candidates(name)}
    return any(p.key in keys for p in places.mentions(sentence))


def _within(where: str, area: str) -> bool:
    """The place is the area or holds it: a country's figure ("nationwide") in a report on
    its province is no carried place."""
    wide, inner = places.resolve(_first(where)), places.resolve(_first(area))
    return wide is not None and inner is not None and wide.key in inner.chain


def _names_another_area(sentence: str, area: str) -> bool:
    """The sentence names a province, a country or a region that is neither the area nor
    holds it."""
    inner = places.resolve(_first(area))
    chain = inner.chain if inner is not None else ()
    home = inner.country if inner is not None else None
    return any(
        p.level in places.WIDE_LEVELS
        and p.key not in chain
        # a province of another country is a word of a name ("the X Centre for Y")
        and (p.level != "admin1" or home is None or p.country == home)
        for p in places.mentions(sentence)
    )


_BACK = re.compile(r"\b(?:the|this|that)\s+(\w+)", re.IGNORECASE)


def _called_back(where: str, sentence: str) -> bool:
    """ "The province saw 40 attacks": the sentence calls its place back by the word for its
    kind (a place the sentences before named), no place carried on unread."""
    place = places.resolve(_first(where))
    return place is not None and any(
        place.level in places.unit_levels(m[1]) for m in _BACK.finditer(sentence)
    )


def _told_on_its_day(claim: Claim) -> bool:
    """The figure is dated to one day the text names, in its own sentence or carried from
    the one before ("The review told of a raid on a hamlet near X on 3 May. Six herders
    died as the raiders torched the camp"): an incident's, not the area's."""
    return (
        claim.date_start is not None
        and claim.date_start == claim.date_end
        and bool(claim.date_text)
    )


def _placeless(
    claim: Claim, bureaus: frozenset[str], area: str, dateline: Dateline | None
) -> bool:
    """The figure's place is the bureau's town, or one carried from before (no wider than
    the area) to a figure that is no incident told on its day, and its sentence names
    neither."""
    where = claim.location
    if where is None or where == area:
        return False
    if _first(where) in bureaus and not _names_town(
        _first(where), past_dateline(claim, dateline)
    ):
        # the bureau's town written only as a body's seat ("a Kelmor-based think tank")
        return not _names_another_area(claim.sentence, area)
    if named_in(where, claim.sentence):
        return False
    if _names_another_area(claim.sentence, area):
        return False  # "Marlow topped the tally again with 38": a place of its own, misread
    if _first(where) in bureaus:
        return True
    return (
        not _within(where, area)
        and not _told_on_its_day(claim)
        and not _called_back(where, claim.sentence)
    )
