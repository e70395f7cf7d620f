"""Whether a text reads as a report at all: a crash dump, a server log or a column of
hex and numbers holds no sentences, and reading it for figures gives thousands of junk
claims. Three measures, each over the whole text:

- **prose share**: the part of its characters in sentences, a sentence being a run of
  ``SENTENCE_TOKENS`` to ``SENTENCE_MAX_TOKENS`` tokens, at least ``SENTENCE_WORD_SHARE`` of
  them words, that ends with a full stop, a question or exclamation mark (a closing quote or
  bracket may follow) inside one paragraph (a line break within it is a space: hard-wrapped
  text and PDF lines read whole);
- **word share**: the part of its tokens that are words (letters, inner hyphens and
  apostrophes), not numbers, hex, codes, paths or symbols;
- **coded lines**: the part of its lines (of ``LINE_TOKENS`` tokens or more) that start
  with a token holding a digit (a time stamp, an address, a counter), as log lines do.

A text is not news when it is long enough to judge, few of its characters are in sentences
and either most of its tokens are not words or most of its lines start with a code. Every
report, however long and however many figures it gives, is mostly sentences; a report
without full stops (a transcript) is still mostly words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

JUDGED_TOKENS = 60  # a shorter text is too short to judge: it is read as it is
SENTENCE_TOKENS = 5
SENTENCE_MAX_TOKENS = 120  # longer, it is lines run together, not a sentence
SENTENCE_WORD_SHARE = 0.6
LINE_TOKENS = 3
PROSE_MIN = 0.2  # below this share of characters in sentences, a text may not be news...
WORD_MIN = 0.55  # ...if fewer of its tokens than this are words
CODED_MAX = 0.5  # ...or more of its lines than this start with a code

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EDGE = "\"'“”‘’«»()[]{}<>,.;:!?…*_"
# A sentence ends at . ! ? (a closing quote or bracket may follow) before a space or a line
# break; a blank line ends a paragraph, and whatever it holds after its last sentence.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s|$)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class ProseMeasures:
    tokens: int
    prose_share: float
    word_share: float
    coded_lines: float

    @property
    def judged(self) -> bool:
        return self.tokens >= JUDGED_TOKENS

    @property
    def not_news(self) -> bool:
        return self.judged and self.prose_share < PROSE_MIN and (
            self.word_share < WORD_MIN or self.coded_lines > CODED_MAX)


def is_word(token: str) -> bool:
    return _WORD.fullmatch(token.strip(_EDGE)) is not None


def measure(text: str) -> ProseMeasures:
    """The three measures of ``text`` (see the module's docstring)."""
    tokens = text.split()
    words = sum(1 for t in tokens if is_word(t))
    filled = sum(len(t) for t in tokens)
    in_sentences = sum(sum(len(t) for t in parts) for parts in _sentences(text))
    lines = [line.split() for line in text.splitlines()]
    long_lines = [parts for parts in lines if len(parts) >= LINE_TOKENS]
    coded = sum(1 for parts in long_lines if any(ch.isdigit() for ch in parts[0]))
    return ProseMeasures(
        tokens=len(tokens),
        prose_share=in_sentences / filled if filled else 0.0,
        word_share=words / len(tokens) if tokens else 0.0,
        coded_lines=coded / len(long_lines) if long_lines else 0.0,
    )


def _sentences(text: str) -> list[list[str]]:
    """The tokens of every run that reads as a sentence."""
    found = []
    for paragraph in _PARAGRAPH.split(text):
        start = 0
        for end in _SENTENCE_END.finditer(paragraph):
            parts = paragraph[start:end.end()].split()
            start = end.end()
            if (SENTENCE_TOKENS <= len(parts) <= SENTENCE_MAX_TOKENS
                    and sum(1 for t in parts if is_word(t)) >= SENTENCE_WORD_SHARE * len(parts)):
                found.append(parts)
    return found


def not_news_reason(text: str) -> str | None:
    """Why ``text`` is not a news report, in the checker's words; None when it reads as one."""
    found = measure(text)
    if not found.not_news:
        return None
    why = [f"{found.prose_share:.0%} of its text is in sentences"]
    if found.word_share < WORD_MIN:
        why.append(f"{1 - found.word_share:.0%} of its tokens are numbers, hex or codes")
    if found.coded_lines > CODED_MAX:
        why.append(f"{found.coded_lines:.0%} of its lines start with a number or code")
    return ", ".join(why)
