"""The name a body is given beside its description: "a Tarnbury-based think tank, KPW,",
"KPW, a Tarnbury-based think tank,", "the think tank KPW", and the author a document is
"of" ("the annual report of the think tank KPW"). A checker searches for the name, so the
name is the source, the description or the document only when the text gives none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.nlp import compound_start, negated
from core.extract.source_names import POSSESSIVE, np_text
from core.extract.speakers import statement_author
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

NAME_LABELS = frozenset({"ORG", "NORP", "PERSON"})


def _a_name(tok: Token) -> bool:
    """A proper name: "KPW", "Velmar Institute"; no place or date the parser called one."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")


def _name_text(name: Token) -> str:
    """The name's own words: its compounds before it and a bracketed acronym after it, no
    article, clause or apposition."""
    doc = name.doc
    start = compound_start(name)
    end = name.i + 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return doc[start:end].text


def appositive_name(tok: Token, *, heads: bool = True) -> str | None:
    """The name a description stands beside: its apposition that is a name ("a think tank,
    KPW," "the think tank KPW", a name the parser gave the description's nouns as its
    compounds), or, with ``heads``, the name it is the apposition of ("KPW, a think tank,");
    None for a name itself or a description with no name beside it ("the think tank")."""
    if tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.children
    ):
        return _name_text(tok)  # "the think tank VPS", the parse's name with its description
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and _a_name(child):
            return _name_text(child)
    if heads and tok.dep_ == "appos" and tok.i > tok.head.i and _a_name(tok.head):
        return _name_text(tok.head)
    return None


def _body(obj: Token) -> bool:
    """A body that authors a document: a name, or an institution's noun ("the ministry")."""
    return (
        _a_name(obj)
        or obj.ent_type_ in NAME_LABELS
        or obj.lemma_.lower() in cues().institution_nouns
        or appositive_name(obj) is not None
    )


def material_noun(noun: Token) -> bool:
    """ "figures", "statistics", "review": a body's counts, whose possessor gave them."""
    return noun.pos_ == "NOUN" and bool({noun.lemma_.lower(), noun.lower_} & _material())


def document_of(noun: Token) -> Token | None:
    """The body a document or a set of figures is "of" ("the annual report of KPW", "the
    figures of the ministry"); None for what it is about ("a tally of the dead")."""
    words = {noun.lemma_.lower(), noun.lower_}
    if noun.pos_ != "NOUN" or not words & (cues().document_nouns | _material()):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and _body(obj):
                return obj
    return None


def inverted_document(verb: Token) -> str | None:
    """ "…, shows data compiled by the KPW.": a closing report whose document, with its
    author named, comes after the verb the parser took for its object; the author's."""
    if verb.lemma_.lower() not in cues().attributing or negated(verb):
        return None
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in ("dobj", "nsubj") or not all(
        t.is_punct for t in verb.doc[after[0].right_edge.i + 1 : verb.sent.end]
    ):
        return None
    obj = after[0]
    if not ({obj.lemma_.lower(), obj.lower_} & cues().document_nouns or material_noun(obj)):
        return None
    author = statement_author(obj)
    return POSSESSIVE.sub("", np_text(author)) if author is not None else None


def _material() -> frozenset[str]:
    """ "review", "figures", "statistics": what a body's counts are given in."""
    return word_set("cues", "recorder_material")
