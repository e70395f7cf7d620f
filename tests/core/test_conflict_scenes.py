"""Places of a conflict that flared again (issue #11, place): the toll "in <District>'s
<Sub-district>" stays the sub-district's though the latest attack hit a village; figures
counted in a clause of another day ("a day after four villagers died at Y") are Y's; running
totals since a day before the latest attack are the conflict's area, not the village the
sentence before named. Sentences written for these classes, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.owned_places import owned_place
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_FLARE = (
    "RANGPUR, March 11 - The toll in the clashes in Rangpur's Pirgachha has risen to five "
    "after a mob attacked Kalia village early on Tuesday.\n\n"
    "A trader was stabbed to death in Kalia on Tuesday, a day after four villagers died in a "
    "clash at the Sonatala Bazar, the OC said.\n\n"
    "At least 25 people have been treated at the health complex since Monday, a doctor said."
    "\n\nPolice have detained 14 people so far over the violence.\n"
)


def test_a_toll_keeps_its_own_place_over_the_latest_village(nlp: Language) -> None:
    assert place_of(nlp, _FLARE, "five") == "Pirgachha, Rangpur"


def test_a_figure_of_an_earlier_clause_is_where_that_clause_says(nlp: Language) -> None:
    assert place_of(nlp, _FLARE, "four") == "Sonatala Bazar"


def test_running_totals_since_an_earlier_day_are_the_conflicts(nlp: Language) -> None:
    assert place_of(nlp, _FLARE, "At least 25") == "Pirgachha, Rangpur"
    assert place_of(nlp, _FLARE, "14") == "Pirgachha, Rangpur"


def test_a_total_since_the_attacks_own_day_stays_at_the_attack(nlp: Language) -> None:
    text = (
        "Bomb kills three in Pirgachha\n\n"
        "A bomb killed three people at a market in Rangpur's Pirgachha on Tuesday.\n\n"
        "The blast tore through a tea stall in Kalia village on Tuesday morning.\n\n"
        "At least 25 people have been treated in Kalia since Tuesday, a doctor said.\n"
    )
    assert (place_of(nlp, text, "At least 25") or "").startswith("Kalia")


def test_a_result_clause_shares_the_main_clauses_scene(nlp: Language) -> None:
    text = (
        "Blast in Bannu\n\n"
        "A bomb went off at a bus stand in Bannu on Tuesday, killing three people, police "
        "said.\n"
    )
    assert place_of(nlp, text, "three") == "Bannu"


def test_a_district_owning_a_name_read_as_a_body_files_it(nlp: Language) -> None:
    doc = nlp("The toll in the fighting in Rangamati's Baghaichhari has climbed to four.")
    owner = next(e for e in doc.ents if e.text == "Rangamati")
    if owner.label_ in ("GPE", "LOC"):
        return  # read right by NER: the place entity reads it
    found = owned_place(owner)
    assert found is not None
    assert found[1] == "Baghaichhari, Rangamati"


def test_a_persons_possessive_owns_no_place(nlp: Language) -> None:
    doc = nlp("The fighting broke out in Karim's Bakery on Monday.")
    assert all(owned_place(e) is None for e in doc.ents)


def test_a_wars_dead_over_decades_keep_their_country(nlp: Language) -> None:
    text = (
        "RANGPUR, March 11 - The toll in the clashes in Rangpur's Pirgachha has risen to five "
        "after a mob attacked Kalia village early on Tuesday.\n\n"
        "Some 3,000 people have been killed in the insurgency in the hills since 1976.\n"
    )
    assert place_of(nlp, text, "Some 3,000") != "Pirgachha, Rangpur"



_RAID = (
    "Gunmen kill 9 in raid on village\n\n"
    "GUSAU, Nigeria - Gunmen killed nine people in a raid on Tudun Wada village in Zamfara state"
    " on Saturday, police said.\n\n"
    "{record}\n"
)


def test_years_of_a_conflict_are_the_province_not_the_village(nlp: Language) -> None:
    # the village the gazetteer lacks is filed with its state: the state, not the pair
    text = _RAID.format(
        record="Bandits have killed more than 8,000 people since the insurgency began in 2019.")
    assert place_of(nlp, text, "nine") == "Tudun Wada village, Zamfara state"
    # the province as the gazetteer names it, as for a town it knows ("Gusau": Zamfara)
    assert place_of(nlp, text, "more than 8,000") == "Zamfara"

