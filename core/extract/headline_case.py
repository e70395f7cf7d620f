"""A title-case headline read as a sentence ("Teen Killed, Another Wounded In Eastside Shooting").

Many US, wire and online outlets capitalise every word of a headline. The tagger, trained on
sentences, takes such words for names ("Teen" a proper noun, "Killed In" a title), so the
parse every rule reads is wrong for the headline alone. The parser is given a sentence-cased
copy of the headline instead ("Teen killed, another wounded in Eastside shooting"): its common
words lower-cased, its names kept. The copy has the same length and the same characters but
for case, so every offset holds; the parse is then laid on the original characters, and the
claims read from it quote the headline as written.

A word stays capitalised when it may be a name: written with more than one capital ("ISPR",
"McAllen"), a month, weekday or people ("Afghan"), no word the lemmatizer's dictionary
knows ("Westfield", "Quetta"), part of a place name of several words the gazetteer knows
("North Waziristan"), or a word the body writes capitalised more often than not inside a
sentence ("the Eastside neighborhood", "LAHORE:").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.extract.chunk_texts import chunk_text
from core.extract.cues import cues
from core.extract.nlp import HEADLINE_LOWERED
from core.extract.speakers import is_title_case
from core.text import places
from core.text.dates import date_words
from core.text.lines import a_title
from core.text.nationalities import peoples_country

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# the letters of one word; a hyphen parts words ("Hit-And-Run", "Twenty-Three")
_WORD = re.compile(r"[A-Za-z]+")
# a capitalised word the body writes inside a sentence: after a lower-case word, a digit or a
# comma ("the Eastside neighborhood"), as ``pipeline._NAME_LIKE`` reads a possible name
_INSIDE = r"(?<=[a-z0-9,;:'\"”] )"
# the longest place name the gazetteer is asked for, in words ("Dera Ismail Khan")
MAX_NAME_WORDS = 4
# the people a place needs before a noun alone of the dictionary is taken for its name
TOWN_POPULATION = 100_000
# the parts of speech whose dictionaries tell a common word
_COMMON_POS = ("noun", "verb", "adj", "adv")
# the tags of a name and of the common noun a lower-cased headline word is instead
COMMON_TAGS = {"NNP": "NN", "NNPS": "NNS"}

Known = Callable[[str], bool]


def sentence_cased(text: str, known: Known) -> str:
    """``text`` with its headline sentence-cased when the headline is written in title case
    (the same text otherwise); ``known`` tells a common English word in lower case."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    if end < 0 or not a_title(text[first:end]):
        return text
    line = text[first:end]
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(line)]
    if not is_title_case([w for _, w in words], cues()):
        return text
    body = text[end:]
    names = _place_words(line, words)
    chars = list(line)
    for start, word in words:
        if start == 0 or start in names or not word[:1].isupper():
            continue
        if _a_name(word, body, known):
            continue
        chars[start : start + len(word)] = word.lower()
    return text[:first] + "".join(chars) + text[end:]


def _a_name(word: str, body: str, known: Known) -> bool:
    """Whether a capitalised word of the headline may name someone or somewhere."""
    low = word.lower()
    if not word[1:].islower():
        return True  # "ISPR", "McAllen"
    dates = date_words()
    if low in dates.months or low in dates.weekdays or peoples_country(low) is not None:
        return True
    if not known(low):
        return True
    inside = len(re.findall(rf"{_INSIDE}{word}\b|\b{word.upper()}\b", body))
    return inside > len(re.findall(rf"\b{low}\b", body))


def _place_words(line: str, words: list[tuple[int, str]]) -> frozenset[int]:
    """Where the words of a place name of two or more capitalised words begin
    ("North Waziristan", "Dera Ismail Khan")."""
    kept: set[int] = set()
    for i in range(len(words)):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 1, -1):
            run = words[i : i + n]
            if not all(w[:1].isupper() for _, w in run):
                continue
            phrase = line[run[0][0] : run[-1][0] + len(run[-1][1])]
            if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)+", phrase) and places.candidates(phrase):
                kept.update(s for s, _ in run)
                break
    return frozenset(kept)


@functools.cache
def common_words(nlp: Language) -> Known:
    """Whether a lower-case word is one the lemmatizer's dictionaries know, in any inflection
    its rules undo ("martyred", "militants")."""
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "inner", lemmatizer).lookups
    index = lookups.get_table("lemma_index")
    rules = lookups.get_table("lemma_rules")
    exceptions = lookups.get_table("lemma_exc")

    stop_words = frozenset(nlp.Defaults.stop_words)

    @functools.cache
    def known(word: str) -> bool:
        if word in stop_words:
            return True  # "among", "when": the words no dictionary of content words holds
        found = []
        for pos in _COMMON_POS:
            words = index.get(pos, ())
            forms = {word, *exceptions.get(pos, {}).get(word, ())}
            forms.update(
                word[: len(word) - len(old)] + new
                for old, new in rules.get(pos, ())
                if word.endswith(old)
            )
            if any(f in words for f in forms):
                found.append(pos)
        # the dictionary lists towns and states as nouns ("dayton", "idaho"): a noun alone
        # that is a town's whole name is that town's
        return bool(found) and not (found == ["noun"] and _a_town(word))

    return known


def _a_town(word: str) -> bool:
    """Whether the gazetteer spells a town or province of some size by the word ("Dayton",
    "Punjab"), none a common noun names ("Driver", a hamlet's)."""
    name = word.capitalize()
    return any(
        c.name == name and (c.population or 0) >= TOWN_POPULATION for c in places.candidates(name)
    )


def on_original(parsed: Doc, text: str, report: str) -> Doc:
    """The parse of a sentence-cased copy laid on the original characters ``text`` (the same
    length, token for token) of the ``report``: tags, lemmas, the tree and the entities, and
    which words the copy lower-cased (``nlp.written_lower``)."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
    from spacy.tokens import Doc

    if chunk_text(parsed) == text:
        _opener_as_common(parsed, text, report)
        return parsed
    words = [text[t.idx : t.idx + len(t.text)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    attrs = [TAG, POS, MORPH, LEMMA, NORM, DEP, HEAD, ENT_IOB, ENT_TYPE]
    values: Any = parsed.to_array(attrs)
    doc.from_array(attrs, values)
    lowered = frozenset(t.i for t, word in zip(parsed, words, strict=True) if t.text != word)
    doc.user_data[HEADLINE_LOWERED] = lowered  # "Bakery Owner": a person noun, no name
    body = report[report.find("\n") + 1 :] if "\n" in report else ""
    for i in lowered:
        if doc[i].tag_ in COMMON_TAGS and _common_in(doc[i].text, body):
            _as_common(doc[i])
    _opener_as_common(doc, text, report)
    return doc


def _opener_as_common(doc: Doc, text: str, report: str) -> None:
    """ "Clash in Manipur": a headline's first word, capitalised as every first word is, that
    the tagger took for a name (and NER for none) while the body writes it in lower case
    ("killed in a clash"), is the common noun, so that no reader takes it for a village the
    place after it holds."""
    end = report.find("\n")
    first = doc[0] if len(doc) else None
    if (
        first is None
        or first.tag_ not in COMMON_TAGS
        or first.ent_type_
        or end < 0
        or not report.startswith(text[: end + 1])  # the report's opening chunk
        or not a_title(report[:end])
    ):
        return
    if _common_in(first.text, report[end + 1 :]):
        _as_common(first)


def _common_in(word: str, body: str) -> bool:
    """Whether the body writes the word in lower case more often than capitalised inside a
    sentence ("an explosion tore through a bank branch"): the report's own use of a word the
    copy lowered and the tagger still took for a name; a word the body does not use keeps the
    tagger's reading ("Two Wounded In Dayton", "Death of Jane Roe")."""
    low = len(re.findall(rf"\b{re.escape(word.lower())}\b", body))
    return low > len(re.findall(rf"{_INSIDE}{re.escape(word)}\b", body))


def _as_common(tok: Token) -> None:
    """A word the copy lower-cased as a common one ("in Bank blast": "bank") that the tagger
    still took for a name, and the body writes in lower case, is a common noun: its capital is
    the headline's style, so no rule that reads a capitalised proper noun as a place or a
    person ("a Madison apartment") reads it."""
    tok.tag_ = COMMON_TAGS[tok.tag_]
    tok.pos_ = "NOUN"
