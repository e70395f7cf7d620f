"""Fixtures shared by the core tests: the spaCy pipeline, loaded once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import load_nlp
from core.settings import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(DEFAULT_SETTINGS.model)
