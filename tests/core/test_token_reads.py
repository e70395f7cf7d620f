"""The rules read a sentence's parts of speech and dependencies off the parse's id columns and
build a Token only for a word a test can take (core/extract/nlp.py ``tagged``): the places
found are the same, and the words no test asks for are never built. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.symbols import PROPN

from core.extract.chunk_texts import span_text
from core.extract.nlp import (
    any_lemma,
    capitalised,
    fine_tagged,
    holds_form,
    holds_lemma,
    load_splitter,
    of_part,
    proper_nouns,
    tagged,
    word_ids,
)
from core.extract.unlabelled_places import unlabelled_places

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

NAMES = frozenset({PROPN})
OBJECTS = word_ids(["pobj"])


def test_kept_are_the_names_and_the_words_hung_so(nlp: Language) -> None:
    sent = nlp("Gunmen stormed a Velmora checkpoint in the hills on Sunday.")[:]
    kept = [t.text for t in tagged(sent, sent.start, pos=NAMES, deps=OBJECTS)]
    assert "Velmora" in kept  # a proper noun
    assert "hills" in kept  # the object of "in"
    for word in ("Gunmen", "stormed", "a", "the", "."):
        assert word not in kept  # no test of a place asks for them


def test_nothing_is_kept_before_the_start(nlp: Language) -> None:
    sent = nlp("Orlin Tavers reached Kesbury on Monday.")[:]
    after = [t.text for t in tagged(sent, 2, pos=NAMES, deps=OBJECTS)]
    assert "Orlin" not in after
    assert "Tavers" not in after
    assert "Kesbury" in after


def test_kept_in_order_within_the_span(nlp: Language) -> None:
    doc = nlp("Police found Varno. Troops reached Delbrin and Ostmark.")
    second = list(doc.sents)[1]
    kept = tagged(second, 0, pos=NAMES, deps=OBJECTS)
    assert [t.i for t in kept] == sorted(t.i for t in kept)
    assert all(second.start <= t.i < second.end for t in kept)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a post's town, a name put in a province, a name after a locative preposition
        ("Gunmen stormed the Tarvel police station on Monday.", ["Tarvel"]),
        ("Rebels overran Quindor in Balochistan province overnight.", ["Quindor"]),
        ("Rebels overran Quindor village in Vask district overnight.", ["Quindor village"]),
        ("Two men were shot dead in Brelham on Friday.", ["Brelham"]),
        # no name where a place stands: nothing
        ("Two men were shot dead on Friday, police said.", []),
        ("The minister met the families at noon.", []),
    ],
)
def test_unlabelled_places_are_read_from_the_kept_words(
    nlp: Language, text: str, names: list[str]
) -> None:
    sent = nlp(text)[:]
    found = [name for _, name in unlabelled_places(sent, 0, set(), {})]
    assert all(n in found for n in names)
    if not names:
        assert found == []


def test_the_splitter_tokenizes_with_the_full_pipelines_tokenizer(nlp: Language) -> None:
    splitter = load_splitter()
    assert splitter.tokenizer is nlp.tokenizer  # built once a process, not twice
    assert splitter.vocab is nlp.vocab  # a word met while splitting is known when parsing


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Two men were shot in Brelham. Police said the gunmen fled.", 2),
        # a title abbreviation does not end a sentence: the speaker is not cut at the title
        ("Three were hurt, spokesperson Const. Ann Velder said on Monday.", 1),
        ("Sgt. Rumi Kessel said four were held. The raid ended at noon.", 2),
    ],
)
def test_the_splitter_splits_as_the_language_does(text: str, sentences: int) -> None:
    doc = load_splitter()(text)
    assert len(list(doc.sents)) == sentences
    assert [t.text for t in doc] == [t.text for t in load_splitter().tokenizer(text)]


def test_a_works_noun_is_looked_for_only_after_a_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.extract import facility_towns

    asked: list[str] = []
    real = facility_towns._works_of

    def counted(tok: Token) -> Token | None:
        asked.append(tok.text)
        return real(tok)

    monkeypatch.setattr(facility_towns, "_works_of", counted)
    sent = nlp("A gunman opened fire at a Rellick packaging plant on Monday.")[:]
    facility_towns.facility_towns(sent)
    assert "Rellick" in asked
    for word in ("gunman", "opened", "fire", "at", "a", "packaging", "plant", "."):
        assert word not in asked


@pytest.mark.parametrize(
    ("text", "named", "kept"),
    [
        # "this island" points to a place named before: the sea only says where it lies
        ("An aftershock rocked this island in the Arabian Sea.", "Arabian Sea", False),
        # no sea named: the sentence's words are not read for a place pointed to
        ("An aftershock rocked this island near Kelvar.", "Kelvar", True),
    ],
)
def test_a_sentence_is_read_for_a_pointed_place_only_when_it_names_a_sea(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, named: str, kept: bool
) -> None:
    from core.extract import aside_places, place_descriptions

    read: list[bool] = []
    real = place_descriptions.place_kinds

    def counted() -> frozenset[str]:
        read.append(True)
        return real()

    monkeypatch.setattr(aside_places, "place_kinds", counted)
    sent = nlp(text)[:]
    found = [(t, named) for t in sent if t.text == named.rsplit(maxsplit=1)[-1]]
    assert (aside_places.without_waters(sent, found) == found) is kept
    assert bool(read) is not kept


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Two men were shot in Balochistan on Monday.", {"province": "Balochistan"}),
        # the other side of a border is not the story's province
        ("Troops were sent to the Punjab border on Monday.", {}),
    ],
)
def test_a_sentences_provinces_are_remembered_from_its_own_entities(
    nlp: Language, text: str, areas: dict[str, str]
) -> None:
    from core.extract.place_roles import remember_areas

    doc = nlp("Police said the road was closed. " + text)
    found: dict[str, str] = {}
    remember_areas(list(doc.sents)[-1], found)
    assert {k: v for k, v in found.items() if k == "province"} == areas


def test_a_sentences_figures_are_read_off_the_chunks_text(nlp: Language) -> None:
    from core.extract.nlp import Chunk
    from core.extract.sentence_figures import sentence_figures
    from core.settings import DEFAULT_SETTINGS

    text = "Police said the road was closed. Four men were shot dead and 12 hurt in Velmora.  "
    chunk = Chunk(offset=40, doc=nlp(text))
    second = list(chunk.doc.sents)[1]
    found = sentence_figures(second, chunk, DEFAULT_SETTINGS, None)
    assert [span.text for _, _, span in found] == ["Four", "12"]
    assert all(num.sent == second for _, num, _ in found)


@pytest.mark.parametrize(
    ("text", "skip_to", "start"),
    [
        # no dateline: the sentence's own start
        ("Four men were shot dead in Velmora on Monday.", -1, 0),
        # a headline line above the dateline, parsed into the sentence: its line's start
        ("Four shot dead\nVELMORA: Four men were shot dead on Monday.", 24, 15),
    ],
)
def test_a_dateline_line_starts_where_its_line_does(
    nlp: Language, text: str, skip_to: int, start: int
) -> None:
    from core.extract.claim_places import _line_start

    assert _line_start(nlp(text)[:], skip_to) == start


def test_capitals_read_off_the_ids_are_the_words_own(nlp: Language) -> None:
    doc = nlp("Militants attacked the Harwick district police post, officials in Tarnby said.")
    sent = doc[2:9]
    assert capitalised(doc, sent.start, sent.end) == [t.text[:1].isupper() for t in sent]
    assert capitalised(doc, 0, 0) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Velmora recorded 48 attacks in the year, the survey found.", True),
        ("The district has witnessed nine raids since May.", True),
        ("Two men were shot dead in Brelham on Friday.", False),
    ],
)
def test_a_chunk_holds_a_lemma_as_its_words_do(nlp: Language, text: str, held: bool) -> None:
    doc = nlp(text)
    verbs = frozenset({"record", "witness"})
    assert holds_lemma(doc, verbs) is held
    assert held == any(t.lemma_.lower() in verbs for t in doc)


@pytest.mark.parametrize(
    ("text", "sentence", "held"),
    [
        ("Troops detained a courier. Nobody was hurt.", 0, True),
        ("Troops detained a courier. Nobody was hurt.", 1, False),  # the other sentence's
        ("Nobody was hurt. Police Arrested a driver in Osterby.", 1, True),  # in capitals
        ("Police questioned a driver in Osterby.", 0, False),
    ],
)
def test_a_sentence_has_a_lemma_as_its_words_do(
    nlp: Language, text: str, sentence: int, held: bool
) -> None:
    sent = list(nlp(text).sents)[sentence]
    verbs = frozenset({"arrest", "detain"})

    def wanted(lemma: str) -> bool:
        return lemma.lower() in verbs

    assert any_lemma(sent, wanted) is held
    assert held == any(t.lemma_.lower() in verbs for t in sent)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Two men were shot near Kesbury Ave. on Friday.", True),  # "ave." less its stop
        ("Two men were shot at Ridge and Elm streets.", False),  # a plural is another form
        ("Two men were shot in Kesbury on Friday.", False),
    ],
)
def test_a_chunk_holds_a_form_as_its_words_do(nlp: Language, text: str, held: bool) -> None:
    doc = nlp(text)
    forms = frozenset({"ave", "avenue"})
    assert holds_form(doc, forms) is held
    assert held == any(t.lower_.rstrip(".") in forms for t in doc)


def test_proper_nouns_are_the_spans_own_in_order(nlp: Language) -> None:
    doc = nlp("Troops reached Delbrin. Orlin Tavers said Ostmark and Kesbury were calm.")
    second = list(doc.sents)[1]
    found = proper_nouns(second)
    assert [t.i for t in found] == [t.i for t in second if t.pos_ == "PROPN"]
    assert "Delbrin" not in [t.text for t in found]  # the sentence before


def test_fine_tagged_are_the_spans_own_words_of_the_tag(nlp: Language) -> None:
    doc = nlp("Troops reached Delbrin. A lone raid on the camp freed six hostages.")
    second = list(doc.sents)[1]
    found = fine_tagged(second, word_ids(["NN"]))
    assert [t.i for t in found] == [t.i for t in second if t.tag_ == "NN"]
    assert "raid" in [t.text for t in found]
    assert "hostages" not in [t.text for t in found]  # a plural: "NNS"
    assert fine_tagged(second, word_ids(["XX"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were hurt.  A third fled on foot.",
        "Ferrow Gazette\n\nA fire gutted a depot in Lanmore on Friday, officials said. ",
        '"We heard shots," a clerk said.\nNo one was hurt.',
    ],
)
def test_a_sentences_text_is_cut_from_its_chunks(nlp: Language, text: str) -> None:
    # ``span_text`` serves a sentence's text without a Token per word: the same text
    doc = nlp(text)
    for sent in [*doc.sents, doc[1:3], doc[len(doc) - 1 :]]:
        assert span_text(sent) == sent.text


@pytest.mark.parametrize("part", ["VERB", "NOUN", "PROPN", "ADJ"])
@pytest.mark.parametrize(
    "text",
    [
        "A blast went off near a market in Darsel, killing a guard.",
        "The clash at the Ombery crossing left two soldiers wounded.",
    ],
)
def test_a_part_of_speech_is_read_off_the_ids(nlp: Language, text: str, part: str) -> None:
    # ``of_part`` keeps the words a walk asking ``pos_`` would keep, in order
    for sent in nlp(text).sents:
        assert of_part(sent, part) == [t for t in sent if t.pos_ == part]
