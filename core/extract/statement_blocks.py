"""Statements a block of text makes as a whole, outside any one sentence's grammar.

A post a web report embeds from social media reaches us as the post, then its signature
"— Ann Roe (@annroe) June 3, 2016": the words of the post, from the start of its paragraph to
the signature, are the account's. A line that is only a frame, "According to the provincial
health ministry:", gives the paragraph after it to its source, as "X said:" gives a block
quote. A figure in such a block comes from that source, not from the outlet or from a speaker
named in the sentences around it.
"""

from __future__ import annotations

import bisect
import re

from core.extract.cues import cues
from core.extract.speakers import Speaker
from core.extract.statement_context import Found, StatementContext
from core.extract.statement_cues import according_frames

# "— Name (@handle) Month D, YYYY": a dash, the account's display name, its handle in
# brackets and, usually, the day it posted
_SIGNATURE = re.compile(
    r"[—–-][ \t]*(?P<name>[^\s()@—–-][^()@\n—–]{0,60}?)[ \t]*\(@\w{1,30}\)"
    r"(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?"
)
MAX_PERSON_WORDS = 3  # "Ann Marie Roe"; a longer display name is an organisation's
MIN_POST_CHARS = 10  # a dash and a handle with next to nothing before them sign no post


def signed_posts(text: str) -> list[Found]:
    """Each signed post of the text as a quote of the account that signed it."""
    found = []
    for m in _SIGNATURE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end - start < MIN_POST_CHARS:
            continue
        name = m.group("name").strip()
        words = name.split()
        person = len(words) <= MAX_PERSON_WORDS and all(
            w.isalpha() and w[:1].isupper() and w.lower() not in cues().institution_nouns
            for w in words
        )
        speaker = Speaker(
            name=name,
            kind="person" if person else "institution",
            role=None,
            start=m.start("name"),
            end=m.start("name") + len(name),
            words=frozenset(w.lower() for w in words),
        )
        found.append(Found(start, end, "quote", speaker, "post", "signed-post", m.start()))
    return found


MAX_FRAME_LINE_TOKENS = 12  # "According to the district health officer, Ann Roe:"


def block_statements(ctx: StatementContext) -> list[Found]:
    """The embedded posts and the paragraphs a frame line introduces."""
    return signed_posts(ctx.text) + framed_paragraphs(ctx)


def framed_paragraphs(ctx: StatementContext) -> list[Found]:
    """ "According to X:" (or "As per X") alone on its line: the next paragraph is X's."""
    found = []
    firsts = {first for first, _ in according_frames()}
    for pos, _, tok in ctx.tokens:
        if tok.lower_ not in firsts:
            continue  # most words open no frame: the next word is not built for them
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None or (tok.lower_, nxt.lower_) not in according_frames():
            continue
        p_start, p_end = ctx.paragraph_of(pos)
        line = ctx.tokens_in(p_start, p_end)
        objs = [o for o in nxt.children if o.dep_ == "pobj"]
        if (
            not objs
            or line[0].i != tok.i
            or len(line) > MAX_FRAME_LINE_TOKENS
            or any(t.pos_ in ("VERB", "AUX") for t in line if t.i not in (tok.i, nxt.i))
        ):
            continue
        k = bisect.bisect_right([p[0] for p in ctx.paragraphs], pos)
        speaker = ctx.speaker(objs[0], tok)
        if k >= len(ctx.paragraphs) or speaker is None:
            continue
        start, end = ctx.paragraphs[k]
        cue = f"{tok.lower_} {nxt.lower_}"
        found.append(Found(start, end, "reported", speaker, cue, "frame-line", pos))
    return found
