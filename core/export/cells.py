"""Text a spreadsheet cell holds safely: no formula, no illegal character, within Excel's limit."""

from __future__ import annotations

import re

# Text Excel (or LibreOffice) may read as the start of a formula once a user edits the cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


CELL_LIMIT = 32_767  # Excel's maximum characters in a cell


TRUNCATION_NOTE = " … [cut by Claimdesk: Excel holds 32,767 characters; {n} in full]"


SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


# Characters a workbook (XML 1.0) cannot hold: C0 controls (PDFs bring form feeds),
# U+FFFE/U+FFFF, and lone surrogates, which no UTF-8 file can hold either.
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


# What a spreadsheet may skip before reading "=": spaces and the controls made spaces.
_LEADING = " \t\r\n\x0b\x0c"


def clean_text(text: str) -> str:
    """Text any export can hold: characters a workbook or a UTF-8 file cannot hold become
    spaces (one for one: offsets into the text still hold)."""
    return ILLEGAL.sub(" ", text) if ILLEGAL.search(text) else text


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula (once a user edits it)? Leading
    spaces and control characters do not hide an "=" from it."""
    return text.startswith(FORMULA_PREFIXES) or clean_text(text).lstrip(_LEADING).startswith(
        FORMULA_PREFIXES
    )


def safe_text(text: str) -> str:
    """Text as a cell can hold it: control characters become spaces, and text over Excel's
    limit is cut with a visible note saying so."""
    text = clean_text(text)
    if len(text) > CELL_LIMIT:
        note = TRUNCATION_NOTE.format(n=f"{len(text):,}")
        text = text[: CELL_LIMIT - len(note)] + note
    return text


def safe_sheet_title(name: str) -> str:
    """A valid sheet title: no ``[]:*?/\\``, no apostrophe at either end, 31 characters."""
    title = SHEET_TITLE_FORBIDDEN.sub("", name).strip("'")[:31].strip("'")
    return title or "Sheet"
