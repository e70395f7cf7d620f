"""A title-case headline read through a sentence-cased copy (``headline_case``): its common
words lower-cased for the parse, its names kept, the claims quoting the headline as written.
Headlines and bodies we wrote."""

from __future__ import annotations

from core.extract.headline_case import sentence_cased
from tests.core.claim_factory import REPORT_DAY, core_claims_by_text

# the common words of these tests, as the lemmatizer's dictionaries know them
COMMON = frozenset(
    {"killed", "wounded", "in", "shooting", "teen", "dies", "at", "market", "blast", "toll",
     "rises", "to", "of", "hurt", "as", "gunman", "opens", "fire", "depot", "on", "vigil",
     "shot", "police", "honored", "another", "with", "soldiers", "martyred", "operation"}
)


def _first_line(text: str) -> str:
    return sentence_cased(text, COMMON.__contains__).split("\n")[0]


def test_common_words_lowered_names_kept() -> None:
    # "Brackwater" no dictionary knows; "Eastgate" the body writes capitalised inside a sentence
    assert _first_line(
        "Teen Killed, Another Wounded In Brackwater Shooting\n\nA boy died, police said."
    ) == "Teen killed, another wounded in Brackwater shooting"
    assert _first_line(
        "Toll Rises To 9 In Market Blast\n\nThe blast hit the Market district on Friday."
    ) == "Toll rises to 9 in Market blast"
    # a month, and a place of two words the gazetteer knows
    assert _first_line(
        "2 Soldiers Martyred In North Waziristan Operation In March\n\nTroops were hit."
    ) == "2 soldiers martyred in North Waziristan operation in March"


def test_not_title_case_left_as_written() -> None:
    # a headline in sentence case, one in capitals, one closed by a stop, and body text alone
    for text in (
        "Teen killed in Brackwater shooting\n\nPolice said.",
        "TEEN KILLED IN SHOOTING\n\nPolice said.",
        "Teen Killed In Shooting At Depot.\n\nPolice said.",
        "Teen Killed In Shooting At Depot",
    ):
        assert sentence_cased(text, COMMON.__contains__) == text


def _headline_rows(text: str) -> list[tuple[float, str, str]]:
    end = text.index("\n")
    claims = core_claims_by_text([text], REPORT_DAY)[text]
    return sorted((c.value, c.measure, c.number_text) for c in claims if c.start < end)


def test_title_case_headlines_counted() -> None:
    assert _headline_rows(
        "Six Killed, 25 Injured In Sialgarh Warehouse Fire\n\nSIALGARH: Flames spread "
        "through a storage unit on Friday, officials said."
    ) == [(6, "killed", "Six"), (25, "injured", "25")]
    assert _headline_rows(
        "Death Toll In Tarnapur Blast Climbs To Thirty-One\n\nTARNAPUR: More of the "
        "wounded died overnight, officials said."
    ) == [(31, "killed", "Thirty-One")]
    assert _headline_rows(
        "Old Man Dies In Custody At District Jail\n\nPrison officials in Velmora said the "
        "inmate fell ill on Tuesday."
    ) == [(1, "killed", "Old Man")]


def test_title_case_headlines_without_casualty() -> None:
    for text in (
        "Gunfire Suspect Due In Court\n\nThe man will appear before a judge, prosecutors said.",
        "Route 44 Cafe Reopens After Fire\n\nThe cafe in Dunmere reopened, the owner said.",
        "Town Marks 2017 Flood With Vigil\n\nResidents gathered on Saturday, organisers said.",
        "Fire Chief Killed Plan For New Depot\n\nThe chief told the council it cost too much.",
    ):
        assert _headline_rows(text) == []


def test_a_headline_list_of_bare_persons_counts_each() -> None:
    # "Woman, daughter killed": one each, not the last alone
    assert _headline_rows(
        "Woman, daughter killed in Velmora\n\nVELMORA: A woman and her daughter were shot "
        "dead at their home on Friday, police said."
    ) == [(2, "killed", "Woman, daughter")]
    assert _headline_rows(
        "Driver, conductor injured in Velmora bus attack\n\nVELMORA: Gunmen fired on a bus "
        "on Friday, police said."
    ) == [(2, "injured", "Driver, conductor")]
