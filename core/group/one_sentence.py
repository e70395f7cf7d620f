"""Two figures of one sentence: the parts of one statement ("seven were killed, four of them
soldiers"), compared only when the sentence revises one by the other ("rose from 16 to 24")
or gives each to a source of its own ("hospital staff put the toll at 31, while the police
said 26 had died"): two voices in one sentence are two statements that may disagree."""

from __future__ import annotations

from core.model import Claim


def one_statement(a: Claim, b: Claim, *, revises: bool) -> bool:
    """Whether two figures are parts of one statement: one sentence of one report, neither
    revising the other (``revises``: the sentence's revision wording), and not each given to
    its own source (``two_voices``)."""
    same = a.document_id == b.document_id and a.sentence_start == b.sentence_start
    return same and not revises and not two_voices(a, b)


def two_voices(a: Claim, b: Claim) -> bool:
    """Whether the two figures are given to different sources, neither named within the
    other ("hospital officials in the town" and "officials" are one voice)."""
    if not (a.attribution and b.attribution):
        return False
    x, y = a.attribution.casefold(), b.attribution.casefold()
    return x not in y and y not in x
