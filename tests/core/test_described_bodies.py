"""Issue #11, attribution: a body or officer the report gives by a short or generic form is
the one it names in full ("a war monitor said" then "The Syrian Observatory ... said", a
headline's ": monitor" or "says NDMA", "the directorate", "the DPO"), and a speaker does not
carry to figures it does not vouch for (a claim of responsibility, an incident recalled from
before). Reports of our own, in the manner of wire and South Asian copy."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2026, 3, 20)
OBSERVATORY = "Syrian Observatory for Human Rights"

# (text, [(value, measure, attribution)]) for every core figure of the text
CASES: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # a headline's acronym: the body the report names with it
    (
        "Bus crash kills 9, says NDMA\n\nISLAMABAD: Nine people were killed when a bus fell into"
        " a ravine on Sunday, the National Disaster Management Authority (NDMA) said.",
        [
            (9, "killed", "the National Disaster Management Authority (NDMA)"),
            (9, "killed", "the National Disaster Management Authority (NDMA)"),
        ],
    ),
    # a headline's bare "monitor": the body the report calls a monitor
    (
        "Shelling kills 6 in Daraa: monitor\n\nAt least six civilians were killed by shelling in"
        " Daraa province on Monday, said the Syrian Observatory for Human Rights, a"
        " Britain-based war monitor.",
        [(6, "killed", OBSERVATORY), (6, "killed", f"the {OBSERVATORY}")],
    ),
    (
        "Nine dead in Idlib drone strike: monitor\n\nAt least nine people were killed in a drone"
        " strike on Tuesday, according to the Britain-based Syrian Observatory for Human Rights"
        " war monitor.",
        [(9, "killed", f"the Britain-based {OBSERVATORY} war monitor")] * 2,
    ),
    (
        "Nine dead in Idlib drone strike: monitor\n\nThe Syrian Observatory for Human Rights, a"
        " war monitor, said at least nine people were killed in a drone strike on Tuesday.",
        [(9, "killed", f"The {OBSERVATORY}")] * 2,
    ),
    # a lede's "a war monitor said": the body the next sentence names
    (
        "Shelling kills 6 in Daraa: monitor\n\nBEIRUT (AFP) - Shelling killed at least six"
        " civilians in Daraa province on Monday, a war monitor said. The Syrian Observatory for"
        " Human Rights said the shells hit a market.",
        [(6, "killed", OBSERVATORY), (6, "killed", OBSERVATORY)],
    ),
    # a headline's place that speaks: the government the report names by it; a person stays
    (
        "Nigeria's Zamfara says 22 pupils seized; parents say 35\n\nABUJA, Oct 14 (Reuters) -"
        " Gunmen seized pupils from a school in Zamfara state on Sunday, the Zamfara state"
        " government said.",
        [(22, "kidnapped", "the Zamfara state government"), (35, "kidnapped", "parents")],
    ),
    (
        "Trump says 5 killed in raid\n\nWASHINGTON - Five people were killed, the Trump"
        " administration said.",
        [(5, "killed", "Trump"), (5, "killed", "the Trump administration")],
    ),
    # not a party to the war, nor a description the next sentence does not name
    (
        "Shelling in Daraa\n\nShelling killed at least six civilians in Daraa province on"
        " Monday, a war monitor said. The Syrian Army said rebels fired first.",
        [(6, "killed", "a war monitor")],
    ),
    # a headline's "police" stays: the report's "Police said" names no more
    (
        "Six killed in market shooting: police\n\nPolice said six people were shot dead at a"
        " market in Tarlac on Friday.",
        [(6, "killed", "police"), (6, "killed", "Police")],
    ),
    # "the directorate" after "the health directorate in X province"
    (
        "Toll rises in Raqqa\n\nThe toll from Monday's bombing rose to 15 on Tuesday, the health"
        " directorate in Raqqa province said. Three children were among the dead, the"
        " directorate said.",
        [
            (15, "killed", "the health directorate in Raqqa province"),
            (3, "killed", "the health directorate in Raqqa province"),
        ],
    ),
    # an officer's title said again: the name he was introduced with
    (
        "District Police Officer Nadia Rauf said the attackers escaped. Two of the wounded were"
        " children, the DPO said.",
        [(2, "injured", "DPO Nadia Rauf")],
    ),
    (
        "Senior Superintendent of Police Ali Haidar said the gunmen fled. Four of the dead were"
        " policemen, the SSP said.",
        [(4, "killed", "SSP Ali Haidar")],
    ),
    # a title's acronym said again: the person introduced with that title; a body's stays
    (
        "Station House Officer Imran Ali said the attackers fled. Two of the dead were"
        " shopkeepers, the SHO said.",
        [(2, "killed", "SHO Imran Ali")],
    ),
    (
        "Deputy Commissioner Asad Khan said rescue work was under way. Five of the injured were"
        " in critical condition, the DC said.",
        [(5, "injured", "DC Asad Khan")],
    ),
    (
        "Superintendent of Police (SP) Ali Khan said the gunmen fled. Three of the dead were"
        " policemen, the SP said.",
        [(3, "killed", "SP Ali Khan")],
    ),
    (
        "Ana Ruiz, spokesperson of EU foreign policy chief Carl Bo, said talks went on. Four aid"
        " workers were killed, the EU said.",
        [(4, "killed", "the EU")],
    ),
    # a claim of responsibility vouches for no figure after it; a report does
    (
        "Quetta blast\n\nThe Baloch Liberation Army said it carried out the attack. More than"
        " 2,000 people have been killed in the insurgency over two decades.",
        [(2000, "killed", None)],
    ),
    (
        "Quetta blast\n\nThe provincial government said security forces had cordoned off the"
        " area. Six people were killed and 11 wounded.",
        [(6, "killed", "The provincial government"), (11, "injured", "The provincial government")],
    ),
    # an incident recalled from before is the outlet's background, not the tally's
    (
        "Quetta blast\n\nAt least 40 people have been killed in bombings in the province this"
        " year, according to a tally by the Dawn newspaper. Last year, a suicide bomber killed"
        " 12 people at a rally in the city.",
        [(40, "killed", "the Dawn newspaper"), (12, "killed", None)],
    ),
    # a deed of another year is background too; a tally's yearly count goes on as the tally's
    (
        "Market blast\n\nA car bomb killed 9 people at a market in the city on Monday. At least"
        " 40 people have been killed in bombings in the region this year, according to a"
        " Reuters tally. A car bomb at the same market killed 12 people in 2019.",
        [(9, "killed", None), (40, "killed", "a Reuters tally"), (12, "killed", None)],
    ),
    (
        "Market blast\n\nA car bomb killed 9 people at a market in the city on Monday. At least"
        " 40 people have been killed in bombings in the region this year, according to a"
        " Reuters tally. In 2019, 31 people died in such attacks.",
        [(9, "killed", None), (40, "killed", "a Reuters tally"), (31, "killed", "a Reuters tally")],
    ),
    # a think tank of a seat named next by a figure's own source, the document's author
    (
        "VELMAR: Kelmor saw 40 rebel attacks in May, according to a report released by a"
        " Velmar-based think tank on Sunday.\n\nAccording to the monthly report of the Kelmor"
        " Institute for Peace Studies (KIPS), 25 people were wounded in the attacks.",
        [
            (40, "attacks", "Kelmor Institute for Peace Studies (KIPS)"),
            (25, "injured", "the Kelmor Institute for Peace Studies (KIPS)"),
        ],
    ),
    # a headline's bare "think tank": the body the lede's think tank was named as
    (
        "May sees 60 killed in rebel attacks, says think tank\n\nVELMAR: At least 60 people lost"
        " their lives in rebel attacks across Kelmor in May, a think tank has said.\n\n"
        "According to the monthly report of the Kelmor Institute for Peace Studies (KIPS), 25"
        " people were wounded in the attacks.",
        [
            (60, "killed", "Kelmor Institute for Peace Studies (KIPS)"),
            (60, "killed", "Kelmor Institute for Peace Studies (KIPS)"),
            (25, "injured", "the Kelmor Institute for Peace Studies (KIPS)"),
        ],
    ),
    # a think tank the next sentence does not name stays as the lede gives it
    (
        "VELMAR: At least 60 people lost their lives in rebel attacks across Kelmor in May, a"
        " think tank has said.\n\nThe health ministry said 25 people were wounded.",
        [(60, "killed", "a think tank"), (25, "injured", "The health ministry")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in CASES], PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_described_bodies(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected
