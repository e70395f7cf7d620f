"""Lines of a figure table, as statistics reports print them: a short label naming what is
counted, a colon, then the figures ("Killed: 40 civilians, 12 soldiers", "Attacks: North 12,
East 9"), several such cells joined by bars ("Arrested: 386 | Abducted: 31"). Such a line is
the report's own data, never a menu or a headline of another story."""

from __future__ import annotations

import functools
import re

from core.rules import load_rules, word_set

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|,")
# one cell: a label of words, a colon, then a figure first or after a name ("KP 612")
_CELL = re.compile(r"\s*([A-Za-z][A-Za-z'’.\- ]*?)\s*:\s*(?:[A-Z][\w.\-]*\s+){0,3}\d[\d,.]*\b.*")
MAX_LABEL_WORDS = 6
# a bare row under a heading that names the measure: "Northvale: 176", "Rebel forces (RF): 63"
_BARE_ROW = re.compile(r"[^\W\d_][^:|]{0,100}:[ \t]*\d[\d,]*")
# a row of a table under a heading of columns: "Eastvale | 14 | 22"
MIN_COLUMN_CELLS = 3
_ROW_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\- ])*")
_BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
ONLY_PARTICIPLES = ("hurt", "slain")
AND = "and"  # "Killed and arrested": a label of two measures
PAIR = 2
VICTIMS_OF = "of"  # "Victims of homicide by state"
VICTIM_DEEDS = frozenset({"killed", "kidnapped"})  # what befell each of the victims of a deed


@functools.cache
def _nouns() -> dict[str, str]:
    raw = load_rules("measures")
    return {**dict(raw["nouns"]), **dict(raw["row_label_nouns"])}


@functools.cache
def _verbs() -> dict[str, str]:
    return {k: str(v) for k, v in load_rules("measures")["verbs"].items() if " " not in k}


def label_measure(label: str) -> str | None:
    """The measure a label's words name before a preposition or a comma: "Security personnel
    killed" the killed, "Militants killed in operations" the killed, "Deaths by province"
    the dead, "Military operations" operations; None for "Read more", "Published"."""
    words = [w.lower() for w in _WORD.findall(label)]
    for at, word in enumerate(words):
        if _victims_of(words, at):
            return _deed_after(words[at + 1 :])
        if word == "," or word in word_set("measures", "row_label_stops"):
            return None
        measure = _nouns().get(word) or _nouns().get(_singular(word)) or _participle(word)
        if measure is not None:
            return measure
    return None


def paired_measures(label: str) -> tuple[str, str] | None:
    """The two measures a label names joined by "and" ("Killed and arrested by district",
    "Deaths and injuries"): each place then gives a pair of figures, one of each, in the
    label's order ("Northvale 12 and 30"); None for a label of one measure."""
    words = [w.lower() for w in _WORD.findall(label)]
    found = [(at, _word_measure(word)) for at, word in enumerate(words)]
    named = [(at, m) for at, m in found if m is not None]
    if len(named) != PAIR or named[1][0] != named[0][0] + 2 or words[named[0][0] + 1] != AND:
        return None
    first, second = named[0][1], named[1][1]
    return (first, second) if first != second else None


def _word_measure(word: str) -> str | None:
    return _nouns().get(word) or _nouns().get(_singular(word)) or _participle(word)


def _victims_of(words: list[str], at: int) -> bool:
    """ "Victims of intentional homicide by state": the "of" after victims names their deed."""
    return at > 0 and words[at] == VICTIMS_OF and _singular(words[at - 1]) in word_set(
        "measures", "victim_groups"
    )


def _deed_after(words: list[str]) -> str | None:
    """The dead or the taken a deed after "victims of" names, read up to a stop word."""
    for word in words:
        if word == "," or word in word_set("measures", "row_label_stops"):
            return None
        measure = _nouns().get(word) or _nouns().get(_singular(word))
        if measure is not None:
            return measure if measure in VICTIM_DEEDS else None
    return None


def figure_row(line: str) -> bool:
    """Whether the line is a row of a figure table: each bar-joined cell a measure's label,
    a colon and a figure."""
    for cell in line.split("|"):
        found = _CELL.fullmatch(cell)
        if found is None or len(found.group(1).split()) > MAX_LABEL_WORDS or (
            label_measure(found.group(1)) is None
        ):
            return False
    return True


def _column_cells(line: str) -> list[str]:
    """The line's cells: parted by bars ("Eastvale | 14 | 22"), or a name, a colon and cells
    parted by slashes ("Eastvale: 14 / 22 / 30")."""
    if "|" in line:
        return [cell.strip() for cell in line.split("|")]
    name, colon, rest = line.partition(":")
    if not colon or "/" not in rest:
        return [line.strip()]
    return [name.strip(), *(cell.strip() for cell in rest.split("/"))]


def column_row(line: str) -> bool:
    """Whether the line is a row of a table whose heading line names the columns: a name,
    then bare figures, parted by bars ("Eastvale | 14 | 22") or after a colon by slashes
    ("Eastvale: 14 / 22 / 30"); not a pager's numbers counting up from one ("Page | 1 | 2 |
    3")."""
    cells = _column_cells(line)
    if len(cells) < MIN_COLUMN_CELLS or _ROW_NAME.fullmatch(cells[0]) is None or not all(
        _BARE_FIGURE.fullmatch(cell) for cell in cells[1:]
    ):
        return False
    values = [int(cell.replace(",", "")) for cell in cells[1:]]
    return values != list(range(1, len(values) + 1))


def bare_row(line: str) -> bool:
    """Whether the line is a name, a colon and a lone figure: a row of a table whose heading
    above says what it counts ("Civilian deaths by province:"), never a headline."""
    return _BARE_ROW.fullmatch(line.strip()) is not None


def _singular(word: str) -> str:
    """ "homicides", "fatalities": the noun a plural label names."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _participle(word: str) -> str | None:
    """ "killed", "abducted", "kidnapped", "slain": a past participle of a label verb."""
    if word in ONLY_PARTICIPLES:
        return _verbs().get(word)
    if not word.endswith("ed"):
        return None
    for stem in (word[:-1], word[:-2], word[:-3]):
        if stem in word_set("measures", "row_label_verbs"):
            return _verbs().get(stem)
    return None
