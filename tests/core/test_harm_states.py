"""Harm told as the state the victims ended in (issue #11): "shot / stabbed / beaten to death",
"found shot to death", "in critical condition", and what is no harm ("sentenced to death", a
bank "in serious condition"). Sentences we wrote; one case per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_figures as casualties

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were shot to death inside a house.", [(3, "killed")]),
        ("Two women were beaten to death by a mob in the market.", [(2, "killed")]),
        ("Two guards were found stabbed to death near the gate.", [(2, "killed")]),
        ("A driver was found shot to death behind a warehouse.", [(1, "killed")]),
        ("A woman was found shot dead in her car.", [(1, "killed")]),
        # patients in a named condition are hurt; things in a bad state are not
        ("Two men are in critical condition after the shooting.", [(2, "injured")]),
        ("Three people remain in stable condition at the clinic.", [(3, "injured")]),
        ("Two of the victims were listed in serious condition.", [(2, "injured")]),
        ("Two banks are in serious condition after the crash.", []),
        ("The two bridges are in critical condition.", []),
        # a verdict or a wound is no death
        ("Four prisoners were sentenced to death on Monday.", []),
        ("Five men were condemned to death by the court.", []),
        ("Two men were found sentenced to death in absentia.", []),
        ("A teenager was found shot in the basement.", []),
        ("A man was found trying to open a car.", []),
    ],
)
def test_harm_told_as_a_state(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert casualties(nlp, text) == expected
