"""Where the networks of the spaCy pipeline multiply their matrices: numpy's BLAS, on one thread.

thinc multiplies with the BLIS it bundles, which picks its kernels by the processor; on one its
build does not know (an AMD Zen 4 EPYC) it falls back to its generic kernels, at about a third
of the speed of numpy's OpenBLAS on the same products (33 against 87 GFLOP/s on one core for the
tok2vec layers' 288-wide products). Those products are the bulk of the parse. thinc offers the
other route itself (``NumpyOps(use_blis=False)``); the products then differ from BLIS's in the
last bits only (tok2vec outputs by about 3e-6), and every claim, statement, event and conflict
of ``benchmarks/extract_identity.py`` is the same. The parser's and NER's per-step products stay
on BLIS (``Ops.cblas``).

numpy's OpenBLAS is set to one thread: a run shares its documents among processes itself
(``Settings.n_process``), and BLAS threads beside them would compete for the same cores, their
idle threads spinning between the small products of a batch.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# OpenBLAS's setter of its thread count, by the names numpy's wheels have given it.
_THREAD_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def use_numpy_products(nlp: Language) -> int:
    """Every network of ``nlp`` multiplies through numpy (one BLAS thread); the number of
    layers changed."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue  # a rule component: no network
        for node in model.walk():
            node.ops = ops
            changed += 1
    one_blas_thread()
    return changed


def one_blas_thread() -> bool:
    """numpy's OpenBLAS on one thread; whether its library was found (a numpy built on
    another BLAS keeps its own threads)."""
    for path in _openblas_files():
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for name in _THREAD_SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                return True
    log.debug("numpy's OpenBLAS not found: its threads are left as they are")
    return False


def _openblas_files() -> Iterator[Path]:
    """The OpenBLAS library numpy's wheel ships (``numpy.libs`` beside the package on Linux and
    Windows, ``numpy/.dylibs`` on macOS)."""
    import numpy

    package = Path(numpy.__file__).resolve().parent
    for folder in (package.parent / "numpy.libs", package / ".dylibs"):
        if folder.is_dir():
            yield from sorted(p for p in folder.iterdir() if "openblas" in p.name.lower())
