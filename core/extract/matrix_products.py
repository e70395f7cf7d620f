"""Where the networks of the spaCy pipeline multiply their matrices: thinc's BLIS where its build
knows the processor, numpy's BLAS on one thread where it does not.

thinc multiplies with the BLIS it bundles, which picks its kernels by the processor; on one its
build does not know (an AMD Zen 4 EPYC) it falls back to its generic kernels, at about a third
of the speed of numpy's OpenBLAS on the same products (33 against 87 GFLOP/s on one core for the
tok2vec layers' 288-wide products). Those products are the bulk of the parse. Where BLIS names a
real architecture (haswell, skx, zen, zen2 ...) its kernels are as fast as OpenBLAS's or faster,
and the switch would only cost, so the route is chosen by what BLIS reports of itself
(``blis_kernels``), never by a guess at the processor. thinc offers the other route itself
(``NumpyOps(use_blis=False)``); the products then differ from BLIS's in the last bits only
(tok2vec outputs by about 3e-6), and every claim, statement, event and conflict of
``benchmarks/extract_identity.py`` is the same. The parser's and NER's per-step products stay
on BLIS (``Ops.cblas``).

On numpy's route its OpenBLAS is set to one thread: a run shares its documents among processes
itself (``Settings.n_process``), and BLAS threads beside them would compete for the same cores,
their idle threads spinning between the small products of a batch.
"""

from __future__ import annotations

import ctypes
import functools
import importlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# BLIS's name for the portable C kernels it runs where its build does not know the processor.
GENERIC_KERNELS = "generic"
# The routes of ``choose_products``.
BLIS_ROUTE = "blis"
NUMPY_ROUTE = "numpy"

# OpenBLAS's setter of its thread count, by the names numpy's wheels have given it.
_THREAD_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def choose_products(nlp: Language) -> str:
    """``nlp``'s networks left on BLIS where its build knows the processor, moved to numpy's
    products otherwise (also when BLIS cannot be asked: numpy's route gives the same claims on
    every processor); the route taken, ``BLIS_ROUTE`` or ``NUMPY_ROUTE``."""
    if blis_knows_processor():
        return BLIS_ROUTE
    use_numpy_products(nlp)
    return NUMPY_ROUTE


def blis_knows_processor() -> bool:
    """Whether thinc's BLIS runs kernels made for this processor (not its generic ones)."""
    kernels = blis_kernels()
    return kernels is not None and kernels != GENERIC_KERNELS


@functools.cache
def blis_kernels() -> str | None:
    """The kernel configuration thinc's BLIS chose for this processor, as BLIS names it
    (``haswell``, ``skx``, ``zen2`` ..., or ``generic``); None when its library cannot be
    asked. Asked once a process, and the route it makes logged then."""
    kernels = _query_blis()
    if kernels is None:
        log.info("BLIS's kernels unknown: the networks multiply through numpy's BLAS")
    elif kernels == GENERIC_KERNELS:
        log.info("BLIS runs its generic kernels here: the networks multiply through numpy's BLAS")
    else:
        log.info("BLIS runs its %s kernels: the networks multiply through BLIS", kernels)
    return kernels


def _query_blis() -> str | None:
    """``bli_arch_string(bli_arch_query_id())`` of the BLIS library thinc multiplies with
    (the ``blis`` package's compiled module, which exports BLIS's own functions)."""
    try:
        library = importlib.import_module("blis.cy").__file__
        lib = ctypes.CDLL(str(library))
        query_id, arch_string = lib.bli_arch_query_id, lib.bli_arch_string
    except (ImportError, OSError, AttributeError, TypeError):
        return None
    query_id.restype = ctypes.c_int
    query_id.argtypes = []
    arch_string.restype = ctypes.c_char_p
    arch_string.argtypes = [ctypes.c_int]
    name = arch_string(query_id())
    return name.decode("ascii", "replace") if isinstance(name, bytes) and name else None


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
