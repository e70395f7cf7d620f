"""The pipeline's networks multiply through numpy's BLAS (core/extract/matrix_products.py), and
the parse, tags and entities stay those of thinc's BLIS; the loaded pipeline is frozen for the
garbage collector."""

from __future__ import annotations

import gc
from typing import Any

import pytest
import spacy
from spacy.pipeline import TrainablePipe
from thinc.api import Model

from core.extract import matrix_products
from core.extract.nlp import load_nlp
from core.settings import DEFAULT_SETTINGS

SENTENCES = [
    "At least 14 people were killed and 30 wounded when a truck bomb exploded outside the "
    "Halvering district police headquarters on Tuesday, officials said.",
    "Police spokesman Orrin Vale told reporters that two suspects had been arrested in "
    "Marrowby late on Sunday night.",
    "\"We found nine bodies in the river,\" a rescue worker said, adding that the search "
    "would resume at dawn.",
    "The storm flattened a school in the village of Tessmoor, but no one was hurt.",
    "Gunmen kidnapped a dozen farm workers near the Ostrava-Lind border crossing.",
]


def annotated(nlp: spacy.language.Language, text: str) -> list[tuple[object, ...]]:
    doc = nlp(text)
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def _network(nlp: spacy.language.Language, name: str) -> Model[Any, Any]:
    proc = nlp.get_pipe(name)
    assert isinstance(proc, TrainablePipe)
    model: Model[Any, Any] = proc.model
    return model


def _blis(node: Model[Any, Any]) -> bool:
    """Whether the layer multiplies with thinc's BLIS."""
    return bool(getattr(node.ops, "use_blis", False))


@pytest.fixture(scope="module")
def pair() -> tuple[spacy.language.Language, spacy.language.Language]:
    """The stock pipeline as loaded (BLIS), and another with numpy's products."""
    stock = spacy.load(DEFAULT_SETTINGS.model)
    numpy_products = spacy.load(DEFAULT_SETTINGS.model)
    matrix_products.use_numpy_products(numpy_products)
    return stock, numpy_products


def test_the_pipeline_multiplies_without_blis() -> None:
    nlp = load_nlp(DEFAULT_SETTINGS.model)
    for name in ("tok2vec", "parser", "ner"):
        assert all(not _blis(node) for node in _network(nlp, name).walk()), name


def test_a_stock_pipeline_multiplies_with_blis(
    pair: tuple[spacy.language.Language, spacy.language.Language],
) -> None:
    stock, _ = pair
    assert all(_blis(node) for node in _network(stock, "tok2vec").walk())


def test_only_networks_change() -> None:
    """The rule components (attribute ruler, lemmatizer) have no network to change."""
    nlp = spacy.load(DEFAULT_SETTINGS.model, disable=["tok2vec", "tagger", "parser", "ner"])
    assert matrix_products.use_numpy_products(nlp) == 0


@pytest.mark.parametrize("text", SENTENCES)
def test_same_parse_and_entities(
    pair: tuple[spacy.language.Language, spacy.language.Language], text: str
) -> None:
    stock, numpy_products = pair
    assert annotated(numpy_products, text) == annotated(stock, text)


def test_one_blas_thread_without_openblas(monkeypatch: pytest.MonkeyPatch) -> None:
    """A numpy on another BLAS (no OpenBLAS file beside it) keeps its threads."""
    monkeypatch.setattr(matrix_products, "_openblas_files", lambda: iter(()))
    assert matrix_products.one_blas_thread() is False


def test_one_blas_thread_with_numpys_openblas() -> None:
    if not list(matrix_products._openblas_files()):
        pytest.skip("this numpy ships no OpenBLAS")
    assert matrix_products.one_blas_thread() is True


def test_the_loaded_pipeline_is_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """load_nlp freezes what it loaded: the collector no longer walks the pipeline's objects
    on a full collection (load_nlp.__wrapped__: a fresh load, not the cached one)."""
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    load_nlp.__wrapped__(DEFAULT_SETTINGS.model)
    assert frozen == [True]
