"""A lead that cites a document with no author ("..., according to a yearly review released
on Monday.") and a next sentence that names its author with initials ("The review, compiled
by the Tarn Centre for Conflict Data (TCCD), found ..."): the lead's figures are that
body's, so the report's later figures are found under it, never under "a yearly review".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.figureless_leads import SENTENCE_END, issued_documents
from core.extract.report_recorder import INITIALLED_NAME
from core.model import Claim

MAX_DOCUMENT_WORDS = 4  # "a new annual security report"
_ARTICLE = re.compile(r"^(?:[Tt]he)\s+")



def _document(source: str) -> str | None:
    """ "review" of "a yearly review", "report" of "an annual report": the document an
    indefinite source names, with no author; None for any other source."""
    words = source.split()
    if not (
        1 < len(words) <= MAX_DOCUMENT_WORDS
        and words[0].lower() in ("a", "an")
        and all(w.isalpha() and w.islower() for w in words[1:])
        and words[-1] in issued_documents()
    ):
        return None
    return words[-1]


def document_authors(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, those whose source is a document with no author given the one body the
    next sentence names with initials when it opens on that document ("The review, ...");
    the claims as they are for any other."""
    authors: dict[tuple[int, str], str | None] = {}
    out: list[Claim] = []
    for claim in claims:
        source = claim.attribution or ""
        document = _document(source) if claim.sentence_start > 0 else None
        if document is None:
            out.append(claim)
            continue
        key = (claim.sentence_start, source)
        if key not in authors:
            authors[key] = _next_author(document, claim.sentence_end, text)
        author = authors[key]
        out.append(dataclasses.replace(claim, attribution=author) if author else claim)
    return out


def _next_author(document: str, end: int, text: str) -> str | None:
    """The one body with initials the sentence after ``end`` names, when it opens on "The"
    and the same document."""
    rest = text[end:].lstrip(" \t\r\n\"“'‘")
    if not re.match(rf"[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{re.escape(document)}\b", rest):
        return None
    found = SENTENCE_END.search(rest)
    sentence = rest[: found.start()] if found else rest
    names = {m.group(0) for m in INITIALLED_NAME.finditer(sentence)}
    return _ARTICLE.sub("", names.pop()) if len(names) == 1 else None
