"""Quotes → Statements: which quoted words someone said, and the reporting verb and speaker
that frame them, before the quote ('X said: "…"') or after it ('"…," said X').

Split from ``statements``, which runs this pass first and attributes the quotes left without a cue.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.cues import Cues
from core.extract.nlp import negated

if TYPE_CHECKING:
    from spacy.tokens import Token
from core.extract.quotes import Quote
from core.extract.statement_context import Found, StatementContext
from core.extract.statement_cues import (
    according_frames,
    cue_subject,
    cue_text,
    is_cue,
)

CONTEXT_TOKENS = 30  # of a cue's clause on each side of it: where "speaking on condition of
# anonymity" sits
_TERMINAL = frozenset(".!?")
COLON_FRAME = "quote-colon-frame"  # a quote a person's clause ending in a colon introduces


# Right after a closing quote these open a new clause about the quote, never a cue for it.
_NOT_A_CUE_START = frozenset(
    {"which", "who", "that", "and", "but", "or", "because", "as", "when", "while", "if", "so"}
)


def _quotable(text: str, tokens: Sequence[Token]) -> bool:
    """Words someone said rather than a term in scare quotes: a clause, or four words or more."""
    n_words = len(text.split())
    return n_words >= 4 or (
        n_words >= 2
        and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens)
    )


def _left_bound(ctx: StatementContext, q: Quote) -> int:
    """Where the sentence that a quote opens in starts (or the last quote before it ends)."""
    p_start, _ = ctx.paragraph_of(q.open)
    i = q.open - 1
    while i >= p_start:
        ch = ctx.text[i]
        if ch in _TERMINAL and (i + 1 == q.open or ctx.text[i + 1].isspace()):
            return i + 1
        if ch in '”"’' and i in ctx.closes:
            return i + 1
        i -= 1
    return p_start


def _right_bound(ctx: StatementContext, q: Quote) -> int:
    """Where the sentence after a quote ends (or the next quote opens)."""
    _, p_end = ctx.paragraph_of(q.close)
    nxt = bisect.bisect_right(ctx._q_starts, q.close)
    limit = min(p_end, ctx.quotes[nxt].open if nxt < len(ctx.quotes) else p_end)
    for i in range(q.close + 1, limit):
        if ctx.text[i] in _TERMINAL and not _ends_a_word(ctx, i):
            return i + 1
    return limit


def _ends_a_word(ctx: StatementContext, i: int) -> bool:
    """The stop at ``i`` belongs to a word the tokenizer kept whole, a title ('"…," county
    Sgt. Ann Roe said'), not the end of the sentence."""
    k = bisect.bisect_right(ctx._t_starts, i) - 1
    if k < 0:
        return False
    start, _chunk, tok = ctx.tokens[k]
    return start < i < start + len(tok.text)


def _quote_cue(ctx: StatementContext, q: Quote) -> tuple[Token, Token | None, str] | None:
    """The reporting verb that frames a quote, and its subject.

    After the quote ('…,' X said / '…,' said X) the words between the quote and the verb must be
    the verb's subject; before it ('X said: …', 'X stressed that "…"') the quote must follow
    the cue clause directly.
    """
    return _cue_after(ctx, q) or _cue_before(ctx, q)


def _cue_after(ctx: StatementContext, q: Quote) -> tuple[Token, Token | None, str] | None:
    """ "'…,' X said", "'…,' said X", "'…,' according to X"."""
    right = ctx.tokens_in(q.close + 1, _right_bound(ctx, q))
    words = [t for t in right if not (t.is_punct or t.is_space)]
    ended = ctx.text[q.start : q.end].rstrip("”\"’' ")[-1:]
    if not words or (
        ended == "." or (ended in "?!" and words[0].text[:1].isupper() and words[0].pos_ != "PROPN")
    ):
        return None  # nothing follows, or the quote closed its sentence: what follows is new
    if words[0].lower_ in frame_heads():  # "'…,' according to X"
        objs = [
            g
            for ch in words[0].children
            if (words[0].lower_, ch.lower_) in according_frames()
            for g in ch.children
        ]
        if objs and objs[0].dep_ == "pobj":
            return words[0], objs[0], "quote-according-to"
    if words[0].lower_ in _NOT_A_CUE_START:
        return None
    return _cue_in(words, ctx.cues)


def _cue_in(words: list[Token], c: Cues) -> tuple[Token, Token | None, str] | None:
    """The cue among the words after a quote, when they start its subject (or are the cue)."""
    first = words[0]
    for t in words:
        if not is_cue(t, c):
            continue
        subj = cue_subject(t)
        if subj is not None and subj.i < first.i:
            subj = None  # the parser took a word inside the quote for the subject
        if first is t or (first.dep_ == "advmod" and first.head is t):
            if subj is None:  # '"…," added the doctor': the parser took it for an object
                subj = next(
                    (ch for ch in t.children if ch.dep_ in ("dobj", "attr") and ch.i > t.i),
                    None,
                )
            return t, subj, "quote-cue-after"
        if subj is not None and first in list(subj.subtree):
            return t, subj, "quote-cue-after"
        # the parser lost the subject: take the phrase, unless a preposition opens it
        # ('put the toll at "12 dead" among the soldiers, adding ...': no speaker)
        if subj is None and first.i < t.i and first.pos_ != "ADP":
            return t, _nominal_head(first, t), "quote-cue-after"
    return None


def _cue_before(ctx: StatementContext, q: Quote) -> tuple[Token, Token | None, str] | None:
    """ "X said: '…'", "X stressed that '…'": the quote follows the cue clause directly."""
    c = ctx.cues
    lead_in = ctx.colon_lead_in(q.open)  # "X said:" then the quote in the next paragraph
    left_start = _left_bound(ctx, q) if lead_in is None else lead_in
    before = ctx.text[left_start : q.open].rstrip()
    left = [t for t in ctx.tokens_in(left_start, q.open) if not (t.is_punct or t.is_space)]
    if left and (before.endswith((":", ",")) or left[-1].lower_ == "that" or is_cue(left[-1], c)):
        for t in reversed(left):
            if is_cue(t, c):
                return t, cue_subject(t), "quote-cue-before"
        if before.endswith(":"):
            return _colon_frame(left)
    return None


def _colon_frame(left: list[Token]) -> tuple[Token, Token | None, str] | None:
    """A clause ending in a colon right before a quote introduces it whatever its verb, as news
    copy does ("Ann Roe of the agency took issue with the governor:" then the quote): the subject
    of its first verb with one speaks, when it names a person (``quote_statements`` checks), and
    the clause is affirmative ("Roe did not comment:" introduces no one's words)."""
    clause = [t for t in left if t.sent == left[-1].sent]
    verb = next(
        (
            t
            for t in clause
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)
        ),
        None,
    )
    if verb is None or negated(verb):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return verb, subject, COLON_FRAME


def _nominal_head(first: Token, verb: Token) -> Token | None:
    """The head noun of the phrase that starts at ``first`` and ends before ``verb``."""
    doc = first.doc
    for tok in doc[first.i : verb.i]:
        if tok.pos_ in ("PROPN", "NOUN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            head = tok
            while head.dep_ in ("compound", "flat", "amod") and first.i <= head.head.i < verb.i:
                head = head.head
            return head
    return None


def quote_statements(ctx: StatementContext) -> tuple[list[Found], list[Quote]]:
    """The quotes a cue attributes, and the whole quoted sentences left with no cue of their own."""
    found: list[Found] = []
    unattributed: list[Quote] = []
    for q in ctx.quotes:
        if ctx.headline_like(q.open) or q.end <= q.start:
            continue
        inner = ctx.tokens_in(q.start, q.end)
        n_words = len(ctx.text[q.start : q.end].split())
        if not _quotable(ctx.text[q.start : q.end], inner):
            continue  # a term in scare quotes, a title
        cue = _quote_cue(ctx, q)
        if cue is not None:
            verb, subj, rule = cue
            sp = ctx.speaker(subj, verb, context=context_tokens(verb, inner)) if subj else None
            if sp is not None and rule == COLON_FRAME and sp.kind != "person":
                sp = None  # "The message was clear:" names no speaker
            if sp is not None:
                found.append(
                    Found(
                        q.start, q.end, "quote", sp, cue_text(verb, ctx.cues), rule, ctx.pos(verb)
                    )
                )
                continue
        alone = not ctx.text[_left_bound(ctx, q) : q.open].strip() and not any(
            ch.isalnum() for ch in ctx.text[q.close + 1 : _right_bound(ctx, q)]
        )
        if n_words >= 4 and alone:  # a whole sentence in quotes, with no cue of its own
            unattributed.append(q)
    return found, unattributed


@functools.cache
def frame_heads() -> frozenset[str]:
    """The first words of the attributing frames ("according", "as")."""
    return frozenset(head for head, _ in according_frames())


def context_tokens(verb: Token, content: Sequence[Token]) -> list[Token]:
    """The verb's clause minus its content, up to ``CONTEXT_TOKENS`` each side of the verb:
    where 'speaking on condition of anonymity' sits (the clause runs from its left to its
    right edge)."""
    doc = verb.doc
    skip = {t.i for t in content if t.doc is doc}
    left = range(verb.i - 1, verb.left_edge.i - 1, -1)
    right = range(verb.i + 1, verb.right_edge.i + 1)
    near = [verb.i] + [
        i for side in (left, right)
        for i in itertools.islice((i for i in side if i not in skip), CONTEXT_TOKENS)
    ]
    return [doc[i] for i in sorted(near)]
