"""Statistics reports rank areas, months and sides with the measure word said once for the
list ("the most homicides, with 214, followed by Y with 187"), or in the sentence before ("It
was followed by Y with 29"), or in a gapped clause ("five deaths and February seven"); give the
parts of a whole one copula each ("nine were civilians, four were police"); name victims by
their deed ("homicide victims"); and count a force's dead as its loss ("the police lost 176
officers"). A bare number with no such list (a year, a day, a share, a count of provinces or
of delegates) takes no measure."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures

LEAD = (
    "Violence rose in Ruritania last year, monitor says\n\n"
    "The Ruritania Conflict Monitor said on Monday that 2030 was the deadliest year since it "
    "began counting.\n\n"
)
COUNTED = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks", "operations"})


def figures_of(text: str) -> list[tuple[str, str]]:
    return report_figures(LEAD + text + "\n\nThe monitor urged the government to act.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Northland registered the most homicides, with 214, followed by Eastland with 187 and "
     "Westland with 160.", [("214", "killed"), ("187", "killed"), ("160", "killed")]),
    ("Hill County remained the most violent region for activists, with 54 murders. It was "
     "followed by Lakeside with 29 and Riverside with 18.",
     [("29", "killed"), ("18", "killed")]),
    ("March was the bloodiest month with 121 attacks, while the lowest number, 58, was "
     "recorded in June.", [("58", "attacks")]),
    ("Lakeside also registered the highest number of kidnappings, 87, most of them in the "
     "hills.", [("87", "kidnapped")]),
    ("The river district recorded the highest number of incidents at 14.", [("14", "attacks")]),
    ("Eastvale topped the list with 14 incidents, followed by Northvale (11) and Westvale (9).",
     [("11", "attacks"), ("9", "attacks")]),
    ("January saw five deaths and February seven, according to the police data.",
     [("seven", "killed")]),
    ("Of the 23 killed, nine were civilians, four were policemen and 10 were gunmen.",
     [("four", "killed"), ("10", "killed")]),
    ("Local militias accounted for 96 of the deaths, while the army and its allies were "
     "blamed for 54.", [("54", "killed")]),
    ("Rebel groups were responsible for 3,410 of the deaths, the report said. Government "
     "forces were responsible for 2,160.", [("2,160", "killed")]),
    ("There were 16,420 intentional homicide victims and 87 kidnapping victims in the period.",
     [("16,420", "killed"), ("87", "kidnapped")]),
    ("The national police counted 66 femicides in the month.", [("66", "killed")]),
    ("The police alone lost 176 officers last year, the chief said.", [("176", "killed")]),
    ("The army said its units fought 37 armed encounters with the rebels.",
     [("37", "attacks")]),
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
    ("January saw five deaths and February 7 saw a bombing.", {"7"}),
    ("He was responsible for 2019 and 2020 budgets.", {"2019", "2020"}),
    ("The company lost 200 workers last year. The party lost 5 members in the vote.",
     {"200", "5"}),
    ("Of the 40 suspects, 12 were women and 28 were men.", {"28"}),
    ("Close encounters with wild elephants rose to 37 last year.", {"37"}),
    ("The police registered 980 cases and 41 extortion cases in the period.", {"980", "41"}),
])
def test_a_bare_number_outside_a_list_takes_no_measure(text: str, not_counted: set[str]) -> None:
    for figure, measure in figures_of(text):
        assert figure not in not_counted or measure not in COUNTED
