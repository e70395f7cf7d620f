"""The town someone the report is about lives in, written before the word for the person
("an Allentown man", "a Dayton teen") and read by NER as a body's name: where a report's
figures are when it names no other town, no province and no country (local copy names the
victim's or the suspect's town and nothing else as often as not)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.extract.nlp import Chunk, sentence_ents
from core.extract.place_words import a_persons_town
from core.text import places


def resident_town(chunks: Sequence[Chunk]) -> str | None:
    """The town a report names most as someone's, before a person's word; None if none."""
    named: Counter[str] = Counter()
    for chunk in chunks:
        for sent in chunk.doc.sents:
            for ent in sentence_ents(sent):
                if ent.label_ != "ORG" or not a_persons_town(ent.root):
                    continue
                name = ent.text.removeprefix("the ").removeprefix("The ")
                if any(p.level == "city" for p in places.candidates(name)):
                    named[name] += 1
    return named.most_common(1)[0][0] if named else None
