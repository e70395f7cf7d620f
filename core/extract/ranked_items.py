"""The area of each figure of a list a statistics report ranks its areas by, each item its
name then its figure: "Tarnland accounted for 310 of the raids, Wend for 204 and Ostmark
for 97", "Ostmark province recorded the most deaths, with 120, followed by Wend with 88",
"Tarnland recorded 61 deaths, Wend 40 and Ostmark 12", "Ostmark followed with 30 killed and
42 hurt". Each figure counts for the name written right before it in its own item; the
list's first item is the subject of its clause. The parser hangs the gapped items anywhere
(a name on the figure before, a figure on the name after), so the item is read as written:
a name after a comma, "and" or "followed by", then "for", "with", "at", "(" or nothing, then
the figure. A figure joined by "and" to the figure of its item ("30 killed and 42 hurt")
counts for the same name.

Only in a list: a name heads an item when the sentence holds another item, or the clause
ranks its subject ("recorded the most deaths", "remained the most violent province").
The names of one list are of one kind: areas when one of them is a place the gazetteer
knows; never a party or a kind of victim ("Children accounted for 81, women for 47")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.ranked_subjects import SUPERLATIVES
from core.rules import load_rules, word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ITEM_SLOTS = frozenset({"for", "with", "at", "("})  # "Wend for 204", "Wend with 88", "Wend (88)"
ITEM_OPENERS = frozenset({",", ";", "and"})  # what ends the item before: ", Wend for 204"
FOLLOWED = frozenset({"follow"})  # "followed by Wend with 88"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
LEAD_SLOTS = frozenset({"pobj", "dobj", "nummod", "attr"})
MAX_JOINED = 3  # "30 killed and 42 hurt and 9 missing": figures of one item
MAX_SLOT_CLIMB = 5  # "with 133 deaths" on "the highest toll" on "recorded"


def ranked_item_area(num: Token) -> str | None:
    """The area of the list item the figure stands in, when the figure is one of a ranked
    list's and the list's names are areas; None for any other figure."""
    name = _own_name(num)
    if name is None or all(t.lower_ in _units() for t in name):
        return None  # "Province recorded 612": the kind, read in a headline, names no area
    names = _item_names(num.sent)
    if len(names) < 2 and not _ranks_its_subject(num):
        return None
    if not any(_an_area(n) for n in names) or any(_party_words(n) for n in names):
        return None
    return name.text


def _own_name(num: Token) -> Span | None:
    """The name of the item the figure stands in: written right before it, after the item's
    opener ("..., Wend for 204"), the subject of the clause the first item's figure fills
    ("Tarnland accounted for 310"), or the name of the figure "and" joins it to."""
    start = num.sent.start  # a joined figure is of the same sentence
    for _ in range(MAX_JOINED):
        name = _gapped_name(num, start) or _lead_name(num)
        if name is not None:
            return name
        joined = _joined_figure(num, start)
        if joined is None:
            return None
        num = joined
    return None


def _gapped_name(num: Token, start: int) -> Span | None:
    """The name written right before the figure; ``start`` is the sentence's first token."""
    doc = num.doc
    j = num.i - 1
    if j > start and doc[j].lower_ in ITEM_SLOTS:
        j -= 1
    name = _name_ending(doc, j, start)
    if name is None or name.start <= start:
        return None
    opener = doc[name.start - 1]
    if opener.lower_ == "the" and name.start - 2 >= start:
        opener = doc[name.start - 2]  # "and the Ost region for 250"
    if opener.lower_ in ITEM_OPENERS and any(
        t.like_num for t in doc[start : name.start]  # the list's figures before
    ):
        return name
    if opener.lower_ == "by" and opener.i - 1 >= start and (
        doc[opener.i - 1].lemma_.lower() in FOLLOWED
    ):
        return name
    return None


def _lead_name(num: Token) -> Span | None:
    """ "Tarnland accounted for 310", "Ostmark province recorded the most deaths, with 120":
    the subject of the clause whose slot the figure fills."""
    tok = num
    for _ in range(MAX_SLOT_CLIMB):
        if (tok.dep_ not in LEAD_SLOTS and tok.dep_ != "prep") or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS and c.i < num.i), None)
    if subject is None:
        return None
    name = _named(subject)
    return name if name is not None and name.end <= num.i else None


def _joined_figure(num: Token, start: int) -> Token | None:
    """ "30 killed and 42 hurt", "48 attacks and 61 deaths": the figure "and" joins this one
    to, its measure word between them; ``start`` is the sentence's first token."""
    doc = num.doc
    j = num.i - 1
    if j - 2 < start or doc[j].lower_ != "and" or not doc[j - 2].like_num:
        return None
    word = doc[j - 1]
    return doc[j - 2] if word.pos_ in ("NOUN", "VERB", "ADJ") else None


def _name_ending(doc: Doc, j: int, start: int) -> Span | None:
    """The proper name, or a name and its area noun ("Ostmark province"), ending at j."""
    if j < start:
        return None
    end = j + 1
    if doc[j].pos_ == "NOUN" and doc[j].lower_ in _units():
        j -= 1  # "Ostmark province"
    k = _name_start(doc, j, start)
    if k == j:
        return None
    if k - 1 >= start and doc[k].lower_ == "and":
        whole = _name_start(doc, k - 1, start)
        if whole < k - 1 and places.lookup(doc[whole + 1 : end].text) is not None:
            return doc[whole + 1 : end]  # one place named with "and" ("Ost and Wend Islands")
    return doc[k + 1 : end]


def _name_start(doc: Doc, j: int, start: int) -> int:
    """The token before the proper name ending at j."""
    k = j
    while k >= start and doc[k].pos_ == "PROPN" and doc[k].ent_type_ != "DATE":
        k -= 1
    return k


def _named(subject: Token) -> Span | None:
    """The subject's name: a proper name with its compounds, or an area noun with the name
    before it ("Ostmark province", the tagger taking the name for an adjective)."""
    doc = subject.doc
    if subject.ent_type_ == "DATE":
        return None  # "May was the bloodiest month, with 21": a month ranked, not an area
    if any(c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" for c in subject.children):
        return None  # "Wend, Ost and Tarn together saw 20": the areas' joint figure
    if subject.pos_ == "PROPN":
        start = min([subject.i, *(c.left_edge.i for c in subject.children if c.dep_ == "compound")])
        return doc[start : subject.i + 1]
    if subject.pos_ != "NOUN" or subject.lower_ not in _units():
        return None
    left = [
        c for c in subject.lefts
        if c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.tag_ not in SUPERLATIVES
    ]
    if not left:
        return None
    return doc[min(c.left_edge.i for c in left) : subject.i + 1]


def _item_names(sent: Span) -> list[Span]:
    """The names of the sentence's items, each once. Remembered on the parsed chunk: each
    figure of the sentence asks."""
    memo: dict[tuple[int, int], list[Span]] = sent.doc.user_data.setdefault(
        "claimdesk_item_names", {}
    )
    key = (sent.start, sent.end)
    if key not in memo:
        seen: dict[tuple[int, int], Span] = {}
        for tok in sent:
            if tok.like_num:
                name = _gapped_name(tok, sent.start) or _lead_name(tok)
                if name is not None:
                    seen.setdefault((name.start, name.end), name)
        memo[key] = list(seen.values())
    return memo[key]


def _ranks_its_subject(num: Token) -> bool:
    """ "Ostmark recorded the most deaths, with 120", "remained the most violent province,
    with 61": the clause ranks its subject among the areas."""
    verb = num
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(
        t.tag_ in SUPERLATIVES
        for c in verb.children if c.dep_ in ("dobj", "attr", "acomp")
        for t in c.subtree
    )


def _an_area(name: Span) -> bool:
    """A place the gazetteer knows, or a name its kind calls an area ("the Ost region")."""
    return _known(name.text) or name[-1].lower_ in _units()


def _known(name: str) -> bool:
    return places.lookup(name) is not None or places.resolve(name) is not None


def _party_words(name: Span) -> bool:
    """ "Government forces for 140", "the Police Reserve with 40": who, not where."""
    words = {t.lower_ for t in name}
    return bool(words & _parties())


@functools.cache
def _parties() -> frozenset[str]:
    raw = load_rules("places")
    return (
        frozenset(raw["side_nouns"]) | frozenset(raw["force_words"])
        | word_set("places", "breakdown_parties") | word_set("places", "organisation_nouns")
    )


def _units() -> frozenset[str]:
    return word_set("places", "breakdown_units")
