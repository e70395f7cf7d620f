"""A list that names one person alone beside a counted people, put among a group a numeral
counts ("An American and two Canadians were among the 10 people hurt"), read a part of 2,
the list's numeral alone (issue #11, counts): the part is the whole list, so no part is
read. Lists of counted people alone, and lists among an uncounted group, stay as they
were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("An American and two Canadians were among the 10 people hurt in the crash.",
         [(10.0, "injured")]),
        ("A Pakistani and two Afghans were among the 9 people killed.", [(9.0, "killed")]),
        ("A Briton and two Australians were among the 12 tourists injured.",
         [(12.0, "injured")]),
        ("A policeman and three civilians were among the 20 people injured.",
         [(20.0, "injured")]),
        ("Two soldiers and a policeman were among the 11 killed.", [(11.0, "killed")]),
        ("A constable and two soldiers were among the 11 killed.", [(11.0, "killed")]),
    ],
)
def test_a_list_among_the_counted_is_no_part_of_its_numeral(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # counted people alone: each its own part
        ("Two Canadians were among the 10 people hurt in the crash.",
         [(2.0, "injured"), (10.0, "injured")]),
        ("Two soldiers and three policemen were among the 11 killed.",
         [(2.0, "killed"), (3.0, "killed"), (11.0, "killed")]),
        # among an uncounted group: the list read as before
        ("A constable and two soldiers were among the dead.",
         [(1.0, "killed"), (2.0, "killed")]),
        # no "among": the list is the figure
        ("An American and two Canadians were hurt when the bus overturned.",
         [(3.0, "injured")]),
        # the lone one among the counted: the group's figure alone, as before
        ("A village head was among the 12 villagers killed.", [(12.0, "killed")]),
        ("Two constables were among the 11 killed.", [(2.0, "killed"), (11.0, "killed")]),
    ],
)
def test_other_parts_among_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
