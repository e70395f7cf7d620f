"""Who issued the document a frame cites again: "The ISPR issued a press note on Monday.
According to the note, six militants were killed." The note is named with "the" as one the
report spoke of, and the sentence right before tells who issued it: the subject of a release
verb ("issued", "released") whose object is a document of the same noun, with "a". The figure
had no source, "the note" naming no author (issue #11, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.source_names import np_text, with_acronym
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_BODY_ENTITIES = frozenset({"ORG", "NORP"})


def document_issuer(noun: Token) -> str | None:
    """The body the sentence before names as issuing the document ``noun`` names again
    ("the note", "the statement"); None when that sentence issues no such document or its
    issuer is no body (a pronoun, a person, a place)."""
    c = cues()
    if [t.lower_ for t in noun.lefts] != ["the"] or noun.lower_ not in c.document_nouns:
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    releasing = word_set("cues", "recorder_release_verbs")
    for verb in noun.doc[sent.start - 1].sent:
        if verb.lower_ not in releasing or not verb.tag_.startswith("VB"):
            continue
        issued = any(
            ch.dep_ == "dobj" and ch.lower_ == noun.lower_ and _indefinite(ch)
            and not _authored(ch)
            for ch in verb.children
        )
        subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if issued and subject is not None and _a_body(subject):
            return with_acronym(subject, np_text(subject))
    return None


def _indefinite(noun: Token) -> bool:
    """ "a press note", "a statement": a document named for the first time."""
    first = next(noun.lefts, None)
    return first is not None and first.lower_ in ("a", "an")


# "a report by Amnesty", "a statement from the family", "a report of the commission"
_AUTHOR_PREPS = frozenset({"by", "from", "of"})


def _authored(noun: Token) -> bool:
    """ "Parliament released a report by Amnesty", "a report compiled by the UN", "the
    family's statement": a document named with an author of its own, whom the body issuing
    it only passes on."""
    return any(
        (ch.dep_ == "prep" and ch.lower_ in _AUTHOR_PREPS)
        or ch.dep_ in ("acl", "relcl", "poss")
        for ch in noun.children
    )


def _a_body(tok: Token) -> bool:
    """ "The ISPR", "Police", "the army": a body, not a person, a place or a pronoun."""
    return tok.pos_ != "PRON" and (
        tok.ent_type_ in _BODY_ENTITIES
        or tok.lemma_.lower() in cues().institution_nouns
        or (tok.text.isupper() and tok.is_alpha and len(tok) > 1)
    )
