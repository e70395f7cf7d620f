"""Bodies a report gives by a short or generic form beside the name it gives them in full: a
lede's "..., a war monitor said" is the body the next sentence names ("The Syrian Observatory
for Human Rights said ..."), and a headline's bare "monitor", "ministry" or acronym
("Nine dead in drone strike: monitor", "13 dead in floods, says NDMA") is the body the report
names so ("..., said the Observatory, a Britain-based war monitor", "the National Disaster
Management Authority (NDMA)"), and a headline's place that speaks ("Nigeria's Zamfara says")
the government the report names by it ("the Zamfara state government"). A checker filtering
on the body's name finds all its figures.

Run on a document's claims and statements after extraction (``core.pipeline.analyse``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.lede_officials import next_statement, opening
from core.model import Claim, Statement
from core.rules import load_rules
from core.text import places

_INDEFINITE = frozenset({"a", "an"})
MAX_DESCRIPTION_WORDS = 4  # "a Britain-based war monitor"
MAX_BARE_WORDS = 3  # a headline's "health ministry"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[\w-]+")
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\s+")  # "an Islamabad-based think tank"
# Where one sentence ends and another begins (in the text between the two)
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s")
# ", a Britain-based war monitor," after a body's name
_APPOSITION = r",\s+(?:a|an)\s+([\w\s-]{1,60}?)[,.]"

# (the words a body is described or named by, its name)
Known = list[tuple[frozenset[str], str]]


@functools.cache
def observers() -> tuple[str, ...]:
    return tuple(str(w) for w in load_rules("cues")["observer_bodies"])


def described_bodies(
    claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> list[Claim]:
    """The claims whose source is a lede's indefinite observer ("a war monitor") given the
    body the next sentence names; then a headline's bare body or acronym given the body the
    report names by it."""
    bodies = sorted(
        (s for s in statements if s.speaker_kind == "institution" and _named(s.speaker)),
        key=opening,
    )
    known = [(opening(s), _words(f"{s.speaker_role or ''} {s.speaker}"), s.speaker or "")
             for s in bodies]
    out: list[Claim] = []
    renamed: dict[str, str] = {}  # the lede's description, the name it was given
    for claim in claims:
        source = claim.attribution
        if source and _an_observer(source):
            after = next_statement(claim, bodies, text)
            name = after.speaker if after is not None else _next_named(claim, claims, text)
            # the same description again ("a Velmar-based think tank"): the body it named
            said = _words(source)
            again = (n for _, words, n in reversed(known) if words == said and n != source)
            name = name if name and name != source else next(again, None)
            if name and may_name(source, name):
                name = _author(name)
                known.append((claim.start, _words(source), name))
                renamed.setdefault(source, name)
                claim = dataclasses.replace(claim, attribution=name)  # noqa: PLW2901
        elif source and claim.sentence_start != 0 and _named(source) and not _a_person(source):
            # "according to the Syrian Observatory for Human Rights war monitor", "the
            # Observatory, a war monitor, said": the body as the sentence describes it
            known.append((claim.start, _words(f"{_described(claim, source)} {source}"), source))
        out.append(claim)
    ordered: Known = [(words, name) for _, words, name in sorted(known, key=lambda k: k[0])]
    sources = [c.attribution for c in out if c.attribution] + [s.speaker or "" for s in bodies]
    return [_headline_borrowed(_in_full(c, ordered, sources), renamed) for c in out]


def _headline_borrowed(claim: Claim, renamed: dict[str, str]) -> Claim:
    """A headline's figure given the lede's description for a source ("..., monitor says"
    read as "a Tarnbury-based monitor") given the name that description was given."""
    name = renamed.get(claim.attribution or "") if claim.sentence_start == 0 else None
    return dataclasses.replace(claim, attribution=name) if name else claim


def _next_named(claim: Claim, claims: Sequence[Claim], text: str) -> str | None:
    """The body a figure of the very next sentence names as its source ("According to the
    monthly report of the Kelmor Institute (KI), ..."), when no statement opens there."""
    after = next((c for c in claims if c.sentence_start >= claim.sentence_end), None)
    if after is None or _SENTENCE_END.search(text[claim.sentence_end : after.sentence_start]):
        return None
    source = after.attribution
    return source if source and _named(source) and not _a_person(source) else None


# "the monthly report of the Kelmor Institute": a document, then its author
_DOCUMENT_OF = re.compile(
    r"^(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(\w+)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE
)


def _author(name: str) -> str:
    """The body a name gives, not its document: "Kelmor Institute (KI)" for "The monthly
    security assessment of the Kelmor Institute (KI)"; any other name as it is."""
    found = _DOCUMENT_OF.match(name)
    if found is None or found.group(1).lower() not in cues().document_nouns:
        return name
    return found.group(2)


def _described(claim: Claim, source: str) -> str:
    """The description the claim's sentence gives its source in apposition ("the
    Observatory, a Britain-based war monitor,"), or ""."""
    found = re.search(re.escape(source) + _APPOSITION, claim.sentence)
    return found.group(1) if found else ""


def _in_full(claim: Claim, known: Known, sources: Sequence[str]) -> Claim:
    """A headline claim whose source is a bare body noun or an acronym, given the body the
    report names by it; any other claim as it is."""
    source = claim.attribution
    if not source or claim.sentence_start != 0:
        return claim
    named: str | None = None
    if _ACRONYM.fullmatch(source):
        named = next((s for s in sources if f"({source})" in s), None)
    # "Monitor says 40 killed": the headline's first word is capitalised
    elif _bare_body(_uncapitalised(source, claim)) or _a_place(source):
        words = _words(_OWNER.sub("", source))
        named = next((name for said, name in known if words < said and _a_body(said)), None)
    return dataclasses.replace(claim, attribution=named) if named else claim


def _uncapitalised(source: str, claim: Claim) -> str:
    """A headline's source that opens it ("Monitor says ..."), its first capital undone."""
    opens = claim.sentence.startswith(source) and source[1:2].islower()
    return source[:1].lower() + source[1:] if opens else source


# "Nigeria's Zamfara": the country owning the state that speaks
_OWNER = re.compile(r"^[A-Z][\w-]*'s\s+")


def _a_place(source: str) -> bool:
    """A headline's speaker that is a place's name ("Zamfara says", "Nigeria's Zamfara
    says"): capitalised words naming no body, the government the report names by them."""
    name = _OWNER.sub("", source)
    words = name.split()
    return (
        0 < len(words) <= MAX_BARE_WORDS
        and all(w[:1].isupper() and w.lower() not in cues().institution_nouns for w in words)
        and bool(places.candidates(name))  # a place, not a person ("Trump says")
    )


def _a_person(source: str) -> bool:
    """ "Police spokesman Ali Raza": a person of a body, not the body."""
    return bool(_words(source) & cues().person_nouns)


def _a_body(words: frozenset[str]) -> bool:
    """Words that name a kind of body ("ministry", "think tank")."""
    return bool(words & cues().institution_nouns) or any(
        frozenset(o.split()) <= words for o in observers()
    )


def _named(speaker: str | None) -> bool:
    """A body given by a name ("Syrian Observatory for Human Rights", "the Health
    Ministry"), not a description or a common noun opening its sentence ("Police said")."""
    # "an Islamabad-based think tank": where a body sits names no body
    return any(w[:1].isupper() for w in _SEAT.sub("", speaker or "").split()[1:])


def _an_observer(source: str) -> bool:
    """ "a war monitor", "a monitoring group": one unnamed observer body, in lower case."""
    words = _SEAT.sub("", source).split()
    return (
        1 < len(words) <= MAX_DESCRIPTION_WORDS
        and words[0].lower() in _INDEFINITE
        and all(w.islower() for w in words[1:])
        and " ".join(words[1:]).endswith(observers())
    )


def may_name(description: str, name: str) -> bool:
    """ "a war monitor" may be "the Syrian Observatory for Human Rights" or "Airwars", "a
    rights group" the "Velmar Human Rights Network", not "the Syrian Army" nor "the Islamic
    State group": the name holds no kind of body but the description's own words and the
    kinds an observer is named as."""
    kinds = _words(name) & cues().institution_nouns
    return kinds <= _words(description) | _observer_names()


def observer_kinds() -> frozenset[str]:
    """The kinds of body an observer may be named as (``cues.json``: ``observer_names``)."""
    return _observer_names()


@functools.cache
def _observer_names() -> frozenset[str]:
    """The kinds of body an observer may be named as ("network", "forum", "monitor")."""
    return frozenset(str(w) for w in load_rules("cues")["observer_names"])


def _bare_body(source: str) -> bool:
    """A headline's body in lower case ("monitor", "health ministry"), with no name."""
    words = source.split()
    return (
        0 < len(words) <= MAX_BARE_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and (words[-1] in cues().institution_nouns or source.endswith(observers()))
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))
