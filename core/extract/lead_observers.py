"""An observer body a report describes before or instead of naming it ("War monitor counts
1,400 dead", "The war monitor said on Monday that ...", "the rights group said") is the body
its lead names with initials ("the Velmar Observatory for Civil Rights (VOCR)") and names
again by them: the name wins over any description, so that a checker filtering on the body
finds every figure of its release.

Run on a document's claims after the lede's indefinite observers are named
(``described_bodies``), before the recorder of a statistics report is read
(``report_recorder``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.described_bodies import may_name, observer_kinds, observers
from core.extract.report_recorder import INITIALLED_NAME, LEAD_PARAGRAPHS
from core.model import Claim
from core.text.lines import paragraph_breaks

MAX_DESCRIPTION_WORDS = 4  # "the Britain-based war monitor", "an independent rights group"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\s+")  # "a Britain-based war monitor"


def _lead_names(text: str) -> list[tuple[str, str]]:
    """(name, initials) of the bodies the lead names with initials, in order."""
    breaks = paragraph_breaks(text)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    return [(m.group(0), m.group(1)) for m in INITIALLED_NAME.finditer(text[:end])]


def _bare(source: str) -> str | None:
    """ "The war monitor", "an Islamabad-based think tank", "the group": a body in lower case
    with no name, as "the" and its words; None for anything else ("the monitor's count",
    "the report", "Velmar Observatory")."""
    bare = _ARTICLE.sub("", _SEAT.sub("", source.strip()))
    bare = bare[:1].lower() + bare[1:]
    words = bare.split()
    if not (0 < len(words) <= MAX_DESCRIPTION_WORDS and all(w.isalpha() and w.islower()
                                                            for w in words)):
        return None
    # a body's noun ("the group"), not a document's ("the report") nor a pronoun's
    if words[-1] not in cues().institution_nouns and not bare.endswith(observers()):
        return None
    return f"the {bare}"


def _description(source: str) -> str | None:
    """ "War monitor", "The war monitor", "an Islamabad-based think tank", "the monitor": an
    observer body in lower case with no name, as "the" and its words; None for anything
    else ("the group", "the army", "Velmar Observatory")."""
    bare = _bare(source)
    return bare if bare is not None and bare.endswith(observers()) else None


def _its_own_kind(said: str, name: str) -> bool:
    """ "the network" of "the Velmar Network for Civil Rights": the description is the kind
    of body the name itself gives."""
    return said.rsplit(maxsplit=1)[-1] in {w.lower() for w in name.split()[1:]}


def _spoken_again(initials: str, claims: Sequence[Claim]) -> bool:
    """The body is a source of the report by its initials ("VOCR said ...")."""
    return any(re.search(rf"\b{initials}\b", c.attribution or "") for c in claims)


def _described_with(name: str, claims: Sequence[Claim]) -> frozenset[str]:
    """The descriptions the sentence that names the body with its initials gives as the
    source of its figures ("The Velmar Network (VN) counted 300 dead, the group said"):
    each points back to the body its own sentence names, and names it again later, however
    seldom the report uses its initials. Only of a body named as an observer ("Network",
    "Institute"), not an armed group's nor a force's ("the military")."""
    if not {w.lower() for w in name.split()} & observer_kinds():
        return frozenset()
    return frozenset(
        said for c in claims
        if name in c.sentence and (said := _bare(c.attribution or "")) is not None
        and may_name(said, name)
    )


def _names(said: str | None, name: str, told: frozenset[str]) -> bool:
    """The description may be the body: an observer's ("the monitor"), the kind its name
    gives ("the network"), or one its naming sentence used for it."""
    if said is None or not may_name(said, name):
        return False
    return said in told or said.endswith(observers()) or _its_own_kind(said, name)


def lead_observers(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims after the headline whose source describes an observer body given the
    first body the lead names with initials that the description may be and that the
    report gives as a source by them; or one the description names, the sentence naming
    the body having described it so (``_described_with``); every other claim as it is."""
    named = [(n, i, _described_with(n, claims)) for n, i in _lead_names(text)]
    spoken = [(n, frozenset[str]()) for n, i, _ in named if _spoken_again(i, claims)]
    described = [(n, told) for n, _, told in named if told]
    if not spoken and not described:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        # a headline's "..., says think tank" is the recorder's to read (``report_recorder``):
        # named here, it would make the headline the report's lead
        source = claim.attribution or ""
        said = _description(source) if claim.sentence_start else None
        name = next((n for n, _ in spoken if said and may_name(said, n)), None)
        bare = _bare(source) if claim.sentence_start else None
        name = name or next((n for n, told in described if _names(bare, n, told)), None)
        out.append(dataclasses.replace(claim, attribution=name) if name else claim)
    return out
