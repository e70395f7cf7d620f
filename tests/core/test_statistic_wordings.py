"""How statistics releases word their counts, on sentences we wrote: the verb that states a
count, victims named by their deed, a share, a "with" phrase on a count of deeds, a ranking's
first item, a breakdown label whose measure the sentence before names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import Figures, figure_days, read_claims
from tests.core.claim_factory import core_figures as figures

if TYPE_CHECKING:
    from spacy.language import Language

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abduction victims numbered 31 across the province in April.", [(31, "kidnapped")]),
        ("Arrests totalled 1,870 in the quarter, the bureau reported.", [(1870, "arrested")]),
        ("Murder victims amounted to 212 in the first quarter.", [(212, "killed")]),
        ("Homicides rose to 655 in the third quarter, the bureau said.", [(655, "killed")]),
        ("The number of kidnap victims fell to 19 in June.", [(19, "kidnapped")]),
        ("Prosecutors opened files on 44 kidnap victims and 310 homicide victims.",
         [(44, "kidnapped"), (310, "killed")]),
        # the verb states a count of things: no one counted
        ("The new penal code totalled 412 articles.", []),
    ],
)
def test_a_plural_measure_noun_states_its_count(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the capital, murders fell 9% in July to 402.", [(402, "killed")]),
        ("Kidnappings dropped 14 percent in the quarter, to 61.", [(61, "kidnapped")]),
        ("Arrests rose 12 per cent in the year.", []),
        # a rate over a number of people
        ("The province recorded 7 deaths per 100,000 people last year.", []),
        ("Infant deaths fell to 3 per 1,000 births.", []),
        # near miss: "per" of a source is no rate; "per day" is one over time (time_rates)
        ("Gunmen killed 7 people, per police, on Monday.", [(7, "killed")]),
        ("Police arrested 12 people per day during the crackdown.", []),
    ],
)
def test_a_share_counts_no_one(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency logged 17 massacres with 83 victims in the year.",
         [(17, "attacks"), (83, "killed")]),
        ("Abductions climbed in March, with 27 cases reported to the police.",
         [(27, "kidnapped")]),
        # a "with" phrase on no count of deeds
        ("Officers searched 12 houses with 40 residents.", []),
    ],
)
def test_a_with_phrase_on_a_count_of_deeds(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most murders occurred in Farland, which registered 140, followed by Dunmore with "
         "96 and Kestrel with 71.", [(140, "killed"), (96, "killed"), (71, "killed")]),
        ("Most of the deaths were counted in Ashby, with 77, followed by Greyport with 52.",
         [(77, "killed"), (52, "killed")]),
        ("Ashby recorded the most murders, with 77, followed by Greyport with 52 and Tollard "
         "with 31, where two gangs have fought since spring.",
         [(77, "killed"), (52, "killed"), (31, "killed")]),
        # no measure ranked: a count of something else
        ("Most farmers live in Farland, which registered 140 floods, followed by Dunmore.", []),
    ],
)
def test_the_first_item_of_a_ranking(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bureau counted 1,310 homicides in the half year.\n\n"
         "By province: Farland 301, Dunmore 254 and Kestrel 119.",
         [(1310, "killed"), (301, "killed"), (254, "killed"), (119, "killed")]),
        ("The monitor said 2,140 people were killed in the half year. The breakdown: 1,020 "
         "civilians, 640 soldiers and 480 rebels.",
         [(2140, "killed"), (1020, "killed"), (640, "killed"), (480, "killed")]),
        # the sentence before names two measures: which one the rows count is not said
        ("Police said 40 people were killed and 96 arrested in the raids.\n\n"
         "By district: Farland 31, Dunmore 20.",
         [(40, "killed"), (96, "arrested")]),
        # years of a breakdown are no counts
        ("The bureau counted 1,310 homicides in the half year.\n\n"
         "By year of birth: 1990, 1991 and 1994.", [(1310, "killed")]),
    ],
)
def test_a_breakdown_label_takes_the_measure_of_the_sentence_before(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Homicides in the state fell to 1,210 in May, the bureau said.\n\n"
         "Farland was the most violent province, with 188 victims.",
         [(1210, "killed"), (188, "killed")]),
        # no kind of victim named before
        ("The flood hit the valley in May.\n\nFarland was the worst hit, with 188 victims.", []),
    ],
)
def test_bare_victims_after_a_count_of_homicides(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bureau logged 23 victims of kidnapping in the quarter.", [(23, "kidnapped")]),
        ("The bureau logged 23 victims of the storm in the quarter.", []),
        ("The bureau counted 1,310 homicides in the half year.\n\n"
         "Victims of homicide by province: Farland 301, Dunmore 254.",
         [(1310, "killed"), (301, "killed"), (254, "killed")]),
        ("The bureau counted 1,310 homicides in the half year. The provinces with the most "
         "victims were Farland (301), Dunmore (254) and Kestrel (119).",
         [(1310, "killed"), (301, "killed"), (254, "killed"), (119, "killed")]),
    ],
)
def test_victims_named_by_their_deed_and_ranked(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 75 people killed, 51 were soldiers, 24 police officers.",
         [(75, "killed"), (51, "killed"), (24, "killed")]),
        ("The bureau counted 930 homicide victims, of whom 801 were men and 129 women.",
         [(930, "killed"), (801, "killed"), (129, "killed")]),
        # a part of no harmed whole
        ("Of the 90 people at the rally, 40 were students and 12 teachers.", []),
    ],
)
def test_a_breakdown_whose_copula_is_said_once(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tally for the year: 1,390 civilians killed; arrests, 870; abductions, 243.",
         [(1390, "killed"), (870, "arrested"), (243, "kidnapped")]),
    ],
)
def test_a_figure_set_after_its_measure_noun(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the quarter, 27 people were abducted and killed.", [(27, "killed")]),
        ("In the quarter, 27 people were abducted and later freed.", [(27, "kidnapped")]),
        ("In the quarter, 14 abduction victims were found dead.", [(14, "killed")]),
        ("Police rescued 14 abduction victims in the quarter.", [(14, "kidnapped")]),
        # the hurt "and killed" are two groups of one toll: no count of either (other)
        ("Nineteen people were injured and killed in separate incidents.", []),
    ],
)
def test_the_taken_then_killed_are_the_dead(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


def test_a_clause_of_place_on_a_ranked_figure_does_not_date_it(nlp: Language) -> None:
    text = (
        "Murders in the state fell to 880 in June. Ashby recorded the most murders, with 77, "
        "followed by Greyport with 52 and Tollard with 31, where two gangs have fought since "
        "March 2023."
    )
    assert figure_days(nlp, text, dt.date(2025, 7, 9), "31") == ("2025-06-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per the bureau, the provinces with the most murders in March were: Sindh 140, "
         "Punjab 122, Khyber Pakhtunkhwa 97 and Balochistan 61.",
         [(140, "killed", "Sindh"), (122, "killed", "Punjab"),
          (97, "killed", "Khyber Pakhtunkhwa"), (61, "killed", "Balochistan")]),
        # no ranking by a measure before the colon: names with numbers, no counts
        ("The teams in the final round were: Lions 3, Eagles 2 and Hawks 1.", []),
    ],
)
def test_a_colon_list_of_areas_with_bare_counts(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    found = [(c.value, c.measure, c.location) for c in read_claims(nlp, text, None) if c.is_core]
    assert found == expected


def test_municipalities_with_their_state_in_commas(nlp: Language) -> None:
    text = ("Among towns, Tijuana, Baja California, was the deadliest with 70 murders, "
            "followed by Irapuato, Guanajuato, with 52 and Culiacan, Sinaloa, with 33.")
    found = [(c.value, c.measure, c.location) for c in read_claims(nlp, text, None) if c.is_core]
    assert (52, "killed", "Irapuato, Guanajuato") in found
    assert (33, "killed", "Culiacan, Sinaloa") in found
    text = ("Among municipalities, Zapopan, Jalisco, was the deadliest with 64 murders, "
            "followed by Leon, Guanajuato, with 40.")
    found = [(c.value, c.measure, c.location) for c in read_claims(nlp, text, None) if c.is_core]
    assert found == [(64, "killed", "Zapopan, Jalisco"), (40, "killed", "Leon, Guanajuato")]
    # "with 4 goals" is its own count of things, no slot of a ranking
    assert figures(nlp, "Lyon won the match with 4 goals and Nice lost.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toll of the year\n\nKilled by the Southern People's Liberation Front (SPLF): 287\n",
         [(287, "killed")]),
        # a long label that names no measure first: no row
        ("Toll of the year\n\nMembers of the Southern People's Liberation Front (SPLF): 287\n",
         []),
    ],
)
def test_a_row_label_of_a_measure_blamed_on_a_party(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per the monitor, 275 civilians, among them 38 women, were killed in Latakia, while "
         "81 others died in shelling.", [(275, "killed"), (38, "killed"), (81, "killed")]),
        ("According to the monitor, 275 villagers, among them 38 women, were killed in "
         "Latakia.", [(275, "killed"), (38, "killed")]),
        # the source's own people, an appositive with a subject verb of its own: no harm read
        ("According to the council, 12 members, all lawyers, signed the letter.", []),
    ],
)
def test_a_count_the_parser_set_beside_its_source(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office logged 52 massacres last year, which left 207 victims, with 81 in Narino.",
         [(52, "attacks"), (207, "killed"), (81, "killed")]),
        # a deed that kills no one by its name: its victims stay unread
        ("The office logged 52 robberies last year, which left 207 victims.", []),
    ],
)
def test_victims_a_count_of_killings_left(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


def test_a_row_counted_by_its_own_noun_counts_for_its_label(nlp: Language) -> None:
    text = ("Murders by province in March:\n\nNorvale: 214 murders in 38 towns\n\n"
            "Killed by the Southern People's Liberation Front (SPLF): 96\n\n"
            "Militiamen: 17 murders in raids\n")
    found = [(c.value, c.measure, c.location) for c in read_claims(nlp, text, None)
             if c.is_core and c.measure != "other"]
    assert found == [(214, "killed", "Norvale"), (96, "killed", None), (17, "killed", None)]
