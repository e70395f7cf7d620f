"""A source named again by what it is ("the think tank said", "the military's media wing
said", "the statement added"): the body the report named before as a source ("the Centre
for Peace Studies (CPS)", "the ISPR"), so that a checker filtering on that body finds all its
figures."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeGuard

from core.extract.cues import cues
from core.extract.row_sources import uncited_row
from core.extract.spoken_tallies import same_paragraph, spoken_ids
from core.model import Claim, Statement
from core.rules import load_rules, word_set
from core.text.number_tokens import number_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# A word with two capitals or more ("ISPR", "CTD") names a body; so do these words in a name.
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_INITIALS = re.compile(r"[A-Z]{3,}")  # "KIPD": three capitals at least ("US", "UN" name places)
_BODY_NAME_WORDS = frozenset(
    ["centre", "center", "institute", "studies", "commission", "department", "ministry",
     "relations", "council", "authority", "agency", "office", "army", "police", "forces",
     "group"]
)
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\b")  # "the Islamabad-based think tank"


def _documents() -> frozenset[str]:
    """Documents that speak for the body that issued them ("the statement said", "the reply
    added"): ``speaking_documents`` of ``rules/cues.json``."""
    return word_set("cues", "speaking_documents")


def definite_document(noun: Token) -> bool:
    """ "the statement", "the report": one document the report has spoken of, singular, with
    "the" and nothing else before it (not "initial reports", "a report")."""
    return (
        noun.lower_ in _documents()
        and [t.lower_ for t in noun.lefts] == ["the"]
    )


@functools.cache
def _anaphors() -> tuple[str, ...]:
    return tuple(str(w) for w in load_rules("cues")["body_anaphors"])


def anaphoric(source: str) -> bool:
    """ "the think tank", "the military's media wing", "The monthly assessment of the
    Lahore-based institute": a definite description of a body, naming none."""
    words = _SEAT.sub("", source).split()
    if len(words) < 2 or words[0].lower() not in ("the", "its"):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    tail = " ".join(words).lower()
    return tail.endswith(_anaphors())


# the most words a headline's bare description of a body runs to ("says security think tank")
MAX_BARE_WORDS = 3


def bare_description(source: str) -> bool:
    """ "think tank" with no article, as a headline or its deck gives a source ("..., says
    think tank"): a description of a body, naming none; a single word ("report", "police")
    is no such description, being a document or a body's own common name."""
    words = source.split()
    return (
        1 < len(words) <= MAX_BARE_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and " ".join(words).endswith(_anaphors())
    )


def described_again(source: str | None, carried: str | None) -> str | None:
    """ "The ISPR said ... The statement said 4 were killed": the source the paragraph
    carries is the one a description names again, when it may be that body ("the forum"
    is not the police)."""
    if source and carried and anaphoric(source) and not anaphoric(carried):
        # a carried "think tank" names no body: the description is resolved by name later
        named = any(w[:1].isupper() for w in carried.split())
        return carried if named and may_be(source, carried) else source
    return source


_POLICE, _DEPARTMENT = "police", "department"
# A body described by one of these is only one whose name has the word ("the ministry")
_OWNER = re.compile(r"\b(\w+)'s\b")


@functools.cache
def _named_kinds() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("cues")["named_anaphors"])


@functools.cache
def _body_kinds() -> frozenset[str]:
    """Words that say which kind of body a name is: ``rules/cues.json`` "body_kinds"."""
    return frozenset(str(w) for w in load_rules("cues")["body_kinds"])


def a_named_kind(source: str) -> bool:
    """ "the interior ministry", "the federal statistics agency": a body of the kind a report
    names each body of (``named_anaphors``), told by its field, not "the ministry" nor "a
    ministry" (no field) nor "the ministry's officials" (no body)."""
    words = source.split()
    return (
        len(words) >= 3
        and words[0].lower() in ("the", "its")
        and words[-1].lower() in _named_kinds()
        and all(w.isalpha() and w.islower() for w in words[1:])
    )


def may_be(description: str, body: str) -> bool:
    """ "the military's media wing" may name "the ISPR" again, not "a spokesperson for the
    ministry": a description's owner is the body's own word, or the body names no other."""
    owner = _OWNER.search(description.lower())
    words = _words(body)
    if _POLICE in words and not words & cues().person_nouns:
        words |= {_DEPARTMENT}  # "Tulsa police ... The department said": a police department
    kind = description.lower().split()[-1]
    if kind in _named_kinds() and kind not in words:
        return False  # "the ministry" is the health ministry, never the police
    if kind in _BODY_NAME_WORDS and kind not in words and words & _BODY_NAME_WORDS:
        return False  # "the health department" is not "the civil defence office"
    field = {w for w in description.lower().split()[1:-1] if w.isalpha()}
    if field and kind in _BODY_NAME_WORDS and not field & words:
        return False  # "the health department" is not "the DPO" spoken of before
    if owner is None:
        return True
    if owner.group(1) in words:
        return True
    if owner.group(1) in _BODY_NAME_WORDS and words & _BODY_NAME_WORDS:
        return False  # "the army's media wing" is no wing of "the Institute for X Studies"
    # "A KRD officer said ... the army's press wing had said": a person is no wing of the
    # army, whatever the initials of the body they speak for stand for
    return not words & _body_kinds() and not _a_person(body)


def _a_person(source: str) -> bool:
    """ "A KRD officer", "a spokesman for the DHQ hospital": a person of a body, given by the
    person noun that heads the source before the body it speaks for."""
    return _PLACE_TAIL.sub("", source).rsplit(maxsplit=1)[-1].lower() in cues().person_nouns


def _a_body(source: str) -> bool:
    words = {w.lower().strip("(),") for w in source.split()}
    return bool(_ACRONYM.search(source)) or bool(words & _BODY_NAME_WORDS)


def named_sources(
    claims: Sequence[Claim], statements: Sequence[Statement] = (), text: str = ""
) -> list[Claim]:
    """The claims with a body described again in their source given that body's name: the
    nearest source before them (in text order) that names a body, a figure's or a
    statement's ("The Kelmor army (KAF) said in a statement that ... 'Six dead,' the
    statement said"). A document described again ("the statement", "the same report") is
    that of the nearest sentence before that spoke of a document and named its source."""
    out: list[Claim] = []
    named: list[str] = []
    told: list[str] = []  # every source so far, descriptions too
    issuer: str | None = None  # the source of the last sentence that spoke of a document
    bodies = sorted(
        (_span(s), _body_name(s)) for s in statements if s.speaker_kind == "institution"
    )
    ahead = 0
    for claim in sorted(claims, key=lambda c: c.start):
        while ahead < len(bodies) and bodies[ahead][0][0] < claim.sentence_start:
            (start, end), name = bodies[ahead]
            if _names_a_body(name):
                # "Kelmor Institute" after "the Kelmor Institute of Peace (KIP)": the fuller
                name = next((n for n in reversed(named) if _words(name) <= _words(n)), name)
                named.append(name)
                if _documents_in(text[start:end]):
                    issuer = name  # "The Kelmor army said in a statement that ..."
            ahead += 1
        source = claim.attribution
        if source and anaphoric(source):
            told.append(source)
            out.append(dataclasses.replace(claim, attribution=_again(source, named, told, issuer)))
            continue
        if source:
            told.append(source)
            if _documents_in(claim.sentence):
                issuer = source
        if source and _a_body(source):
            named.append(source)
        out.append(claim)
    order = {c.id: n for n, c in enumerate(claims)}
    spoken = spoken_ids(out, statements)
    return sorted(_tally_sources(out, text, spoken), key=lambda c: order[c.id])


def _again(source: str, named: list[str], told: list[str], issuer: str | None) -> str | None:
    """The body a description names again: a document's issuer, else the nearest body named
    before that it may be, else the fuller source it shortens."""
    document = source.rsplit(maxsplit=1)[-1].lower() in _documents()
    if document and issuer is not None:
        return issuer
    if document and not named:
        return None  # a document no body was named with
    again = next((n for n in reversed(named) if may_be(source, n)), None)
    return again or _fuller(source, told[:-1])


def _names_a_body(name: str | None) -> TypeGuard[str]:
    """A statement's speaker that names a body, not a parse's cut of one word ("Group") nor
    a medium."""
    if not name or _words(name) & _media():
        return False  # "State-run TV": a medium carrying the news, no body described again
    # a body's initials alone ("KIPD said") name it; one other word is a parse's cut
    whole = len(name.split()) > 1 or _INITIALS.fullmatch(name) is not None
    return whole and not anaphoric(name) and _a_body(name)


@functools.cache
def _media() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("outlets")["media_nouns"])


def _span(statement: Statement) -> tuple[int, int]:
    """Where a statement is told, its speaker and its words."""
    starts = [statement.start, statement.speaker_start or statement.start]
    ends = [statement.end, statement.speaker_end or statement.end]
    return min(starts), max(ends)


def _body_name(statement: Statement) -> str | None:
    """A body as a statement names it, with the initials given beside it ("The Kelmor
    armed forces (KAF)")."""
    speaker, role = statement.speaker, statement.speaker_role
    if speaker and role and _ACRONYM.fullmatch(role):
        return f"{speaker} ({role})"
    return speaker


def people_named_again(claims: Sequence[Claim], statements: Sequence[Statement]) -> list[Claim]:
    """The claims whose source is a person given again by role ("the spokesperson said",
    "the SP said") or by the role alone ("Station OC"), given the source named before with
    that role and a name ("Police spokesperson Ann Roe")."""
    sources = sorted(
        [(c.start, c.attribution) for c in claims if c.attribution]
        + [(s.start, _with_role(s)) for s in statements],
        key=lambda t: t[0],
    )
    out: list[Claim] = []
    for claim in claims:
        told = [t for start, t in sources if start < claim.start and t]
        person = _named_person(claim.attribution, told) if claim.attribution else None
        out.append(dataclasses.replace(claim, attribution=person) if person else claim)
    return out


def _with_role(statement: Statement) -> str | None:
    """The speaker as the report gives them, role first ("Station OC Abdul Karim")."""
    if not statement.speaker:
        return None
    role = statement.speaker_role
    return f"{role} {statement.speaker}" if role and role[:1].isupper() else statement.speaker


# the roles too common to name one person again ("the official", "the source")
_COMMON_ROLES = frozenset({"official", "officer", "source", "man", "woman", "member"})
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _named_person(source: str, told: Sequence[str]) -> str | None:
    """ "the spokesperson", "the SP", "the OC": a person named again by the role the report
    gave them ("Police spokesperson Ann Roe", "Superintendent of Police (SP) Ali Raza",
    "Station OC Abdul Karim"): the nearest source before that holds the role, or spells
    it by its initials, and a name besides."""
    words = source.split()
    fuller = next((b for b in reversed(told) if _named_after(source, b)), None)
    if fuller is not None:
        return fuller  # "Station OC" after "Station OC Abdul Karim"
    if len(words) != 2 or words[0].lower() != "the":  # "the" and the role
        return None
    role = words[1]
    acronym = _ROLE_ACRONYM.fullmatch(role) is not None
    if not acronym and (role.lower() not in cues().person_nouns or role.lower() in _COMMON_ROLES):
        return None
    for before in reversed(told):
        if _holds_role(before, role, acronym=acronym) and _with_name(before, role):
            return before
    return None


def _named_after(source: str, before: str) -> bool:
    """ "Station OC" is "Station OC Abdul Karim" without the name: the words before it and a
    name after them."""
    words, fuller = source.split(), before.split()
    return (
        len(words) > 1
        and words[-1].isupper()  # a role given by its initials ("OC", "SHO")
        and fuller[: len(words)] == words
        and _with_name(" ".join(fuller[len(words) :]), "")
    )


def _holds_role(source: str, role: str, *, acronym: bool) -> bool:
    """The source gives the role: the word itself, or (for an acronym) the initials of its
    capitalised words in a row ("Superintendent of Police" for "SP")."""
    words = [w.strip("(),") for w in source.split()]
    if any(w.lower() == role.lower() for w in words):
        return True
    if not acronym:
        return False
    c = cues()
    # the capitalised words a title is spelt with, small words skipped ("Superintendent of
    # Police"): their initials in a row, with a person's rank among them (not "United Nations")
    title = [w for w in words if w[:1].isupper() and w.lower() not in c.title_minor_words]
    size = len(role)
    return any(
        "".join(w[0] for w in title[i : i + size]) == role.upper()
        and any(w.lower() in c.person_nouns for w in title[i : i + size])
        for i in range(len(title) - size + 1)
    )


def _with_name(source: str, role: str) -> bool:
    """A name besides the role: two capitalised words that are no role ("Ann Roe")."""
    c = cues()
    names = [
        w for w in source.split()
        if w[:1].isupper() and w != role and w.lower() not in c.person_nouns | c.institution_nouns
        and w.lower().rstrip(".") not in c.titles
    ]
    return len(names) >= 2  # a given name and a family name


def _documents_in(sentence: str) -> set[str]:
    """The documents a sentence speaks of ("Prosecutors said in a statement that ...")."""
    return {w for w in re.findall(r"\w+", sentence.lower()) if w in _issued_documents()}


def _issued_documents() -> frozenset[str]:
    return word_set("cues", "issued_documents")


def _fuller(description: str, told: Sequence[str]) -> str:
    """ "the directorate" after "the Nineveh provincial health directorate", "the department"
    after "the city's health department": the nearest source before it that holds every word
    of the short description and more and ends with the same noun, else the description."""
    words = _words(description) - {"the", "its"}
    head = description.rsplit(maxsplit=1)[-1].lower()
    for source in reversed(told):
        # the same kind of body, not a person of it ("the Interior Ministry spokesman")
        if _head(source) == head and words < _words(source) - {"the", "its"}:
            return source
    return description


# Words that open what follows a body's own name ("the health directorate in X province")
_PLACE_TAIL = re.compile(r"\s+(?:in|of|for)\s.*$", re.IGNORECASE)


def _head(source: str) -> str:
    """The noun a source's name ends on before the place or field after it: "directorate"
    of "the health directorate in Aleppo province", "ministry" of "the ministry of health"."""
    if source.rsplit(maxsplit=1)[-1].lower() in cues().person_nouns:
        return ""  # "the Ministry of Health spokesman": a person of it
    own = _PLACE_TAIL.sub("", source).split()
    return own[-1].lower() if own else ""


def _words(source: str) -> set[str]:
    return {re.sub(r"'s$", "", w.lower().strip("(),")) for w in source.split()}


# A figure over more days than this is a tally ("in June", "this year"), not one incident's.
TALLY_DAYS = 14


def _tally_sources(
    claims: list[Claim], text: str, spoken: frozenset[str] = frozenset()
) -> list[Claim]:
    """ "Militants carried out 94 attacks in June, according to a report by X. ... Khyber
    Pakhtunkhwa was the worst hit with 61 attacks": a tally over the same weeks as one a
    source gave before, told with no source of its own, is that source's (a report on a
    think tank's monthly figures restates them paragraph after paragraph); a tally in a
    person's words (``spoken``) only in its own paragraph (``spoken_tallies``)."""
    given: dict[tuple[object, object], str] = {}
    giver: dict[tuple[object, object], Claim] = {}
    headline: set[tuple[object, object]] = set()  # windows whose source the headline gave
    out: list[Claim] = []
    for claim in claims:
        window = (claim.date_start, claim.date_end)
        long = (
            claim.date_start is not None
            and claim.date_end is not None
            and (claim.date_end - claim.date_start).days > TALLY_DAYS
        )
        if long and claim.attribution:
            # a deck's "says think tank" before the body is named: the body named after it
            # gives the tally's source, not the description naming none; a headline's
            # short source ("Army reports ...") gives way to the one the body names
            if window not in given or window in headline or (
                _unnamed(given[window]) and not _unnamed(claim.attribution)
            ):
                given[window], giver[window] = claim.attribution, claim
                if claim.sentence_start == 0:
                    headline.add(window)
                else:
                    headline.discard(window)
        elif (
            long and window in given and not _a_document(given[window])
            and not uncited_row(text, claim.start)  # "In short, the year in Tarn:" rows
            and not _voiced_elsewhere(giver[window], claim, text, spoken)
        ):
            claim = dataclasses.replace(claim, attribution=given[window])  # noqa: PLW2901
        out.append(claim)
    return _compared_sources(out)




def _voiced_elsewhere(giver: Claim, claim: Claim, text: str, spoken: frozenset[str]) -> bool:
    """The tally's source spoke it in another paragraph: a speaker's word, not a body's
    report the outlet restates."""
    return giver.id in spoken and not same_paragraph(text, giver.start, claim.start)


def _a_document(source: str) -> bool:
    """ "a report", "a statement": a document no one is named as issuing, which names no
    source the tallies after it may take."""
    words = source.lower().split()
    return (
        len(words) == 2
        and words[0] in number_words().articles
        and words[1] in _issued_documents()
    )


def _long(claim: Claim) -> bool:
    return (
        claim.date_start is not None
        and claim.date_end is not None
        and (claim.date_end - claim.date_start).days > TALLY_DAYS
    )


def _compared_sources(claims: list[Claim]) -> list[Claim]:
    """ "41 attacks were recorded, against 29 the previous year": a tally told with no source
    of its own beside another of its sentence that has one is set against it, from the same
    count, and is that source's."""
    given: dict[int, str] = {}
    for claim in claims:
        if claim.attribution and _long(claim):
            given.setdefault(claim.sentence_start, claim.attribution)
    return [
        dataclasses.replace(c, attribution=given[c.sentence_start])
        if not c.attribution and _long(c) and c.sentence_start in given
        else c
        for c in claims
    ]


def _unnamed(source: str) -> bool:
    return anaphoric(source) or bare_description(source)


MAX_ROLE_WORDS = 3  # "minister", "police chief", "home department official"


def headline_speakers(claims: Sequence[Claim], statements: Sequence[Statement]) -> list[Claim]:
    """ "Two hostages freed, bodies of two more found: minister", "Home minister says 12
    arrested": a headline's source given as a bare role is the person of that role the
    report's statements name ("Home Minister Ann Roe said ..."), the first one whose role
    holds every word of it; a role no statement names stays as it is."""
    people = sorted(
        (s for s in statements if s.speaker_kind == "person" and s.speaker), key=lambda s: s.start
    )
    out: list[Claim] = []
    for claim in claims:
        role = claim.attribution
        # "Home minister says 12 arrested": the headline's first word is capitalised
        said = role[:1].lower() + role[1:] if role and claim.sentence.startswith(role) else role
        if role and said and claim.sentence_start == 0 and _bare_role(said):
            words = set(said.split())
            named = next((p.speaker for p in people if words <= _role_words(p)), None)
            claim = dataclasses.replace(claim, attribution=named or role)  # noqa: PLW2901
        out.append(claim)
    return out


def _bare_role(source: str) -> bool:
    """A person's role in lower case ("minister", "police chief"), not a body ("police")."""
    words = source.split()
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and words[-1] not in cues().institution_nouns
    )


def _role_words(speaker: Statement) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]+", speaker.speaker_role or "")}
