"""A report closed by the document that tells it, "..., a statement issued by the force said
on Friday", "..., a press release from the ministry stated": the parser may hang the document
on the name before the comma (an appositive of "Karachi") and the report verb on the sentence's
verb with no subject, so the figures lose their source. Re-hung after the parser as the
closing "police said" already parses: the report verb the root, what it reports its clause,
the document its subject (``statement_author`` then finds who issued it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_trailing_documents"
MISHUNG = frozenset({"advcl", "conj", "parataxis"})  # where the parser leaves the report verb
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
PAST_OR_PRESENT = frozenset({"VBD", "VBZ"})


def rehang_trailing_documents(doc: Doc) -> Doc:
    """Make each subjectless report verb closing a sentence after a document noun the root."""
    from core.extract.cues import cues

    c = cues()
    for at in positions(doc, TAG, PAST_OR_PRESENT):
        verb = doc[at]
        if (
            verb.lemma_.lower() in c.reporting
            and _reports_what_precedes(verb)
            and not any(t.dep_ in SUBJECTS for t in verb.children)
        ):
            document = _document_before(verb, c.document_nouns)
            if document is not None:
                _rehang(verb, document)
    return doc


def _reports_what_precedes(verb: Token) -> bool:
    """The verb hangs on the root before it, or is the root of a clause before it."""
    if verb.dep_ == "ROOT":
        return any(t.dep_ == "ccomp" and t.i < verb.i for t in verb.children)
    return verb.dep_ in MISHUNG and verb.head.i < verb.i and verb.head.dep_ == "ROOT"


def _document_before(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The document noun heading the words between the last comma before ``verb`` and it,
    hung outside the verb's clause."""
    doc, sent_start = verb.doc, verb.sent.start
    comma = next((i for i in range(verb.i - 1, sent_start, -1) if doc[i].text == ","), None)
    if comma is None or verb.i - comma < 3:  # "a statement said": an article and a noun
        return None
    stretch = doc[comma + 1 : verb.i]
    heads = [t for t in stretch if not stretch.start <= t.head.i < stretch.end]
    if len(heads) != 1 or heads[0].lemma_.lower() not in nouns or heads[0].pos_ != "NOUN":
        return None
    return heads[0]


def _rehang(verb: Token, document: Token) -> None:
    clause = verb.head
    ends = [t for t in clause.children if t.i > verb.i and t.dep_ == "punct"] if (
        verb.dep_ != "ROOT") else []
    comma = document.doc[document.left_edge.i - 1]
    if verb.dep_ != "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        clause.head, clause.dep_ = verb, "ccomp"
    document.head, document.dep_ = verb, "nsubj"
    for mark in (comma, *ends):
        mark.head = verb
