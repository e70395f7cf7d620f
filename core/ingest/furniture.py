"""Find the article body in text saved from a news page, leaving out the page furniture.

Pages saved as text keep their cookie banners, menus, share counters, reading times, bylines,
photo credits, subscription offers and copyright lines. ``body_spans`` judges each line on its
own features (sentence punctuation, length, capitalisation, digits-only shape, known interface
phrases from ``rules/furniture.json``) and on its position after the last prose line. A line is
left out only on positive evidence: a figure lost from the body costs more than a furniture
figure kept. Headlines and standfirsts stay in; a caption that is a full sentence stays in,
only its trailing credit ("[Name/Agency]", "Image: Name/Agency") goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.ingest.figure_rows import bare_row, column_row, figure_row
from core.model import Span
from core.rules import load_rules

_TERMINAL = re.compile(r"[.!?…:;][\"'’”)\]]*$")
# a bullet glyph may touch its item ("►Related: ..."); a digit, dash or star needs the space
_ENUMERATOR = re.compile(r"^(?:(?:\d{1,2}[.)]|[-*])\s+|[•·▪►›»]\s*)")
_ICON_LIGATURE = re.compile(r"^[a-z]+(?:_[a-z]+)+\b")  # "menu_open", "arrow_back"
_NON_WORD = re.compile(r"[^\w]+")
_NUMERIC_ONLY = re.compile(r"^[\d\s.,:/|·•–—+\-%#()]+[kKmM]?$")
_READING_TIME = re.compile(
    r"^\d+\s*(?:[-–]\s*)?(?:min|mins|minute|minutes)\.?(?:\s+(?:read|listen|watch|video))?$",
    re.I,
)
_DURATION_OFFER = re.compile(r"^\d+\s*(?:days?|weeks?|months?|years?|yrs?)$", re.I)
_PRICE = re.compile(
    r"^(?:[$€£₹¥]|rs\.?|inr|usd|eur|gbp|pkr)\s*\d[\d,.]*(?:\s*(?:/|per)\s*\w+)?$", re.I
)
_COUNTER = re.compile(
    r"^(?:\d[\d.,]*\s*[kKmM]?\s+(?:comments?|shares?|likes?|views?|reads?|reactions?|replies)"
    r"|(?:comments?|shares?|likes?|views?|reactions?|replies)\s*[:(]?\s*\d[\d.,]*\s*[kKmM]?\)?)$",
    re.I,
)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*[a-z]", re.I)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_HANDLES_ONLY = re.compile(r"^(?:@\w{2,}[\s,;|]*)+$")
_MD_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_SHAPES = (
    _NUMERIC_ONLY,
    _READING_TIME,
    _DURATION_OFFER,
    _PRICE,
    _COUNTER,
    _URL_ONLY,
    _HANDLES_ONLY,
)
_GLUED_CREDIT = re.compile(r"(?<=[a-z0-9.,)’'\"”])(?:Image|Photo|Picture|Credit)s?:\s")
_DATE_TOKEN = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$|^\d{1,2}[:.]\d{2}$|^\d{5,8}$")

# A byline, credit or dateline is short; a longer line is prose whatever it starts with.
_SHORT = 12
_TAIL_SHORT = 6
_CREDIT_WORDS = 8
_CONTAINS_MAX_WORDS = 80
_PROSE_MIN_WORDS = 8
_LIST_ITEM_MAX_WORDS = 20  # a headline in a list of other stories
_LIST_MAX_ITEMS = 12  # a list of other stories runs at most this many lines
_INSET_MIN_WORDS = 4  # shorter lines in the body are labels and subheadings
# Headlines drop articles and auxiliaries; a body line that has one is prose missing its stop.
_HEADLINESE_ABSENT = frozenset(
    {"the", "a", "an", "is", "are", "was", "were", "has", "have", "had", "been", "will"}
)
_QUOTE_MARKS = frozenset("\"“”‘’'«»")


@dataclass(frozen=True, slots=True)
class _Rules:
    labels: frozenset[str]
    max_label_words: int
    prefixes: re.Pattern[str]  # one alternation: a regex per line, not one per rule
    contains: re.Pattern[str]
    credit: re.Pattern[str]
    bracket_credit: re.Pattern[str]
    date_words: frozenset[str]
    list_heading: re.Pattern[str]  # fullmatched on the folded line


@cache
def _rules() -> _Rules:
    raw = load_rules("furniture")
    labels = frozenset(" ".join(_NON_WORD.sub(" ", s.casefold()).split()) for s in raw["labels"])
    agencies = "|".join(
        re.escape(a).replace(r"\ ", r"\s+") for a in sorted(raw["agencies"], key=len, reverse=True)
    )
    # A credit names an agency next to a slash or as the whole credit ("AP Photo/ Jane Doe").
    credit = re.compile(
        rf"(?:^|[\s/(\[])(?:{agencies})(?:\s+Photo)?\s*(?:/|$)|/\s*(?:{agencies})\b"
    )
    bracket_credit = re.compile(
        r"\s*[\[(](?:(?:File|Photo|Image|Courtesy|Handout)s?\s*:[^\[\]()\n]{0,80}"
        r"|[^\[\]()\n.!?/]{1,60}/[^\[\]()\n.!?]{1,60})[\])]"
    )
    return _Rules(
        labels=labels,
        max_label_words=max(len(label.split()) for label in labels),
        prefixes=re.compile("|".join(f"(?:{p})" for p in raw["prefixes"]), re.I),  # .match
        # searched in the casefolded line: case-insensitive matching is slow on long lines
        contains=re.compile("|".join(f"(?:{p})" for p in raw["contains"])),
        credit=credit,
        bracket_credit=bracket_credit,
        date_words=frozenset(raw["date_words"]),
        list_heading=re.compile("|".join(f"(?:{p})" for p in raw["list_headings"])),
    )


def body_spans(text: str) -> tuple[Span, ...]:
    """Regions of ``text`` that are article prose; adjacent kept lines merge into one span."""
    rules = _rules()
    lines = list(_lines(text))
    kept: list[list[Span]] = [_line_body(text, start, end, rules) for start, end in lines]
    last_prose = max(
        (i for i, (start, end) in enumerate(lines) if _is_prose(text[start:end])), default=-1
    )
    if last_prose >= 0:
        for i in range(last_prose + 1, len(lines)):
            start, end = lines[i]
            if kept[i] and _tail_furniture(text[start:end].strip()):
                kept[i] = []
    first_prose = next(
        (i for i, (start, end) in enumerate(lines) if _is_prose(text[start:end])), None
    )
    if first_prose is not None:
        _drop_story_lists(text, lines[first_prose + 1 :], kept[first_prose + 1 :], rules)
        _drop_inset_headlines(text, lines[first_prose + 1 : last_prose], kept[first_prose + 1 :])
    spans: list[Span] = []
    for line_spans in kept:
        for span in line_spans:
            if spans and not text[spans[-1].end : span.start].strip():
                spans[-1] = Span(spans[-1].start, span.end)
            else:
                spans.append(span)
    return tuple(spans)


def _drop_story_lists(
    text: str, lines: list[tuple[int, int]], kept: list[list[Span]], rules: _Rules
) -> None:
    """Under a heading of other stories ("Related", "Most read", "More from Metro") once the
    article has begun, the headline-shaped lines are those stories' headlines: their figures
    are not this report's. The list ends at a line of prose. ``kept`` is emptied in place."""
    left = 0  # lines still taken as items of the current list
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            continue
        core = _ENUMERATOR.sub("", line, count=1)
        if rules.list_heading.fullmatch(" ".join(_NON_WORD.sub(" ", core.casefold()).split())):
            left = _LIST_MAX_ITEMS
            kept[i].clear()
        elif left and len(core.split()) <= _LIST_ITEM_MAX_WORDS and not _TERMINAL.search(core):
            kept[i].clear()
            left -= 1
        else:
            left = 0


def _drop_inset_headlines(
    text: str, lines: list[tuple[int, int]], kept: list[list[Span]]
) -> None:
    """Inside the body, a line in headline style (no closing stop, no article, no auxiliary:
    "Gun used in ambush linked to five killings") is a link to another story the page set
    between paragraphs; its figures are not this report's. A subheading of the report itself
    names no figure of its own often enough to lose. ``kept`` is emptied in place."""
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        words = [w.strip(",").casefold() for w in line.split()]
        if (
            kept[i]
            and _INSET_MIN_WORDS <= len(words) <= _LIST_ITEM_MAX_WORDS
            and line[0].isupper()
            and not _TERMINAL.search(line)
            and not _QUOTE_MARKS.intersection(line)
            and _HEADLINESE_ABSENT.isdisjoint(words)
            and not figure_row(line)  # "Killed: 40 civilians, 12 soldiers": a table's row
            and not bare_row(line)  # "Northvale: 176" under "Deaths by province:"
            and not column_row(line)  # "Northvale | 176 | 40" under "Province | Attacks | ..."
        ):
            kept[i].clear()


def is_furniture(line: str) -> bool:
    """Whether one whole line (without its newline) is page furniture."""
    return not _line_body(line, 0, len(line), _rules())


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for piece in text.split("\n"):
        out.append((start, start + len(piece)))
        start += len(piece) + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_body(text: str, start: int, end: int, rules: _Rules) -> list[Span]:
    """The kept parts of one line: all of it, none, or the sentence before a trailing credit."""
    start, end = _trim(text, start, end)
    if start == end:
        return []
    line = text[start:end]
    if _whole_line_furniture(line, rules):
        return []
    credit = _trailing_credit(line, rules)
    if credit is None:
        return [Span(start, end)]
    return [Span(*_trim(text, start, start + credit))]


def _trailing_credit(line: str, rules: _Rules) -> int | None:
    """Where a caption's credit starts, if the line ends with one (and whatever follows it on
    the line, "By Jane Doe Published On 2 Dec 2024", is furniture too); None otherwise."""
    if ":" not in line and "/" not in line:
        return None  # every credit form has one; most prose lines have neither
    for pattern in (rules.bracket_credit, _GLUED_CREDIT):
        for match in pattern.finditer(line):
            if match.start() == 0:
                continue
            rest = line[match.end() :].strip()
            if pattern is _GLUED_CREDIT:
                rest = ""  # "Image: Jane Doe/AP Photo/picture alliance" runs to the line end
            if not rest or _whole_line_furniture(rest, rules):
                return match.start()
    return None


def _whole_line_furniture(line: str, rules: _Rules) -> bool:
    core = _ENUMERATOR.sub("", line, count=1)
    if not any(ch.isalnum() for ch in core):
        return True  # only punctuation or symbols: rules, bullets, "........"
    words = core.split()
    if rules.prefixes.match(core):
        return True
    if len(words) <= _CONTAINS_MAX_WORDS and rules.contains.search(core.casefold()):
        return True
    if len(words) > _SHORT:
        return False  # the rules below are for fragments; long lines stop here (fast path)
    return _short_furniture(core, words, rules)


def _short_furniture(core: str, words: list[str], rules: _Rules) -> bool:
    """The rules for a fragment of at most _SHORT words."""
    folded = " ".join(_NON_WORD.sub(" ", core.casefold()).split())
    if _furniture_shape(core, folded, rules):
        return True
    if _TERMINAL.search(core):
        return False
    if _is_dateline(folded, rules) or (
        _is_menu(core) and not figure_row(core) and not _table_row(core, rules)
    ):
        return True
    # "16 March 2026 · 4 min read": a line of metadata pieces, each furniture on its own.
    pieces = _MENU_SEPARATOR.split(core)
    if len(pieces) > 1 and all(
        _whole_line_furniture(p, rules)
        or _is_dateline(" ".join(_NON_WORD.sub(" ", p.casefold()).split()), rules)
        for p in pieces
    ):
        return True
    if _BYLINE.match(core) and _mostly_capitalised(words[1:4]):
        return True
    # "AP Photo/ Jane Doe", "Jane Doe/AFP via Getty Images": a few names around an agency.
    return (
        len(words) <= _CREDIT_WORDS
        and _mostly_capitalised(words)
        and rules.credit.search(core) is not None
    )


def _furniture_shape(core: str, folded: str, rules: _Rules) -> bool:
    """An icon, a row of interface labels, a known shape, a line of links or a lone credit."""
    return (
        _ICON_LIGATURE.match(core) is not None
        or _only_labels(folded, rules)
        or any(shape.match(core) for shape in _SHAPES)
        or ("](" in core and _only_links(core))
        or rules.bracket_credit.fullmatch(core) is not None
    )


def _only_labels(folded: str, rules: _Rules) -> bool:
    """Every word of the line belongs to an interface label ("Share Tweet Email")."""
    words = folded.split()
    i = 0
    while i < len(words):
        for size in range(min(rules.max_label_words, len(words) - i), 0, -1):
            if " ".join(words[i : i + size]) in rules.labels:
                i += size
                break
        else:
            return False
    return True


def _only_links(line: str) -> bool:
    """Markdown image or link lines ("![photo](x.jpg)", "[Home](/) | [World](/world)")."""
    if not _MD_LINK.search(line):
        return False
    rest = _MD_LINK.sub("", line)
    return not any(ch.isalnum() for ch in rest)


def _is_dateline(folded: str, rules: _Rules) -> bool:
    tokens = folded.split()
    has_digit = any(ch.isdigit() for ch in folded)
    return has_digit and all(
        token in rules.date_words or _DATE_TOKEN.match(token) for token in tokens
    )


def _table_row(line: str, rules: _Rules) -> bool:
    """ "Eastvale | 14 | 22": a row of a table of columns, its name no furniture of its own
    ("Comments | 12 | 4")."""
    return column_row(line) and not _whole_line_furniture(line.partition("|")[0].strip(), rules)


def _is_menu(line: str) -> bool:
    """Items separated by bars or bullets: "Home | World | Sport | Business"."""
    items = [item for item in _MENU_SEPARATOR.split(line) if item]
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def _mostly_capitalised(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha()]
    return bool(alpha) and sum(w[0].isupper() for w in alpha) >= 0.6 * len(alpha)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) >= _PROSE_MIN_WORDS and bool(_TERMINAL.search(stripped))


def _tail_furniture(line: str) -> bool:
    """After the last prose line, short capitalised fragments are bios, links and buttons.

    Lines with digits are left to the shape rules: a closing fact box ("Killed: 45") is body.
    """
    words = line.split()
    return (
        len(words) <= _TAIL_SHORT
        and not _TERMINAL.search(line)
        and not any(ch.isdigit() for ch in line)
        and _mostly_capitalised(words)
    )


# A Markdown heading's hashes and a line's emphasis marks are markup, not the line's words.
_MARKUP = re.compile(r"^\s*#{1,6}\s+|^\s*[*_]{1,3}|[*_]{1,3}\s*$")


def without_markup(line: str) -> str:
    """A headline or masthead line as read ("# Ferry sinks" → "Ferry sinks",
    "*Harbour Gazette*" → "Harbour Gazette"); the document's text keeps its marks."""
    return _MARKUP.sub("", line).strip()
