"""A statistics report retells one body's review: the recorder its lead names gives the later
figures told as "the review said", "according to the data", by a place or a time that
"recorded" them, or in the outlet's voice in the review's paragraphs; not another speaker's
figures, nor an incident told on its own day, nor one recalled from before. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.report_recorder import names_recorder, not_a_voice
from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import run_texts

PUB = dt.date(2033, 1, 12)
# the body the lead's report is of: the figures are its, not its document's
RECORDER = "the Centre for Sahel Monitoring (CSM)"
HEAD = "Gunmen killed 3,100 in Niger last year: monitor\n\n"
LEAD = (
    "NIAMEY: Niger saw 1,240 militant attacks in 2032, which killed 3,100 people, according "
    f"to the annual report of {RECORDER} released on Monday.\n\n"
)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims}


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # the recorder's material, its initials, a place or a time that recorded the figure
        ("The review said 410 people were abducted during the year.", "410", RECORDER),
        ("CSM said troops killed 520 militants in 2032.", "520", RECORDER),
        ("Tillaberi recorded 690 deaths during the year.", "690", RECORDER),
        ("Tahoua alone recorded 118 attacks in 2032.", "118", RECORDER),
        ("The July-September quarter of 2032 had recorded 57 attacks.", "57", RECORDER),
        # the outlet's voice in the review's paragraphs, and a sentence citing its data
        ("Security forces killed 930 militants in 210 operations across the country, "
         "according to the data.", "930", RECORDER),
        ("Kidnappings rose to 275.\n\nThe review said the south was worst hit.", "275",
         RECORDER),
        # "the document" a report retells is the review: no other voice before the figure
        ("The document also confirms that 2032 was a hard year for teachers: 96 were "
         "abducted. The worst month was July, with 11 abductions.", "11", RECORDER),
        # an incident or a month of the review's year, told in the review's paragraphs
        ("On May 3, gunmen killed 16 villagers in Ayorou.\n\nThe review said the south was "
         "worst hit.", "16", RECORDER),
        ("August was the worst month, with 133 attacks.\n\nThe review said the south was "
         "worst hit.", "133", RECORDER),
        # another speaker's figure, an incident after the review's year, one from before it
        ("On May 3, gunmen killed 14 villagers in Ayorou, police said at the time.", "14",
         "police"),
        ("On January 6, gunmen killed 16 villagers in Ayorou.\n\nThe review said the south "
         "was worst hit.", "16", None),
        ("In 2019, a bomb killed 31 people at a market in Tahoua.", "31", None),
    ],
)
def test_recorder_of_a_statistics_report(body: str, figure: str, expected: str | None) -> None:
    assert sources(LEAD + body)[figure] == expected


def test_a_headline_figure_the_recorder_gives_is_its() -> None:
    assert sources(HEAD + LEAD)["3,100"] == RECORDER


def test_no_recorder_without_a_named_tally_in_the_lead() -> None:
    lead = "NIAMEY: Gunmen killed 12 villagers in Ayorou on Sunday, police said.\n\n"
    assert sources(lead + "Tillaberi recorded 690 deaths during the year.")["690"] is None


def test_the_recorder_takes_the_initials_its_lead_gives() -> None:
    lead = (
        "Gunmen killed 2,200 people in Mali in 2032, according to a Sahel Observation Mission "
        "(SOMI) report released on Monday.\n\n"
    )
    found = sources(lead + "It also recorded 510 abductions, the report said.")
    assert found["2,200"] == found["510"]
    assert "(SOMI)" in (found["2,200"] or "")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("the quarterly review", True),
        ("The think tank", True),
        ("think tank", True),
        ("CSM", True),
        ("the ministry's figures", False),
        ("the Interior Ministry", False),
        ("police", False),
    ],
)
def test_names_recorder(source: str, expected: bool) -> None:
    assert names_recorder(source, "the Centre for Sahel Monitoring (CSM)") is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Tillaberi", True),
        ("Tahoua alone", True),
        ("Tahoua Region", True),
        ("The northeast", True),
        ("the north", True),
        ("Islamic State", False),
        ("The October-December quarter of 2032", True),
        ("police", False),
        ("the Centre for Sahel Monitoring", False),
        ("Amadou Issa", False),
    ],
)
def test_not_a_voice(source: str, expected: bool) -> None:
    assert not_a_voice(source) is expected


FILLER = "Residents said the market stayed shut and schools were closed.\n\n"


def test_a_tally_cited_deep_in_an_incident_report_is_no_recorder() -> None:
    """An incident story that cites a review far down: other material there stays its own."""
    lead = "NIAMEY: Gunmen killed 12 villagers in Ayorou on Sunday, police said.\n\n"
    body = LEAD.removeprefix("NIAMEY: ") + (
        "According to the official figures, 19 people were abducted in Tahoua in March."
    )
    assert sources(lead + FILLER * 6 + body)["19"] != RECORDER
    assert sources(lead + body)["19"] == RECORDER  # in the report's lead, its material


@pytest.mark.parametrize(
    ("deck", "figure", "expected"),
    [
        ("Troops killed 3,100 militants in 2032, says think tank\n\n", "3,100", RECORDER),
        ("Troops killed 45 militants in Ayorou in May, according to the official figures\n\n",
         "45", "the official figures"),
    ],
)
def test_before_the_lead_only_a_bare_description_is_the_recorder(
    deck: str, figure: str, expected: str
) -> None:
    """A headline's "says think tank" is the body its lead names; "the official figures"
    before the lead names them are another's."""
    assert sources(HEAD + deck + LEAD)[figure] == expected


def test_a_table_under_a_line_citing_the_material_is_the_recorders() -> None:
    text = (
        HEAD + LEAD + "Troops killed 520 militants in 2032, the review said.\n\n"
        "\"Every figure is a family,\" aid worker Lina Sow told reporters.\n\n"
        "In short, the annual review reads:\nAbducted: 410 people.\nInjured: 2,210 people."
    )
    found = sources(text)
    assert found["410"] == RECORDER
    assert found["2,210"] == RECORDER


def test_a_table_under_no_citing_line_stays_the_outlets() -> None:
    text = (
        HEAD + LEAD + "Troops killed 520 militants in 2032, the review said.\n\n"
        "\"Every figure is a family,\" aid worker Lina Sow told reporters.\n\n"
        "In short, the year in Niger:\nAbducted: 410 people.\nInjured: 2,210 people."
    )
    found = sources(text)
    assert found["410"] is None
    assert found["2,210"] is None


def test_a_rows_label_names_whom_it_counts_not_who_says_so() -> None:
    """ "Soldiers: 212 killed": a table's label is the counted group, the row the review's
    (its body speaks again after it); a row that tells no time counts over the review's
    year, not a month named before it."""
    text = (
        HEAD + LEAD + "March had been the worst month, with 41 attacks.\n\n"
        "Soldiers: 212 killed, 140 injured. Civilians: 1,430 killed.\n\n"
        "CSM said the rise in abductions had emptied whole villages in the south."
    )
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    found = {c.number_text: c for c in result.claims}
    for figure in ("212", "140", "1,430"):
        assert found[figure].attribution == RECORDER
        assert (found[figure].date_start, found[figure].date_end) == (
            dt.date(2032, 1, 1), dt.date(2032, 12, 31)
        )


def test_a_named_bodys_line_stays_its_own() -> None:
    """ "The Interior Ministry: 88 arrested": a body named before a colon still speaks."""
    text = HEAD + LEAD + "Sahel Relief Network: 88 people abducted in 2032.\n\n"
    assert sources(text)["88"] != RECORDER


def test_a_table_headed_by_the_material_is_the_recorders() -> None:
    """ "The count for the year: Abducted: 410 ...": a heading that names the material."""
    text = (
        HEAD + LEAD + "Troops killed 520 militants in 2032, the review said.\n\n"
        "\"Every figure is a family,\" aid worker Lina Sow told reporters.\n\n"
        "The count for the year: Abducted: 410 people. Injured: 2,210 people."
    )
    found = sources(text)
    assert found["410"] == RECORDER
    assert found["2,210"] == RECORDER


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        # the review's comparison, however it names the year before
        ("Last year, 611 raids were recorded.", True),
        ("In the first ten months of last year, 598 raids were recorded.", True),
        # an incident the outlet recalls from that year is no figure of the review
        ("In 2032, a bomb killed 30 people in Tarsk on May 3.", False),
    ],
)
def test_comparison_figures_of_the_year_before(sentence: str, own: bool) -> None:
    text = (
        "Raids rise in Morvia\n\n"
        "TARSK: Gangs carried out 803 raids in the first ten months of the year, the "
        "Morvian Institute for Security Research (MISR) said on Saturday.\n\n" + sentence + "\n"
    )
    claims = run_texts(text, published=dt.date(2033, 11, 1)).claims
    figure = [c for c in claims if c.number_text not in ("803",) and c.measure != "other"]
    assert figure
    assert (figure[0].attribution is not None and "MISR" in figure[0].attribution) is own
