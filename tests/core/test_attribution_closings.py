"""Issue #11, South Asian desk copy: a report with no object that closes a long sentence after a
comma ("..., police and hospital sources informed.") gives the figures before it, even when
the parser hangs it on a clause inside the sentence; a long name keeps the place phrase its
acronym in brackets closes. Sentences and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from core.extract.attribution import reporter
from core.extract.nlp import load_nlp
from core.extract.stranded_sources import stray_closing_subject
from core.settings import DEFAULT_SETTINGS
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 4)

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "MORVALE: Two people were killed and five others injured when a group of armed men"
        " opened fire on a van near the market on Tuesday night, police and hospital sources"
        " informed.",
        [
            (2, "killed", "police and hospital sources"),
            (5, "injured", "police and hospital sources"),
        ],
    ),
    # its subject joined by the parser to the object before the comma
    (
        "MORVALE: The raiders opened fire on the van, killing two passengers and injuring five"
        " others, police and hospital sources informed.",
        [
            (2, "killed", "police and hospital sources"),
            (5, "injured", "police and hospital sources"),
        ],
    ),
    (
        "MORVALE: The raiders opened fire on the van, killing two passengers and injuring five"
        " others, the tea stall owners informed.",
        [(2, "killed", "the tea stall owners"), (5, "injured", "the tea stall owners")],
    ),
    # no source before the closing verb: a thing the parser joined, no speaker
    (
        "MORVALE: The raiders opened fire on the van, killing two passengers and injuring five"
        " others, the windows shattered.",
        [(2, "killed", None), (5, "injured", None)],
    ),
    # a long name whose acronym in brackets closes a place phrase: the phrase is the name's
    (
        "GENEVA: At least 14 civilians were killed in the shelling, the U.N. Assistance Mission"
        " in Kelmor (UNAMK) said.",
        [(14, "killed", "the U.N. Assistance Mission in Kelmor (UNAMK)")],
    ),
    ("KABUL: Police in Kabul said 14 people were killed.", [(14, "killed", "Police in Kabul")]),
    # a body's name the parser joined to the list of victims before it, the report closing on
    # a clause of when
    (
        "At least 412 civilians were killed in Darnia during the first half of 2031, including"
        " 60 children and 33 women, the Darnian Observatory for Rights said on Tuesday, as"
        " fighting went on across the northern hills.",
        [(412, "killed", "the Darnian Observatory for Rights")],
    ),
    # a closing report with an object of its own is no frame of the sentence before it
    (
        "MORVALE: Two people were killed and five others injured when a group of armed men"
        " opened fire on a van near the market on Tuesday night, and the villagers informed"
        " the police about the gang.",
        [(2, "killed", None), (5, "injured", None)],
    ),
    # a closing report the parser made the content of the clause before it (a ccomp)
    (
        "Officers found two dead men on Negley Place, Police Maj. Brian Holcomb told"
        " reporters.",
        [(2, "killed", "Police Maj. Brian Holcomb")],
    ),
    # near miss: a report after a comma with content of its own frames no figure before it
    (
        "Officers found two dead men on Negley Place, Police Maj. Brian Holcomb told"
        " reporters that the gunman had fled.",
        [(2, "killed", None)],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None]]]:
    claims = core_claims_by_text([t for t, _ in ATTRIBUTED], PUB)
    return {t: [(c.value, c.measure, c.attribution) for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_closing_reports(
    found: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert found[text] == expected


def _hung_report(verb: str, lemma: str, told: str) -> Doc:
    """ "Four guards were killed and three more were hurt when rebels stormed a jail, a prison
    source told Reuters on Friday.": the parser may hang the closing report on the last
    clause before it, not on the root."""
    nlp = load_nlp(DEFAULT_SETTINGS.model)
    words = ["Four", "guards", "were", "killed", "and", "three", "more", "were", "hurt", "when",
             "rebels", "stormed", "a", "jail", ",", "a", "prison", "source", verb, told, "on",
             "Friday", "."]
    return Doc(
        nlp.vocab,
        words=words,
        heads=[1, 3, 3, 3, 3, 6, 8, 8, 3, 11, 11, 8, 13, 11, 8, 17, 17, 18, 8, 18, 18, 20, 8],
        deps=["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "nummod", "nsubjpass", "auxpass",
              "conj", "advmod", "nsubj", "advcl", "det", "dobj", "punct", "det", "compound",
              "nsubj", "conj", "dobj", "prep", "pobj", "punct"],
        pos=["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "NOUN", "AUX", "VERB", "SCONJ", "NOUN",
             "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "PROPN", "ADP",
             "PROPN", "PUNCT"],
        tags=["CD", "NNS", "VBD", "VBN", "CC", "CD", "NNS", "VBD", "VBN", "WRB", "NNS", "VBD",
              "DT", "NN", ",", "DT", "NN", "NN", "VBD", "NNP", "IN", "NNP", "."],
        lemmas=[w.lower() for w in words[:18]] + [lemma, told, "on", "Friday", "."],
        ents=["O"] * 19 + ["B-ORG" if told.istitle() else "O", "O", "B-DATE", "O"],
    )


def test_a_closing_report_to_whom_it_was_told_gives_the_figures() -> None:
    doc = _hung_report("told", "tell", "Reuters")
    assert reporter(doc[8]) == "a prison source"  # "three more were hurt"
    # the report's own object is what it says, not whom it told: no closing report
    doc = _hung_report("confirmed", "confirm", "deaths")
    assert reporter(doc[8]) is None


def _lead_as_subject() -> Doc:
    """ "CUZCO, Peru (AP) — A magnitude 6.4 earthquake shook southern Peru on Friday, killing
    three people and injuring 22, the country's civil defense institute said.": the parser
    may make the lead the subject of the closing "said" and the speaker its apposition."""
    nlp = load_nlp(DEFAULT_SETTINGS.model)
    words = ["CUZCO", ",", "Peru", "(", "AP", ")", "—", "A", "magnitude", "6.4", "earthquake",
             "shook", "southern", "Peru", "on", "Friday", ",", "killing", "three", "people",
             "and", "injuring", "22", ",", "the", "country", "'s", "civil", "defense",
             "institute", "said", "."]
    glued = {0, 3, 4, 15, 22, 25, 30, 31}  # no space after: "CUZCO,", "(AP", "country's"
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[i not in glued for i in range(len(words))],
        heads=[30, 0, 0, 2, 2, 0, 0, 8, 30, 10, 11, 8, 13, 11, 11, 14, 11, 11, 19, 17, 17, 17,
               21, 8, 25, 29, 25, 28, 29, 8, 30, 30],
        deps=["nsubj", "punct", "conj", "punct", "appos", "punct", "punct", "det", "nsubj",
              "nummod", "nsubj", "relcl", "amod", "dobj", "prep", "pobj", "punct", "advcl",
              "nummod", "dobj", "cc", "conj", "dobj", "punct", "det", "poss", "case", "amod",
              "compound", "appos", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET", "NOUN", "NUM",
             "NOUN", "VERB", "ADJ", "PROPN", "ADP", "PROPN", "PUNCT", "VERB", "NUM", "NOUN",
             "CCONJ", "VERB", "NUM", "PUNCT", "DET", "NOUN", "PART", "ADJ", "PROPN", "PROPN",
             "VERB", "PUNCT"],
        tags=["NNP", ",", "NNP", "-LRB-", "NNP", "-RRB-", ":", "DT", "NN", "CD", "NN", "VBD",
              "JJ", "NNP", "IN", "NNP", ",", "VBG", "CD", "NNS", "CC", "VBG", "CD", ",", "DT",
              "NN", "POS", "JJ", "NNP", "NNP", "VBD", "."],
        lemmas=["CUZCO", ",", "Peru", "(", "AP", ")", "—", "a", "magnitude", "6.4",
                "earthquake", "shake", "southern", "Peru", "on", "Friday", ",", "kill", "three",
                "people", "and", "injure", "22", ",", "the", "country", "'s", "civil",
                "defense", "institute", "say", "."],
        ents=["B-GPE", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "O", "B-CARDINAL", "O", "O",
              "O", "B-GPE", "O", "B-DATE", "O", "O", "B-CARDINAL", "O", "O", "O", "B-CARDINAL",
              "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )


def test_a_lead_made_the_subject_of_its_closing_report() -> None:
    doc = _lead_as_subject()
    assert reporter(doc[17]) == "the country's civil defense institute"  # "killing three"
    assert reporter(doc[21]) == "the country's civil defense institute"  # "injuring 22"


def test_a_stray_closing_subject_set_off_by_its_own_commas() -> None:
    # "..., the state commissioner, Musa Garba, said": the name between the last two commas
    # is the closing report's subject, its own closing comma no part of it
    nlp = load_nlp(DEFAULT_SETTINGS.model)
    doc = nlp(
        "Bandits killed five people in Gidan Dutse village on Tuesday night, the state "
        "commissioner for internal security, Musa Garba, said on Wednesday."
    )
    said = next(t for t in doc if t.lower_ == "said")
    assert stray_closing_subject(said) == "Musa Garba"
