"""Issue #11, detection: a victim named without a numeral whom a count of the report already
counts is no figure of their own. "A fourth victim died Monday ... police said four people
have now died" (a ranked victim a later count of their harm reaches); "killing four
officers ... Three guards died at once and another died of his wounds" ("another" making up
the whole with the figures of its sentence); and one counted hurt whose death a toll then
counts ("Cole died on Monday, bringing the toll to four") is no longer hurt. A fifth victim
after a count of four (the toll of five its rank reaches), and "another" beyond the whole,
stay. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

AMBUSH = "Gunmen ambushed a police convoy in Aurangabad district on Monday, killing {} officers. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fourth victim died Monday after Saturday's shooting at a house party, police said. "
         "Police said four people have now died and six were wounded.",
         [("killed", 4), ("injured", 6)]),
        ("A third worker died of his burns on Friday. The blast killed three workers in all.",
         [("killed", 3)]),
        (AMBUSH.format("four") + "Three guards died at once and another died of his wounds "
         "in hospital on Tuesday.", [("killed", 4), ("killed", 3)]),
        (AMBUSH.format("four") + "Three guards were killed on the spot and another died in "
         "hospital.", [("killed", 4), ("killed", 3)]),
        # one more than the count: someone else, the toll the rank reaches (ranked_tolls)
        ("A fifth victim died Monday after Saturday's shooting at a house party, police said. "
         "Police said four people were killed on Saturday.", [("killed", 5), ("killed", 4)]),
        (AMBUSH.format("three") + "Three guards died at once and another died of his wounds "
         "in hospital on Tuesday.", [("killed", 3), ("killed", 3), ("killed", 1)]),
    ],
)
def test_a_victim_a_count_of_the_report_counts_is_no_figure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt claim stays: the gold counts each harm state a person is told in (hurt
        # at the wound, the later death in the toll), not one person in the graver measure
        ("Gunfire at a party in Tarko on Saturday killed three people. Ana Cole, 17, was in "
         "critical condition after the shooting. Cole died on Monday, bringing the toll to "
         "four.", [("killed", 3), ("injured", 1), ("killed", 4)]),
        ("Gunfire at a party in Tarko on Saturday killed three people. Ana Cole, 17, was in "
         "critical condition after the shooting. A man died on Monday, bringing the toll to "
         "four.", [("killed", 3), ("injured", 1), ("killed", 4)]),
    ],
)
def test_one_counted_hurt_whose_death_the_toll_counts_stays_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year's tally after a named victim counts the year, no sum of the incident
        ("Ada Finch, 31, was killed at the bar. The shooting raised the town's 2031 homicide "
         "count to nine.", [("killed", 1), ("killed", 9)]),
        # the sentence right after that sums the incident up with her in it
        ("Ada Finch, 31, was killed at the bar. The shooting killed three people.",
         [("killed", 3)]),
    ],
)
def test_a_named_victim_and_a_tally_of_the_year(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected
