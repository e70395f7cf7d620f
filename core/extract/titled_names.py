"""A person named after the title they speak under, with the office's range between
("Deputy Inspector General of Police, Orlin Region, Sohail Akram Durrani said"): the name is
whom a checker looks for, the title what they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.misread_names import body_name_words
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token


def titled_person(tok: Token) -> Span | None:
    """The person's name that ends a title's phrase after a comma, which the parser may join
    to the title's last word as a conjunct ("Deputy Inspector General of Police, Orlin Region,
    Sohail Akram Durrani"). A list of people ("the governor, the mayor and Ann Roe") is no
    title with its holder's name, nor is a phrase that goes on after the name."""
    if tok.lower_ not in cues().person_nouns:
        return None
    doc, right = tok.doc, tok.right_edge
    name = next((e for e in doc.ents if e.label_ == "PERSON" and e.end - 1 == right.i), None)
    if (
        name is None
        or name.start <= tok.i
        or doc[name.start - 1].text != ","
        or name.root.dep_ not in ("conj", "appos")
        or any(t.dep_ == "cc" for t in tok.subtree)
    ):
        return None
    return name


def a_titled_role(tok: Token) -> bool:
    """ "The PPRO, SP Ann Roe, said", "The Police Public Relations Officer, Ann Roe,": a post
    written as a name (its initials, or title-cased words ending in a person's noun) after
    "the", which the tagger reads as a proper noun; the name after it speaks."""
    return (
        tok.pos_ == "PROPN"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)
        and (tok.lower_ in cues().person_nouns or (tok.is_upper and tok.is_alpha and len(tok) > 1))
        and any(c.dep_ == "appos" and any(k.dep_ == "compound" for k in c.children)
                for c in tok.children)  # a full name: "SP Ann Roe", "Ann Roe"
    )


_PRINCIPAL_NAME_WORDS = (2, 3)  # "Ada Obi", "Musa Ali Bello": a full name, not a lone word
_NAME_TAGS = frozenset({"", "PERSON", "ORG", "NORP"})  # the tagger calls many names a body


def named_beside_principal(tok: Token) -> Span | None:
    """ "The spokesman of Governor Ali Musa, Ada Obi, said", "an aide to President Ann Roe,
    Bo Lind,": the parser hangs the name set off by commas on the person whose post the head
    serves, and the tagger may call it a body; the name is the speaker's (a person noun's
    holder), the principal only part of the post."""
    if tok.lemma_.lower() not in cues().person_nouns:
        return None
    doc = tok.doc
    principals = [
        obj
        for prep in tok.children if prep.dep_ == "prep" and prep.i > tok.i
        for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON"
    ]
    c = cues()
    for obj in principals:
        for a in obj.children:
            if a.dep_ != "appos" or a.i < obj.i or doc[a.left_edge.i - 1].text != ",":
                continue
            name = doc[a.left_edge.i : a.i + 1]
            if (
                _PRINCIPAL_NAME_WORDS[0] <= len(name) <= _PRINCIPAL_NAME_WORDS[1]
                and a.right_edge.i == a.i
                and all(
                    t.pos_ == "PROPN" and t.is_alpha and t.text.istitle()
                    and t.ent_type_ in _NAME_TAGS
                    and t.lower_ not in c.titles
                    and t.lower_ not in c.person_nouns
                    and t.lemma_.lower() not in c.institution_nouns
                    for t in name
                )
                and places.resolve(name.text) is None  # "an aide to Senator Ann Roe, Kano State,"
                and name[-1].lower_ not in body_name_words()  # "..., Harbour Gospel Church,"
            ):
                return name
    return None


def prep_objects(heads: Iterable[Token]) -> list[Token]:
    """The objects of the heads' prepositions and the places or bodies named by the
    prepositions on those ("the spokesman for police in Kano"): where the parser may hang the
    speaker's name that follows the phrase between commas ("..., Ann Roe, said"). A common
    noun there is a person's or a thing's, whom a name after it names ("a spokesman for the
    family of the slain officer, Ali Raza": the officer)."""
    first = [o for t in heads for p in t.children if p.dep_ == "prep"
             for o in p.children if o.dep_ == "pobj"]
    second = [o for t in first if t.pos_ == "NOUN" for p in t.children if p.dep_ == "prep"
              for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ != "PERSON"]
    return [*first, *second]


def a_place_named(appos: Token) -> bool:
    """ "the spokesman for the police in Kano, Kano State, said": the apposition the parser
    hangs on a preposition's object, which the tagger may call a person, names a place (the
    gazetteer's one place, maybe with its unit word: "Khyber Pakhtunkhwa", "Kano State"), the
    province of the town before it, not the speaker."""
    words = [t.text for t in appos.doc[appos.left_edge.i : appos.i + 1]]
    if len(words) > 1 and words[-1] in load_rules("places")["table_state_words"]["after"]:
        words = words[:-1]
    return places.lookup(" ".join(words)) is not None
