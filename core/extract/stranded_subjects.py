"""A victim named by age or a person noun whom the parse strands in a coordination: "a girl
wounded herself in the foot and a 12-year-old died after a cousin fired" or "... and a
9-year-old was shot by a neighbor" ("... and a second man was hurt") hangs "a 9-year-old" on
the first clause as a conjunct, and "was shot" after it is left with no subject. The person
right before the verb's auxiliary is the one the passive verb tells of: one victim, read as
"a 9-year-old was shot" is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.factuality import factual, fatal
from core.extract.measures import Reading, harm_verb, lexicon
from core.extract.person_nouns import person_noun
from core.extract.shooting import shot_measure
from core.extract.victim_names import (
    CASUALTY_MEASURES,
    INDEFINITE,
    Found,
    an_age,
    victim_figure,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# how the parser hangs a death verb it left with no subject on the misread verb before it
_STRANDED_LINKS = frozenset({"advcl", "conj", "ccomp"})


def stranded_subject(verb: Token) -> Token | None:
    """The age phrase stranded right before the passive verb's auxiliary, if the verb has no
    subject of its own: "... and *a 9-year-old* was shot"."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    age = verb.doc[aux.i - 1]
    det = next((c for c in age.children if c.dep_ == "det"), None)
    if age.dep_ != "conj" or not _one_person(age) or det is None or det.lower_ not in INDEFINITE:
        return None
    return age


def _one_person(noun: Token) -> bool:
    """ "a 9-year-old", "a second man", "a bystander": one person by an age or a person noun."""
    return an_age(noun) or person_noun(noun)


def stranded_victims(sent: Span, told: Sequence[Found] = ()) -> list[Found]:
    """One victim for each "a N-year-old" conjunct the parse took from the passive casualty
    verb whose auxiliary follows it. The verb has no subject of its own, so a victim the
    sentence ``told`` already (the first clause's "a man was shot") is someone else, whatever
    harm they came to: only a figure on the same verb or noun is this one."""
    seen = {t.i for f in told for t in (f[1], f[3].anchor) if t is not None}
    found: list[Found] = []
    doc = sent.doc
    for tok in sent:
        if tok.dep_ != "conj" or not _one_person(tok) or tok.i + 1 >= sent.end:
            continue
        verb = doc[tok.i + 1].head
        stranded = stranded_subject(verb) if verb.i > tok.i + 1 else None
        if stranded is None or stranded.i != tok.i or seen & {tok.i, verb.i}:
            continue
        det = next(c for c in tok.children if c.dep_ == "det")
        measure = passive_harm(verb)
        if measure is None or not factual(verb):
            continue
        reading = Reading(measure=measure, noun=tok, anchor=verb,
                          rule=f"singular_victim:indefinite:{verb.lemma_.lower()}")
        found.append(victim_figure(sent, doc[det.i : tok.i + 1], 1.0, reading))
    return found


def passive_harm(verb: Token) -> Measure | None:
    """The casualty a passive verb tells of its subject ("was killed", "was shot": hurt
    unless the clause says dead, "was fatally wounded": dead)."""
    lemma = verb.lemma_.lower()
    measure = shot_measure(verb) if lemma == "shoot" else lexicon().verbs.get(lemma)
    if measure == "injured" and fatal(verb):
        return "killed"
    return measure if measure in CASUALTY_MEASURES else None


def stranded_deaths(sent: Span, told: Sequence[Found] = ()) -> list[Found]:
    """ "A woman shot during a robbery on Saturday has succumbed to her injuries": the parser
    reads the reduced passive "shot" as the woman's deed and leaves "has succumbed" with no
    subject; the person before that past verb (one, by an article) is the one who died."""
    seen = {t.i for f in told for t in (f[1], f[3].noun) if t is not None}
    lex = lexicon()
    found: list[Found] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in lex.intransitive or lex.verbs.get(lemma) != "killed":
            continue
        person = _reduced_subject(verb)
        if person is None or person.i in seen or not factual(verb):
            continue
        det = next(c for c in person.children if c.dep_ == "det")
        reading = Reading(measure="killed", noun=person, anchor=verb,
                          rule=f"singular_victim:indefinite:{lemma}")
        found.append(victim_figure(sent, sent.doc[det.i : person.i + 1], 1.0, reading))
    return found


def _reduced_subject(verb: Token) -> Token | None:
    """The one person whose reduced passive ("a woman shot ...") the parser made the verb
    above a subject-less death verb (which has its own auxiliary or tense)."""
    head = verb.head
    if (
        any(c.dep_ in _SUBJECTS for c in verb.children)
        or verb.dep_ not in _STRANDED_LINKS
        or head.tag_ not in ("VBD", "VBN")
        or not harm_verb(head)
        or any(c.dep_ in ("dobj", "attr") for c in head.children)
    ):
        return None
    person = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    det = None if person is None else next(
        (c for c in person.children if c.dep_ == "det"), None
    )
    if person is None or det is None or det.lower_ not in INDEFINITE or not _one_person(person):
        return None
    return person

