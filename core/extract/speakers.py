"""Who speaks: a speaker's name, title and description read from the parse, or nobody."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.extract.chunk_texts import span_text
from core.extract.cues import Cues, cues
from core.extract.datelines import DATELINE_CLOSES, dateline_end
from core.model import SpeakerKind
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


TITLE_CASE_SHARE = 0.8  # share of capitalised words that makes a line a title
# a served district is read off a title only before a name of at least two more words
# ("Deputy Commissioner Kech Hussain Baloch"; "Commissioner Sibi Khan" keeps its name)
SERVED_NAME_WORDS = 2


_SPEAKER_DROP_DEPS = frozenset(
    {
        "appos",
        "relcl",
        "acl",
        "punct",
        "advcl",
        "cc",
        "conj",
        "prep",
        "parataxis",
        "advmod",
        "preconj",
        "neg",
        "case",  # "the ministry's report" is the ministry's, not "the ministry's"
    }
)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is from, as the text names them, with the span of the mention."""
    name: str
    kind: SpeakerKind
    role: str | None
    start: int
    end: int
    words: frozenset[str]  # lower-cased words of the mention and its role, for descriptions
    plural: bool = False


DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})




def split_titled_name(core: Sequence[Token], c: Cues) -> tuple[list[Token], list[Token]] | None:
    """Split "Perris Mayor Daryl Busch" into its title words and the proper name after them."""
    last_title = -1
    for k, t in enumerate(core):
        if t.lower_.rstrip(".") in c.person_nouns | c.titles or t.lemma_.lower() in c.person_nouns:
            last_title = k
    closing = [k for k, t in enumerate(core) if t.text == ")" and k > last_title >= 0]
    if closing:
        last_title = closing[-1]  # "Inspector General of Police (Bastar Range) Ann Roe"
    name = list(core[last_title + 1 :])
    ranged = last_title >= 0 and core[last_title].lower_ in c.title_abbreviations
    ranges = 0
    served = served_place_words(name) if ranged else 0
    if served:  # "DPO Lakki Marwat Nazir Khan": the district is the title's
        name = name[served:]
        last_title += served
        ranges += 1
    while ranged and len(name) > 1 and (
        a_jurisdiction(name[0]) or a_division(name[0]) or _run_into_title(name, core[last_title])
    ):
        # "IGP Kashmir Ali Raza", "SSP City Arif Rao": the range is the title's, not the name's
        name = name[1:]
        last_title += 1
        ranges += 1
    if (
        last_title >= 0
        and not ranges
        and len(name) > SERVED_NAME_WORDS
        and served_district(name[0])
    ):
        # "Deputy Commissioner Kech Hussain Jan Baloch": the district the office serves
        name = name[1:]
        last_title += 1
    if (
        last_title < 0
        or not name
        or len(name) > 3
        or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)
        or any(t.lemma_.lower() in c.institution_nouns for t in name)
        or _a_relatives_name(name[-1])
    ):
        return None
    return list(core[: last_title + 1]), name


def _run_into_title(name: Sequence[Token], title: Token) -> bool:
    """ "SSP Baldia Imran Shah": the recogniser took the word after the acronym title into the
    title's entity ("SSP Baldia" a body), so it is the quarter or town the post serves, one
    the gazetteer may not know; the two proper words after it are the officer's name."""
    first = name[0]
    doc = first.doc
    return (
        len(name) == SERVED_NAME_WORDS + 1
        and first.i == title.i + 1
        and title.ent_iob_ == "B"
        and first.ent_iob_ == "I"
        and first.ent_type_ != "PERSON"
        and (first.i + 1 == len(doc) or doc[first.i + 1].ent_iob_ != "I")
    )


def _a_relatives_name(name: Token) -> bool:
    """ "The daughter of former governor Ann Roe": the name after a kin word's "of" is the
    relative's, not the speaker's (whose own name may follow in apposition)."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in word_set("cues", "kin_speakers")
    )


def a_division(tok: Token) -> bool:
    """A division or branch an acronym title names its post by ("SSP East", "SP Saddar")."""
    word = tok.lower_
    return tok.text[:1].isupper() and (
        word in word_set("cues", "office_divisions") or word in places.compass_words()
    )


def served_district(tok: Token) -> bool:
    """A district or town of the report's country a district's officer is titled by
    ("Deputy Commissioner Kech"); one elsewhere may be a given name ("Ali" is also a town in
    India, "Nadia" a district there)."""
    return _a_titled_word(tok) and _a_place(tok.text, _SERVED_LEVELS, _hinted_countries())


def unhinted_district(tok: Token) -> bool:
    """A district of any country, when the report hints none ("Two policemen were martyred,
    DPO Bannu Khan Zaman said" with no dateline): the area an acronym title serves, as a
    district of the report's country is (served_district); towns alone stay out ("Ali")."""
    if places.report_context()[0] or not _a_titled_word(tok):
        return False
    return _a_place(tok.text, _DISTRICT, None)


_SERVED_LEVELS = frozenset({"district", "city"})
_DISTRICT = frozenset({"district"})
_SERVED_PLACE_LEVELS = frozenset({"district", "city", "admin1"})


def _a_titled_word(tok: Token) -> bool:
    """A capitalised proper noun, as a place's name after a title is written."""
    return tok.text[:1].isupper() and tok.pos_ == "PROPN"


def _hinted_countries() -> set[str]:
    """The countries the report hints (its dateline, its names)."""
    return {key for key, _ in places.report_context()[0]}


def _a_place(text: str, levels: frozenset[str], countries: set[str] | None) -> bool:
    """``text`` names a place of one of the ``levels`` in one of the ``countries`` (any
    country when None)."""
    return any(
        p.level in levels and (countries is None or p.country in countries)
        for p in places.candidates(text)
    )


_PLACE_WORDS = (3, 2)  # "Dera Ismail Khan", "Lakki Marwat": a served place of several words


def served_place_words(words: Sequence[Token]) -> int:
    """How many of the first words, two or three, name one district or town of the report's
    country ("DPO Lakki Marwat Nazir Khan", "DPO Dera Ismail Khan Ali Raza"): the place an
    acronym title's post serves, which the tagger splits or runs into the name; 0 when none
    does, or when fewer than two words would be left for the name."""
    hinted = _hinted_countries()
    for n in _PLACE_WORDS:
        part = words[:n]
        if len(words) - n < SERVED_NAME_WORDS or not all(_a_titled_word(t) for t in part):
            continue
        if _a_place(" ".join(t.text for t in part), _SERVED_PLACE_LEVELS, hinted):
            return n
    return 0


def a_jurisdiction(tok: Token) -> bool:
    """A province or region a South Asian acronym title names its range by ("IGP Kashmir",
    "DIG Rajshahi"), NER or the gazetteer knowing it as one."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    place = places.lookup(tok.text) if tok.text[:1].isupper() else None
    return place is not None and place.level in ("admin1", "region", "country")


def is_title_case(words: Sequence[str], c: Cues) -> bool:
    """Most words capitalised ("Gunman Kills Three in Mall Attack"): a title, never body text."""
    major = [w for w in words if w[:1].isalpha() and w.lower() not in c.title_minor_words]
    if len(major) < 3:
        return False
    upper = sum(1 for w in major if w[:1].isupper())
    return upper >= TITLE_CASE_SHARE * len(major)


def title_cased(sent: Span) -> bool:
    """A headline written in title case, with no closing stop: "Two Wounded In Lot Shooting"."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text in (".", "?", "!", '"'):
        return False
    return is_title_case([t.text for t in sent if t.is_alpha], cues())


def same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens: a phrase never runs from a caption into the text."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    return not any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(lo, hi))


def in_main_clause(verb: Token) -> bool:
    """A verb of the main clause, or the "…, said X" that frames it (a parenthetical)."""
    while verb.dep_ in ("conj", "parataxis"):
        verb = verb.head
    return bool(verb.dep_ == "ROOT") or _under_dateline(verb)


DATELINE_MARKS = frozenset({":", "-", "–", "—"})


def _under_dateline(verb: Token) -> bool:
    """ "MULTAN: SSP Ann Roe said …": the parser may make the dateline the root and hang the
    sentence's verb on it; the verb is still the main clause's."""
    head = verb.head
    after = head.i + 1
    return (
        head.dep_ == "ROOT"
        and head.i < verb.i
        and head.is_upper
        and after < len(head.doc)
        and head.doc[after].text in DATELINE_MARKS
    )


def clean_text(s: str) -> str:
    """Whitespace folded, and the punctuation around the text dropped."""
    return " ".join(s.split()).strip(" ,;:–—-")


def strip_determiner(s: str) -> str:
    """The cleaned text without a leading article."""
    s = clean_text(s)
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if s.startswith(det):
            return s[len(det) :]
    return s


def phrase_text(toks: Sequence[Token]) -> str:
    """The text from the first token's left edge to the last one's right edge, brackets closed."""
    doc = toks[0].doc
    first, last = toks[0].left_edge.i, toks[-1].right_edge.i
    text = str(doc[first : last + 1].text)
    if text.count("(") > text.count(")") and last + 1 < len(doc) and doc[last + 1].text == ")":
        text += ")"
    return text


def is_parenthetical_acronym(tok: Token) -> bool:
    """An acronym in parentheses after a name: '(ISPR)'."""
    i = tok.i
    return bool(i > 0 and tok.doc[i - 1].text == "(" and tok.text.isupper())


def is_acronym(tok: Token) -> bool:
    """A proper noun in capitals: 'ISPR', 'FBI'."""
    return bool(tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) >= 2)


def name_tokens(tok: Token) -> list[Token]:
    """The name part of a noun phrase: the head with its modifiers, no appositive or clause."""
    keep = _phrase_tokens(tok)
    first, last = keep[0].i, keep[-1].i
    doc = tok.doc
    # only a dateline's close or a sentence's start between the phrase's first word and its
    # head may cut it: no need to find the sentence's dateline for any other name
    if any(
        doc[i].text in DATELINE_CLOSES or doc[i + 1].is_sent_start for i in range(first, tok.i)
    ):
        dateline = dateline_end(tok.sent)
        if tok.i >= dateline:
            first = max(first, dateline)  # "WICHITA, Kan. - Wichita Police said": not the dateline
    # A name never spans a line break ("Advertisement\nSayed") or a comma after its head.
    for i in range(tok.i - 1, first - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            first = i + 1
            break
    for i in range(tok.i + 1, last + 1):
        if doc[i].text == "," or "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_:
            last = i - 1
            break
    # "What officials said was …": the parser's "what" is no part of the name
    while first < last and (
        doc[first].is_punct or doc[first].is_space or doc[first].tag_ in ("WP", "WDT")
    ):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space) and doc[last].text != ")":
        last -= 1
    if bracket_left_open(doc, first, last):
        last += 1  # "Inter-Services Public Relations (ISPR)": the acronym's bracket closed
    return list(doc[first : last + 1])


def bracket_left_open(doc: Doc, first: int, last: int) -> bool:
    """The words ``first..last`` open a bracket the word after them closes; their text is
    read only when that word is a closing bracket (most names have none)."""
    if last + 1 >= len(doc) or doc[last + 1].text != ")":
        return False
    opened = span_text(doc[first : last + 1])
    return opened.count("(") > opened.count(")")


def _phrase_tokens(tok: Token) -> list[Token]:
    """The head and its dependents but appositives, clauses and most prepositions; a
    parenthetical acronym and an "of" phrase or one inside the entity stay."""
    keep = [tok]
    for child in tok.children:
        if child.lower_ in ("quoting", "citing") and child.i < tok.i:
            continue  # "Quoting officials, the agency said": the parser's modifier
        if child.dep_ in _SPEAKER_DROP_DEPS:
            if child.dep_ == "appos" and is_parenthetical_acronym(child):
                keep.extend(child.subtree)
                after = child.right_edge.i + 1
                if after < len(child.doc) and child.doc[after].text == ")":
                    keep.append(child.doc[after])
            elif child.dep_ == "prep" and (
                (child.lower_ == "of" and tok.pos_ != "PROPN") or _inside_entity(tok, child)
                or _at_a_body(tok, child)
            ):
                keep.extend(child.subtree)
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    return keep


_WORKPLACE_PREPS = frozenset({"in", "at"})


def _at_a_body(tok: Token, prep: Token) -> bool:
    """ "sources in the hospital", "officials at the district hospital", "a source in the
    police department": the body an unnamed person speaks from names them, as the figure's
    source reads them; not the town they are in ("doctors in Tarvo", "officials in the
    city"), which tells where they spoke."""
    if tok.pos_ != "NOUN" or prep.lower_ not in _WORKPLACE_PREPS:
        return False
    if tok.lemma_.lower() not in cues().person_nouns:
        return False
    body = next((o for o in prep.children if o.dep_ == "pobj"), None)
    territory = word_set("places", "area_nouns") | word_set("places", "town_kind_nouns")
    if body is None or body.ent_type_ in ("GPE", "LOC") or body.lemma_.lower() in territory:
        return False
    named = entity_of(body)
    if named is not None and named.end > prep.right_edge.i + 1:
        return False  # "officials at the Rescue 1122": a name the parse cuts short
    if body.lemma_.lower() in cues().institution_nouns:
        return True
    # a named body or building the gazetteer knows no town by ("the Civil Hospital")
    return body.ent_type_ in ("ORG", "FAC") and not places.candidates(body.text)


def entity_of(tok: Token) -> Any:
    """The named entity (a spaCy Span) that holds ``tok``, or None; read from the IOB tags
    because ``Doc.ents`` rebuilds every span on each access."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _inside_entity(head: Token, child: Token) -> bool:
    """Whether ``child``'s phrase belongs to the named entity of ``head`` ('Institute for X')."""
    ent = entity_of(head)
    last = child.right_edge.i
    doc = child.doc
    opened = next((i for i in range(last, last - 3, -1) if i >= 0 and doc[i].text == "("), None)
    if opened is not None and opened < last and doc[opened + 1].text.isupper():
        last = opened - 1  # "Centre for Rights Documentation (CRD)": the initials after it
    return bool(ent is not None and ent.start <= child.left_edge.i and last < ent.end)


def person_entity(head: Token) -> Any:
    """The PERSON entity that holds the head of a phrase, or None.

    Only the head counts: in "the Kessa army" a PERSON tag on the modifier names nobody.
    """
    return entity_of(head) if head.ent_type_ == "PERSON" else None


def statement_author(tok: Token) -> Token | None:
    """The author of a statement noun: 'a statement by X', 'X's statement', 'released by X'."""
    for child in tok.children:
        # "Monday's statement" is dated, not authored
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
        obj = _prep_author(child, tok)
        if obj is not None:
            return obj
        if child.dep_ == "acl" and child.lemma_.lower() not in cues().reader_verbs:
            for sub in child.children:
                if sub.dep_ in ("agent", "prep") and sub.lower_ == "by":
                    obj = _pobj(sub)
                    if obj is not None:
                        return obj
    return None


def _pobj(prep: Token) -> Token | None:
    return next((obj for obj in prep.children if obj.dep_ == "pobj"), None)


def _prep_author(prep: Token, tok: Token) -> Token | None:
    """ "by X", "from X", and "of X" for a body ("the annual report of the Tarn Monitor",
    not "a report of 12 deaths")."""
    if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
        return _pobj(prep) or _name_after(prep)
    c = cues()
    if (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and prep.i > tok.i
        # a document or a tally ("the Office of the Chief Examiner" is a name)
        and {tok.lemma_.lower(), tok.lower_} & (c.document_nouns | c.figure_objects)
    ):
        obj = _pobj(prep)
        return obj if obj is not None and a_body(obj) else None
    return None


def a_body(tok: Token) -> bool:
    """ "the Tarn Monitor", "the interior ministry", "KRM": a body, by name or kind."""
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in cues().institution_nouns or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "PERSON")
    )


def _name_after(prep: Token) -> Token | None:
    """ "data from KPW show ...": a name right after a bare "from" the parser hung on the
    verb after it (the preposition has no object of its own)."""
    if any(c.dep_ == "pobj" for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    name = prep.doc[prep.i + 1]
    return name if name.pos_ == "PROPN" and name.head.i > name.i else None


def expand_words(words: frozenset[str], c: Cues) -> frozenset[str]:
    """The words the title abbreviations among ``words`` stand for ('gen' -> 'general')."""
    out: set[str] = set()
    for w in words:
        if w in c.title_abbreviations:
            out.update(c.title_abbreviations[w].split())
    return frozenset(out)


def description_words(core: Sequence[Token], c: Cues) -> frozenset[str]:
    """The content words of a description, abbreviations spelt out, to match it to a speaker."""
    words = frozenset(
        t.lower_ for t in core if not t.is_punct and t.pos_ not in ("DET", "ADJ", "PART")
    )
    return (words | expand_words(words, c)) - frozenset(c.title_abbreviations)


def is_anonymous(text: str, c: Cues) -> bool:
    """A mention that says the speaker is unnamed ('on condition of anonymity')."""
    return any(cue in text for cue in c.anonymity)


def is_institution_like(sp: Speaker, c: Cues) -> bool:
    """An unnamed speaker that is not a person ('officials', 'the ministry')."""
    return sp.kind == "anonymous" and not (sp.words & c.person_nouns)


def is_nobody(tok: Token) -> bool:
    """'No group', 'nobody', 'none of them': a subject that says no one did it."""
    return tok.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def describing(verb: Token) -> bool:
    """ "nine suspects, men believed to be members of a gang", "two men, said to be traders,":
    the participle of a report verb with no auxiliary and its infinitive right after it
    describes its noun; no one reports there ("claimed to have killed 20" is a claim)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() != "claim"
        and after is not None
        and after.lower_ == "to"
        and after.dep_ == "aux"
        and after.head.head == verb
        and after.head.dep_ == "xcomp"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
