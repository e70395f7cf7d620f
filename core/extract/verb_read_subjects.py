"""A plural noun the tagger read as a verb right after "that": "Rebels said Saturday that
airstrikes on the port killed 16 people" can parse "airstrikes" as the reported clause's verb,
with "that" (or the "U.S." of "U.S. airstrikes") its subject, and "killed" as a second clause
of the report. The statement then
quotes "airstrikes on the port" alone, and the figure loses its doer. A complementizer is
no subject: re-hung after the parser, the word is the plural noun that is the next verb's
subject, as the parser reads "said airstrikes on the port killed 16 people"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_verb_read_subjects"
_THIRD_PERSON = frozenset({"VBZ"})
_CLAUSES = frozenset({"ccomp", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# plurals spelled with "-es" after a sibilant: "clashes", "blazes"
_SIBILANT_PLURALS = ("ches", "shes", "sses", "xes", "zes")
_MODIFIERS = frozenset({"PROPN", "NOUN", "ADJ"})


def rehang_verb_read_subjects(doc: Doc) -> Doc:
    """Make each "-s" word after "that", with "that" or the word before it for its subject,
    the subject of the finite verb that follows its phrase and has none."""
    for at in positions(doc, TAG, _THIRD_PERSON):
        word = doc[at]
        that = next((c for c in word.children if c.lower_ == "that" and c.i < at), None)
        subjects = [
            c for c in word.children if c.dep_ in _SUBJECTS and (that is None or c.i != that.i)
        ]
        if that is None or not word.lower_.endswith("s") or not _a_modifier(subjects, word):
            continue
        verb = _subjectless_verb_after(word)
        if verb is None:
            continue
        verb.head, verb.dep_ = word.head, word.dep_
        word.head, word.dep_ = verb, "nsubj"
        that.head, that.dep_ = verb, "mark"
        for modifier in subjects:  # "that U.S. airstrikes": the noun's modifier
            modifier.dep_ = "amod" if modifier.pos_ == "ADJ" else "compound"
        word.tag_, word.pos_ = "NNS", "NOUN"
        word.lemma_ = _singular(word.lower_)
    return doc


def _a_modifier(subjects: list[Token], word: Token) -> bool:
    """No subject but "that", or one noun or adjective right before the word that reads as
    its modifier ("U.S. airstrikes", "Israeli strikes"), never a pronoun ("it kills")."""
    if not subjects:
        return True
    one = subjects[0]
    return (
        len(subjects) == 1
        and one.i == word.i - 1
        and one.pos_ in _MODIFIERS
        and not any(c.dep_ != "compound" for c in one.children)
    )


def _subjectless_verb_after(word: Token) -> Token | None:
    """The finite verb right after the word's own phrase, hung beside it on the same head,
    with no subject of its own: the clause the word is the subject of."""
    if word.dep_ not in _CLAUSES or word.head.i >= word.i:
        return None
    after = word.right_edge.i + 1
    if after >= len(word.doc):
        return None
    verb = word.doc[after]
    if (
        verb.tag_ not in _FINITE
        or verb.head.i != word.head.i
        or verb.dep_ not in _CLAUSES
        or any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        return None
    return verb


def _singular(plural: str) -> str:
    if plural.endswith(_SIBILANT_PLURALS):
        return plural[:-2]
    return plural[:-1]
