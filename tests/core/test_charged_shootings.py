"""People a charge says were shot (issue #11): a charge names the deed, not its outcome, so
"accused of shooting three clerks" counts those hit, no one hurt; a charge that says they
died or were wounded keeps that measure, and "shot" outside a charge still counts the hurt.
Sentences we wrote; one case per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def people(nlp: Language, text: str) -> list[tuple[str, float]]:
    return sorted(
        (c.measure, c.value)
        for c in read_claims(nlp, text, None)
        if c.measure in ("killed", "injured", "other")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed a charge names: those hit, outcome untold
        ("The guard is accused of shooting three clerks at the depot.", [("other", 3)]),
        ("A farmer was charged with shooting two men near the creek.", [("other", 2)]),
        ("Deputies arrested a man for shooting four teenagers at the lake.", [("other", 4)]),
        ("She pleaded guilty to shooting two deputies during a chase.", [("other", 2)]),
        ("Prosecutors accused him of shooting five people at a wedding.", [("other", 5)]),
        ("He was convicted of robbing and shooting three cashiers.", [("other", 3)]),
        ("A ranger was charged in the shooting of four teenagers.", [("other", 4)]),
        # "his three old colleagues": a group named before, no figure of its own
        ("The clerk is accused of shooting his three old colleagues on Monday.", []),
    ],
)
def test_a_charge_names_who_was_shot_not_how_they_fared(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the charge says they died or were wounded
        ("The guard is accused of killing three clerks at the depot.", [("killed", 3)]),
        ("He is accused of fatally shooting two men near the creek.", [("killed", 2)]),
        ("She faces charges of wounding four deputies.", [("injured", 4)]),
        ("A farmer was charged with shooting two men to death.", [("killed", 2)]),
        # no charge: "shot" is how news tells the hurt
        ("Police said a guard shot three clerks at the depot.", [("injured", 3)]),
        ("Police are investigating the shooting of four teenagers.", [("injured", 4)]),
        # a charge beside the deed, not naming it
        ("He was arrested after shooting three men in a bar.", [("injured", 3)]),
    ],
)
def test_a_deed_told_with_its_outcome_keeps_its_measure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert people(nlp, text) == expected
