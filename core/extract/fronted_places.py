"""A preposition opening a sentence before a place and a comma ("Near Sukkur, 14 people
drowned", "Outside Quetta, a blast killed 6 people"): capitalised, the tagger took it for the
first word of a name, the recogniser read "Near Sukkur" as a person, and the parser made that
person a second subject of the verb. So the place was lost and the "person" counted as one
more victim beside the 14. Mended after the recogniser, the word is the verb's preposition,
the name its object and a place. Tagged right, the preposition can still be run into a
"person" by the recogniser ("Inside Gaza,") or its place left with no entity at all ("Beyond
Peshawar,"): the entity is mended alone then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.extract.entity_spans import put_entities
from core.extract.facility_names import a_facility_name
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_fronted_places"
NAME_TAGS = frozenset({"NNP", "NNPS"})
OPENING_TAGS = NAME_TAGS | {"IN"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RUN_OVER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
MAX_NAME_WORDS = 4  # "Near Dera Ismail Khan,"


def mend_fronted_places(doc: Doc) -> Doc:
    """Make each sentence's opening preposition taken for a name's first word a preposition
    again, with the place after it as its object and entity."""
    if not doc.has_annotation("DEP"):
        return doc
    mended: list[Span] = []
    for sent in doc.sents:
        name = _fronted_place(sent)
        if name is not None:
            if sent[0].tag_ in NAME_TAGS:
                _rehang(sent[0], name)
            mended.append(Span(doc, name.start, name.end, label=_label(name)))
    if mended:  # the preposition goes with any entity the recogniser ran over it
        put_entities(doc, mended, cleared=[(m.start - 1, m.end) for m in mended])
    return doc


def _fronted_place(sent: Span) -> Span | None:
    """The place's name after the sentence's opening preposition the tagger took for a proper
    noun, when a comma closes the name and the gazetteer or the recogniser knows it as a
    place."""
    first = sent[0]
    prepositions = word_set("places", "fronted_prepositions")
    if first.tag_ not in OPENING_TAGS or first.lower_ not in prepositions:
        return None
    end = first.i + 1
    while end < sent.end and sent.doc[end].tag_ in NAME_TAGS and end - first.i <= MAX_NAME_WORDS:
        end += 1
    if end == first.i + 1 or end >= sent.end or sent.doc[end].text != ",":
        return None
    name = sent.doc[first.i + 1 : end]
    if first.tag_ == "IN" and (
        not _misread(name)
        or _places_its_own(sent, end)
        # "Beyond Jackson, two other deputies were wounded": besides a person, tagged and
        # labelled as a town after "Inside" would be
        or first.lower_ in word_set("places", "fronted_besides")
    ):
        return None
    known = places.lookup(name.text) is not None or a_facility_name(name)
    return name if known or any(t.ent_type_ in PLACE_LABELS for t in name) else None


def _misread(name: Span) -> bool:
    """Whether the recogniser lost a place the parser read right: no entity on the name, or
    one run over the preposition before it ("Inside Gaza" as a person). A date ("Around
    Christmas,", a town's name as well) or a name's own entity stays."""
    ent_starts = {t.ent_iob_ for t in name}
    if ent_starts == {"O"}:
        return True
    return name[0].ent_iob_ == "I" and name.doc[name.start - 1].ent_type_ in RUN_OVER_LABELS


def _places_its_own(sent: Span, comma: int) -> bool:
    """Whether the clause after the opening names a place of its own ("Beyond Nairobi, 15
    people were killed in Marsabit"; "Beyond Jackson, three officers were hurt in Memphis",
    a person's name a town bears): the opening's name is then no scene to mend."""
    return any(t.ent_type_ in PLACE_LABELS for t in sent.doc[comma + 1 : sent.end])


def _rehang(prep: Token, name: Span) -> None:
    """The preposition on the clause's verb, the name's last word its object, the name's other
    words that word's compounds."""
    verb = prep.sent.root
    head = name[-1]
    prep.tag_, prep.pos_ = "IN", "ADP"
    prep.head, prep.dep_ = verb, "prep"
    head.head, head.dep_ = prep, "pobj"
    for tok in name[:-1]:
        tok.head, tok.dep_ = head, "compound"


def _label(name: Span) -> str:
    labels = [t.ent_type_ for t in name if t.ent_type_ in PLACE_LABELS]
    return labels[0] if labels else "FAC" if a_facility_name(name) else "GPE"
