"""The speaker a noun phrase names: a PERSON name, a short or titled name, a name in
apposition, an unnamed person, an institution. The steps of
``statement_context.StatementContext.describe``, over the context of the document
(``NamingContext``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from core.extract.cues import Cues
from core.extract.nlp import Chunk
from core.extract.office_names import (
    MAX_NAME_WORDS,
    named_beside,
    office_word,
    post_words,
    ranks_before,
    with_ranks,
    without_ranks,
)
from core.extract.place_roles import an_office_title
from core.extract.served_quarters import written_as_place
from core.extract.speakers import (
    DEFINITE_DETERMINERS,
    Speaker,
    a_division,
    a_jurisdiction,
    clean_text,
    description_words,
    expand_words,
    is_acronym,
    is_anonymous,
    is_parenthetical_acronym,
    name_tokens,
    person_entity,
    phrase_text,
    same_line,
    served_district,
    served_place_words,
    split_titled_name,
    strip_determiner,
    unhinted_district,
)
from core.extract.titled_names import a_titled_role
from core.model import SpeakerKind
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

NAME_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})


class NamingContext(Protocol):
    """What naming a speaker reads of the document: the names, roles and acronyms met so far."""

    cues: Cues
    text: str
    roles: dict[str, str]
    acronyms: dict[str, str]

    def chunk_of(self, tok: Token) -> Chunk: ...

    def resolve_name(self, short: str, pos: int) -> str | None: ...

    def resolve_description(
        self, words: frozenset[str], head: frozenset[str], pos: int
    ) -> Speaker | None: ...

    def mistagged_name(self, tok: Token, core: Sequence[Token]) -> bool: ...

    def make_speaker(
        self,
        name: str,
        kind: SpeakerKind,
        role: str | None,
        *,
        span: tuple[int, int],
        core: str,
        plural: bool = False,
    ) -> Speaker: ...


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A noun phrase that may name a speaker: its head, core words and document span."""

    tok: Token
    lemma: str
    core: list[Token]
    chunk: Chunk
    start: int
    end: int
    text: str  # the core as written
    appos: list[Token]  # appositives on the same line ("Anton Rask, the mayor")
    role: str | None  # what the appositives say
    propn: list[Token]  # the proper words of the core
    plural: bool


def noun_phrase(ctx: NamingContext, tok: Token) -> NounPhrase:
    core = name_tokens(tok)
    if (
        len(core) > 1
        and core[0].lower_ == "the"
        and tok.pos_ == "PROPN"
        and core[1].text[:1].isupper()
    ):
        core = core[1:]  # "the Kessa Election Commission" is named "Kessa Election Commission"
    ch = ctx.chunk_of(tok)
    start, end = ch.start_of(core[0]), ch.end_of(core[-1])
    appos = [
        a
        for a in tok.children
        if a.dep_ == "appos"
        and not is_parenthetical_acronym(a)
        and a.pos_ != "NUM"  # "Ana Kos, 34,"
        and same_line(tok, a)
        and not _describes_the_place(tok, a)
    ]
    # a capitalised word in a named entity is a name even when tagged otherwise ("Sayed")
    propn = [
        t
        for t in core
        if t.pos_ == "PROPN" or (t.ent_type_ and t.text[:1].isupper() and not t.is_punct)
    ]
    return NounPhrase(
        tok=tok,
        lemma=tok.lemma_.lower(),
        core=core,
        chunk=ch,
        start=start,
        end=end,
        text=ctx.text[start:end],
        appos=appos,
        role=clean_text(phrase_text(appos)) if appos else None,
        propn=propn,
        plural=tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "NUM",
    )

def _describes_the_place(tok: Token, appos: Token) -> bool:
    """ "Officials in Maiduguri, the state capital, said", "Police in Gombe, Gombe state,
    said": the parser hangs the place's description or its province on the speaker; a kind
    of place, a province or a place, after the place the phrase names says where, not who
    speaks; not a person's ("The mayor of Chicago, a former Chicago teacher, said")."""
    kinds = word_set("places", "appositive_kinds") | word_set("places", "province_words")
    if appos.lemma_.lower() not in kinds and appos.ent_type_ not in ("GPE", "LOC"):
        return False
    return any(
        obj.ent_type_ in ("GPE", "LOC") and obj.i < appos.i
        for prep in tok.children if prep.dep_ == "prep" and prep.i > tok.i
        for obj in prep.children if obj.dep_ == "pobj"
    )


def person_named(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """A PERSON entity in the phrase, or in an appositive of any of its words ("the mayor
    of Vell, Anton Rask"); a lone surname resolved to the full name."""
    tok, core, ch, role = np.tok, np.core, np.chunk, np.role
    start, end = np.start, np.end
    person = person_entity(tok)
    if (
        person is not None
        and len(person) > 1
        and person[0].lower_ in ctx.cues.title_abbreviations
    ):  # "SSP Ghulam Nabi Memon": the tagger ran the acronym title into the name
        person = ch.doc[person.start + 1 : person.end]
    while (
        person is not None
        and len(person) > 2
        and ch.doc[person.start - 1].lower_ in ctx.cues.title_abbreviations
        and (a_jurisdiction(person[0]) or _served_not_given(person, ctx.text))
    ):  # "IGP Kashmir Ali Raza", "DSP Lahore Ali Raza": NER runs the title's range into the name
        person = ch.doc[person.start + 1 : person.end]
    if person is not None:
        person = _after_served_place(_with_given_names(person, ctx), ctx.cues)
    if person is None:
        beside = named_beside(tok, core, ctx.cues)
        if beside is not None:
            person, first = without_ranks(beside.person, ctx.text), beside.first
            role = strip_determiner(clean_text(ch.doc[tok.left_edge.i : first].text))
            # "the police spokesperson, DSP Ahmed Khan,": the rank is his post's too
            role = with_ranks(role, ranks_before(person, first, ctx.text))
            start, end = ch.start_of(person), ch.end_of(person)
    elif person.start > core[0].i:
        title = strip_determiner(ch.doc[core[0].i : person.start].text)
        role = role or (title if title else None)
    if person is None:
        return None
    name = clean_text(person.text)
    if len(person) == 1:
        name = ctx.resolve_name(name, start) or name
    if person.start > core[0].i:
        start, end = ch.start_of(person), ch.end_of(person)
    role = role or ctx.roles.get(name)
    return ctx.make_speaker(name, "person", role, span=(start, end), core=np.text)


def _after_served_place(person: Span, c: Cues) -> Span:
    """ "DPO Lakki Marwat Nazir Khan": the person after the place of two or three words that
    the acronym title before it serves, which the tagger split or ran into the name."""
    doc = person.doc
    title = person.start - 1
    while title >= 0 and doc[title].pos_ == "PROPN" and doc[title].text[:1].isupper() and (
        doc[title].lower_ not in c.title_abbreviations
    ):
        title -= 1
    if title < 0 or doc[title].lower_ not in c.title_abbreviations:
        return person
    served = served_place_words(list(doc[title + 1 : person.end]))
    if not served:
        return person
    return doc[max(person.start, title + 1 + served) : person.end]


def _served_not_given(person: Span, text: str) -> bool:
    """ "DSP Lahore Ali Raza", "SHO Farooqabad Khan Wali" after "shot in Farooqabad": the
    district or the quarter the officer serves run into his name; not "SP Dhar Singh Meena",
    where the town's name is the first of two given names."""
    closers = word_set("cues", "given_name_closers")
    if person[1].lower_ in closers:
        return False
    return served_district(person[0]) or written_as_place(text, person[0].text)


def _with_given_names(person: Span, ctx: NamingContext) -> Span:
    """The person's name with the given name the tagger left out before it: of a lone
    surname ("Doreen Warren" tagged "Warren"), or of a name after the place, division or
    bracketed unit an office serves, which the tagger runs on into ("Deputy Commissioner Kech
    Waqar Ali Zehri" tagged "Ali Zehri"). A capitalised proper noun compounded on the name,
    no title."""
    doc, start, c = person.doc, person.start, ctx.cues
    given = doc[start - 1] if start > 0 else None
    if given is None or not (
        given.dep_ == "compound"
        and given.pos_ == "PROPN"
        and given.text.istitle()
        and given.lower_.rstrip(".") not in c.person_nouns | c.titles
        and not a_division(given)
    ):
        return person
    before = doc[start - 2] if start > 1 else None
    if len(person) > 1 and (
        person[0].lower_ in word_set("cues", "given_name_closers")
        or (person[0].lower_ in word_set("cues", "given_name_links")
            and not _served_by_title(given, ctx))
    ):  # "DSP Sher Khan Afridi" tagged "Khan Afridi": the word the closer ends is his too
        return doc[start - 1 : person.end]
    if len(person) == 1:
        # "Deputy Commissioner Kech Zehri": the place is the office's, the surname alone
        placed = before is not None and office_word(before, c) and (
            a_jurisdiction(given) or served_district(given)
        )
        return person if placed else doc[start - 1 : person.end]
    # "... Kech Waqar Ali Zehri", "... (Investigation) Bilal Ahmed Butt"
    served = before is not None and (
        before.text == ")" or a_jurisdiction(before) or served_district(before)
        or a_division(before)
    )
    return doc[start - 1 : person.end] if served and len(person) < MAX_NAME_WORDS else person


def _served_by_title(word: Token, ctx: NamingContext) -> bool:
    """ "DPO Kohat Khan Zeb": a town or province of the report's country (a district of any
    when it hints none), a word the recogniser ran into the entity the acronym title before
    it opens, or a quarter the report writes as a place ("SHO Farooqabad Khan Wali" after
    "shot dead in Farooqabad"), is the post's area."""
    title = word.doc[word.i - 1] if word.i > 0 else None
    return served_district(word) or unhinted_district(word) or a_jurisdiction(word) or (
        title is not None and title.lower_ in ctx.cues.title_abbreviations
        and title.ent_iob_ == "B" and word.ent_iob_ == "I"
    ) or written_as_place(ctx.text, word.text)


def office_holder(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """ "SSP Kupwara, Ann Roe, said", "DIG Central Range, Ann Roe, said": an office written
    as a name (a title word or an acronym title, then where it serves), with the person who
    holds it in apposition. The tagger may take the place for a person or a region; the
    person is the one named after the comma, the office their role."""
    c, tok = ctx.cues, np.tok
    if tok.pos_ != "PROPN":
        return None
    # the parser may hang the name on the place ("Superintendent of Police Darrow, Ann Roe")
    trailing = [
        t for t in tok.subtree if t.dep_ == "appos" and t.head.i != tok.i and same_line(tok, t)
    ]
    for a in [*np.appos, *trailing]:
        toks = name_tokens(a)
        office = tok.doc[tok.left_edge.i : a.left_edge.i]
        if (
            any(office_word(t, c) for t in office)
            and all(t.is_punct for t in tok.doc[a.right_edge.i + 1 : tok.right_edge.i + 1])
            and 2 <= len(toks) <= MAX_NAME_WORDS
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks)
            and not any(t.ent_type_ in NAME_ENTS or office_word(t, c) for t in toks)
            and not any(t.lemma_.lower() in c.institution_nouns for t in toks)
        ):
            ch = np.chunk
            start, end = ch.start_of(toks[0]), ch.end_of(toks[-1])
            role = strip_determiner(clean_text(office.text))
            return ctx.make_speaker(
                ctx.text[start:end], "person", role, span=(start, end), core=np.text
            )
    return None


def short_name(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """One or two proper words: the full name they end, or a name with a person noun in
    apposition ("Rask, a spokesman")."""
    propn, span = np.propn, (np.start, np.end)
    if not (
        propn and len(propn) == len([t for t in np.core if t.pos_ != "DET"]) and len(propn) <= 2
    ):
        return None
    short = " ".join(t.text for t in propn)
    full = ctx.resolve_name(short, np.start)
    if full is not None:
        role = np.role or ctx.roles.get(full)
        return ctx.make_speaker(full, "person", role, span=span, core=np.text)
    if np.appos and np.appos[0].lemma_.lower() in ctx.cues.person_nouns and len(propn) == 2:
        return ctx.make_speaker(short, "person", np.role, span=span, core=np.text)
    return None

def titled(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """ "Tulsa Police Officer Leland Ashley", "neighbor Ann Kos"."""
    titled_name = split_titled_name(np.core, ctx.cues)
    if titled_name is None:
        return None
    title_toks, name_toks = titled_name
    name = " ".join(t.text for t in name_toks)
    if len(name_toks) == 1:
        name = ctx.resolve_name(name, np.start) or name
    ch = np.chunk
    n_start, n_end = ch.start_of(name_toks[0]), ch.end_of(name_toks[-1])
    # the title as written: "Inspector General of Police (Bastar Range)", no spaces added
    title = ctx.text[ch.start_of(title_toks[0]) : ch.end_of(title_toks[-1])]
    role = np.role or strip_determiner(clean_text(title)) or None
    return ctx.make_speaker(name, "person", role, span=(n_start, n_end), core=np.text)

def place_office(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """ "Deputy Commissioner Kech said", "Commissioner Malakand said": an office's title and
    the district or province it serves, which NER may take for a person's name; the office
    speaks, no person called Kech."""
    if not any(an_office_title(t.lemma_) for t in np.core):
        return None  # most speakers hold no office's title: the split is never made
    titled_name = split_titled_name(np.core, ctx.cues)
    if titled_name is None:
        return None
    title, name = titled_name
    if not an_office_title(title[-1].lemma_):
        return None
    place = places.resolve(" ".join(t.text for t in name))
    if place is None or not (
        place.level in _OFFICE_PLACE_LEVELS
        or all(t.ent_type_ in ("GPE", "LOC") for t in name)  # a town NER calls a place
    ):
        return None
    start, end = np.chunk.start_of(title[0]), np.chunk.end_of(name[-1])
    return ctx.make_speaker(ctx.text[start:end], "anonymous", None, span=(start, end),
                            core=np.text)


_OFFICE_PLACE_LEVELS = frozenset({"district", "admin1"})


def named_by_appositive(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """ "the military's media wing, ISPR": the appositive is the name, the head its role."""
    tok, ch = np.tok, np.chunk
    proper = [a for a in np.appos if a.pos_ == "PROPN" or a.ent_type_ in NAME_ENTS]
    described = (tok.pos_ == "NOUN" and tok.ent_type_ not in NAME_ENTS) or a_titled_role(tok)
    if not (described and proper):  # "The PPRO, SP Ann Roe": a post written as a name
        return None
    a_core = name_tokens(proper[0])
    if a_core[0].lower_ == "the" and len(a_core) > 1:
        a_core = a_core[1:]
    role = strip_determiner(clean_text(ch.doc[tok.left_edge.i : proper[0].left_edge.i].text))
    person = np.lemma in ctx.cues.person_nouns
    # "the police spokesperson, SP Adamu Musa": the rank is his post's ("DC Karachi" too)
    ranks = post_words(a_core, ctx.text, 1) if person else 0
    if ranks:
        role = with_ranks(role, " ".join(t.text for t in a_core[:ranks])) or role
        a_core = a_core[ranks:]
    a_start, a_end = ch.start_of(a_core[0]), ch.end_of(a_core[-1])
    return ctx.make_speaker(
        ctx.text[a_start:a_end],
        "person" if person else "institution",
        role,
        span=(a_start, a_end),
        core=np.text,
        plural=np.plural,
    )

def unnamed_person(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """A person noun or a title ("a senior official", "the PM"): anonymous, or the earlier
    speaker a definite description fits."""
    c, tok, core = ctx.cues, np.tok, np.core
    titled = any(t.lower_ in c.title_abbreviations for t in core)
    if not (
        (np.lemma in c.person_nouns and (tok.pos_ == "NOUN" or not tok.ent_type_)) or titled
    ):
        return None
    before = tok.doc[core[0].i - 1].lower_ if core[0].i > 0 else ""
    # "the PM", "the range IG" (the parser may hang "the" elsewhere), a bare "IG"
    # "the official who spoke on condition of anonymity" is no one named before
    unnamed = is_anonymous(" ".join(t.lower_ for t in tok.subtree), c)
    if not unnamed and (DEFINITE_DETERMINERS & {core[0].lower_, before} or (
        titled and len(core) == 1
    )):
        own = frozenset({tok.lower_})
        head_words = (own | expand_words(own, c)) - frozenset(c.title_abbreviations) or own
        words = description_words(core, c)
        earlier = ctx.resolve_description(words, head_words, np.start)
        # an unnamed one said before fits only with every word: "the chief minister" is not
        # "the minister", "the senior official" is "a senior official"
        modifiers = {t.lower_ for t in core if t.pos_ == "ADJ"}
        if earlier is not None and (earlier.kind != "anonymous" or modifiers <= earlier.words):
            return replace(earlier, start=np.start, end=np.end)
    return ctx.make_speaker(
        np.text, "anonymous", np.role, span=(np.start, np.end), core=np.text, plural=np.plural
    )

MAX_INITIALS = 5  # "SHO", "DPO", "CCPO"
_BRACKETED = re.compile(r"\([^)]*\)")


def role_initials(role: str | None, c: Cues) -> frozenset[str]:
    """The initials of a person's title, the acronym the report may call them by later:
    "sho" of "Station House Officer", "dc" of "Deputy Commissioner", "sp" of
    "Superintendent of Police (SP)"; the title's small words ("of") are not spelt."""
    if not role:
        return frozenset()
    words = [w for w in _BRACKETED.sub(" ", role).split() if w.lower() not in c.title_minor_words]
    if not 2 <= len(words) <= MAX_INITIALS or not all(w[:1].isupper() for w in words):
        return frozenset()
    return frozenset({"".join(w[0] for w in words).lower()})


def initialled_title(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """ "the SHO said", "the DC said": a title's acronym said again is the person introduced
    with that title before ("Station House Officer Imran Ali"); an acronym that fits no one
    is left to the other steps (an institution: "the FBI")."""
    tok, core = np.tok, np.core
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if not (
        [t.i for t in core if t.lower_ not in DEFINITE_DETERMINERS] == [tok.i]
        and tok.is_alpha
        and tok.is_upper
        and 2 <= len(tok.text) <= MAX_INITIALS
        and before in DEFINITE_DETERMINERS  # "the SHO", not "SHO Imran Ali" nor "FBI"
    ):
        return None
    own = frozenset({tok.lower_})
    earlier = ctx.resolve_description(own, own, np.start)
    # the initials of the role, not a word of it ("the EU" is no "spokesperson of EU ...")
    if earlier is None or earlier.kind != "person" or not own <= role_initials(
        earlier.role, ctx.cues
    ):
        return None
    return replace(earlier, start=np.start, end=np.end)


def by_kind(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """An acronym, a name or an institution word; a person word ("shopkeeper"); a
    surname the tagger took for a noun."""
    c, tok, span = ctx.cues, np.tok, (np.start, np.end)
    if len(np.core) == 1 and is_acronym(tok) and tok.text in ctx.acronyms:
        # "the BLA" after "the Balochistan Liberation Army (BLA)"
        full = ctx.acronyms[tok.text]
        return ctx.make_speaker(full, "institution", np.role, span=span, core=np.text)
    if tok.pos_ == "PROPN" and np.appos and np.appos[0].lemma_.lower() in c.person_nouns:
        # "Rasid, an official of the agency": a person, whatever tag the name got
        return ctx.make_speaker(np.text, "person", np.role, span=span, core=np.text)
    named = institution(ctx, np)
    if named is not None:
        return named
    if (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and tok.text.islower()
        and np.lemma.endswith(c.person_suffixes)
        and not {np.lemma, tok.lower_} & (c.document_nouns | c.generic_speakers)
    ):  # "the homeowner told investigators", "a shopkeeper said"
        return ctx.make_speaker(
            np.text, "anonymous", np.role, span=span, core=np.text, plural=np.plural
        )
    if ctx.mistagged_name(tok, np.core):
        full = ctx.resolve_name(tok.text, np.start) or tok.text
        role = np.role or ctx.roles.get(full)
        return ctx.make_speaker(full, "person", role, span=span, core=np.text)
    return None

def institution(ctx: NamingContext, np: NounPhrase) -> Speaker | None:
    """A named entity or an acronym; a bare proper name is a person ("Rask said"); an
    institution noun or another proper noun is an institution."""
    c, tok, span = ctx.cues, np.tok, (np.start, np.end)
    if any(t.ent_type_ in NAME_ENTS for t in np.core) or is_acronym(tok):
        return ctx.make_speaker(
            np.text, "institution", np.role, span=span, core=np.text, plural=np.plural
        )
    if tok.pos_ == "PROPN" and len(np.propn) <= 3 and np.lemma not in c.institution_nouns:
        # a bare name with no entity tag and no institution word: "Rask said"
        return ctx.make_speaker(np.text, "person", np.role, span=span, core=np.text)
    if (
        np.lemma in c.institution_nouns
        or tok.lower_ in c.institution_nouns
        or tok.pos_ == "PROPN"
    ):
        return ctx.make_speaker(
            np.text, "institution", np.role, span=span, core=np.text, plural=np.plural
        )
    return None
