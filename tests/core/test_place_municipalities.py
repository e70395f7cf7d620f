"""A town named by the kind of local unit it is, as Latin American, French and West African
copy writes it ("the rural municipality of X", "the commune of X", "the hamlet of X"), is the
place of the figure in that clause. Sentences invented; the names are invented too."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Soldiers arrested six men at a farm in the rural municipality of Piedra Azul "
            "on Monday, the army said.",
            "six",
            "Piedra Azul",
        ),
        (
            "Gunmen killed seven villagers in the commune of Tandiabou on Sunday, a "
            "local official said.",
            "seven",
            "Tandiabou",
        ),
        (
            "Two herders were shot dead in the hamlet of Sorrovel late on Friday, police said.",
            "Two",
            "Sorrovel",
        ),
    ],
)
def test_a_local_unit_s_name_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    found = place_of(nlp, text, figure)
    assert found is not None
    assert place in found


def test_a_municipality_s_office_is_no_place(nlp: Language) -> None:
    # the unit is named, but the figure is a count of its staff in another town's office
    text = "The municipality said 40 workers were laid off in Ranvell on Monday."
    found = place_of(nlp, text, "40")
    assert found is None or "municipality" not in found.lower()
