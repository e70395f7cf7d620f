"""An operation's name is no one who speaks: "Operation Storm Shield began on Tuesday. He said
30 militants were killed." took the operation (a name the recogniser leaves unlabelled) for
the person "he" stands for, as speaker and source (issue #11, sources). A law, a campaign or
an event the recogniser labels was already no one's. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import source_and_speakers

DAY = dt.date(2031, 11, 18)


def _read(text: str, value: float) -> tuple[str | None, set[str]]:
    return source_and_speakers(text, value, DAY)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Operation Storm Shield began on Tuesday. He said 30 militants were killed.", 30, None),
        ("Operation Green Dawn resumed in the forest on Monday. He told reporters 12 rebels "
         "were arrested.", 12, None),
        # the person named before the operation is the one "she" stands for
        ("Colonel Ann Roe said the troops were ready. Operation Storm Shield began on Tuesday. "
         "She said 30 militants were killed.", 30, "Ann Roe"),
    ],
)
def test_an_operation_never_speaks(text: str, value: float, source: str | None) -> None:
    found, speakers = _read(text, value)
    assert found == source
    assert not any(s.startswith("Operation ") for s in speakers)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a person whose post names the operations
        ("Operation commander Ann Roe began the raid on Tuesday. She said 30 militants were "
         "killed.", 30, "Ann Roe"),
        ("Operations chief Tom Bale visited the base. He said 30 militants were killed.",
         30, "Tom Bale"),
        # a person who began the operation
        ("Zarb Khan began the operation on Tuesday. He said 30 militants were killed.",
         30, "Zarb Khan"),
        ("Ann Roe visited the camp on Tuesday. She said 30 militants were killed.", 30, "Ann Roe"),
        # the operation as the doer, the army as the source
        ("Operation Storm Shield killed 30 militants, the army said.", 30, "the army"),
        ("Operation Storm Shield began on Tuesday, the army said. It said 30 militants were "
         "killed.", 30, "the army"),
        # a law, a campaign: no one's already
        ("The Public Safety Act came into force on Monday. He said 30 people were arrested.",
         30, None),
        ("The Clean Streets Campaign started in March. He said 30 people were arrested.",
         30, None),
    ],
)
def test_people_keep_their_reading(text: str, value: float, source: str | None) -> None:
    assert _read(text, value)[0] == source
