"""The body whose statistics a report retells ("..., according to the annual review released
by the Kelmor Institute for Peace Data (KIPD)"): the source of the report's later figures
told as "the review said", "the think tank recorded", "according to the data", or in the
outlet's own voice in the paragraphs that restate the review, until another speaker is
named. A place or a time that "records" a figure ("Tarn recorded 48 attacks", "the last
quarter had recorded 49 incidents") is where or when, never who."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.defined_initials import spells
from core.extract.figureless_leads import figureless_lead, review_owner
from core.extract.headline_initials import (
    described_only,
    headline_body,
    headline_initials,
    named_next,
)
from core.extract.next_bodies import next_body
from core.extract.release_spans import compared_span, overlaps, tally, within
from core.extract.source_anaphora import a_named_kind, anaphoric, may_be
from core.extract.spoken_tallies import same_paragraph, spoken_ids
from core.model import Claim, Statement
from core.rules import load_rules, word_set
from core.text import places
from core.text.lines import paragraph_breaks, paragraph_of

# The lead of a report sits in its first paragraphs (headline, deck, byline, dateline
# paragraph); a named tally further down is one the story cites, not the review it retells.
LEAD_PARAGRAPHS = 5
# a lead naming its body by bare initials opens the report: its first sentences after the
# headline (as ``headline_bodies.LEAD_CHARS``)
LEAD_CHARS = 600
# "the tally for the first quarter of the year:": what a table's heading says of its material
MAX_HEADING_CHARS = 40

DEFINED = re.compile(r"\(([A-Z][\w-]*)\)")  # "... Command (KMC)": its initials, defined
INITIALS = re.compile(r"[A-Z]{2,}[A-Za-z]*")  # "KIPD" alone names the body too
# the places a report's figures tally over ("Tarn recorded 48"), not a town that may be a name
_AREA_LEVELS = frozenset({"country", "admin1", "district"})
_ARTICLE = re.compile(r"(?i)^(the|its)\s+")
_INDEFINITE = re.compile(r"(?i)^(a|an)\s+")
_YEAR = re.compile(r"\d{4}")
# a table's row: a short label opening its line before a colon ("Civilians: 1,012 killed")
# "an Islamabad-based": where a body sits, before its description
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\s+")
# what follows a body's own name ("... Observatory for Civil Peace", "... Council in Tarn")
_PLACE_TAIL = re.compile(r"\s+(?:in|of|for|on)\s.*$", re.IGNORECASE)
# "the Tarn Network for Civic Rights (TNCR)": a body's capitalised name, its initials after it
INITIALLED_NAME = re.compile(
    r"\b(?:[Tt]he\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|on|in|the)\s+)*[A-Z][\w'-]*)*"
    r"\s*\(([A-Z]{2,}[\w-]*)\)"
)
MAX_DOCUMENT_WORDS = 4  # "a new annual report"
MAX_SUBJECT_WORDS = 4  # "The Lahore-based think tank" opening a sentence
_ROW = re.compile(r"\s*[A-Z][^\W\d]*(?:[ '-][^\W\d]+){0,4}\s*:")


@functools.cache
def _alone() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("cues")["recorder_place_words"])


@functools.cache
def _time_words() -> frozenset[str]:
    dates = load_rules("dates")
    return frozenset(
        [*(str(m) for m in dates["months"]), *(str(u) for u in dates["units"]),
         *(str(w) for w in load_rules("cues")["recorder_time_words"])]
    )


def _a_time_word(word: str) -> bool:
    """ "October-December", "quarter", "2032": a word of a span of time."""
    parts = [p for p in re.split(r"[-–]", word.lower()) if p]
    return bool(parts) and all(p in _time_words() or _YEAR.fullmatch(p) for p in parts)


@functools.cache
def _citing() -> re.Pattern[str]:
    """ "according to the police data", "the review said", "as the report noted", "the
    figures for the year:": a sentence that gives the recorder's material as its source,
    which names no author of its own."""
    rules = load_rules("cues")
    material = "|".join(re.escape(str(w)) for w in rules["recorder_material"])
    verbs = "|".join(re.escape(str(w)) for w in rules["recorder_material_verbs"])
    lead = r"(?:the|its)\s+(?:[a-z-]+\s+){0,2}"
    cited = rf"(?:according to|as per)\s+{lead}(?:{material})\b"
    saying = rf"{lead}(?:{material})\s+(?:{verbs})\b"
    # "The count for the year: Abducted: 410 ...": the material heading a table after a colon
    heading = rf"{lead}(?:{material})\b[^.:\n]{{0,{MAX_HEADING_CHARS}}}:"
    return re.compile(rf"\b(?:{cited}|{saying}|{heading})", re.IGNORECASE)



def _named(source: str) -> bool:
    """A source that names a body ("the Kelmor Institute", "KIPD"), not one only described."""
    return any(w[:1].isupper() for w in source.split()[1:]) or bool(DEFINED.search(source))


def _named_inside(claim: Claim) -> bool:
    """ "..., according to Kelmor home ministry data": a body whose name opens on a capital
    inside its sentence, with no article, and ends on a kind of body."""
    source = claim.attribution or ""
    words = source.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and not _ARTICLE.match(source)
        and claim.sentence_start > 0
        and not claim.sentence.lstrip().startswith(source)
        and words[-1].lower() in cues().institution_nouns
    )


def _initials_of_lead(claim: Claim) -> bool:
    """ "..., KIPD said in its annual review": initials alone name the lead's body, in the
    report's first sentences (a tally cited further down an incident report is no lead); a
    headline's ("..., UN says") only shortens the one the lead names in full."""
    source = _ARTICLE.sub("", (claim.attribution or "").strip())
    return 0 < claim.sentence_start <= LEAD_CHARS and bool(INITIALS.fullmatch(source))


def lead_recorder(claims: Sequence[Claim], text: str | None = None) -> Claim | None:
    """The first figure of the report that is a tally with a named source: the lead's; with
    the ``text``, one a body only described gives when the headline names it by initials."""
    heard: list[str] = []  # the sources of the figures before
    initials = headline_initials(text) if text is not None else None
    for claim in sorted(claims, key=lambda c: c.start):
        source = claim.attribution
        if source and (
            _named(source) or _named_inside(claim) or _initials_of_lead(claim)
            or _first_kind(source, heard)
            or _issuer(claim) is not None or (initials is not None and described_only(source))
        ):
            return claim if tally(claim) else None
        if source:
            heard.append(source)
    return None


def _issuer(claim: Claim) -> str | None:
    """ "The Tarn Network for Civic Rights (TNCR) documented 912 deaths ..., according to a
    report it issued": a source that is only a document ("a report", "the new study") in a
    sentence that names one body with its initials, whose document it is; None else."""
    words = (claim.attribution or "").split()
    if not (
        1 < len(words) <= MAX_DOCUMENT_WORDS
        and words[0].lower() in ("a", "an", "the", "its")
        and all(w.isalpha() and w.islower() for w in words[1:])
        and words[-1] in _material() | word_set("cues", "issued_documents")
    ):
        return None
    names = [m.group(0) for m in INITIALLED_NAME.finditer(claim.sentence)]
    return names[0] if len(set(names)) == 1 else None


def _first_kind(source: str, heard: list[str]) -> bool:
    """ "the interior ministry": a body told by its field and kind, the first source of the
    report's figures (but for a headline's bare kind, "Ministry tells parliament"), not one
    after a figure of another's ("..., a think tank said. The health ministry said ...")."""
    return (a_named_kind(source) or _a_field_body(source)) and all(
        _headline_kind(h, source) for h in heard
    )


def _a_field_body(source: str) -> bool:
    """ "the national crime registry", "the federal statistics institute": a body told by its
    field and a kind of body that keeps statistics (``recorder_bodies``)."""
    words = source.split()
    return (
        len(words) >= 3
        and words[0].lower() == "the"
        and words[-1].lower() in word_set("cues", "recorder_bodies")
        and all(w.isalpha() and w.islower() for w in words[1:])
    )


def _initials(recorder: str) -> str | None:
    found = DEFINED.findall(recorder)
    return found[-1] if len(found) == 1 else None


def names_recorder(source: str, recorder: str) -> bool:
    """ "the review", "the quarterly review", "the police data", "the think tank", "KIPD": the
    recorder's own material or the recorder described again or by its initials, not another
    body's ("the ministry's figures", "a separate report by the army")."""
    if source.strip().casefold() == "its":
        return True  # "according to its data": the recorder's own
    bare = _ARTICLE.sub("", source.strip())
    initials = (_initials(recorder) or "").casefold()
    if initials and bare.casefold() == initials:
        return True  # "KIPD"
    if initials and (_initials(source) or "").casefold() == initials:
        # "Peace Data (KIPD)", a cut of the name, not "the monthly review of ... (KIPD)"
        return set(bare.split()) < set(recorder.split())
    # "the Velmar-based group": the seat a description gives names no other body
    words = _SEAT.sub("", bare).split()
    if not words or "'" in source or "’" in source or any(w[:1].isupper() for w in words):
        return False
    if not _ARTICLE.match(source.strip()):
        # "..., says think tank": a headline's bare description, or the noun of its name
        # ("..., says observatory" of "the Kelmor Conflict Observatory") carried on from it
        return bool(words) and (
            anaphoric(f"the {bare}") or _its_own_noun(words, recorder)
        ) and may_be(bare, recorder)
    if words[-1].lower() in _material() or _its_own_noun(words, recorder):
        return True
    return anaphoric(source) and may_be(source, recorder)


def _its_own_noun(words: Sequence[str], recorder: str) -> bool:
    """ "the observatory" for "the Kelmor Conflict Observatory (KCO)", "the network" for "the
    Tarn Network for Civic Rights": the noun the recorder's own name ends on before its
    field, told with "the" and nothing but lower-case words."""
    own = _PLACE_TAIL.sub("", DEFINED.sub("", recorder).strip()).split()
    return bool(own) and own[-1][:1].isupper() and words[-1] == own[-1].lower()


def not_a_voice(source: str) -> bool:
    """ "Tarn", "Tarn alone", "Tarn State", "the northeast", "the October-December quarter of
    2030": a place or a time that records figures, a subject the parse took for their
    source."""
    words = [w for w in _ARTICLE.sub("", source.strip()).split() if w.lower() not in _alone()]
    if not words:
        return False
    name = " ".join(words)
    if all(w.lower().replace("-", "") in places.compass_words() for w in words):
        return True  # "The northeast recorded 162 incidents": a part of the country
    # "Tarn State", "Kessa Province": the area with the unit its name is written with
    unit = len(words) > 1 and words[-1].lower() in word_set("admin_units", "holder_units")
    named = [name, " ".join(words[:-1])] if unit else [name]
    if all(w[:1].isupper() for w in words) and any(
        p.level in _AREA_LEVELS for n in named for p in places.candidates(n)
    ):
        return True
    # a time: its words are the time's, but for "of" and the like
    timed = [w for w in words if _a_time_word(w)]
    return bool(timed) and all(w in timed or w.islower() for w in words) and (
        len(words) - len(timed) <= 1
    )


def _with_initials(recorder: str, lead: Claim, text: str) -> str:
    """The recorder with the initials its lead gives beside its name ("the Kelmor Mission
    (KMO) report" is by "Kelmor Mission (KMO)"), or a later sentence gives beside its whole
    name ("The Kelmor Mission (KMO) is funded by ..."), as a checker searching either finds
    it."""
    if DEFINED.search(recorder):
        return recorder
    found = re.search(re.escape(recorder) + r"\s*\(([A-Z][\w-]*)\)", lead.sentence)
    bare = _ARTICLE.sub("", recorder.strip())
    if found is None and len(bare.split()) > 1 and bare[:1].isupper():
        later = re.search(rf"\b{re.escape(bare)}\s*\(([A-Z][\w-]*)\)", text)
        found = later if later and INITIALS.fullmatch(later.group(1)) else None
    return f"{recorder} ({found.group(1)})" if found else recorder


def _names_after(lead: Claim, text: str) -> list[tuple[str, str]]:
    """The bodies the lead's paragraphs name with initials after the lead's sentence."""
    breaks = paragraph_breaks(text)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    found = INITIALLED_NAME.finditer(text, lead.sentence_end, end)
    return [(m.group(0), m.group(1)) for m in found]


def _spelled_out(recorder: str, claims: Sequence[Claim]) -> str:
    """The recorder with the initials another of its figures is told by, that spell its name
    ("..., says KSRC" over "the Kelmor Security Research Centre said"), as the lead had
    defined them."""
    if DEFINED.search(recorder):
        return recorder
    shorts = {_ARTICLE.sub("", c.attribution or "") for c in claims}
    short = next((s for s in sorted(shorts) if INITIALS.fullmatch(s) and spells(s, recorder)), None)
    return f"{recorder} ({short})" if short else recorder


def _its_name_cut(source: str, recorder: str) -> bool:
    """ "a Kelmor Peace Mission" for "the Kelmor Peace Mission in Tarn": the recorder's name
    cut short after an indefinite article ("a Kelmor Peace Mission report"), of two
    capitalised words or more."""
    if not _INDEFINITE.match(source):
        return False  # "The Kelmor Peace Mission" names the body itself
    words = source.split()[1:]
    names = set(_ARTICLE.sub("", recorder).split())
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and set(words) <= names


def _incident(claim: Claim) -> bool:
    """A figure of one day its own sentence names ("On June 2, gunmen killed 14"): an incident
    the report tells of, in its own voice unless it cites the recorder's material."""
    return (
        claim.date_start is not None
        and claim.date_start == claim.date_end
        and bool(claim.date_text)
        and (claim.date_text or "").casefold() in claim.sentence.casefold()
    )


def _row_label(claim: Claim, text: str) -> bool:
    """ "Civilians: 1,012 killed.": a table's row whose label, no named body, the parse took
    for a headline's source before its colon; in a review's body it names whom the row
    counts, not who says so."""
    source = claim.attribution or ""
    opening = text[: claim.start].rsplit("\n", 1)[-1]  # the row's line before its figure
    return (
        bool(source)
        and not _named(source)
        and re.search(rf"(?:^|[.;]\s)\s*{re.escape(source)}\s*:", opening) is not None
    )


def _line_of(claim: Claim, text: str) -> str:
    return text[: claim.start].rsplit("\n", 1)[-1] + text[claim.start :].split("\n", 1)[0]


def _over_lead_span(claim: Claim, lead: Claim, text: str) -> Claim:
    """A table's row ("Civilians: 1,012 killed.") that tells no time of its own counts over
    the lead's span, not over a month a paragraph before it named."""
    line = _line_of(claim, text)
    if text.rfind("\n", 0, claim.start) < lead.sentence_end or not _ROW.match(line) or (
        claim.date_text and claim.date_text.casefold() in line.casefold()
    ) or not within(claim, lead):
        return claim
    return dataclasses.replace(
        claim, date_start=lead.date_start, date_end=lead.date_end, date_text=lead.date_text
    )


def _restated(claim: Claim, given: Sequence[Claim], recorder: str) -> bool:
    """A headline's figure the recorder's own figures give (value and measure)."""
    return any(
        g.attribution == recorder and g.value == claim.value and g.measure == claim.measure
        for g in given
    )


def _last_cited(
    claims: Sequence[Claim], spoken: Sequence[int], recorder: str, text: str, breaks: list[int],
    *, after: int
) -> int:
    """The last paragraph that gives the recorder a figure, where the recorder speaks again
    ("The think tank said ..."), or, after the lead's paragraph, that cites its material ("By
    the numbers, the year looked like this:" over a table); -1 for none."""
    starts = [0, *breaks]
    ends = [*breaks, len(text)]
    cited = [paragraph_of(breaks, c.start) for c in claims if c.attribution == recorder]
    cited += [paragraph_of(breaks, at) for at in spoken]
    cited += [
        n for n in range(after + 1, len(starts)) if _citing().search(text[starts[n] : ends[n]])
    ]
    return max(cited, default=-1)


def _named_source(claim: Claim, lead: Claim, old: str, recorder: str, text: str) -> Claim:
    """The claim with the recorder for a source that describes it, its material, a place or a
    time; with no source for a table row's label."""
    source = claim.attribution
    if source and claim.sentence_start == 0 and claim.sentence.startswith(source) and (
        source[1:2].islower()
    ):
        source = source[:1].lower() + source[1:]  # "War monitor counts 900 dead": its capital
    # before the lead names the recorder, only a headline's bare description ("..., says
    # think tank") is it; "the state police" there is another body
    after = claim.start >= lead.sentence_start
    if after and _row_label(claim, text):
        return dataclasses.replace(claim, attribution=None)
    if source and not after and _headline_kind(source, recorder):
        return dataclasses.replace(claim, attribution=recorder)
    if after and _officials_of(claim, lead, old):
        return dataclasses.replace(claim, attribution=recorder)
    if claim.attribution == old or (source and (after or not _ARTICLE.match(source.strip())) and (
        names_recorder(source, recorder) or _its_name_cut(source, recorder)
        or (after and not_a_voice(source))
    )):
        return dataclasses.replace(claim, attribution=recorder)
    return claim


def _officials_of(claim: Claim, lead: Claim, recorder: str) -> bool:
    """ "Officials also recorded 40 abductions in March" after "..., the federal crime
    registry said": a public body the lead names by its field, told again by the bare
    plural a wire writes for it, for a tally over the lead's span (not an incident's day)."""
    source = (claim.attribution or "").strip().lower()
    body = DEFINED.sub("", recorder).strip()  # "the federal crime registry (FCR)"
    return (
        source in word_set("cues", "recorder_officials")
        and (a_named_kind(body) or _a_field_body(body))
        and tally(claim)
        # "In 2030, authorities had recorded 2,000, the data showed": a year it compares
        and (within(claim, lead) or bool(_citing().search(claim.sentence)))
    )


def _headline_kind(source: str, recorder: str) -> bool:
    """ "Ministry tells parliament ..." over "the interior ministry": a headline's capitalised
    bare noun, the kind the recorder's name ends with."""
    words = recorder.split()
    return (
        len(source.split()) == 1
        and len(words) > 1
        and source.casefold() == words[-1].casefold()
    )


def _voices(
    statements: Sequence[Statement], lead: Claim, old: str, recorder: str
) -> tuple[list[int], list[Statement]]:
    """Where the recorder speaks after the lead ("The think tank said ...", "KIPD said ..."),
    and the statements of the other voices."""
    mine: list[int] = []
    theirs: list[Statement] = []
    for s in statements:
        if not s.speaker or s.start <= lead.sentence_end:
            continue
        if s.speaker in (old, recorder) or names_recorder(s.speaker, recorder):
            mine.append(s.start)
        else:
            theirs.append(s)
    return mine, theirs


def _release_run(
    claims: Sequence[Claim], lead: Claim, recorder: str, breaks: list[int],
    quoted: Sequence[int],
) -> tuple[int, frozenset[str]]:
    """The last paragraph of the run after the lead's whose figures are all told in the
    outlet's voice (or the recorder's) as the release's own, and those figures: each dated,
    of the release's span or its comparisons, no incident of a day ("The ministry told
    parliament 1,200 were killed in three years. ... There were 870 attacks in 2030, against
    700 in 2029."). A release retold paragraph after paragraph names its body once; the run
    ends at the first figure another source gives or one that is no part of the release,
    or where another voice is quoted (the ``quoted`` paragraphs); -1 for none."""
    after = paragraph_of(breaks, lead.start)
    paragraphs: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.start > lead.sentence_end:
            paragraphs.setdefault(paragraph_of(breaks, claim.start), []).append(claim)
    last = -1
    released: set[str] = set()
    for here in sorted(paragraphs):
        if here <= after:
            continue
        if any(max(after, last) < q <= here for q in quoted):
            break  # '"Every figure is a family," an aid worker said.': the story moves on
        own = [c for c in paragraphs[here] if c.attribution is None]
        # the sentences of the release's own figures: of its span, or the recorder's
        spans = {
            c.sentence_start
            for c in paragraphs[here]
            if overlaps(c, lead) or c.attribution == recorder
        }
        if any(c.attribution not in (None, recorder) for c in paragraphs[here]) or not all(
            c.date_text
            and not _incident(c)
            # "..., compared with 610 in the same months of 2030", "In January, 29 had been
            # recorded": the release's comparison, beside its own figures
            and (
                c.sentence_start in spans
                or (tally(c) and bool(spans))
                or _carried(c)
                or compared_span(c, lead)  # "Last year, 611 attacks were reported."
            )
            for c in own
        ):
            break
        last = here
        released.update(c.id for c in own)
    return last, frozenset(released)


def _opens_with(sentence: str, recorder: str) -> bool:
    """ "The institute set its count against 2030, when 263 were killed", "The report
    recalled that ...": a sentence whose subject is the recorder, its description or its
    material, before its verb in lower case; its figures are the recorder's to give."""
    words = sentence.split()
    return any(
        names_recorder(" ".join(words[:n]), recorder)
        and words[n].isalpha() and words[n].islower()
        for n in range(1, min(MAX_SUBJECT_WORDS, len(words) - 1) + 1)
    )


def _carried(claim: Claim) -> bool:
    """A figure whose date its own sentence does not tell ("Arauca followed with nine"): the
    release's, told with a date carried from another sentence."""
    return (claim.date_text or "").casefold() not in claim.sentence.casefold()


def _of_the_review(claim: Claim, lead: Claim) -> bool:
    """A figure in the outlet's voice the review gives: no incident from before its span, nor
    one told on its day after it, unless its sentence cites the review's material."""
    return (not claim.recalls or within(claim, lead) or compared_span(claim, lead)) and (
        not _incident(claim) or within(claim, lead) or bool(_citing().search(claim.sentence))
    )


def recorder_sources(
    claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> list[Claim]:
    """The claims of a statistics report given the recorder its lead names: the figures
    whose source describes the recorder or its material, or is a place or a time; the
    headline's figures the recorder gives; and the figures told in the outlet's voice after
    the lead, up to the last paragraph that cites the recorder or where it speaks, in a
    paragraph where no other speaker has spoken before them, that are no incident nor
    figure from outside the span of the lead's tally. A table's row that tells no time of
    its own counts over that span."""
    # "..., according to a report issued by KIPD." with no figure: the next one its lead
    claims = figureless_lead(claims, text, statements)
    lead = lead_recorder(claims, text)
    if lead is None or lead.attribution is None:
        return list(claims)
    breaks = paragraph_breaks(text)
    if paragraph_of(breaks, lead.start) > LEAD_PARAGRAPHS:
        return list(claims)
    old = lead.attribution
    recorder = _recorder_of(lead, old, claims, statements, text)
    named = [
        _named_source(c, lead, old, recorder, text) for c in sorted(claims, key=lambda c: c.start)
    ]
    spoken, other_statements = _voices(statements, lead, old, recorder)
    last = _last_cited(
        named, spoken, recorder, text, breaks, after=paragraph_of(breaks, lead.start)
    )
    quoted = [paragraph_of(breaks, s.start) for s in other_statements if s.kind == "quote"]
    run, released = _release_run(named, lead, recorder, breaks, quoted)
    last = max(last, run)
    # the other voices: (paragraph, where) of a source not the recorder's
    others = [
        (paragraph_of(breaks, s.start), min(s.start, s.speaker_start or s.start))
        for s in other_statements
    ]
    others += [
        (paragraph_of(breaks, c.start), c.start)
        for c in named if c.attribution and c.attribution != recorder
    ]
    # a person's spoken tally vouches for its own paragraph only (``spoken_tallies``)
    voiced = lead.id in spoken_ids([lead], statements)
    out: list[Claim] = []
    for claim in named:
        here = paragraph_of(breaks, claim.start)
        runs = here <= last and (not voiced or same_paragraph(text, lead.start, claim.start))
        if (
            claim.attribution is None and claim.start > lead.sentence_end and runs
            and not any(p == here and at < claim.start for p, at in others)
            and (_of_the_review(claim, lead) or claim.id in released)
        ) or (
            claim.attribution is None and claim.start > lead.sentence_end
            and _opens_with(claim.sentence, recorder)
        ):
            claim = dataclasses.replace(claim, attribution=recorder)  # noqa: PLW2901
        if claim.attribution == recorder and claim.start > lead.sentence_end:
            claim = _over_lead_span(claim, lead, text)  # noqa: PLW2901
        out.append(claim)
    order = {c.id: n for n, c in enumerate(claims)}
    return sorted(_headlines_given(out, lead, recorder), key=lambda c: order[c.id])


def _recorder_of(
    lead: Claim, old: str, claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> str:
    """The body the lead's source names, as the report names it in full."""
    # "the Kessa Institute's annual report showed ...": the owner, not its "'s"
    owner = review_owner(_issuer(lead) or old)
    recorder = _spelled_out(_with_initials(owner, lead, text), claims)
    recorder = headline_body(recorder, text)  # "...: KIPD" over "a think tank said"
    # "..., according to a Kessa think tank. The Kessa Institute (KI) said ...": the named
    # one; "... The Kessa Peace Forum said ..." too, the next sentence's speaker
    names = [*_names_after(lead, text), *next_body(lead, claims, statements, text)]
    return named_next(recorder, names, [c.attribution or "" for c in claims])


def _headlines_given(claims: list[Claim], lead: Claim, recorder: str) -> list[Claim]:
    """The figures before the lead told with no source that the recorder's figures give."""
    return [
        dataclasses.replace(c, attribution=recorder)
        if c.attribution is None and c.end <= lead.sentence_start
        and _restated(c, claims, recorder)
        else c
        for c in claims
    ]


def _material() -> frozenset[str]:
    return word_set("cues", "recorder_material")
