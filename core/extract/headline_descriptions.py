"""A headline that closes on a description of its source ("..., says rights group", "...:
think tank", "..., says report") over a lead that names the body with its initials ("...,
the Tarn Centre for Conflict Data (TCCD) said in its yearly review"): the headline's figures
are that body's, as a checker filtering on its name or initials finds them, never the
description's own words. A headline's description names no body the report's later
"the report" or tallies may be given.

A name ("..., says UN"), a common name a body goes by ("...: police" over "Police said"), a
lead that names no body by initials, or one that names a body the description cannot be
("the police" for "rights group") leave the headline as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.described_bodies import may_name, observers
from core.extract.figureless_leads import SENTENCE_END, issued_documents, lead_body
from core.extract.source_anaphora import bare_description, may_be
from core.ingest.outlets import is_news_outlet
from core.model import Claim, Statement
from core.text.lines import paragraph_breaks

# the lead's body sits in the report's first paragraphs (headline, deck, dateline
# paragraph), as ``report_recorder.LEAD_PARAGRAPHS``
LEAD_PARAGRAPHS = 5
MAX_DESCRIPTION_WORDS = 3  # "security think tank", "annual report"
MIN_CAPITALS = 2  # "TCCD": initials
# "...: think tank", "... — rights group", "..., says report": the description a headline
# closes on as its source
_CLOSING = re.compile(
    r"(?:[:—–]|\s-|,\s+(?:says|said|according\s+to))\s+((?:[a-z]+\s+){0,2}[a-z]+)\s*$"
)
_ARTICLE = re.compile(r"^(?:the|its)\s+", re.IGNORECASE)
_INITIALS = re.compile(r"[A-Z][A-Za-z-]{1,11}")


def headline_descriptions(
    claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> list[Claim]:
    """The claims, a headline's figure whose source is a description of a body (or that has
    none under a headline closing on one) given the body the lead names with initials; the
    claims as they are for any other report."""
    out: list[Claim] = []
    for claim in claims:
        said = _description(claim) if claim.sentence_start == 0 else None
        body = _lead_body(said, claims, statements, text) if said else None
        out.append(dataclasses.replace(claim, attribution=body) if body else claim)
    return out


def _description(claim: Claim) -> str | None:
    """The headline's description of its source ("rights group", "report"), its first
    capital undone where it opens the headline; None for a name or a body's common name."""
    source = claim.attribution
    if source is None:
        found = _CLOSING.search(claim.sentence.strip().rstrip("."))
        source = found.group(1) if found else None
    elif claim.sentence.startswith(source) and source[1:2].islower():
        source = source[:1].lower() + source[1:]  # "Rights group says ..."
    return source if source and described(source) else None


def described(source: str) -> bool:
    """ "rights group", "think tank", "annual report", "ministry data", "watchdog": a body
    or its document in lower case, naming none; not a body's common name ("police")."""
    words = source.split()
    if not (0 < len(words) <= MAX_DESCRIPTION_WORDS) or not all(
        w.isalpha() and w.islower() for w in words
    ):
        return False
    return (
        bare_description(source) or words[-1] in issued_documents() or source.endswith(observers())
    )


def _a_document(description: str) -> bool:
    """ "report", "ministry data": a document, which any body may issue."""
    return description.rsplit(maxsplit=1)[-1] in issued_documents()



def _lead_body(
    description: str, claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> str | None:
    """The first body the lead names, by initials or with them beside its name, when the
    description may be it (any body may issue a document); None else."""
    breaks = paragraph_breaks(text)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    first_line = text.find("\n")
    if first_line < 0:
        return None
    named = sorted(
        [(c.start, c.attribution) for c in claims if c.sentence_start > 0 and c.attribution]
        + [(s.speaker_start or s.start, s.speaker) for s in statements if s.speaker]
        + [(at, body) for at, body in _issuers(text, first_line, end)],
    )
    # "the report", "the think tank": descriptions again, naming no body
    bodies = [name for at, name in named if first_line < at < end and not _unnamed(name)]
    if not bodies:
        return None
    first = bodies[0]
    if not _initialled(first, text) or _a_person(first) or is_news_outlet(first):
        return None
    if _a_document(description):
        return first
    # "rights group" may be "the Tarn Centre for Peace Studies": an observer any kind of
    # body it is named as; "security agency" only a body of that kind
    kind = description.endswith(observers()) or may_be(f"the {description}", first)
    return first if kind and may_name(description, first) else None


def _issuers(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The bodies the lead's sentences name as the authors of the documents they cite ("The
    Tarn Centre (TC) on Monday released its yearly review"), where each sentence starts."""
    out: list[tuple[int, str]] = []
    at = start
    for stop in [*(m.start() for m in SENTENCE_END.finditer(text, start, end)), end]:
        body = lead_body(text[at:stop])
        if body:
            out.append((at + max(text[at:stop].find(body), 0), body))
        at = stop
    return out


def _unnamed(name: str) -> bool:
    """ "The report", "the think tank": a description told again, its capital but the
    sentence's."""
    words = _ARTICLE.sub("", name.strip()).split()
    return all(w.islower() for w in words[1:]) and described(" ".join(words).lower())


def _initialled(name: str, text: str) -> bool:
    """ "TCCD", "the Tarn Centre for Conflict Data (TCCD)", or a name the text gives its
    initials beside: a body named with initials."""
    bare = _ARTICLE.sub("", name.strip())
    if _INITIALS.fullmatch(bare) and sum(ch.isupper() for ch in bare) >= MIN_CAPITALS:
        return True
    if re.search(r"\([A-Z][\w-]*\)\s*$", bare):
        return len(bare.split()) > 1
    words = bare.split()
    return len(words) > 1 and all(
        w[:1].isupper() or w in ("of", "for", "and", "on", "in") for w in words
    ) and re.search(rf"\b{re.escape(bare)}\s*\([A-Z]{{2,}}[\w-]*\)", text) is not None


def _a_person(name: str) -> bool:
    """ "TCCD director Ann Roe": a person of a body, not the body."""
    return bool({w.lower() for w in name.split()} & cues().person_nouns)
