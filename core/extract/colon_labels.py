"""A label a colon closes at a sentence's opening: a dateline in title case ("Tarvel
District:", "Kessa, Nigeria:") or a headline's source ("Army: Rebels killed 4"). It tells
where the line is filed from or who tells it, never who did what the clause after it tells;
the parser hangs it on that clause's subject or makes it a second subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.body_names import NAME_LABELS  # a group or a person, no place
from core.extract.datelines import DATELINE_TOKENS
from core.extract.incident_doers import an_agent_word
from core.rules import word_set

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


def past_label(doer: Token, text: str, end: int) -> str:
    """The doer's words less the opening label (ending at ``end``, ``label_end`` of the
    doer's sentence) the parser hung on it ("Kessa, Nigeria: Bandits": "Bandits")."""
    if not doer.left_edge.i < end <= doer.i:
        return text
    label = doer.doc[doer.left_edge.i : end].text
    return text[len(label) :].lstrip(" ,") if text.startswith(label) else text


def voiced_label(cand: Token, end: int) -> str | None:
    """The label (ending at ``end``, ``label_end`` of the candidate's sentence), when the
    clause after it speaks of its deed in its first person ("Tarn Front: Our fighters killed
    30", "Front: We killed 12"): the doer; a place's label ("Kessa: We ...") speaks for no
    one."""
    voices = word_set("cues", "label_voices")
    if not (
        cand.lower_ in voices
        or any(c.dep_ == "poss" and c.lower_ in voices for c in cand.children)
    ):
        return None
    sent = cand.sent
    if end == sent.start or cand.i < end:
        return None
    label = sent.doc[sent.start : end - 1]
    head = label[-1]  # "Army:", "Tarn Front:"; not "Police chief:"
    if not (head.ent_type_ in NAME_LABELS or an_agent_word(head)):
        return None
    return label.text
