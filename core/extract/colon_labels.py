"""A label a colon closes at a sentence's opening: a dateline in title case ("Tarvel
District:", "Kessa, Nigeria:") or a headline's source ("Army: Rebels killed 4"). It tells
where the line is filed from or who tells it, never who did what the clause after it tells;
the parser hangs it on that clause's subject or makes it a second subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.datelines import DATELINE_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_LABEL_POS = frozenset({"PROPN", "NOUN"})


def label_end(sent: Span) -> int:
    """Token index after the colon of the sentence's opening label; ``sent.start`` when it
    opens with none: a capitalised name or noun or a few of them (no article, no verb: "The
    toll:" or "He said:" is no label), then a clause with a verb of its own."""
    for tok in sent[:DATELINE_TOKENS]:
        if tok.text != ":":
            continue
        before = sent.doc[sent.start : tok.i]
        after = sent.doc[tok.i + 1 : sent.end]
        if (
            len(before) > 0
            and (before[0].is_title or before[0].is_upper)
            and all(t.is_punct or t.pos_ in _LABEL_POS for t in before)
            and any(t.pos_ in ("VERB", "AUX") for t in after)
        ):
            return tok.i + 1
        return sent.start
    return sent.start


def past_label(doer: Token, text: str) -> str:
    """The doer's words less the opening label the parser hung on it ("Kessa, Nigeria:
    Bandits": "Bandits")."""
    end = label_end(doer.sent)
    if not doer.left_edge.i < end <= doer.i:
        return text
    label = doer.doc[doer.left_edge.i : end].text
    return text[len(label) :].lstrip(" ,") if text.startswith(label) else text
