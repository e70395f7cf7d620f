"""Issue #11, attribution: the source a checker files a figure under. A title with its
holder's name after the office's range speaks as the name; a lede's "a police spokesman" is
the spokesman named in the next sentence; "the army's press wing" is no officer carried from
before; a headline's clipped "says 6 guerrillas dead"; the state's own records
("official data", "figures presented to the assembly"); an office that identifies the dead; a
front's "…, saying its men shot 25" and "the faction that claimed the raid said"; a later
paragraph's tally a place records, the lead's recorder.
Reports of our own, with negative cases beside each."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2026, 3, 4)
SPOKESMAN_LEDE = (
    "DORRAN, March 3 (Reuters) - A bomb exploded at a bus station in the northern town of"
    " Dorran on Tuesday, killing at least five people, a provincial police spokesman said.\n\n"
    "The bomb went off near the ticket office, said Ahmad Wali Karimi, "
)
KIPS = "Kelmor Institute for Peace Studies (KIPS)"
RECORDS = ", 240 people were killed in the province in 2025."

# (text, [(value, measure, attribution)]) for every core figure of the text
CASES: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # a title, the range it serves and the holder's name: the name
    (
        "Commissioner of Police, Dorran Zone, Farhan Ali Rind said the three constables who"
        " died had been guarding the checkpoint.",
        [(3, "killed", "Farhan Ali Rind")],
    ),
    (
        "Commissioner of Police, Dorran Zone, said the three constables who died had been"
        " guarding the checkpoint.",
        [(3, "killed", "Commissioner of Police")],
    ),
    (
        "The district commissioner, the police chief and Farid Malik said three constables were"
        " wounded in the blast.",
        [(3, "injured", "The district commissioner")],
    ),
    # a lede's spokesman named in the next sentence with that role; a doctor is not him
    (
        SPOKESMAN_LEDE + "spokesman for the Dorran provincial police.",
        [(5, "killed", "Ahmad Wali Karimi")],
    ),
    (
        SPOKESMAN_LEDE + "a doctor at the city hospital.",
        [(5, "killed", "a provincial police spokesman")],
    ),
    # the army's press wing is no officer of another body carried from before
    (
        "Police arrested four men after the raid, a KRD officer said. On March 2, three soldiers"
        " died when a roadside bomb hit their convoy near Tamar, the army's press wing had said.",
        [(4, "arrested", "a KRD officer"), (3, "killed", "the army's press wing")],
    ),
    # a headline's clipped "are": the adjective after the counted noun
    (
        "Army says 6 NPA guerrillas dead after three days of clashes in San Isidro\n\nSix"
        " guerrillas were killed when troops raided the camp.",
        [(6, "killed", "Army"), (6, "killed", None)],
    ),
    (
        "Police raid leaves 4 gunmen dead in Velmar\n\nFour gunmen were killed when troops"
        " stormed the building.",
        [(4, "killed", None), (4, "killed", None)],
    ),
    # the state's own records; a document that names no author names no one
    (
        "According to figures presented to the provincial assembly, the province recorded 112"
        " attacks in 2025.",
        [(112, "attacks", "figures presented to the provincial assembly")],
    ),
    (
        "According to official data, the province recorded 240 homicides in 2025.",
        [(240, "killed", "official data")],
    ),
    ("According to data released on Monday" + RECORDS, [(240, "killed", None)]),
    ("According to an official statement" + RECORDS, [(240, "killed", None)]),
    # an office that identifies the dead gives their count
    (
        "The Dane County Medical Examiner's Office identified the three people killed as Ann"
        " Roe, Bo Poe and Cy Loe.",
        [(3, "killed", "The Dane County Medical Examiner's Office")],
    ),
    # a group's own claim: the participle's report, the relative clause's object no speaker
    (
        "The Velmar Liberation Front claimed responsibility for the ambush in a statement on its"
        " website, saying its men had shot dead 25 soldiers.",
        [(25, "killed", "The Velmar Liberation Front")],
    ),
    (
        "The police said four guards died, while the faction that claimed the raid said it had"
        " shot 25.",
        [(4, "killed", "The police"), (25, "killed", "the faction")],
    ),
    ("Troops stormed the compound on Monday, killing 25 militants.", [(25, "killed", None)]),
    # a clause joined to a past report in its past perfect is more of the report; one in
    # the simple past is the outlet's own narration
    (
        "A senior officer, who asked not to be named, said four raids had been conducted in"
        " Oster since Friday, and 12 men had been taken into custody.",
        [(4, "operations", "A senior officer"), (12, "arrested", "A senior officer")],
    ),
    (
        "A senior officer, who asked not to be named, said four raids were conducted in Oster"
        " since Friday, and 12 men were taken into custody.",
        [(4, "operations", "A senior officer"), (12, "arrested", None)],
    ),
    # a later paragraph's tally a place records restates the recorder of the lead's tally;
    # after a lead on one incident, the province's tally is the outlet's own
    (
        "ARDEN: Velmar saw 40 militant attacks in February 2026, a rise of 10 per cent over"
        " January, according to a report released by a Kelmor-based think tank on Sunday.\n\n"
        "The monthly assessment of the Kelmor Institute for Peace Studies (KIPS) said the"
        " attacks claimed 60 lives. Tamar and Oster were the worst-hit districts.\n\n"
        "The northern province recorded 12 attacks that left 20 people dead.",
        [
            (40, "attacks", KIPS),
            (60, "killed", f"the {KIPS}"),  # the assessment's owner
            (12, "attacks", KIPS),
            (20, "killed", KIPS),
        ],
    ),
    (
        "ARDEN: A bomb killed five people at a market in Tamar on Monday, police said.\n\n"
        "The wounded were taken to the district hospital. Shops stayed shut on Tuesday.\n\n"
        "The northern province recorded 300 attacks last year.",
        [(5, "killed", "police"), (300, "attacks", None)],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in CASES], PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_attribution_named_holders(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected
