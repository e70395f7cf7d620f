"""The place that counted a figure over its area: "Tarn recorded 17 attacks", "the
province saw 43 attacks in which 57 people died", "X district accounted for 9 attacks". A
place that records, sees or witnesses what the figure counts is the area of the tally, kept
over the report's town it holds (a checker files the figure under the province or country
the sentence makes its subject). The verbs are ``locus_verbs`` of ``rules/tallies.json``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.symbols import PROPN

from core.extract.cues import cues
from core.extract.name_roles import name_start
from core.extract.nlp import holds_lemma, tagged, word_ids
from core.extract.place_words import PLACE_LABELS, lexicon_places
from core.extract.recording_lands import reported_elsewhere
from core.extract.tree_distance import nearest
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Labels NER gives the places ``place_entities`` reads: those names are found there.
# A counting place's name: the subject itself ("Tarn recorded"), or the name before the
# unit noun that is ("X district alone accounted for").
_SUBJECT_DEPS = ("nsubj", "compound")
_NAME_POS = frozenset({PROPN})

# How a figure's word hangs on the noun the place's verb takes: that noun itself, a clause on
# it ("attacks that killed 23", "attacks in which 57 died"), a noun joined to it ("70 attacks
# and 112 deaths"); never an apposed part ("70 attacks, 31 of them in Wend").
_ON_THE_COUNTED = frozenset(
    {"relcl", "acl", "conj", "prep", "pobj", "nummod", "compound", "nsubj", "nsubjpass", "dobj"}
)


@functools.cache
def locus_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("tallies")["locus_verbs"])


def locus_area(num: Token, anchor: Token, named: list[tuple[Token, str]]) -> str | None:
    """The place ``named`` that is the subject of a ``locus_verbs`` verb whose object the
    figure (number ``num``, at ``anchor``) counts, or is told in a clause on; None when there
    is none, or when another place lies nearer the number ("31 of them in Wend")."""
    best = nearest(num, [(tok, (name, _counted_by(tok, num, anchor))) for tok, name in named])
    return best[0] if best is not None and best[1] else None


def _counted_by(place: Token, num: Token, anchor: Token) -> bool:
    verb = place.head
    if place.dep_ != "nsubj" or verb.i == place.i or verb.lemma_.lower() not in locus_verbs():
        return False
    if reported_elsewhere(verb):
        return False  # "Kyiv reported 12 attacks in the Donetsk region": its government
    node = num
    while node.head.i not in (node.i, verb.i):
        if node.dep_ not in _ON_THE_COUNTED:
            return False
        node = node.head
    if node.head.i != verb.i:
        return False
    # "witnessed 96 attacks"; "accounted for fourteen attacks"
    return node.dep_ == "dobj" or (
        node.dep_ == "prep" and node.lower_ == "for" and anchor.i != node.i
    )


def counting_places(sent: Span, start: int) -> list[tuple[Token, str]]:
    """The places NER left unlabelled, or took for a body's name, that are the subject of a
    ``locus_verbs`` verb: "X recorded 41 massacres" of a state the gazetteer knows, "X
    district alone accounted for 14 attacks" (the unit noun stands for the place)."""
    if not _counts_in_chunk(sent.doc):
        return []  # both readings ask for a counting verb: the chunk has none
    out: list[tuple[Token, str]] = []
    for tok in tagged(sent, start, pos=_NAME_POS, deps=_subject_deps()):
        if tok.ent_type_ in PLACE_LABELS or not tok.text[:1].isupper() or _a_pronoun(tok):
            continue  # "'We have recorded 24 dead,' he said": a speaker, whatever town is "We"
        unit = tok.head if tok.dep_ == "compound" else tok
        verb = unit.head
        if unit.dep_ != "nsubj" or verb.lemma_.lower() not in locus_verbs():
            continue
        if reported_elsewhere(verb):
            continue
        # what it counted is a figure ("recorded 41 massacres"), not "suffered a blow"
        if not any(t.pos_ == "NUM" and t.i > verb.i for t in verb.subtree):
            continue
        if unit is not tok and (
            unit.lower_ not in lexicon_places().area_nouns
            or any(c.dep_ == "compound" and c.i > tok.i for c in unit.children)
        ):
            continue
        name = tok.doc[name_start(tok) : tok.i + 1].text
        if name.lower() in cues().institution_nouns or tok.lower_ in cues().institution_nouns:
            # "Police registered 1,093 cases", "Chicago Police reporting 3,165 shootings": a
            # body, whatever town shares its name or names it
            continue
        if places.resolve(name) is not None:
            out.append((unit, name if unit is tok else f"{name} {unit.text}"))
    return out + [p for p in _gapped_places(sent, start) if p not in out]


def counting_areas(sent: Span, start: int) -> list[Token]:
    """ "The province saw 87 attacks in April", "the state recorded 312 murders": an area noun
    named again ("the province") as the subject of a ``locus_verbs`` verb that counts a
    figure; the caller reads the area the report named that kind of area by."""
    if not _counts_in_chunk(sent.doc):
        return []
    areas = lexicon_places().area_nouns
    return [
        tok
        for tok in sent[max(start - sent.start, 0) :]
        if tok.dep_ == "nsubj"
        and tok.lower_ in areas
        and tok.head.lemma_.lower() in locus_verbs()
        and any(t.pos_ == "NUM" and t.i > tok.head.i for t in tok.head.subtree)
    ]


def _a_pronoun(tok: Token) -> bool:
    """A pronoun the tagger calls one ("We", "It"), not "US" written as a country."""
    return tok.pos_ == "PRON" and not tok.text.isupper()


def _counts_in_chunk(doc: Doc) -> bool:
    """A word of the parsed chunk is a ``locus_verbs`` verb, read once a chunk."""
    found: bool | None = doc.user_data.get(_LOCUS_MEMO)
    if found is None:
        found = doc.user_data[_LOCUS_MEMO] = holds_lemma(doc, locus_verbs())
    return found


_LOCUS_MEMO = "claimdesk_locus_verbs"
# What joins a gapped clause to the one whose verb it leaves out: "..., and Y 27".
_GAP_JOINS = frozenset({"and", ",", "while"})


def _gapped_places(sent: Span, start: int) -> list[tuple[Token, str]]:
    """ "X recorded 48 attacks, and Y 27 attacks": the place of a clause that leaves out the
    counting verb of the clause before, written right before its figure; the parser hangs
    the name on the figure's noun, and NER may take the name with the figure for a law's."""
    doc = sent.doc
    return [
        (tok, doc[name_start(tok) : tok.i + 1].text)
        for tok in tagged(sent, start, pos=_NAME_POS, deps=frozenset())
        if a_gapped_place(tok)
    ]


def a_gapped_place(tok: Token) -> bool:
    """The name is the place of a gapped clause ("..., and Y 27") after a place's counting
    verb ("X recorded 48 attacks") in its sentence."""
    doc = tok.doc
    # the word tests first: the name's start walks its subtree, and most names have no figure
    if (
        tok.pos_ != "PROPN"
        or tok.ent_type_ in PLACE_LABELS
        or tok.i + 1 >= len(doc)
        or not doc[tok.i + 1].like_num
        or tok.i + 1 >= tok.sent.end
    ):
        return False
    first = name_start(tok)
    if first < 1 or doc[first - 1].lower_ not in _GAP_JOINS:
        return False
    counting = (
        t for t in doc[tok.sent.start : first]
        if t.lemma_.lower() in locus_verbs() and any(c.dep_ == "nsubj" for c in t.children)
    )
    return any(True for _ in counting) and places.resolve(doc[first : tok.i + 1].text) is not None


def anothers_gap(tok: Token, num: Token) -> bool:
    """ "X recorded 52 attacks and Y 41": the gapped clause's place (Y) is the figures' after
    it, never the one before it."""
    return tok.i > num.i and a_gapped_place(tok)


@functools.cache
def _subject_deps() -> frozenset[int]:
    return word_ids(_SUBJECT_DEPS)
