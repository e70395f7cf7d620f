"""A date written in dotted figures with its year ("on 12.11.2031"), as Indian and European
copy writes it (day first), which the recogniser tags a count (CARDINAL) or leaves untagged:
the date is lost, and the figures read as counts ("arrested 12", "arrested 11", "arrested
2031"). It is labelled a DATE here, before any date, place or figure reader sees it; the
date grammar reads it day first.

Only a whole dotted date in one token that the grammar reads as a real day with a
four-figure year is taken ("2.5 kg", "v1.2.3" are none). Hyphens and slashes are left as
they are: "12-11-2031" is month first in American copy and day first in Indian, which the
grammar cannot tell apart here.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.rules import load_rules
from core.text.dates import numeric_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_numeric_dates"

DATE_LABEL = "DATE"
OPEN_LABELS = frozenset({"", "CARDINAL"})  # no entity, or the count the recogniser took
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def label_numeric_dates(doc: Doc) -> Doc:
    """Label each dotted date a DATE (see the module)."""
    found = [
        Span(doc, t.i, t.i + 1, label=DATE_LABEL)
        for t in doc
        if t.ent_type_ in OPEN_LABELS and _a_day(t.text) and not _a_version(t)
    ]
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def _a_day(text: str) -> bool:
    """A real day written in dotted figures with a four-figure year."""
    return bool(_DOTTED_DATE.fullmatch(text)) and numeric_date(text, None, None) is not None


@functools.cache
def _version_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("dates")["version_words"])


def _a_version(tok: Token) -> bool:
    """ "Version 2.10.2031", "v 3.1.2030": the figures number a release, no day."""
    prev = tok.nbor(-1) if tok.i > tok.sent.start else None
    return prev is not None and prev.lower_.rstrip(".") in _version_words()
