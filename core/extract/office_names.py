"""The person named beside an office's title, the office what they are: in apposition ("the
police spokesman, Ann Roe"), after the title's "of" phrase ("Superintendent of Police Ann
Roe"), tagged a person or not; and the words that make a phrase an office. Steps of
``speaker_names.person_named`` and ``speaker_names.office_holder``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.served_quarters import written_as_place
from core.extract.speakers import (
    SERVED_NAME_WORDS,
    a_jurisdiction,
    person_entity,
    same_line,
    served_district,
    served_place_words,
)
from core.extract.titled_names import (
    a_place_named,
    named_beside_principal,
    prep_objects,
    titled_person,
)
from core.rules import load_rules, word_set
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from core.extract.cues import Cues

MAX_NAME_WORDS = 3  # "Zia Ud Din": the person named after an office
MAX_ACRONYM_TITLE = 4  # "SSP", "DIG", "IGP", "SHO"


@functools.cache
def office_ranks() -> frozenset[str]:
    """The police, military and official ranks of ``rules/cues.json`` ("superintendent")."""
    raw = load_rules("cues")
    return frozenset(
        str(w) for key in ("police_ranks", "military_ranks", "official_ranks") for w in raw[key]
    )


@dataclass(frozen=True, slots=True)
class Beside:
    """A person named beside the phrase's head, and where the role before the name ends."""

    person: Span
    first: int


def named_beside(tok: Token, core: Sequence[Token], c: Cues) -> Beside | None:
    """The person an appositive of the phrase names, or the one named after an office's
    "of" ("Superintendent of Police Ann Roe"), tagged a person or not."""
    principal = named_beside_principal(tok)  # "the spokesman of Governor Ali Musa, Ada Obi"
    if principal is not None:
        return Beside(principal, principal.start)
    in_core = {t.i for t in core}
    # "the police spokesman in Kharan, Ann Roe": the parser may hang the name on the place
    placed = {o.i for o in prep_objects(core)}
    named = [
        t
        for t in tok.subtree
        if t.dep_ == "appos" and same_line(tok, t) and (
            t.head.i in in_core
            or (t.head.i in placed and t.ent_type_ == "PERSON" and not a_place_named(t))
        )
    ]
    for a in [*named, *_named_after_office(tok, c)]:
        person = person_entity(a)
        if person is not None:
            return Beside(person, a.left_edge.i if a in named else person.start)
    titled = titled_person(tok)  # "Inspector General of Police, Orlin Region, Ann Roe"
    if titled is not None:
        return Beside(titled, titled.start)
    untagged = _untagged_after_office(tok, c)
    return Beside(untagged, untagged.start) if untagged is not None else None


def _untagged_after_office(tok: Token, c: Cues) -> Span | None:
    """ "Superintendent of Police Ann Roe rejected it": the name after the force's word that
    the tagger left untagged, two or three capitalised proper nouns ending the title's "of"
    phrase, none of them a place, an office or a body's word."""
    if tok.lower_ not in office_ranks():
        return None
    for prep in tok.children:
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if prep.lower_ != "of" or obj is None or obj.i - prep.i < 2:
            continue
        if tok.doc[prep.i + 1].lower_ not in c.institution_nouns:
            continue  # "of Police": the force the title serves comes first
        name = tok.doc[prep.i + 2 : obj.i + 1]
        if 2 <= len(name) <= MAX_NAME_WORDS and all(
            t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and t.ent_type_ in ("", "PERSON")
            and not office_word(t, c) and t.lower_ not in c.institution_nouns
            for t in name
        ):
            return name
    return None


def _named_after_office(tok: Token, c: Cues) -> list[Token]:
    """ "Senior Superintendent of Police Ali Haidar said": the parser makes the name the
    object of the title's "of", after the words of the force or district the title serves
    ("Police"), which the name does not hold. Not a relative's "of" ("the son of Ali Haidar"):
    the head is a title or a rank."""
    if tok.lower_ not in c.titles and tok.lower_ not in office_ranks():
        return []
    return [
        obj
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        and obj.ent_type_ == "PERSON"
        and (person := person_entity(obj)) is not None
        and person.end == obj.i + 1
        and person.start > prep.i + 1  # "of Police Ali Haidar": a word before the name
    ]


def office_word(tok: Token, c: Cues) -> bool:
    """A word that makes a phrase an office: a title or person noun ("Superintendent"), or an
    acronym title ("SSP", "DIG")."""
    word = tok.lower_.rstrip(".")
    return (
        word in c.person_nouns | c.titles
        or tok.lemma_.lower() in c.person_nouns
        or word in c.title_abbreviations
        or (tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= MAX_ACRONYM_TITLE)
    )


def rank_word(tok: Token, c: Cues) -> bool:
    """A rank or an acronym title written before a name ("DSP", "SP", "Inspector", "Brig.",
    "Gen."): what the person is, which a checker reads with the post before it."""
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and (
        word in c.title_abbreviations
        or tok.text in c.abbreviated_titles
        or word in office_ranks()
    )


def ranks_before(name: Span, first: int, text: str) -> str:
    """The ranks written between ``first`` and the person's name (the words of
    "the police spokesperson, DSP Ahmed Khan," the parser's apposition opens on, before the
    name the recogniser tags), with the area an acronym title serves ("DC Karachi"), or ""
    when something else stands there (an age, a word)."""
    words = name.doc[first : name.start]
    if not len(words) or post_words(list(name.doc[first : name.end]), text, 1) != len(words):
        return ""
    return words.text


def post_words(words: Sequence[Token], text: str, keep: int) -> int:
    """How many of the first words of a name set after a post go with the post: the ranks
    ("SP", "Brig. Gen.") and after an acronym title the district, range or quarter it serves
    ("DC Karachi Irfan Ali", "IGP Kashmir Vijay Kumar"); ``keep`` words at least left, and
    0 when more than a name's three would be ("SHO Civil Lines Rana Akram": a quarter the
    report never names as one, which stays with the name as before)."""
    c, n = cues(), 0
    while n < len(words) - keep and rank_word(words[n], c):
        n += 1
    title = words[n - 1] if n else None
    if title is not None and (
        title.lower_ in c.title_abbreviations or (title.is_upper and title.is_alpha)
    ):  # "DC", "CCPO": an acronym title
        served = _served_words(words[n:], text)
        if not served and _a_town_first(words[n:]):
            return 0  # "DC Karachi Irfan Ali" in a report hinting no country: as before
        n += served
    return n if len(words) - n <= MAX_NAME_WORDS else 0


def _served_words(words: Sequence[Token], text: str) -> int:
    """The place of one word or more that opens ``words`` after an acronym title, as
    ``speaker_names.person_named`` reads it before a name; not a town that is the first of
    two given names ("SP Dhar Singh Meena")."""
    several = served_place_words(words)
    if several:
        return several
    closers = word_set("cues", "given_name_closers")
    if len(words) <= SERVED_NAME_WORDS or words[1].lower_ in closers:
        return 0  # a name of two words at least left
    first = words[0]
    served = a_jurisdiction(first) or served_district(first) or written_as_place(text, first.text)
    return 1 if served else 0


def _a_town_first(words: Sequence[Token]) -> bool:
    """A town the gazetteer knows anywhere before two words of a name, which may be the area
    an acronym title serves or a given name; not before a word that closes a given name."""
    closers = word_set("cues", "given_name_closers")
    return (
        len(words) > SERVED_NAME_WORDS
        and words[1].lower_ not in closers
        and words[0].text[:1].isupper()
        and places.lookup(words[0].text) is not None
    )


def with_ranks(role: str | None, ranks: str) -> str | None:
    """The post with the rank after it: "police spokesperson DSP", as the source reads."""
    if not ranks:
        return role
    return f"{role} {ranks}" if role else ranks


def without_ranks(person: Span, text: str) -> Span:
    """ "..., SP Benjamin Adeyemi,": the name without the ranks the recogniser ran into it,
    and the area an acronym title serves ("DC Karachi Irfan Ali"), two words of it left at
    least ("Sgt Adeyemi" stays whole)."""
    return person.doc[person.start + post_words(list(person), text, 2) : person.end]
