"""Statistics reports rank areas, months and sides with the measure word said once for the
list ("the most homicides, with 214, followed by Y with 187"), or in the sentence before ("It
was followed by Y with 29"), or in a gapped clause ("six deaths and November nine"); give the
parts of a whole one copula each ("12 were soldiers, five were villagers"); name victims by
their deed ("homicide victims"); and count a force's dead as its loss ("the gendarmerie lost 58
officers"). A bare number with no such list (a year, a day, a share, a count of provinces or
of delegates) takes no measure."""

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
    ("Northland registered the most homicides, with 214, followed by Eastland with 187 and "
     "Westland with 160.", [("214", "killed"), ("187", "killed"), ("160", "killed")]),
    ("Hill County remained the most violent region for activists, with 54 murders. It was "
     "followed by Lakeside with 29 and Riverside with 18.",
     [("29", "killed"), ("18", "killed")]),
    ("August was the worst month with 95 attacks; the lowest number, 33, came in "
     "November.", [("33", "attacks")]),
    ("Brookmere had the highest number of kidnappings, 64, most of them near the "
     "border.", [("64", "kidnapped")]),
    ("The harbour ward counted the highest number of violent incidents, at 19.",
     [("19", "attacks")]),
    ("Eastvale topped the list with 14 incidents, followed by Northvale (11) and Westvale (9).",
     [("11", "attacks"), ("9", "attacks")]),
    ("October saw six deaths and November nine, the coroner's figures show.",
     [("nine", "killed")]),
    ("Of the 31 killed, 12 were soldiers, five were villagers and 14 were militants.",
     [("five", "killed"), ("14", "killed")]),
    ("Rival cartels accounted for 131 of the deaths, while the navy and its partners were "
     "blamed for 54.", [("54", "killed")]),
    ("Insurgents were to blame for 1,275 of the deaths, the survey found. State "
     "forces were responsible for 640.", [("640", "killed")]),
    ("There were 16,420 intentional homicide victims and 87 kidnapping victims in the period.",
     [("16,420", "killed"), ("87", "kidnapped")]),
    ("The national police counted 66 femicides in the month.", [("66", "killed")]),
    ("The gendarmerie lost 58 officers in 2030, its commander said.", [("58", "killed")]),
    ("\"We lost 61 officers in 2030,\" the provincial police chief told reporters.",
     [("61", "killed")]),
    ("The navy said its patrols fought 23 armed encounters with pirates.",
     [("23", "attacks")]),
    ("Abductions by region, according to the report: Northvale 87, Westvale 41, Southvale 38 "
     "and Midvale 27.", [("87", "kidnapped"), ("41", "kidnapped"), ("38", "kidnapped")]),
    ("The tally:\nKidnappings: 21", [("21", "kidnapped")]),
])
def test_a_listed_figure_takes_its_lists_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = figures_of(text)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(("text", "not_counted"), [
    ("Northland had the most provinces, with 14, followed by Eastland with 9.", {"14", "9"}),
    ("The conference drew the most delegates, with 300, followed by the expo with 250.",
     {"300", "250"}),
    ("The three states accounted for 29% of all homicides.", {"29"}),
    ("The province ranked third, with 12 percent of the total.", {"12"}),
    ("October saw six deaths and November 9 saw a bombing.", {"9"}),
    ("He was responsible for 2019 and 2020 budgets.", {"2019", "2020"}),
    ("The company lost 200 workers last year. The party lost 5 members in the vote.",
     {"200", "5"}),
    ("\"We lost 200 workers to the rival plant,\" the manager said.", {"200"}),
    ("Of the 40 suspects, 12 were women and 28 were men.", {"28"}),
    ("Close encounters with wild elephants rose to 37 last year.", {"37"}),
    ("Close encounters with wild elephants rose to 37 in 2030.", {"37"}),
    ("The police registered 980 cases and 41 extortion cases in the period.", {"980", "41"}),
])
def test_a_bare_number_outside_a_list_takes_no_measure(text: str, not_counted: set[str]) -> None:
    for figure, measure in figures_of(text):
        assert figure not in not_counted or measure not in COUNTED
