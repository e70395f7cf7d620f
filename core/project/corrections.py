"""The checker's corrections of a claim's fields: which fields, in which types, and the
claim as corrected (exports use it; the extracted claim stays beside it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from core.errors import Errors, ProjectError
from core.model import MEASURES, QUALIFIERS, Claim
from core.text.qualifiers import interval

# Fields of a claim the checker may correct, in the order the review panel offers them; the
# rest are provenance (where, and as written: the figure as written is never corrected).
CORRECTABLE_ORDER: tuple[str, ...] = (
    "value", "qualifier", "low", "high", "measure", "subject", "actor", "location",
    "date_start", "date_end", "date_text", "attribution", "event_type", "part_of",
)

CORRECTABLE: frozenset[str] = frozenset(CORRECTABLE_ORDER)
# the correctable fields that hold a number, and those that hold a date
NUMBER_FIELDS: frozenset[str] = frozenset({"value", "low", "high"})
DATE_FIELDS: frozenset[str] = frozenset({"date_start", "date_end"})


def check_correction(claim_id: str, field: str, value: object) -> object:
    """The corrected value in its field's type, or ProjectError saying what is wrong."""
    def bad(reason: str) -> ProjectError:
        return ProjectError(Errors.E032.format(field=field, claim_id=claim_id, reason=reason))

    if field not in CORRECTABLE:
        raise bad(f"not a correctable field (one of {', '.join(sorted(CORRECTABLE))})")
    if field == "value" and value is None:
        raise bad("a figure needs a value")
    if value is None:
        return None
    try:
        return _in_type(field, value)
    except ValueError as exc:
        raise bad(str(exc)) from None


def _in_type(field: str, value: object) -> object:
    """The value in its field's type; ValueError with the reason when it cannot be."""
    if field in NUMBER_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{value!r} is not a number")
        return float(value)
    if field in DATE_FIELDS:
        return _as_date(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    if field == "qualifier" and value not in QUALIFIERS:
        raise ValueError(f"qualifier must be one of {', '.join(QUALIFIERS)}")
    if field == "measure" and value not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    return value


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def effective(claim: Claim, corrections: Mapping[str, object]) -> Claim:
    """The claim as the checker corrected it (exports use this; the extracted claim stays).
    A corrected value or qualifier asserts a new interval: low and high follow it unless the
    checker corrected them too, so ranges, conflicts and the conservative figure agree."""
    if not corrections:
        return claim
    changes: dict[str, Any] = {k: v for k, v in corrections.items() if k in CORRECTABLE}
    if ("value" in changes or "qualifier" in changes) and not (
        {"low", "high"} & changes.keys()
    ):
        value = changes.get("value", claim.value)
        # A number given for a vague word ("hundreds" → 300) is that number: read with the
        # vague rule it would count hundreds of hundreds.
        if "qualifier" not in changes and claim.qualifier == "vague":
            changes["qualifier"] = "exact"
        qualifier = changes.get("qualifier", claim.qualifier)
        if isinstance(value, int | float) and qualifier != "range":
            changes["low"], changes["high"] = interval(float(value), qualifier)
    return dataclasses.replace(claim, **changes)
