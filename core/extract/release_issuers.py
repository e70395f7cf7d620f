"""Who issued a release the report names with no author: "Police arrested two men in the
border town. A statement said on Sunday that they were carrying arms." The statement is the
body's the sentence before names as acting ("Police"), as the figures a report's material
tells are the body's named right before them (``material_sources``); an author named with the
release ("a statement issued by the district police", "a statement from the army") is read
where the document is (``speakers.statement_author``), and a doer that is no body ("Gunmen
attacked a post. A statement said ..."), one that struck ("Hamas fired rockets ...": who struck,
not who speaks of the harm), a joint statement, a place, or a sentence that tells no deed
gives none (issue #11, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# the article of a release named for the first time; "the statement" is one named before
# (``source_anaphora``)
_INDEFINITE = frozenset({"a", "an"})
_NO_BODY_ENTITIES = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP", "DATE", "TIME"})


def unsigned_release(document: Token) -> bool:
    """ "A statement", "a press release"; "a police statement" or "a military statement" is
    no unsigned one (its modifier names the body): a release with "a" and no other word naming
    anyone."""
    if document.lemma_.lower() not in word_set("cues", "unsigned_releases"):
        return False
    lefts = list(document.lefts)
    if not lefts or lefts[0].lower_ not in _INDEFINITE:
        return False
    if any(t.lower_ in word_set("cues", "shared_release_words") for t in lefts):
        return False  # "a joint statement": several bodies'
    return all(t.lower_ == "press" or _unnaming_adjective(t) for t in lefts[1:])


def _unnaming_adjective(word: Token) -> bool:
    """ "a brief statement", "an official statement", "a daily bulletin" name no one; "a
    military statement" names the body an adjective of the same form as its noun does, as "a
    police statement" does."""
    if word.dep_ != "amod" or word.pos_ != "ADJ":
        return False
    # "a daily bulletin": how often it comes out, not the newspaper "the daily"
    if word.lower_ in word_set("cues", "release_periods"):
        return True
    return word.lower_ not in word_set("cues", "institution_nouns")


def issuer_before(document: Token) -> Token | None:
    """The body acting before the release: in the clause the release closes ("Police raided
    two houses and arrested 9, a press release said"), else in the sentence right before
    the release's; the active subject of its main verb, a body by kind or name, not a place."""
    verb = document.head
    told = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i),
        None,
    ) if document.dep_ == "nsubj" else None
    own = _sole_doer(told) if told is not None else None
    sent = document.sent
    if own is not None or sent.start == 0:
        return own
    return _acting_body(document.doc[sent.start - 1].sent.root)


def _sole_doer(told: Token) -> Token | None:
    """The body acting in the clause a release closes, when it alone did all its deeds: not
    one of a joint subject ("Police and the army arrested 12"), with no other doer in a
    clause joined to it ("..., and the army detained 8 more") and no deed that struck among
    its verbs ("destroyed three hideouts and killed 9", "opened fire, killing 4")."""
    body = _acting_body(told)
    if body is None or any(t.dep_ == "conj" for t in body.subtree):
        return None
    for verb in _deed_verbs(told):
        if verb.lemma_.lower() in word_set("cues", "striking_deeds"):
            return None
        if any(c.dep_ == "nsubj" and c != body for c in verb.children):
            return None
        if verb != told and _after_a_doer(verb):
            return None
    return body


def _after_a_doer(verb: Token) -> bool:
    """ "rescued 31 villagers and the coast guard evacuated 7": a verb sharing its subject
    follows "and" or a comma; one set right after a noun has that noun for its doer, which the
    parser may have read as a conjunct of the object."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1
    return verb.doc[before].pos_ in ("NOUN", "PROPN") and verb.dep_ == "conj"


def _deed_verbs(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it or hung on it as its participles."""
    verbs = [verb]
    for child in verb.children:
        if child.pos_ in ("VERB", "AUX") and child.dep_ in ("conj", "advcl", "xcomp"):
            verbs.extend(_deed_verbs(child))
    return verbs


def _acting_body(root: Token) -> Token | None:
    """The body that does the deed of ``root``, a verb: its active subject."""
    if root.pos_ != "VERB":
        return None  # "The army is on alert.": no deed
    if root.lemma_.lower() in word_set("cues", "striking_deeds"):
        return None  # "Hamas fired rockets at ...": who struck, not who speaks of the harm
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ in _NO_BODY_ENTITIES:
        return None
    lemma = subject.lemma_.lower()
    if lemma in word_set("cues", "locus_nouns"):
        return None  # "The city saw heavy rain"
    if subject.ent_type_ == "ORG" or lemma in word_set("cues", "institution_nouns"):
        return subject
    return None
