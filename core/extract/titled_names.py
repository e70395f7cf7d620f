"""A person named after the title they speak under, with the office's range between
("Deputy Inspector General of Police, Orlin Region, Sohail Akram Durrani said"): the name is
whom a checker looks for, the title what they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues

if TYPE_CHECKING:
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
