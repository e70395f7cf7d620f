"""What a report's figures are read against: the dateline of its body and the day its
relative days ("on Monday", "yesterday") count from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.datelines import Dateline, find_dateline
from core.text.publication_dates import latest_full_date, written_day

if TYPE_CHECKING:
    import datetime as dt

    from core.model import Document
    from core.settings import Settings


def body_dateline(document: Document) -> Dateline | None:
    """The dateline of the report's body (a byline's stands anywhere)."""
    dateline = find_dateline(document.text)
    if dateline is not None and not (dateline.byline or document.in_body(dateline.start)):
        return None
    return dateline


def day_counted_from(document: Document, settings: Settings) -> dt.date | None:
    """The day the report's relative days count from."""
    # no publication date: "on Monday" reads back from the latest full date the text writes
    published = settings.published or document.published
    # a dateline's day before publication ("PESHAWAR, May 4:" in a paper of May 5) or the
    # text's own stamp before the date given is the day the report's "yesterday" counts from
    if published is not None:
        published = written_day(document.text, published) or published
    return published or latest_full_date(document.text)
