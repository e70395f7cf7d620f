"""A lead the parser made the subject of its closing report ("LIMA, Peru (AP) — A magnitude
6.8 earthquake shook southern Peru on Friday, killing four people, the country's civil
defense institute said."): the report's speaker hangs as an apposition of that subject, right
before the reporting verb after a comma, and the subject's own clause is what is said. A
subject with no clause of its own ("The governor, a former general, said") is the speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.passives import closing_apposition

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


def content_speaker(node: Token, verb: Token, anchor: Token) -> Token | None:
    """The speaker of ``verb`` when ``node``, its subject, is the lead that holds the figure
    at ``anchor`` in a clause of its own, with the speaker its closing apposition; else
    None."""
    if node.dep_ != "nsubj" or node.head.i != verb.i or verb.i < anchor.i:
        return None
    speaker = closing_apposition(node)
    if speaker is None or not node.i <= anchor.i < speaker.left_edge.i:
        return None
    clauses = [c for c in node.children if c.dep_ in _CLAUSES and c.i < speaker.left_edge.i]
    held = any(c.left_edge.i <= anchor.i <= c.right_edge.i for c in clauses)
    return speaker if held else None
