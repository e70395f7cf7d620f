"""A span a count runs through ("during the first half of 2031", "over the year"): longer
than a month, it names no one incident, however the noun it dates reads ("documented the
killing of 540 civilians during the first half of 2031" counts many killings)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.text.dates import Period

_THROUGH = re.compile(r"^(?:during|over|throughout) ", re.IGNORECASE)


def counted_through(period: Period, naming_days: int) -> bool:
    """The period is written as a span counted through and is longer than ``naming_days``
    (the most days of a period that names when one incident happened)."""
    return (period.end - period.start).days > naming_days and bool(_THROUGH.match(period.text))
