"""A dateline is no part of its story's first sentence. "BAMAKO, Mali — Jihadists killed 30
..." parsed whole makes the town the clause's head and the doer a conjunct of it (no doer
found, or the town taken for the doer or the speaker); so can a bare title-case "Sukkur:"
(the town read as the head the story hangs on). Before the parser,
the story's first word starts a sentence, so that every dateline's lead parses as the lead it
is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.chunk_texts import chunk_text
from core.text.datelines import find_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_dateline_breaks"
SENTENCE_ENDS = frozenset({".", "!", "?"})
LEAD_REACH = 80  # the words of a long lead the parser is kept from breaking


def break_after_dateline(doc: Doc) -> Doc:
    """The doc, a sentence started at the first word after its dateline, if it opens on one."""
    dateline = find_dateline(text := chunk_text(doc))
    line = text[dateline.start : dateline.end].rstrip() if dateline else ""
    if dateline is None or (line.endswith(":") and "," not in line and line.isupper()):
        # "LAHORE: Militants killed ...": a colon in capitals the readers after the parser
        # read as a dateline of the sentence (its row labels, sources and places); a
        # title-case "Sukkur:" the parser may take for the sentence's head
        return doc
    first = next((t for t in doc if t.idx >= dateline.end and not t.is_space), None)
    if first is None or first.i == 0:
        return doc
    first.is_sent_start = True
    # nor does the lead break before its own end: the words right after a dateline confuse
    # the parser ("NDJAMENA, Chad — Boko" + "Haram militants attacked ...")
    for tok in doc[first.i + 1 : first.i + LEAD_REACH]:
        before = doc[tok.i - 1]
        if before.text in SENTENCE_ENDS or "\n" in before.text_with_ws or tok.is_space:
            break
        tok.is_sent_start = False
    return doc
