"""Posts a web report embeds from social media, as they reach us in its text: the post, then
its signature "— Ann Roe (@annroe) June 3, 2016". The words of the post, from the start of
its paragraph to the signature, are the account's: a figure in them comes from that account,
not from the outlet or from a speaker named in the sentences around it."""

from __future__ import annotations

import re

from core.extract.cues import cues
from core.extract.speakers import Speaker
from core.extract.statement_context import Found

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
