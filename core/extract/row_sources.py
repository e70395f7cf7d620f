"""Whether a figure table's row names where its figures come from: its heading line does
("K-P in 2031, according to the institute", "The breakdown given by the mission reads:", "In
numbers, the annual tally reads:"), or it hangs under a heading that names none ("In short,
the year in Tarn:"), the outlet's own summing up, which no earlier tally's source is handed
to. Read on the document's text, line by line, as ``row_labels`` reads the rows."""

from __future__ import annotations

import functools
import re

from core.extract.row_labels import row_label
from core.rules import word_set


@functools.cache
def _citing() -> re.Pattern[str]:
    material = "|".join(re.escape(w) for w in sorted(word_set("cues", "recorder_material")))
    return re.compile(rf"\baccording to\b|\bby (?:the )?[A-Z]|\b(?:{material})\b")


def uncited_row(text: str, start: int) -> bool:
    """The figure at ``start`` stands in a table row under a heading line ("...:") that
    names no source nor material; False for a figure outside a table or under no heading."""
    if not text or row_label(text, start) is None:
        return False
    above = text.rfind("\n", 0, start)
    while above > 0:
        line_start = text.rfind("\n", 0, above) + 1
        line = text[line_start:above].strip()
        if line.endswith(":"):
            # the heading announcing the table, ending with its colon
            return _citing().search(line) is None
        if line and row_label(text, above) is None:
            return False  # no table under a heading (a dateline's "TOWN: ..." line)
        above = line_start - 1
    return False
