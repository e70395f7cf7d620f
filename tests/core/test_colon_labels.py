"""Names before a colon at a report's start (issue #11, places). One whose words run on in
the first person labels who speaks, as transcripts and witness accounts set it ("Hamilton: I
saw two men shot dead", "HAMILTON: We watched police arrest five men"): no dateline and no
place, where the town of that name was the figures' place. A district's head town under the
size a bare "Town:" needs, whose district the gazetteer lacked ("Kupwara:", "Tank:"), is the
district's dateline as "Mastung:" was. A town whose story is told of others ("Hamilton:
Police said two men were shot", "HAMILTON (Reuters) -"), a quoted first person after the
dateline, "Our correspondent" and an unmarked quote after the dateline of a desk that files
"Town:" ("SRINAGAR: We have arrested 12") stay datelines; a label ("Warning:",
"Summary:") and a tank in lower case stay no place. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

pytestmark = pytest.mark.slow

DAY = dt.date(2031, 9, 17)


def _places(text: str) -> set[object]:
    return set(report_fields(text, "location", published=DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Hamilton: I saw two men shot dead outside the bar, a witness said.",
        "HAMILTON: We watched police arrest five men outside the bar, a neighbour said.",
        "Aurora: I counted five people wounded on the steps, she told the court.",
        "Hamilton: We lost three sons in the shooting, the mother said.",
    ],
)
def test_a_speakers_label_is_no_place(text: str) -> None:
    assert _places(text) == {None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hamilton: Police said two men were shot dead outside a bar on Friday night.",
         "Hamilton"),
        ("HAMILTON (Reuters) - Two men were shot dead outside a bar on Friday night, police "
         "said.", "Hamilton"),
        ('Hamilton: "I saw two men fall," a witness said after the shooting that killed two '
         "on Friday.", "Hamilton"),
        ("Lahore: Our correspondent reports that three people were killed in a blast on "
         "Friday.", "Lahore"),
        ("PESHAWAR: Four people were killed when gunmen opened fire on a van on Monday, "
         "police said.", "Peshawar"),
        ("Mastung: Four people were injured in a blast near a market on Tuesday, police said.",
         "Mastung"),
        ("Summary: Five people were arrested in Lahore on Friday.", "Lahore"),
        # a desk that files "Town:" sets a quote's first person unmarked after its dateline
        ("SRINAGAR: We have arrested 12 suspects in the case, the police chief said on "
         "Sunday.", "Srinagar"),
        ("Quetta: We recovered six bodies from the collapsed mine, rescue officials said.",
         "Quetta"),
        ("Maiduguri: We buried 30 people after the attack, a resident said on Monday.",
         "Maiduguri"),
        ("Warning: Three people were killed in a crash on the highway, police said.", None),
        ("A tank fired on the village, killing three people, residents said.", None),
    ],
)
def test_a_towns_dateline_stays(text: str, place: str | None) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kupwara: Two militants were killed in an encounter with security forces on Sunday, "
         "police said.", "Kupwara"),
        ("Tank: Three policemen were killed when gunmen attacked a checkpost on Monday, "
         "officials said.", "Tank"),
    ],
)
def test_a_small_district_towns_dateline(text: str, place: str) -> None:
    assert _places(text) == {place}
