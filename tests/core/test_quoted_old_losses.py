"""A loss the speaker remembers, told with no year and no "ago": "'My father was killed in
the war,' the refugee said" counted a death of today's incident (killed 1). A kin's death set
in a war by a simple past ("in the war", "during the insurgency"), or told in the past perfect
as the speaker's own words, is the speaker's life, no victim of the news; nor is it when the
kin is the object ("'Soldiers killed my father during the war'"). A fresh loss in a quote
counts, now as the object of the deed too ("'They killed my son,' she said", which read no
one, unless a count before gave the victim), and so does a death in "this war" so far (issue
#11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 10, 7)


def _counts(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=DAY)


@pytest.mark.parametrize(
    "text",
    [
        '"My father was killed in the war," the refugee said at the camp.',
        '"My husband had been killed in the first war," she said at the camp.',
        '"My brother died in the civil war," he said, standing in the rubble of his home.',
        '"My uncle was killed during the insurgency," said the farmer.',
        '"Soldiers killed my father during the war," he said at the camp.',
        '"The militia killed my husband in 1994," she said.',
    ],
)
def test_a_remembered_loss_is_no_victim(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"They killed my son," she said, weeping outside the morgue on Monday.',
         [("killed", 1.0)]),
        ('"Soldiers killed my husband last night," she said in the village.',
         [("killed", 1.0)]),
        ('"They shot my son in the leg," she said.', [("injured", 1.0)]),
        ('"My son was killed in the strike on Monday," she said.', [("killed", 1.0)]),
        ('"My son was killed in the air strike," she said outside the morgue.',
         [("killed", 1.0)]),
        ('"My wife was killed when the shell hit our house," he said.', [("killed", 1.0)]),
        ('"My son has been killed in this war, like so many others," she said.',
         [("killed", 1.0)]),
        ("She learned on Monday that her son had been killed in the raid.", [("killed", 1.0)]),
        # a day of its own: the war's news, not a memory
        ('"My nephew was killed in the war on Thursday," said a man sheltering in a school.',
         [("killed", 1.0)]),
        ('"My brother died in the war last month," she said in the camp.', [("killed", 1.0)]),
        # a past perfect set in no war: the story's death
        ("His wife had been stabbed to death before the flat was set alight, police said.",
         [("killed", 1.0)]),
        ('"When the ambulance came, my daughter had already been killed," her father said.',
         [("killed", 1.0)]),
        # the loss told after the count of it: the victim counted, once
        ('A 17-year-old boy was shot dead outside his home on Monday. "They killed my son,"'
         " his mother said.", [("killed", 1.0)]),
        # another's kin, as the object of the deed: someone more, as before
        ("A man was shot dead on Monday. The gunman killed his wife in the house, police"
         " said.", [("killed", 1.0), ("killed", 1.0)]),
    ],
)
def test_a_fresh_loss_counts(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
