"""Cases a change verb moves or a statistic states (issue #11, counts): "Murder cases rose to
640", "cases of abduction stood at 57", "Assault cases fell by 4% to 2,215" count as "640
murder cases" does: the dead for murder, the taken for kidnapping, another figure for other
crimes. Bare "cases" and plurals that name no harm stay as they were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Murder cases rose to 640 in the second quarter.", [("640", "killed")]),
        ("Cases of murder climbed to 640 in the second quarter.", [("640", "killed")]),
        ("Homicide cases stood at 640 in the second quarter.", [("640", "killed")]),
        (
            "Homicide cases increased by 9% to 640 over the second quarter.",
            [("9", "other"), ("640", "killed")],
        ),
        ("Abduction cases fell to 57 in March, police said.", [("57", "kidnapped")]),
        (
            "Kidnapping cases went up to 230 last year, while 1,400 assault cases were reported.",
            [("230", "kidnapped"), ("1,400", "other")],
        ),
        ("Assault cases fell by 4% to 2,215 in the year.", [("4", "other"), ("2,215", "other")]),
        ("Cases of burglary dropped to 318 in June.", [("318", "other")]),
    ],
)
def test_moving_cases_count_their_harm(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing says what the cases are of
        ("Cases rose to 640 in the second quarter.", []),
        # already read: the plural of the harm, and cases counted by their numeral
        ("Murders rose to 640 in the second quarter.", [("640", "killed")]),
        ("Police recorded 640 murder cases in the second quarter.", [("640", "killed")]),
        # cases of a tried harm count no one dead
        ("Cases of attempted murder rose to 75 in May.", [("75", "other")]),
        # a person's record: the cases are his, not a tally
        ("The suspect faces 12 murder cases, police said.", [("12", "other")]),
        # cases told by how they were handled count no crimes
        ("Murder cases solved by detectives rose to 400 last year.", []),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected
