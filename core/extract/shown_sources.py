"""What a document or a tally shows is what its owner tells: "Interior ministry data show
homicides fell 8 percent", "Figures released by the Tarn Monitor on Sunday show attacks rose
by 20 percent". The tagger often reads the verb of showing after a plural as a noun ("data
show", "Sunday show") and hangs the clause on the material, so no reporting verb holds the
figure: the figures after it are the material's owner's, its compound or possessive ("the
ministry's data"), "released by X" or "from X". Material with no owner ("Data show ...")
gives none. A picture shows what happened and vouches for no figure ("CCTV footage shows
the gunmen ..."; ``visual_records``). Word lists: ``showing_verbs``, ``showing_particles``,
``visual_records`` and ``recorder_material`` of rules/cues.json.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.claim_places import dateline_end
from core.extract.cues import cues
from core.extract.source_names import POSSESSIVE, np_text
from core.extract.speakers import describing, statement_author
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# the material and its owner open the sentence: "Figures compiled by the Tarn Centre for
# Conflict Data (TCCD) and released on Sunday show ..."
MAX_SUBJECT_TOKENS = 25
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_BODY_LABELS = frozenset({"ORG", "NORP"})
# a verb the parser hung inside a noun phrase as one of its words ("figures from X show")
_NOMINAL = frozenset({"compound", "nmod", "amod"})


@functools.cache
def _showing() -> dict[str, str]:
    """Each form of a verb of showing, to its lemma."""
    table = load_rules("cues")["showing_verbs"]
    return {str(f): str(lemma) for lemma, forms in table.items() for f in forms}


@functools.cache
def showing_particles() -> dict[str, str]:
    """ "point": "to": the word a verb shows with only when it follows."""
    return {str(k): str(v) for k, v in load_rules("cues")["showing_particles"].items()}


def visual_record(verb: Token) -> bool:
    """ "CCTV footage shows the gunmen ...": a verb of showing whose subject is a picture,
    which shows what happened and reports no figure."""
    if verb.lemma_.lower() not in set(_showing().values()):
        return False
    visuals = word_set("cues", "visual_records")
    return any(
        c.dep_ == "nsubj" and (c.lower_ in visuals or c.lemma_.lower() in visuals)
        for c in verb.children
    )


def reports(verb: Token) -> bool:
    """A reporting use of the verb: "claimed responsibility", "claimed the lives" are not,
    nor a reduced passive that describes its noun ("nine suspects, men believed to be members
    of a gang, ...", "a man said to be a trader"): no one there reports."""
    if describing(verb):
        return False
    if verb.lemma_.lower() != "claim":
        return True
    return not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "life", "credit")
        for c in verb.children
    )


def shown_source(anchor: Token) -> str | None:
    """The owner of the material whose verb of showing, read as a noun, comes before the
    figure in its sentence ("PICSS figures show attacks rose by 34 percent": PICSS); None
    when there is none or the material names no owner."""
    sent = anchor.sent
    start = dateline_end(sent)
    for tok in sent.doc[start : anchor.i]:
        if not _misread_showing(tok):
            continue
        material = _material(tok, start)
        return _owner(material, tok, start) if material is not None else None
    return _closing(anchor)


def _closing(anchor: Token) -> str | None:
    """ "Attacks rose 34 percent, figures released by KRM on Sunday show.": a misread verb
    of showing that closes the sentence after a comma, its material after the comma."""
    sent = anchor.sent
    last = next((t for t in reversed(sent) if not t.is_punct), None)
    if last is None or last.i <= anchor.i or not _misread_showing(last):
        return None
    comma = next((t.i for t in reversed(sent.doc[anchor.i : last.i]) if t.text == ","), None)
    if comma is None:
        return None
    material = _material(last, comma + 1)
    return _owner(material, last, comma + 1) if material is not None else None


def _misread_showing(tok: Token) -> bool:
    """A form of a verb of showing the tagger read as a noun of its own ("data show"), not
    a show ("the Sunday show", "a show of force") nor a point ("a point to note")."""
    lemma = _showing().get(tok.lower_)
    if lemma is None or (tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ not in _NOMINAL):
        return False
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    particle = showing_particles().get(lemma)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if particle is not None:
        return nxt is not None and nxt.lower_ == particle
    return nxt is None or nxt.lower_ not in ("of", "'s", "’s")


def _material(verb: Token, start: int) -> Token | None:
    """The material that opens the sentence as the misread verb's subject ("Interior
    ministry data", "Figures released by X on Sunday"): the first material noun of a run
    with no finite verb of its own."""
    span = verb.doc[start : verb.i]
    if not 0 < len(span) <= MAX_SUBJECT_TOKENS or any(t.tag_ in _FINITE for t in span):
        return None
    material = word_set("cues", "recorder_material")
    return next(
        (t for t in span if t.pos_ == "NOUN" and {t.lower_, t.lemma_.lower()} & material), None
    )


def _owner(material: Token, verb: Token, start: int) -> str | None:
    """Whose the material is: "released by X", "X's", "from X", or the body its modifiers
    name ("Interior ministry data", "the KPW annual report")."""
    author = statement_author(material)
    if author is not None:
        return POSSESSIVE.sub("", _undated(author)) or None
    doc = material.doc
    # "Data from PICSS show": the parser may hang the name after "from" on the verb
    by = next((t for t in doc[material.i + 1 : verb.i] if t.lower_ in ("by", "from")), None)
    words = doc[by.i + 1 : verb.i] if by is not None else doc[start : material.i]
    bodies = [t for t in words if _names_body(t)]
    if not bodies or any(t.is_punct and t.text != "'" for t in doc[bodies[0].i : bodies[-1].i]):
        return None
    return POSSESSIVE.sub("", doc[bodies[0].i : bodies[-1].i + 1].text) or None


def _names_body(tok: Token) -> bool:
    """A word of a body's name: an organisation, a kind of institution, initials."""
    return (
        tok.ent_type_ in _BODY_LABELS
        or tok.lemma_.lower() in cues().institution_nouns
        or (tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) > 1)
    )


def _undated(name: Token) -> str:
    """ "PICSS" of "PICSS on Sunday": the name without the day the parser hung on it."""
    cut = next((
        child.i for child in name.children
        if child.dep_ == "prep" and child.i > name.i and any(
            o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children
        )
    ), None)
    return name.doc[name.left_edge.i : cut].text if cut is not None else np_text(name)
