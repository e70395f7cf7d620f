"""Issue #11, western wire copy: a lead's closing report ("…, a militia leader told AFP",
"…, police and medical sources said Monday, as …") gives its figures even when the parser
hangs the lead's clause on the dateline ("Town (Country) (AFP) –") or joins the speaker to the
object before the comma. Sentences we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 4)

Found = list[tuple[float, str, str | None]]
SOURCES = "police and medical sources"
DIRECTORATE = "a spokesman for the provincial health directorate"

ATTRIBUTED: list[tuple[str, Found]] = [
    # the lead's clause hung on the dateline's town, the town on the closing report
    (
        "Maiduguri (Nigeria) (AFP) – A suicide bomber killed at least 12 worshippers at a mosque"
        " in northeastern Nigeria on Friday, a militia leader told AFP.",
        [(12, "killed", "a militia leader")],
    ),
    # a town NER takes for an organisation: the wire agency's bracket marks the dateline
    (
        "Ouagadougou (Burkina Faso) (AFP) – Gunmen killed at least 21 people and abducted"
        " dozens in an overnight attack on a hamlet in Burkina Faso's northern Sahel region, a"
        " local official and residents told AFP on Monday.",
        [(21, "killed", "a local official and residents"),
         (12, "kidnapped", "a local official and residents")],
    ),
    # the speaker joined to the last object, the day of the report after the verb
    (
        "BAGHDAD (Reuters) - A car bomb exploded at a busy market in the eastern district of"
        " the capital, killing 14 people and wounding 30 others, police and medical sources"
        " said Monday.",
        [(14, "killed", SOURCES), (30, "injured", SOURCES)],
    ),
    # and a clause of what else went on after it
    (
        "A car bomb exploded at a busy market in the eastern district of the capital, killing"
        " 14 people and wounding 30 others, police and medical sources said Monday, as security"
        " forces sealed off the area.",
        [(14, "killed", SOURCES), (30, "injured", SOURCES)],
    ),
    # a report with a clause of its own after a comma speaks of that, not of the figures
    (
        "A car bomb exploded at a busy market in the eastern district of the capital, killing"
        " 14 people and wounding 30 others, and police said they had found a second device.",
        [(14, "killed", None), (30, "injured", None)],
    ),
    # a "with" after the report goes on with what it says
    (
        "The toll from the market blast has reached nine, a spokesman for the provincial"
        " health directorate told reporters on Friday, with more than 15 others still being"
        " treated for their wounds.",
        [(9, "killed", DIRECTORATE), (15, "injured", DIRECTORATE)],
    ),
    (
        "Eleven people died in the crush at the stadium gates, the city health department said"
        " on Sunday, with at least 50 others taken to hospitals.",
        [(11, "killed", "the city health department"),
         (50, "injured", "the city health department")],
    ),
    # the with-phrase's own noun holds no figure: the outlet's aside, not the report
    (
        "Eleven people died in the crush at the stadium gates, the city health department said,"
        " with police blaming organisers who had sold 300 tickets too many.",
        [(11, "killed", "the city health department")],
    ),
    # the parser hangs the speakers on the clause's last place and makes the count the
    # subject of "said": the count is the harm verb's object, the speakers its source
    (
        "Suspected rebels killed 17 farmers working on their fields in Kessa state in northern"
        " Marvania, a militia leader and residents said on Monday.",
        [(17, "killed", "a militia leader and residents")],
    ),
    (
        "Armed bandits killed 23 traders returning from a market in Dorva district in eastern"
        " Kessa, a local chief said on Sunday.",
        [(23, "killed", "a local chief")],
    ),
    # a count that speaks after no harm verb stays the speakers themselves: no harm
    (
        "After the raid on the hamlet, 17 herders, residents of the valley, said the rebels"
        " had fled.",
        [],
    ),
    # a bracket that holds no agency makes no dateline: the man is the speaker
    (
        "Tomas Ruiz (pictured) – a fisherman said on Monday that 14 people had drowned.",
        [(14, "killed", "a fisherman")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, Found]:
    claims = core_claims_by_text([t for t, _ in ATTRIBUTED], PUB)
    return {t: [(c.value, c.measure, c.attribution) for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_wire_lead_reports(found: dict[str, Found], text: str, expected: Found) -> None:
    assert found[text] == expected
