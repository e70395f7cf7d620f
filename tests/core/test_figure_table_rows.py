"""The rows of a figure table in a statistics report (a labelled line, bar-joined cells, short
"Name: N" rows under a heading naming what they count): each listed figure takes the label's
measure, and the rows are the report's data, not page furniture. A label that names no measure,
a share, a year, a count of places, a page number and a figure the row says more of ("with N
victims") stay as they were."""

from __future__ import annotations

import pytest

from core.ingest.figure_rows import column_row, figure_row, label_measure
from core.ingest.furniture import is_furniture
from tests.core.claim_factory import report_figures, report_places

LEAD = (
    "Violence rose in Ruritania last year, monitor says\n\n"
    "The Ruritania Conflict Monitor said on Monday that 2030 was the deadliest year since it "
    "began counting, with attacks rising in every region.\n\n"
)


def figures_of(table: str) -> list[tuple[str, str]]:
    return report_figures(LEAD + table + "\n\nThe monitor urged the government to act.\n")


@pytest.mark.parametrize(("table", "expected"), [
    ("The year in numbers:\nKilled: 512 civilians, 433 soldiers, 118 rebels",
     [("512", "killed"), ("433", "killed"), ("118", "killed")]),
    ("The year in numbers:\nInjured: 1,104 civilians, 870 soldiers",
     [("1,104", "injured"), ("870", "injured")]),
    ("The year in numbers:\nAttacks: Northern Province 455, Eastern Province 212, Lakeside 9",
     [("455", "attacks"), ("212", "attacks"), ("9", "attacks")]),
    ("The north, according to the monitor\nAttacks: 455 | Killed: 806 | Injured: 1,211",
     [("455", "attacks"), ("806", "killed"), ("1,211", "injured")]),
    ("The north, according to the monitor\nArrested: 286 | Abducted: 41 | Incidents: 77",
     [("286", "arrested"), ("41", "kidnapped"), ("77", "attacks")]),
    ("The tally:\nEncounters: 44\nRebels arrested: 52",
     [("44", "attacks"), ("52", "arrested")]),
    ("Homicides by region, 2030:\nNorthland: 412\nSouthland: 233\nEastland: 97",
     [("412", "killed"), ("233", "killed"), ("97", "killed")]),
    # a list's bullet before the label; the people a figure counts named before it
    ("The year in numbers:\n- Civilians killed: 812\n- Persons abducted: 96",
     [("812", "killed"), ("96", "kidnapped")]),
    ("The year in numbers:\nKilled: civilians 312, soldiers 201, police 122",
     [("312", "killed"), ("201", "killed"), ("122", "killed")]),
    # cells parted by semicolons, each with its own label; a list of one label's items
    ("The year in numbers:\nRebels killed: 64; arrested: 131; abducted: 12",
     [("64", "killed"), ("131", "arrested"), ("12", "kidnapped")]),
    ("The year in numbers:\nKilled: civilians 57; soldiers 33",
     [("57", "killed"), ("33", "killed")]),
    # a spaced hyphen after a label naming a measure marks the row as a colon does
    ("The year in numbers:\nKilled - 512\nArrests - 96\nInjured - 1,310",
     [("512", "killed"), ("96", "arrested"), ("1,310", "injured")]),
    # a region's name the tagger takes for a person's: the figure after its colon is no age
    ("Deaths by state:\nRiverside State: 211 killed, 54 injured\nHill State: 98 killed, 20 hurt",
     [("211", "killed"), ("98", "killed")]),
])
def test_a_rows_figures_take_its_labels_measure(
    table: str, expected: list[tuple[str, str]]
) -> None:
    found = figures_of(table)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(("table", "expected"), [
    # a label of two measures: each place's pair of figures, one of each in the label's order
    ("The month in numbers:\nKilled and arrested by county: Kisumu 14 and 41, Nakuru 6 "
     "and 22", [("14", "killed"), ("41", "arrested"), ("6", "killed"), ("22", "arrested")]),
    ("The month in numbers:\nDeaths and abductions: Eldoret 9 and 17",
     [("9", "killed"), ("17", "kidnapped")]),
])
def test_a_label_of_two_measures_pairs_its_figures(
    table: str, expected: list[tuple[str, str]]
) -> None:
    assert [f for f in figures_of(table) if f[0] in {e[0] for e in expected}] == expected


def test_a_lone_figure_under_a_label_of_two_measures_takes_neither() -> None:
    found = figures_of("The month in numbers:\nKilled and arrested: Kisumu 14")
    assert ("14", "killed") not in found
    assert ("14", "arrested") not in found


@pytest.mark.parametrize(("table", "not_counted"), [
    ("Published: 12 March 2031\nPage: 4", {"12", "4"}),
    ("Notes:\nAttacks: 12% rise on the year before", {"12"}),
    ("Notes:\nIncidents: 4 provinces reported none", {"4"}),
    ("Notes:\nKilled: the third deadliest year since 2019", {"2019"}),
    ("Regions by size:\nNorthland: 45\nSouthland: 12", {"45", "12"}),
    ("Regions by size:\n- Northland: 45\n- Southland: 12", {"45", "12"}),
    ("Notes:\nKilled: villages 4, towns 2", {"4", "2"}),
    # a bar-parted table whose columns name no measure, or a cell that is more than a figure
    ("Province | Schools | Clinics\nEastvale | 14 | 22", {"14", "22"}),
    ("Province | Attacks | Killed\nEastvale | 14 in May | 22 by June", {"14", "22"}),
])
def test_a_row_that_counts_no_measure_takes_none(table: str, not_counted: set[str]) -> None:
    for figure, measure in figures_of(table):
        assert figure not in not_counted or measure not in (
            "killed", "injured", "arrested", "kidnapped", "attacks", "operations"
        )


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bare_cell_takes_its_columns_measure_and_its_rows_place(gap: str) -> None:
    table = (
        f"Province | Attacks | Killed{gap}Northern Province | 14 | 22{gap}Lakeside | 9 | 11"
    )
    found = figures_of(table)
    for figure in (("14", "attacks"), ("22", "killed"), ("9", "attacks"), ("11", "killed")):
        assert figure in found
    places = dict(zip([f for f, _ in found], report_places(LEAD + table + "\n"), strict=True))
    assert places["22"] == "Northern Province"
    assert places["11"] == "Lakeside"


def test_a_figure_the_row_says_more_of_keeps_its_own_reading() -> None:
    found = figures_of("The year in numbers:\nMassacres: 40, with 166 victims.")
    assert ("40", "attacks") in found
    assert ("166", "attacks") not in found


@pytest.mark.parametrize(("line", "row"), [
    ("Attacks: 455 | Killed: 806 | Injured: 1,211", True),
    ("Arrested: 286 | Abducted: 41", True),
    ("Civilians killed: 377 (including 61 women)", True),
    ("Home | World | Sport | Business", False),
    ("Read more: Two guards die in prison riot", False),
    ("Northland: 12 killed in blast", False),
    ("Page: 4 | Section: 2", False),
])
def test_a_table_row_is_no_furniture(line: str, row: bool) -> None:
    assert figure_row(line) is row
    if row:
        assert not is_furniture(line)


@pytest.mark.parametrize(("line", "row"), [
    ("Northern Province | 14 | 22", True),
    ("Lakeside | 1,204 | 9 | 0", True),
    # a pager, a site's counters, a menu, a cell of more than a figure: furniture as before
    ("Page | 1 | 2 | 3", False),
    ("Comments | 12 | 4", False),
    ("Home | World | Sport", False),
    ("Eastvale | 14 in May | 22", False),
])
def test_a_row_of_a_table_of_columns_is_no_furniture(line: str, row: bool) -> None:
    assert column_row(line) is row or not row
    assert is_furniture(line) is not row


@pytest.mark.parametrize(("label", "measure"), [
    ("Security personnel killed", "killed"),
    ("Militants killed in operations", "killed"),
    ("Civilian deaths by region", "killed"),
    ("Military operations", "operations"),
    ("Fatalities", "killed"),
    ("Read more", None),
    ("Published", None),
    ("Figures by region", None),
])
def test_a_label_names_the_measure_before_a_preposition(label: str, measure: str | None) -> None:
    assert label_measure(label) == measure
