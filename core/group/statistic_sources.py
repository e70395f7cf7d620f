"""Who gives a statistic, read from a figure's attribution so that two reports' wordings of
one recorder meet: "the Kelmor Institute for Conflict Studies (KICS)", "KICS" and "the monthly
report of KICS" are one source; "the police" and "police" are one too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.rules import word_set

# an acronym the text defines in brackets ("... Studies (KICS)"), or writes on its own
_DEFINED = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_ARTICLES = re.compile(r"\b(the|a|an)\b")
# "the annual report of X", "a quarterly review by X": the document, X its recorder
_DOCUMENT_OF = re.compile(
    r"(?i)^(the|a|an|its)\s+(\w+\s+){0,2}(report|review|data|figures|assessment|survey|study)"
    r"\s+(of|by|from)\s+"
)
_GLOSS = re.compile(r"\s*\([^)]*\)")  # "X (Defensor del Pueblo)": a gloss, no initials


def source_key(attribution: str) -> str:
    """The recorder an attribution names: the acronym it defines or writes (one only), else
    its words, case and articles aside."""
    defined = {m.group(1) for m in _DEFINED.finditer(attribution)}
    if len(defined) == 1:
        return defined.pop()
    written = {m.group(0) for m in _ACRONYM.finditer(attribution)}
    if not defined and len(written) == 1:
        return written.pop()
    body = _GLOSS.sub("", _DOCUMENT_OF.sub("", attribution.strip()))
    return " ".join(_ARTICLES.sub(" ", body.casefold()).split())


_INDEFINITE = re.compile(r"(?i)(a|an|one|some)\b")
_NAME = re.compile(r"\b[A-Z][\w.-]*")


def named_source(attribution: str) -> bool:
    """Whether an attribution names its source ("the Centre for Peace Research", "Police
    Chief Ann Ode"), not only describes it ("a think tank", "an Ankara-based monitor",
    "officials")."""
    if _INDEFINITE.match(attribution.strip()):
        return False
    return len(_NAME.findall(attribution.strip())[1:]) > 0 or bool(_ACRONYM.search(attribution))


def two_sources(first: str | None, second: str | None) -> bool:
    """Two attributions that name two different sources: "the institute counted 210 ... the
    ministry's figure is 231" are two statistics, not one; a source one of them only describes
    ("a think tank") may be the other's."""
    return (
        first is not None and second is not None
        and named_source(first) and named_source(second)
        and source_key(first) != source_key(second)
    )


_BRACKETED = re.compile(r"\s*\([^)]*\)")


def source_names(attribution: str) -> frozenset[str]:
    """Every name an attribution gives its recorder: the key ``source_key`` reads, and the
    words of a name whose acronym it defines in brackets ("the Kelmor Institute for Conflict
    Studies (KICS)" is both "KICS" and the institute's full name), so that a report writing
    only the acronym and one writing only the name meet the report that gives both."""
    words = " ".join(_ARTICLES.sub(" ", _BRACKETED.sub("", attribution).casefold()).split())
    names = {source_key(attribution), words} - {""}
    return frozenset(names | {_head_last(n) for n in names})


# "ministry of defence", the words of a body named head first (``inverted_body_heads``)
_HEAD_FIRST = re.compile(r"^(\w+) of ((?:[\w-]+ ){0,2}[\w-]+)$")


def _head_last(name: str) -> str:
    """A body's name with its head noun last, as English also writes it: "ministry of
    defence" is "defence ministry"; any other name is itself."""
    m = _HEAD_FIRST.match(name)
    if m is None or m.group(1) not in word_set("cues", "inverted_body_heads"):
        return name
    return f"{m.group(2)} {m.group(1)}"


def one_body(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of a recorder's names name one body: a name alike, or one name the
    other's last words ("the Western Command", "the army's Western Command"; "Ann Ode" and
    "police spokeswoman Ann Ode", a speaker named once with a title and once without)."""
    return any(x == y or x.endswith(f" {y}") or y.endswith(f" {x}") for x in mine for y in theirs)
