"""Place names joined by a Persian izafe ("Pul-i-Khumri", "Sar-e Pul", "Mazar-i-Sharif") read
as one word before the tagger sees them.

The tokenizer splits such a name at its hyphens into a capitalised word, a hyphen, a one- or
two-letter particle and another word; the tagger and the recogniser then read the pieces as
they come ("e" a noun, "Pul province" a province of its own), so a report's town is clipped to
its tail or lost. A run the gazetteer knows as one place (in any of its spellings,
``core.text.places.candidates``) is merged into one token; anything else ("Lashkar-e-Taiba",
a party's name) keeps its pieces, unless it stands where a place stands ("in Gulberg-e-Noor":
a quarter the gazetteer lacks, which the recogniser would clip to its tail).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import ORTH

from core.extract.word_positions import positions
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the particle between the two words: "-e-", "-i-", "-ul-" ("Dar-ul-Aman"), "-ye-"
IZAFE = frozenset({"e", "i", "ul", "ud", "al", "ye"})
COMPONENT = "claimdesk_name_joins"
MARKS = "claimdesk_name_marks"
# a token only a merge makes: the tokenizer splits every such hyphen
_HYPHENS = frozenset({"-"})
_JOINED = re.compile(r"[A-Z][A-Za-z]*-(?:e|i|ul|ud|al|ye)[- ][A-Z]", re.IGNORECASE)


def _a_name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _joined_end(doc: Doc, i: int) -> int | None:
    """The end of an izafe run opening at ``doc[i]`` ("Pul" "-" "i" "-" "Khumri", or
    "Sar" "-" "e" "Pul"), None when none opens there."""
    n = len(doc)
    if i + 3 >= n or not _a_name_word(doc[i]) or doc[i].whitespace_:
        return None
    hyphen, particle = doc[i + 1], doc[i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or particle.lower_ not in IZAFE:
        return None
    if not particle.whitespace_ and i + 4 < n:
        # "Pul-i-Khumri": a second hyphen, then the word
        if doc[i + 3].text == "-" and not doc[i + 3].whitespace_ and _a_name_word(doc[i + 4]):
            return i + 5
        return None
    # "Sar-e Pul": the particle then a space
    return i + 4 if particle.whitespace_ and _a_name_word(doc[i + 3]) else None


def _a_place_run(doc: Doc, start: int, end: int) -> bool:
    """An izafe run that names a place: one the gazetteer knows, or one the gazetteer lacks
    right after a word of place ("in Gulberg-e-Noor") or before a locality's ("the
    Gulshan-e-Iqbal area") that opens with no group's word ("in Lashkar-e-Taiba's ranks")."""
    if places.candidates(doc[start:end].text):
        return True
    # "in the Gulshan-e-Iqbal area": a locality's word after the run names it as well
    placed = start > 0 and doc[start - 1].lower_ in word_set("places", "izafe_place_words")
    areas = word_set("places", "izafe_area_words")
    placed = placed or (end < len(doc) and doc[end].lower_ in areas)
    placed = placed or _an_address_part(doc, start, end)
    return placed and doc[start].lower_ not in word_set("places", "not_town_names")


def _an_address_part(doc: Doc, start: int, end: int) -> bool:
    """A run between an address's commas: after a numbered block ("in Block 7,
    Gulshan-e-Iqbal") or after an address's part or a word of place and before the town that
    holds it ("on Rashid Minhas Road, Gulshan-e-Iqbal, Karachi", "from Gulshan-e-Maymar,
    Karachi"); a run before a town's comma after any other word, or before a town that
    qualifies a noun, is a body's branch ("members of Jamaat-e-Islami, Peshawar",
    "Majlis-e-Ahrar, Lahore activists")."""
    after_comma = start > 1 and doc[start - 1].text == ","
    if after_comma and doc[start - 2].like_num:
        # a numbered unit's number ("Block 7,"), not a date's, a year's or a count's
        units = word_set("places", "izafe_address_unit_words")
        return start > 2 and doc[start - 3].lower_ in units
    led_in = start > 0 and doc[start - 1].lower_ in word_set("places", "izafe_town_lead_ins")
    if not led_in or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    town = places.lookup(doc[end + 1].text)
    return town is not None and town.level == "city" and not _a_qualified_noun(doc, end + 2)


def _a_qualified_noun(doc: Doc, i: int) -> bool:
    """A plain word after the town, which the town qualifies ("Karachi workers", "Lahore
    chapter"), not the word after an address ("Karachi on Monday", "Karachi, police said")."""
    return i < len(doc) and doc[i].is_alpha and doc[i].is_lower and not doc[i].is_stop


def join_izafe_names(doc: Doc) -> Doc:
    """Merge every izafe run that names a place into one token."""
    spans = []
    i = 0  # where the next run may open: runs do not overlap
    # a run opens right before a hyphen: no Token is built for the other words
    for hyphen in positions(doc, ORTH, _HYPHENS):
        start = hyphen - 1
        if start < i:
            continue
        end = _joined_end(doc, start)
        if end is not None and _a_place_run(doc, start, end):
            spans.append(doc[start:end])
            i = end
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def mark_izafe_names(doc: Doc) -> Doc:
    """A merged name is a proper noun naming a place: the tagger and the recogniser, seeing a
    word they never met, may take it for a common noun and leave it unlabelled."""
    from spacy.tokens import Span

    spans = []
    strings = doc.vocab.strings
    # the words with a hyphen told on the ids: a Token only for them
    for at in [i for i, o in enumerate(doc.to_array(ORTH).tolist()) if "-" in strings[o]]:
        tok = doc[at]
        if _JOINED.match(tok.text):
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            if not tok.ent_type_:
                spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    if spans:
        doc.set_ents(spans, default="unmodified")
    return doc
