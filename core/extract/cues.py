"""The reporting vocabulary of ``rules/cues.json``, shared by statements and claim attribution.

One home for the verbs, frames and nouns that say who says what: ``core/extract/statements.py``
reads statements with them and ``core/extract/attribution.py`` attributes figures with the same
verbs.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from core.rules import load_rules


@dataclass(frozen=True, slots=True)
class Cues:
    """The word lists of ``rules/cues.json``; verbs and nouns are matched by lemma."""

    reporting: frozenset[str]
    forms: frozenset[str]
    phrasal: dict[str, str]
    predicate: frozenset[str]
    non_clausal: frozenset[str]
    responsibility_verbs: frozenset[str]
    responsibility_objects: frozenset[str]
    attack_nouns: frozenset[str]
    perpetration_verbs: frozenset[str]
    blame_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    rejection_verbs: frozenset[str]
    rejection_objects: frozenset[str]
    not_rejected: dict[str, frozenset[str]]
    anonymity: tuple[str, ...]
    institution_nouns: frozenset[str]
    person_nouns: frozenset[str]
    titles: frozenset[str]
    generic_speakers: frozenset[str]
    document_nouns: frozenset[str]
    title_abbreviations: dict[str, str]
    person_pronouns: frozenset[str]
    institution_pronouns: frozenset[str]
    pronouns: frozenset[str]  # every pronoun: person, institution and the others
    possessives: frozenset[str]  # "its", "their": with the pronouns, no actor or source
    figure_reporting: frozenset[str]
    figure_reporting_of: frozenset[str]  # "spoke of 50 dead"
    # "the country recorded 700 attacks": a place that records figures is where they happened
    locus_verbs: frozenset[str]
    locus_nouns: frozenset[str]
    figure_objects: frozenset[str]
    keeping: dict[str, str]  # "stand" -> "by": "the agency stands by 11" keeps its own count
    distancing_verbs: frozenset[str]
    according_frames: tuple[str, ...]
    attributing: frozenset[str]  # verbs whose clause attributes a figure (claims)
    belief: frozenset[str]  # of those, the verbs of belief: "police believe ..." carries no further
    unvouched: frozenset[str]  # a question, promise or threat vouches for no figure in it
    title_minor_words: frozenset[str]
    word_titles: frozenset[str]  # titles that are whole words ("King"), not abbreviations
    verb_forms: dict[str, tuple[str, ...]]  # reporting lemma -> its inflected forms
    weak_forms: frozenset[str]  # forms that alone do not make a sentence worth parsing
    person_suffixes: tuple[str, ...]
    unnaming_words: frozenset[str]  # with a document noun, still no author ("the statement")
    sourceless: frozenset[str]  # a frame's object that names no source ("according to details")
    reader_verbs: frozenset[str]  # "data reviewed by X": X read it, did not author it
    telling: frozenset[str]  # "told X": X is whom they tell
    speaking_to: frozenset[str]  # "speaking to X": X is whom they speak to
    hearsay: frozenset[str]  # unnamed, not anaphoric: still the source ("according to reports")
    abbreviated_titles: dict[str, str]  # "Const." -> "constable": one token (core/extract/nlp.py)


@functools.cache
def cues() -> Cues:
    """The cue lists of ``rules/cues.json``, loaded once."""
    raw: dict[str, Any] = load_rules("cues")
    verbs: dict[str, list[str]] = raw["reporting_verbs"]
    return Cues(
        reporting=frozenset(verbs),
        forms=_cue_forms(raw, verbs),
        phrasal=dict(raw["phrasal_reporting"]),
        predicate=frozenset(raw["predicate_reporting"]),
        non_clausal=frozenset(raw["non_clausal_reporting"]),
        responsibility_verbs=frozenset(raw["responsibility_verbs"]),
        responsibility_objects=frozenset(raw["responsibility_objects"]),
        attack_nouns=frozenset(raw["attack_nouns"]),
        perpetration_verbs=frozenset(raw["perpetration_verbs"]),
        blame_verbs=frozenset(raw["blame_verbs"]),
        denial_verbs=frozenset(raw["denial_verbs"]),
        rejection_verbs=frozenset(raw["rejection_verbs"]),
        rejection_objects=frozenset(raw["rejection_objects"]),
        not_rejected={k: frozenset(v) for k, v in raw["not_rejected"].items()},
        anonymity=tuple(raw["anonymity"]),
        institution_nouns=frozenset(raw["institution_nouns"]),
        person_nouns=frozenset(raw["person_nouns"]),
        titles=frozenset(raw["titles"]),
        generic_speakers=frozenset(raw["generic_speakers"]),
        document_nouns=frozenset(raw["document_nouns"]),
        title_abbreviations=dict(raw["title_abbreviations"]),
        person_pronouns=frozenset(raw["person_pronouns"]),
        institution_pronouns=frozenset(raw["institution_pronouns"]),
        pronouns=frozenset(
            [*raw["person_pronouns"], *raw["institution_pronouns"], *raw["other_pronouns"]]
        ),
        possessives=frozenset(raw["possessive_pronouns"]),
        figure_reporting=frozenset(raw["figure_reporting"]),
        figure_reporting_of=frozenset(raw["figure_reporting_of"]),
        locus_verbs=frozenset(raw["locus_verbs"]),
        locus_nouns=frozenset(raw["locus_nouns"]),
        figure_objects=frozenset(raw["figure_objects"]),
        keeping=dict(raw["keeping_verbs"]),
        distancing_verbs=frozenset(raw["distancing_verbs"]),
        according_frames=tuple(raw["according_frames"]),
        attributing=_attributing(verbs, raw["figure_attribution"]),
        belief=frozenset(raw["figure_attribution"]["belief"]),
        unvouched=frozenset(raw["figure_attribution"]["unvouched"]),
        title_minor_words=frozenset(raw["title_minor_words"]),
        word_titles=frozenset(raw["word_titles"]),
        verb_forms={k: tuple(v) for k, v in verbs.items()},
        weak_forms=frozenset(raw["not_enough_to_select"]),
        person_suffixes=tuple(raw["person_suffixes"]),
        unnaming_words=frozenset(raw["unnaming_words"]),
        sourceless=frozenset(raw["sourceless_frame_nouns"]),
        reader_verbs=frozenset(raw["reader_verbs"]),
        telling=frozenset(raw["listener_verbs"]["object"]),
        speaking_to=frozenset(raw["listener_verbs"]["to"]),
        hearsay=frozenset(raw["hearsay_nouns"]),
        abbreviated_titles=dict(raw["abbreviated_titles"]),
    )


def _attributing(verbs: dict[str, list[str]], table: dict[str, list[str]]) -> frozenset[str]:
    """The verbs whose clause gives a figure to their subject: the reporting verbs, with the
    table's "also" and "belief" verbs, less its "except" ones."""
    return frozenset(verbs).union(table["also"], table["belief"]) - frozenset(table["except"])


def _cue_forms(raw: dict[str, Any], verbs: dict[str, list[str]]) -> frozenset[str]:
    """Every word form that may open a statement: the reporting verbs' forms, the frames,
    the responsibility, denial and distancing words, less those too weak to select one."""
    forms = {f for fs in verbs.values() for f in fs}
    forms.update(raw["according_to"])
    forms.update(raw["more_cue_forms"])
    forms.update(raw["responsibility_objects"])
    for lemma in (
        *raw["denial_verbs"],
        *raw["rejection_verbs"],
        *raw["responsibility_verbs"],
        *raw["distancing_verbs"],
    ):
        forms.add(lemma)
    forms.difference_update(raw["not_enough_to_select"])
    return frozenset(forms)
