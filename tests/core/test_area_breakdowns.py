"""Statistics reports break a count down by area with the measure said once: beside the lead
figure ("Northvale recorded 52 raids and Eastmoor 41"), in a clause beside a bare lead
("Westmark recorded 66 and Southport 38, while the capital saw 12 raids"), or in the sentence
before ("Riverton recorded 210"); and print a table row after a sentence on the same line
("... as follows. Injured: 40 civilians"). A name with a number of its own ("Route 9", "May
22", "Camp 4" in a place phrase) or a count of things stands in no such list."""

from __future__ import annotations

import pytest

from core.model import CORE_MEASURES
from tests.core.claim_factory import report_figures

LEAD = (
    "Violence rose in Ruritania last year, monitor says\n\n"
    "The Ruritania Conflict Monitor said on Monday that 2030 was the deadliest year since it "
    "began counting.\n\n"
)
COUNTED = CORE_MEASURES


def figures_of(text: str) -> list[tuple[str, str]]:
    return report_figures(LEAD + text + "\n\nThe monitor urged the government to act.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ostrava district recorded 63 attacks, Velmora 44 and Dunmere 17.",
     [("44", "attacks"), ("17", "attacks")]),
    ("Carvel recorded 93 deaths and Ostrava 61, the figures showed.",
     [("93", "killed"), ("61", "killed")]),
    ("Carvel accounted for 230 of the kidnappings and Velmora 174, according to the monitor.",
     [("174", "kidnapped")]),
    ("Velmora accounted for 26 of the rebels killed, Ostrava 13, Carvel 8 and Dunmere 6.",
     [("13", "killed"), ("8", "killed"), ("6", "killed")]),
    ("Carvel recorded 57 and Velmora 33, while the three northern districts together saw 24 "
     "attacks.", [("57", "attacks"), ("33", "attacks"), ("24", "attacks")]),
    ("Ostrava saw 13 rebels killed while Velmora saw 22, the police said.",
     [("13", "killed"), ("22", "killed")]),
    ("Velmora suffered most, as 715 people were killed there over the year. "
     "Dunmere recorded 298 and Ostrava 187.", [("298", "killed"), ("187", "killed")]),
    ("The monitor split the toll by victim group on its last page. Killed: 1,090 civilians, 640 "
     "soldiers. Injured: 1,230 civilians, 610 soldiers.",
     [("1,090", "killed"), ("1,230", "injured"), ("610", "injured")]),
])
def test_a_breakdown_figure_takes_its_lead_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = figures_of(text)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(("text", "not_counted"), [
    ("Gunmen killed 12 villagers on Route 9 and Highway 14, the police said.", {"9", "14"}),
    ("Rebels killed 31 soldiers in Carvel on May 22 and Dunmere on June 3.", {"22", "3"}),
    ("Carvel recorded 88 attacks, up from 61 in Camp 4 and Dunmere 2031.", {"4", "2031"}),
    ("The army seized 40 rifles and Carvel 12 mortars, the police said.", {"12"}),
    ("Carvel recorded 12 inches of rain and Dunmere 9.", {"12", "9"}),
    ("Police arrested 14 suspects. Carvel recorded 73% of the arrests.", {"73"}),
    ("Dunmere recorded 2031 as its best year.", {"2031"}),
])
def test_a_number_outside_a_breakdown_takes_no_measure(
    text: str, not_counted: set[str]
) -> None:
    for figure, measure in figures_of(text):
        assert figure not in not_counted or measure not in COUNTED


@pytest.mark.parametrize(("text", "expected"), [
    ("In its yearly review, the monitor broke down the deaths by the side it blamed:\n\n"
     "Ruritanian government troops: 211\nNorthern Defence Forces (NDF): 84\n"
     "Rebel militias: 47\nOther parties, including unknown gunmen and mines: 312",
     [("211", "killed"), ("84", "killed"), ("47", "killed"), ("312", "killed")]),
    ("The districts with the most murder victims in May were:\n\nOstrava: 186\n"
     "Dunmere Valley: 143\nSan Tomás: 97",
     [("186", "killed"), ("143", "killed"), ("97", "killed")]),
    ("Ruritania registered 1,640 victims of intentional homicide in May, the monitor said.\n\n"
     "April remains the deadliest month of the year, with 1,702 victims. Ostrava was the most "
     "violent district, with 186 victims. It was followed by Carvel with 143.",
     [("1,702", "killed"), ("186", "killed"), ("143", "killed")]),
    ("The monitor also logged 1,406 cases of unlawful detention over the year, 288 of them in "
     "the south.", [("1,406", "arrested")]),
    ("Police opened inquiries into 73 cases of murder in the port.", [("73", "killed")]),
    # a harm named before the noun of cases
    ("Prosecutors filed 212 kidnapping cases and 64 murder cases in the year.",
     [("212", "kidnapped"), ("64", "killed")]),
    # a "with" clause the parse hung on the reporting verb tells of the clause before it
    ("Abductions in Ruritania climbed in June, with 31 cases logged nationwide, the interior "
     "office said on Friday.", [("31", "kidnapped")]),
    # "the cases" a count of the sentence before named
    ("The office logged 52 kidnappings in June.\n\nVelmora accounted for 17 of the cases, "
     "the office said.", [("52", "kidnapped"), ("17", "kidnapped")]),
    ("The figures showed 3,870 murder victims nationwide. Ostrava recorded the highest number "
     "with 540, while Velmora recorded 311.", [("540", "killed"), ("311", "killed")]),
])
def test_a_table_or_victims_take_the_measure_the_report_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = figures_of(text)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(("text", "not_counted"), [
    ("The monitor listed its staff by office:\n\nOstrava: 14\nCarvel: 9", {"14", "9"}),
    ("In May, the deaths and arrests by district were as follows:\n\nOstrava: 14\nCarvel: 9",
     {"14", "9"}),
    ("A bus crash in Ostrava left 12 victims in hospital, the police said.", {"12"}),
    ("The fund paid 40 victims of the floods in May.", {"40"}),
    ("Clinics reported 120 cases of cholera and 35 cases of theft in May.", {"120", "35"}),
    ("Detectives logged 58 cases of attempted murder and 12 of attempted kidnapping.", {"58"}),
    ("Clinics logged 420 dengue cases and 77 fraud cases in May.", {"420", "77"}),
    ("Measles spread in June, with 31 cases logged nationwide, the health office said.", {"31"}),
    ("The office logged 52 kidnappings in June.\n\nCourts heard 17 of the fraud cases.",
     {"17"}),
    ("Clinics treated 52 patients in June.\n\nVelmora accounted for 17 of the cases.", {"17"}),
])
def test_a_list_or_victims_of_no_named_kind_take_no_measure(
    text: str, not_counted: set[str]
) -> None:
    for figure, measure in figures_of(text):
        assert figure not in not_counted or measure not in COUNTED


def test_a_rows_label_is_no_source_of_its_figure_or_of_the_sentences_after() -> None:
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    text = LEAD + (
        "In its yearly review, the monitor broke down the deaths by the side it blamed:\n\n"
        "Northern Defence Forces: 47\nBorder police: 22\n\n"
        "The monitor also documented 31 deaths in custody, it said.\n"
    )
    claims = run_documents([from_text(text, doc_id="d1")]).claims
    sources = {c.number_text: c.attribution for c in claims}
    assert "47" in sources
    assert "31" in sources
    assert sources.get("47") not in ("Northern Defence Forces", "Border police")
    assert sources.get("31") not in ("Northern Defence Forces", "Border police")


def test_a_headline_source_before_a_colon_is_still_read() -> None:
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    text = "Police: 4 killed in Carvel market attack\n\nFour people were killed on Monday.\n"
    claims = run_documents([from_text(text, doc_id="d1")]).claims
    assert any(c.attribution == "Police" for c in claims)
