"""A review whose lead names its body but gives no figure ("Violence rose across the country
in 2031, according to an annual report issued by the Kelmor Institute (KI) on Monday.", "The
Tarn Peace Forum on Monday released its yearly review."): the figures the next paragraphs
give with no source, or as the document's ("the report said"), are that body's. The first
of them, a tally, is given the body, so that the report's recorder
(``report_recorder.lead_recorder``) is found as from a lead that names it beside a figure.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

from core.extract.release_spans import tally
from core.ingest.outlets import is_news_outlet
from core.model import Claim, Statement
from core.rules import load_rules, word_set
from core.text import places
from core.text.lines import paragraph_breaks, paragraph_of

# the lead's sentence sits in the report's first paragraphs (headline, deck, dateline
# paragraph), as ``report_recorder.LEAD_PARAGRAPHS``
LEAD_PARAGRAPHS = 5
# the first figure after the lead sits in the paragraph right after it, or the next one
MAX_PARAGRAPHS_AFTER = 2
MAX_DOCUMENT_WORDS = 3  # "an annual security report"

# a name's parts: an article, a capitalised word, the words between two of them, initials after
_THE = r"(?:[Tt]he\s+)?"
_WORD = r"[A-Z][\w'&.-]*"
_MORE = rf"\s+(?:(?:of|for|and|on|in|the)\s+)*{_WORD}"
_INITIALS_AFTER = r"(?:\s*\([A-Z][\w-]*\))?"
# "the Kelmor Institute for Peace Data (KIPD)", "KIPD", "Tarn Watch": a body's name
_NAME = rf"{_THE}{_WORD}(?:{_MORE})*{_INITIALS_AFTER}"
# "KIPD", "the Kelmor Peace Institute": a name before its document with no possessive, in
# capitals or of two capitalised words at least (not a sentence's first word: "Annual data")
_FULL_NAME = rf"{_THE}(?:[A-Z][A-Z&]+|{_WORD}(?:{_MORE})+){_INITIALS_AFTER}"
# "an Islamabad-based think tank", "a Lagos security consultancy": a body only described, by
# up to three words before its kind (``observer_bodies``)
MAX_DESCRIPTION_WORDS = 3
# where one sentence ends and the next begins
SENTENCE_END = re.compile(r"(?<=[.!?])['\"’”]?\s+(?=[A-Z\"“'‘])")
# a lead's sentence also ends at the colon that closes its line, above the rows it heads
# ("According to the institute's review:" then "Attacks: 40")
_LEAD_SENTENCE_END = re.compile(rf"{SENTENCE_END.pattern}|(?<=:)[ \t]*\n\s*")


@functools.cache
def issued_documents() -> frozenset[str]:
    """What a body issues with its figures ("report", "data", "review"): ``recorder_material``
    and ``issued_documents`` of ``rules/cues.json``."""
    return word_set("cues", "recorder_material") | word_set("cues", "issued_documents")


def _either(words: Iterable[object]) -> str:
    """A regex alternation of the words, in the order given."""
    return "|".join(re.escape(str(w)) for w in words)


_ARTICLE = re.compile(r"^(?:the|its)\s+", re.IGNORECASE)
_WEEKDAY = r"(?:on\s+[A-Z][a-z]+\s+)?"  # "on Tuesday"
_CONNECTORS = frozenset({"of", "for", "and", "on", "in", "the"})


def _document() -> str:
    """ "annual security report", "Data": a document, after up to three words of its kind."""
    documents = sorted(issued_documents())
    return (
        rf"(?:[A-Za-z][a-z-]*\s+){{0,{MAX_DOCUMENT_WORDS}}}"
        rf"(?i:{_either(documents)})\b"
    )


@functools.cache
def _owned() -> re.Pattern[str]:
    """ "the Kessa Forum's yearly review", "Kessa Forum's": a body's name, its possessive."""
    return re.compile(rf"^({_NAME})['’]s?(?:\s+{_document()})?$")


def _described() -> str:
    """ "an Islamabad-based think tank": a body told by its kind after an article."""
    kinds = _either(sorted(word_set("cues", "observer_bodies")))
    return rf"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,{MAX_DESCRIPTION_WORDS}}}?(?:{kinds})\b"


def _owner() -> str:
    """ "Federal interior ministry", "the Tarn police": a body told by its field and kind
    (``recorder_owners``), opening on a capital or "the"."""
    kinds = _either(sorted(word_set("cues", "recorder_owners")))
    return (
        rf"(?:[Tt]he\s+(?:[\w-]+\s+){{0,{MAX_DESCRIPTION_WORDS - 1}}}|"
        rf"[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){{0,{MAX_DESCRIPTION_WORDS - 1}}})(?:{kinds})"
    )


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """ "a report issued by X", "data compiled by X", "X on Monday released its annual
    report", "X's annual report", "In its report, X said", "X said in its report", "the
    annual report of X", "X reported a sharp rise": a document and the body whose it is."""
    rules = load_rules("cues")
    doc = _document()
    verbs = _either(rules["recorder_release_verbs"])
    said = _either(rules["recorder_material_verbs"])
    material = _either(rules["recorder_material"])
    trends = _either(rules["recorder_trends"])
    body = rf"{_NAME}|{_described()}"
    return (
        re.compile(rf"\b{doc}\s*,?\s+(?:(?:{verbs})\s+{_WEEKDAY})?by\s+({_NAME})"),
        re.compile(
            rf"(?:^|\s)({body})\s+{_WEEKDAY}(?:ha(?:s|ve)\s+)?(?:{verbs})\s+(?:its|an?|the)\s+{doc}"
        ),
        # "X's annual report", "the X annual report": the body's name before its document
        re.compile(rf"(?:^|\s)({_NAME})['’]s?\s+{doc}"),
        re.compile(rf"(?:^|\s)({_FULL_NAME})\s+{doc}"),
        re.compile(rf"\b[Ii]n\s+its\s+{doc}\s*,\s+({_NAME})\s+(?:{said})\b"),
        # "X said in its annual report": the document after the body that speaks in it
        re.compile(rf"(?:^|\s)({_NAME})\s+{_WEEKDAY}(?:{said})\s+{_WEEKDAY}in\s+its\s+{doc}"),
        re.compile(rf"\b{doc}\s+of\s+({body})"),
        # "Federal interior ministry data presented on Tuesday showed": the data's owner
        re.compile(rf"(?:^|\s)({_owner()})\s+(?:{material})\b"),
        # "X has reported a sharp rise in attacks": a count's trend, the body's review
        re.compile(
            rf"(?:^|\s)({body})\s+{_WEEKDAY}(?:has\s+|have\s+)?(?:reported|recorded|noted)"
            rf"\s+an?\s+(?:[a-z-]+\s+){{0,2}}(?:{trends})\b"
        ),
    )


def _times() -> frozenset[str]:
    return word_set("dates", "months") | word_set("dates", "weekdays")


def _trimmed(name: str) -> str:
    """The name without the day or month the sentence tells after it ("KIPD on Tuesday")."""
    words = name.split()
    cut = next(
        (n for n, w in enumerate(words) if n and w.lower().strip(",.") in _times()), len(words)
    )
    while cut > 1 and words[cut - 1].lower() in _CONNECTORS:
        cut -= 1
    return " ".join(words[:cut])


def _a_body(name: str) -> bool:
    """A body's name, not a place ("Tarn's annual report"), a day or a news outlet."""
    bare = _ARTICLE.sub("", name.strip())
    words = bare.split()
    if not words or words[0].lower() in _times() or is_news_outlet(bare):
        return False
    return not places.candidates(re.sub(r"\s*\(.*\)$", "", bare))


def lead_body(sentence: str) -> str | None:
    """The body a lead's sentence names as the author of the document it cites; None for
    none."""
    for pattern in _patterns():
        found = pattern.search(sentence)
        name = _trimmed(found.group(1)) if found else ""
        if name and _a_body(name):
            return _ARTICLE.sub("", name)  # "the Kelmor Institute": its name
    return None


def review_owner(source: str) -> str:
    """ "Kessa Forum" of "the Kessa Forum's yearly review" or "Kessa Forum's": the body whose
    document a source is; any other source as it is."""
    found = _owned().match(source.strip())
    return _ARTICLE.sub("", found.group(1)) if found else source



def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, as (start, end)."""
    out: list[tuple[int, int]] = []
    at = start
    for found in _LEAD_SENTENCE_END.finditer(text, start, end):
        out.append((at, found.start()))
        at = found.end()
    out.append((at, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def cited_lead(claims: Sequence[Claim], text: str) -> tuple[int, int] | None:
    """The sentence (start, end) of a lead with no figure that cites a body's document
    (``lead_body``), before any figure; None for a report whose lead has none."""
    breaks = paragraph_breaks(text)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    first_line = text.find("\n")  # the headline is no lead
    if first_line < 0:
        return None
    for start, stop in _sentences(text, first_line, end):
        if any(c.start < stop and c.end > start for c in claims):
            return None
        if lead_body(text[start:stop]) is not None:
            return start, stop
    return None


def _lead_speaker(
    statements: Sequence[Statement], start: int, stop: int
) -> Statement | None:
    """ "Attacks rose sharply in 2031, the interior ministry told parliament.", "..., Tarn
    police chief said": the body, or the unnamed official of one, whose words a lead's sentence
    reports (a named person's or an analyst's words are a quote, not a review)."""
    for s in statements:
        if (
            s.kind == "reported" and s.speaker
            and (s.speaker_kind == "institution" or _an_officials_role(s))
            and s.speaker_start is not None and start <= s.speaker_start < stop
            and start <= s.start < stop
        ):
            return s
    return None


def _an_officials_role(statement: Statement) -> bool:
    """ "Tarn police chief", "a home ministry official": no name, a role of a body's records."""
    words = (statement.speaker or "").lower().split()
    return (
        statement.speaker_kind == "anonymous"
        and len(words) > 1
        and words[-1] in word_set("cues", "record_keeping_roles")
    )


def figureless_lead(
    claims: Sequence[Claim], text: str, statements: Sequence[Statement] = ()
) -> list[Claim]:
    """The claims, the first figure after a lead that names the review's body but gives no
    figure given that body (the author of a document it cites, or the body whose words it
    reports), when it is a tally told with no source or as the document's ("the report
    said"), in the paragraphs right after the lead, before any figure another source gives;
    the claims as they are for any other report."""
    breaks = paragraph_breaks(text)
    ordered = sorted(claims, key=lambda c: c.start)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    first_line = text.find("\n")  # the headline is no lead
    if first_line < 0:
        return list(claims)
    for start, stop in _sentences(text, first_line, end):
        if any(c.start < stop and c.end > start for c in ordered):
            return list(claims)  # a lead with a figure: the recorder's own lead
        body = lead_body(text[start:stop])
        spoken = body is None
        speaker = _lead_speaker(statements, start, stop) if spoken else None
        if speaker is not None and speaker.speaker:
            body = speaker.speaker.strip()
        if body is None:
            continue
        # an official's words open incident reports too: a review's only when a count follows
        official = speaker is not None and speaker.speaker_kind != "institution"
        after = [c for c in ordered if c.start >= stop]
        if not after:
            return list(claims)
        first = after[0]
        if (
            paragraph_of(breaks, first.start) - paragraph_of(breaks, start) > MAX_PARAGRAPHS_AFTER
            or not tally(first)
            # a body's words in an incident's lead ("the quake measured 7.1, the survey
            # said"), then a past disaster's toll: no review's figure
            or (spoken and first.recalls)
            or (official and not first.is_core)
            or (first.attribution is not None and not _its_document(first.attribution))
        ):
            return list(claims)
        return [dataclasses.replace(c, attribution=body) if c is first else c for c in claims]
    return list(claims)


def _its_document(source: str) -> bool:
    """ "the report", "the annual review": the cited document itself, naming no one."""
    words = source.split()
    return (
        len(words) >= 2
        and words[0].lower() in ("the", "its")
        and all(w.isalpha() and w.islower() for w in words[1:])
        and words[-1].lower()
        in issued_documents()
    )
