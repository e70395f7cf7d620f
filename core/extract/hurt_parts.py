"""Parts of the dead or the hurt a report counted before: "Of them, four are in critical
condition", "two others were discharged after first aid", "the condition of five is stated to
be critical", "Three of them were women". Such a figure is a claim of its own, and a part of
the whole before it (``Claim.part_of``): a part is never set against its whole."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import VICTIMS_RULE, Reading
from core.extract.victim_names import CASUALTY_MEASURES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Claim
    from core.text.numbers import Amount

    Figure = tuple[Amount, Token, Span, Reading]

# the rules that read a figure as patients in some condition ("four are in critical
# condition", "the condition of two is serious", "three remain critical"): a part of the hurt
CONDITION_RULES = ("in_condition", "condition_of", "condition:")
# the rules that read a figure as patients in some condition, or a part of "them"
PART_RULES = (
    *CONDITION_RULES,
    "cared:",
    "treated_for",
    "part_of<",
)


# the rules that read a figure as a part of a group the text named by its harm ("five of the
# dead", "among the dead, two were children", "three of the victims")
GROUP_PART_RULES = ("part_of:", "among:")


def a_whole(rule: str, part_of: str | None) -> bool:
    """A figure a later part may be taken from: no part of another, nor a count of patients
    in some condition ("two in critical condition and three treated" are two groups), nor a
    part of a group with no count ("among the dead were five women and three children":
    the children are no part of the women)."""
    return part_of is None and not rule.startswith((*PART_RULES, *GROUP_PART_RULES))


def whole_before(
    reading: Reading, value: float, counted: Sequence[tuple[str, str, float]]
) -> str | None:
    """The id of the last whole figure counted before (``counted``: id, measure, value, no
    part of another) that a part of the dead or the hurt is taken from: the same measure and
    more of them ("seven were admitted to hospital" after "20 were injured")."""
    if reading.measure not in CASUALTY_MEASURES or not reading.rule.startswith(
        (*PART_RULES, *GROUP_PART_RULES)
    ):
        return None
    if reading.measure == "killed" and reading.rule.startswith("cared:"):
        return None  # "taken to hospital where they died": the dead of their own clause
    return next(
        (cid for cid, measure, whole in reversed(counted)
         if measure == reading.measure and whole > value),
        None,
    )


def with_victims(
    readings: list[Figure], wholes: Sequence[tuple[str, str, float]]
) -> list[Figure]:
    """The figures, a part of "the victims" ("the victims included two children") read as
    the dead when the report counted dead before, else as the hurt it counted; with no
    casualty counted before, as nothing."""
    measures = {measure for _, measure, _ in wholes}
    measure = next((m for m in ("killed", "injured") if m in measures), None)
    if measure is None:
        return readings
    rule = f"{VICTIMS_RULE}<{measure}"
    return [
        (amount, num, span, dataclasses.replace(read, measure=measure, rule=rule))
        if read.rule == VICTIMS_RULE and read.measure is None
        else (amount, num, span, read)
        for amount, num, span, read in readings
    ]


def later_totals(claims: list[Claim], found: Sequence[Figure], ids: dict[int, str]) -> list[Claim]:
    """The claims of a sentence (``found``: their figures, in order; ``ids``: claim id by
    number token), a part whose total the sentence gives after it ("Four of the nine dead
    were policemen") made a part of that total's claim as well."""
    return [
        dataclasses.replace(claim, part_of=ids.get(figure[3].total_of.i))
        if claim.part_of is None and figure[3].total_of is not None
        else claim
        for claim, figure in zip(claims, found, strict=True)
    ]
