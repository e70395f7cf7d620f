"""A person's name set after the description of the source between commas, which the parser
hung elsewhere ("according to the hospital's director, Dr. Ann Roe, who ...", "…," according
to a neighbour, Ann Roe."): the name is who the source is, the words a checker searches
for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_NAME_WORDS = 4  # "Ann Marie van Roe"
# what may follow the name: the end of the sentence, or a clause or aside after a comma
_NAME_ENDS = frozenset({",", ".", ";", ")", "!", "?", "—", "–"})


def detached_name(description: Token) -> Span | None:
    """The PERSON name right after ``description`` and a comma (with its title words:
    "Dr. Ann Roe"), when the description names a person ("director", "neighbour",
    "spokesman") and the parser did not make the name its apposition."""
    c = cues()
    if description.pos_ != "NOUN" or not (
        description.lemma_.lower() in c.person_nouns
        or description.lower_.rstrip(".") in c.titles
        or description.lemma_.lower().endswith(c.person_suffixes)
    ):
        return None
    doc = description.doc
    comma = description.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    first = comma + 1
    start = first
    while start < len(doc) and (
        doc[start].text in c.abbreviated_titles or doc[start].lower_.rstrip(".") in c.titles
    ):
        start += 1
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and end - start < MAX_NAME_WORDS:
        if end > start and doc[end].ent_iob_ == "B":
            break  # another person's name begins
        end += 1
    if end == start or doc[start].ent_iob_ != "B" or end - start < 2 - (start > first):
        return None  # no name, or one word with no title ("Ann" alone may be anything)
    if end < len(doc) and doc[end].text not in _NAME_ENDS and not doc[end].is_space:
        return None
    if any(t.head.i == description.i and t.dep_ == "appos" for t in doc[first:end]):
        return None  # an apposition the parser read: the usual steps take it
    return doc[first:end]
