"""The body a document's author is described as, named by the sentence before: "Safe Streets
Now, a campaign group, tracks reports of shootings. Data compiled by the group shows that
140 children ..." are Safe Streets Now's figures. A report introduces the body as the
subject of one sentence, set beside what it is, and names it by that kind in the next; the
body was no source before, so ``source_anaphora`` has nothing to name it again by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.source_anaphora import may_be
from core.extract.source_names import POSSESSIVE, np_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def author_text(author: Token) -> str:
    """The author of a document as a checker files it: the body the sentence before
    introduced, for "the group" naming none; else as written, without its "'s"."""
    named = _antecedent(author)
    return POSSESSIVE.sub("", named if named is not None else np_text(author))


def _antecedent(noun: Token) -> str | None:
    """The name of the body "the <kind>" describes: the proper name that is the subject of
    the sentence before, set beside a noun of an institution ("X, a gun control coalition,")."""
    c = cues()
    if noun.pos_ != "NOUN" or [t.lower_ for t in noun.lefts] != ["the"]:
        return None
    if noun.lemma_.lower() not in c.institution_nouns:
        return None
    before = _sentence_before(noun.sent)
    if before is None:
        return None
    subject = next(
        (t for t in before.root.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None
    )
    if subject is None:
        return None
    described = next(
        (
            t
            for t in subject.subtree
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.lemma_.lower() in c.institution_nouns
        ),
        None,
    )
    if described is None or described.left_edge.i <= subject.left_edge.i:
        return None
    words = noun.doc[subject.left_edge.i : described.left_edge.i]
    name = words.text.rstrip(" ,")
    if not name or not all(t.text[:1].isupper() or t.is_punct or t.is_stop for t in words):
        return None
    return name if may_be(f"the {noun.lower_}", name) else None


def _sentence_before(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent
