"""Reports made up for the grouping tests: two reports published a day (or some days) apart,
whether the grouping puts them in one incident, and the names one report is described by."""

from __future__ import annotations

import datetime as dt

from core.group.incidents import cluster_reports, describe_report
from core.model import Document

REPORT_DAY = dt.date(2031, 6, 3)


def two_reports(first: str, second: str, days_apart: int = 0) -> list[Document]:
    """``first`` published on ``REPORT_DAY``, ``second`` ``days_apart`` days later."""
    return [
        Document(id="d1", text=first, published=REPORT_DAY),
        Document(id="d2", text=second, published=REPORT_DAY + dt.timedelta(days=days_apart)),
    ]


def reported_together(first: str, second: str, days_apart: int = 0) -> bool:
    """The grouping puts the two reports in one incident."""
    groups = cluster_reports(two_reports(first, second, days_apart))[1]
    return any(set(g.document_ids) == {"d1", "d2"} for g in groups)


def report_names(text: str) -> set[str]:
    """The names the report is described by (what two reports may share)."""
    report = Document(id="d1", text=text, published=REPORT_DAY)
    return set(describe_report(report).names)
