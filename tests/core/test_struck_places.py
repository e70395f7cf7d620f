"""Where a report's figures are when its lead names only the country (issue #11, place): the
town or island its quake, storm or blast struck, named later; a town the text puts "in" a
province is filed with it, NER's label or not; a county named as a sheriff's is the office's,
not the scene, in a report on a town. Sentences written for these classes, positive and
negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.claim_places import report_home
from core.extract.nlp import Chunk
from core.extract.place_roles import a_county_office
from core.extract.recalls import recalls_earlier
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the object of "struck" whose subject is the quake
        (
            "A strong earthquake hit northern Chile on Monday, killing four people. The quake "
            "struck the port city of Iquique hardest, officials said.",
            "four",
            "Iquique",
        ),
        # the subject of "hit by the storm"
        (
            "A typhoon battered the central Philippines on Sunday, killing 12 people. Tacloban "
            "was hit hardest by the storm, officials said.",
            "12",
            "Tacloban",
        ),
    ],
)
def test_the_town_the_event_struck_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    "text",
    [
        # a quake of another year is another incident
        "A strong earthquake hit northern Chile on Monday, killing four people across "
        "Chile. The 2010 quake struck Concepcion, killing hundreds.",
        # the last big one, however dated
        "A strong earthquake hit northern Chile on Monday, killing four people across "
        "Chile. The last major quake to hit the north was in March, when a tremor rocked "
        "Arica.",
        # a town abroad the tremor shook is not where the figures are
        "A strong earthquake hit northern Chile on Monday, killing four people across "
        "Chile. The tremor also shook Tacna in neighbouring Peru, officials said.",
        # a town struck by something that is no event of the report
        "A strong earthquake hit northern Chile on Monday, killing four people across "
        "Chile. A truck struck Arica's main bridge later that day.",
    ],
)
def test_no_other_struck_town_is_the_place(nlp: Language, text: str) -> None:
    assert report_home([Chunk(0, nlp(text))], None, recalls_earlier) == "Chile"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # NER left the town unlabelled: "in Borno state" says it is a place
        ("Militants overran Gwoza in Borno state on Friday, killing 20 soldiers.", "20", "Gwoza"),
        # the parse hangs "in" on the bombing, not on the town
        (
            "The governor condemned the bombing of Tonj in Warrap state on Friday, which he "
            "said killed nine.",
            "nine",
            "Tonj",
        ),
        (
            "A landslide buried homes in Banjarnegara in Central Java province, killing 18 "
            "villagers.",
            "18",
            "Banjarnegara",
        ),
    ],
)
def test_a_town_in_a_province_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a day after "in" is no province
        ("Police arrested 14 men in Mardan in March.", "14", "Mardan"),
        # a country adds nothing a checker files by
        ("Nine people were killed in Kano in Nigeria on Friday, police said.", "Nine", "Kano"),
    ],
)
def test_no_province_is_added(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_sheriffs_county_gives_way_to_the_reports_town(nlp: Language) -> None:
    text = (
        "FAIRVIEW, Calif. -- Deputies were called to a home early Sunday. Tulare County "
        "Sheriff Jane Roe said two people were stabbed in a quiet neighborhood off Elm Road."
    )
    assert "Fairview" in (place_of(nlp, text, "two") or "")


def test_a_county_where_it_happened_stays(nlp: Language) -> None:
    text = "FAIRVIEW, Calif. -- Three men were shot in Tulare County on Sunday, the sheriff said."
    assert place_of(nlp, text, "Three") == "Tulare County"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a town owning a camp or a quarter is written after it
        (
            "Four people died in a raid on a clinic in Lahore's Ichhra neighbourhood on Sunday.",
            "Four",
            "Ichhra neighbourhood, Lahore",
        ),
        (
            "Three men were shot dead in Peshawar's Hayatabad area on Monday, police said.",
            "Three",
            "Hayatabad area, Peshawar",
        ),
    ],
)
def test_a_part_of_a_town_is_written_with_the_town(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


def test_a_province_owning_a_district_stays_out(nlp: Language) -> None:
    text = "Six soldiers were killed in Punjab's Okara district on Monday, the army said."
    assert "Punjab" not in (place_of(nlp, text, "Six") or "")


def test_a_sheriffs_town_name_is_the_county_not_the_scene(nlp: Language) -> None:
    text = (
        "A man who was shot and wounded by a Fresno deputy near Sanger has been identified. "
        "Fresno sheriff's deputies responded to a report of a robbery on Sunday. They found "
        "two people with stab wounds in a parking lot."
    )
    assert place_of(nlp, text, "two") == "Sanger"


@pytest.mark.parametrize(
    ("text", "word", "county"),
    [
        ("He was shot by a Fresno deputy.", "deputy", True),
        ("Fresno sheriff's deputies said two were hurt.", "deputies", True),
        # a town's deputy police chief is the town's
        ("Sanger Deputy Police Chief Jane Roe said two were hurt.", "Deputy", False),
        ("Sanger police said two were hurt.", "police", False),
    ],
)
def test_a_county_office(nlp: Language, text: str, word: str, county: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert a_county_office(tok) is county


def test_the_island_a_quake_razed_villages_on_is_the_reports_place(nlp: Language) -> None:
    text = (
        "A strong quake shook eastern Indonesia on Sunday, killing ten people across "
        "Indonesia. The tremor razed villages on the island of Ambon, officials said."
    )
    assert report_home([Chunk(0, nlp(text))], None, recalls_earlier) == "Ambon"
