"""Issue #11: a lead that opens on its scene ("In Zambia's copper-belt city Kitwe, ...") and
closes or breaks on its source ("..., Mayor Ann Phiri told the BBC", "..., the minister said,
most of them ..."). The parser may hang the whole lead on the report; the scene is still where
the figure happened, and the report still its source; and the lead's subject is no place
("Gunmen abducted 30 pupils", which NER may tag as one). Sentences and names we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 9, 17)

# text, then (value, measure, place, source) of its core claims
READ: list[tuple[str, list[tuple[float, str, str | None, str | None]]]] = [
    # a fronted scene hung by the parser on the closing report made the root
    (
        "In Malawi's commercial capital Blantyre, a minibus crash killed at least 17 people on"
        " Monday, Mayor Ruth Chanda told the BBC.",
        [(17, "killed", "Blantyre", "Mayor Ruth Chanda")],
    ),
    (
        "In Zambia's northern city Kasama, police arrested 23 traders on Tuesday, spokeswoman"
        " Mary Zulu told reporters.",
        [(23, "arrested", "Kasama", "spokeswoman Mary Zulu")],
    ),
    # a closing report the parser made a relative clause of the noun before it
    (
        "Zambian police have arrested 9 suspects over the robbery of a Dutch tourist in Ndola,"
        " Home Affairs Cabinet Secretary Peter Tembo said on Tuesday.",
        [(9, "arrested", "Ndola", "Home Affairs Cabinet Secretary Peter Tembo")],
    ),
    # a lead's capitalised plural subject, which NER may take for a place, is none
    (
        "Gunmen abducted 30 pupils from a boarding school on Sunday, police said.",
        [(30, "kidnapped", None, "police")],
    ),
    (
        "Gunmen abducted 30 pupils from a boarding school in Kasama on Sunday, police said.",
        [(30, "kidnapped", "Kasama", "police")],
    ),
    # a report set off by commas in mid-sentence frames what comes before it
    (
        "The fire left 38 inmates dead, Justice Minister Ana Mbewe said, most of them trapped"
        " in their cells.",
        [(38, "killed", None, "Justice Minister Ana Mbewe")],
    ),
    (
        "Nine villagers drowned when their boat overturned, a district official said, most of"
        " them children.",
        [(9, "killed", None, "a district official")],
    ),
    # the name beside its kind as an appositive is the town, whatever NER labelled it
    (
        "A bus crash in Malawi's commercial capital Blantyre killed 17 people on Monday,"
        " police said.",
        [(17, "killed", "Blantyre", "police")],
    ),
    # an island named by its kind, whatever NER labelled it, over the wire's dateline
    (
        "MADRID (Reuters) - At least 14 migrants drowned when their boat sank off the Spanish"
        " island of Lanzarote on Sunday, rescuers said.",
        [(14, "killed", "Lanzarote", "rescuers")],
    ),
    # near miss: a town the distance runs from is no scene
    (
        "The tremor killed 4 people in Mpika district, some 300 kilometres from the provincial"
        " capital Kasama, officials said.",
        [(4, "killed", "Mpika district", "officials")],
    ),
    # near miss: a person beside a town's kind is no place
    (
        "Gunmen killed 5 guards at the mine, the town's mayor, Peter Banda, said.",
        [(5, "killed", None, "Peter Banda")],
    ),
    # near miss: a fronted town on a verb that tells a clause of its own is where it was told
    (
        "In Lusaka, police told reporters that 6 people were killed in Copperbelt province.",
        [(6, "killed", "Copperbelt province", "police")],
    ),
    (
        "In Lilongwe, the health minister told parliament that 300 people had died of cholera"
        " nationwide.",
        [(300, "killed", None, "the health minister")],
    ),
    # near miss: a fronted circumstance is no lead the closing report frames
    (
        "Following the crash that killed 17 people, the mayor told the BBC.",
        [(17, "killed", None, None)],
    ),
    (
        "Police told reporters in Lilongwe that 14 people had been arrested in Mzuzu.",
        [(14, "arrested", "Mzuzu", "Police")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None, str | None]]]:
    claims = core_claims_by_text([t for t, _ in READ], PUB)
    return {
        t: [(c.value, c.measure, c.location, c.attribution) for c in cs]
        for t, cs in claims.items()
    }


@pytest.mark.parametrize(("text", "expected"), READ)
def test_fronted_scenes_and_set_off_reports(
    found: dict[str, list[tuple[float, str, str | None, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None, str | None]],
) -> None:
    assert found[text] == expected


def test_a_capital_a_distance_runs_from_is_no_scene() -> None:
    # the capital named beside its kind, after a comma or not: a reference point, never the
    # report's scene
    texts = [
        "A strong tremor struck the Mpika area on Tuesday, killing 4 people, officials said.\n\n"
        f"Houses collapsed in the area, some 300 kilometres from the provincial capital{comma}"
        " Kasama."
        for comma in (",", "")
    ]
    claims = core_claims_by_text(texts, PUB)
    found = [(c.value, c.location) for t in texts for c in claims[t]]
    assert [v for v, _ in found] == [4, 4]
    assert not any(place and "Kasama" in place for _, place in found)
