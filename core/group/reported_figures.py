"""What one report of a figure tells, as the conflict readers see it (``conflicts._Report``
is one): one protocol for the readers of dates, case totals, listed groups and summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import datetime as dt

    from core.model import Claim


class Reported(Protocol):
    """A claim with its report's publication day, source label and reading."""

    @property
    def claim(self) -> Claim: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def source(self) -> str: ...
    @property
    def revises(self) -> bool: ...
    @property
    def when(self) -> tuple[dt.date, int, int]: ...
    @property
    def lone_group(self) -> bool: ...
    @property
    def total(self) -> bool: ...
