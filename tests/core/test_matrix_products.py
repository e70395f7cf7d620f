"""The pipeline's networks multiply through numpy's BLAS where thinc's BLIS runs its generic
kernels and through BLIS where it names the processor's (core/extract/matrix_products.py); the
parse, tags, entities and claims are the same either way; the loaded pipeline is frozen for the
garbage collector."""

from __future__ import annotations

import gc
import logging
from typing import Any

import pytest
import spacy
from spacy.pipeline import TrainablePipe
from thinc.api import Model

from core import pipeline
from core.extract import matrix_products
from core.extract.nlp import load_nlp
from core.ingest.files import from_text
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
REPORTS = [
    "Floods in the Kessary valley\n\nAt least 23 people have died and 4,000 have been left "
    "homeless after the river burst its banks on Thursday, the regional governor said. "
    "\"Whole streets are under water,\" said Mira Dolan, a council official.",
    "Mine collapse\n\nSeven miners were trapped underground in Corvale on Saturday. "
    "Rescuers reached three of them by nightfall, and 2 were taken to hospital.",
]
KNOWN = "haswell"  # a kernel configuration BLIS names for a processor its build knows


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


def _loaded(monkeypatch: pytest.MonkeyPatch, kernels: str | None) -> spacy.language.Language:
    """A fresh load_nlp (not the cached one) where BLIS reports ``kernels``."""
    monkeypatch.setattr(matrix_products, "blis_kernels", lambda: kernels)
    return load_nlp.__wrapped__(DEFAULT_SETTINGS.model)


def test_the_pipeline_multiplies_without_blis_on_its_generic_kernels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = _loaded(monkeypatch, matrix_products.GENERIC_KERNELS)
    for name in ("tok2vec", "parser", "ner"):
        assert all(not _blis(node) for node in _network(nlp, name).walk()), name


def test_the_pipeline_keeps_blis_where_it_knows_the_processor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = _loaded(monkeypatch, KNOWN)
    for name in ("tok2vec", "parser", "ner"):
        assert all(_blis(node) for node in _network(nlp, name).walk()), name


@pytest.mark.parametrize(
    ("kernels", "route"),
    [
        ("skx", matrix_products.BLIS_ROUTE),
        ("zen2", matrix_products.BLIS_ROUTE),
        (matrix_products.GENERIC_KERNELS, matrix_products.NUMPY_ROUTE),
        (None, matrix_products.NUMPY_ROUTE),  # BLIS could not be asked
    ],
)
def test_the_route_follows_blis_kernels(
    monkeypatch: pytest.MonkeyPatch, kernels: str | None, route: str
) -> None:
    nlp = spacy.load(DEFAULT_SETTINGS.model, disable=["tagger", "parser", "ner"])
    monkeypatch.setattr(matrix_products, "blis_kernels", lambda: kernels)
    assert matrix_products.choose_products(nlp) == route
    on_blis = all(_blis(node) for node in _network(nlp, "tok2vec").walk())
    assert on_blis is (route == matrix_products.BLIS_ROUTE)


def test_blis_names_its_kernels() -> None:
    """Whatever this processor, BLIS names the configuration it runs."""
    kernels = matrix_products._query_blis()
    assert isinstance(kernels, str)
    assert kernels.isalnum()


def test_blis_unknown_without_its_library(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(matrix_products.importlib, "import_module", missing)
    assert matrix_products._query_blis() is None


def test_the_route_is_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(matrix_products, "_query_blis", lambda: KNOWN)
    matrix_products.blis_kernels.cache_clear()
    try:
        with caplog.at_level(logging.INFO, logger=matrix_products.__name__):
            assert matrix_products.blis_kernels() == KNOWN
            assert matrix_products.blis_kernels() == KNOWN
    finally:
        matrix_products.blis_kernels.cache_clear()
    assert [r.getMessage() for r in caplog.records] == [
        f"BLIS runs its {KNOWN} kernels: the networks multiply through BLIS"
    ]


def test_the_same_claims_on_either_route(monkeypatch: pytest.MonkeyPatch) -> None:
    on_blis = _loaded(monkeypatch, KNOWN)
    on_numpy = _loaded(monkeypatch, matrix_products.GENERIC_KERNELS)
    docs = [from_text(t, doc_id=f"d{n}") for n, t in enumerate(REPORTS, start=1)]
    results = []
    for nlp in (on_blis, on_numpy):
        monkeypatch.setattr(pipeline, "load_nlp", lambda _model, nlp=nlp: nlp)
        results.append(pipeline.run_documents(docs))
    blis_result, numpy_result = results
    assert len(blis_result.claims) >= 3
    assert numpy_result.claims == blis_result.claims
    assert blis_result.statements
    assert numpy_result.statements == blis_result.statements
    assert numpy_result.events == blis_result.events


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
