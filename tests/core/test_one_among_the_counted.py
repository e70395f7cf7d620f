"""One person put "among" a group that a numeral of the same sentence counts ("A teacher
was among the 14 pupils killed") is one of those counted: the figure counts them, no second
figure of one. "among the dead", "among those killed" count no one, and the one named among
them stays a figure of one (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A ward councillor was among the 14 residents killed in the raid.", [(14.0, "killed")]),
        ("A nurse was among the 9 people injured in the blast on Monday.", [(9.0, "injured")]),
        ("A police constable was among the eleven killed when the bus overturned.",
         [(11.0, "killed")]),
        ("A schoolteacher was among 6 hurt in the stampede, officials said.",
         [(6.0, "injured")]),
        ("An elderly farmer was among the 23 villagers killed by the flood.", [(23.0, "killed")]),
        ("A pastor was among the 7 worshippers killed when gunmen stormed the church.",
         [(7.0, "killed")]),
        ("A girl was among the 30 passengers killed in the crash.", [(30.0, "killed")]),
        ("A trader was among the 20 persons abducted from the highway.", [(20.0, "kidnapped")]),
    ],
)
def test_one_among_the_counted_is_no_second_figure(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # no numeral counts the group: the one named is the figure
        ("A ward councillor was among the dead, police said.", [(1.0, "killed")]),
        ("A nurse was among those injured in the blast on Monday.", [(1.0, "injured")]),
        # "the victims" with no casualty counted before: no one, as today
        ("A pastor was among the victims, the bishop said.", []),
        # a part counted by a numeral of its own stays a part of the total
        ("Two constables were among the 11 killed in the ambush.",
         [(2.0, "killed"), (11.0, "killed")]),
        # the group counted in the sentence before: the toll counts the one named already
        ("Fourteen residents were killed in the raid. A ward councillor was among the dead.",
         [(14.0, "killed")]),
        # the count is of another group: the one named among the dead stays
        ("Gunmen torched 40 houses. A ward councillor was among the dead.",
         [(1.0, "killed")]),
        # a numeral of the one named, no count of the group
        ("Two pastors were among the dead, the bishop said.", [(2.0, "killed")]),
        # a count of time, no group of people
        ("A ward councillor was among the dead in the raid that lasted 3 hours.",
         [(1.0, "killed")]),
    ],
)
def test_the_one_named_among_an_uncounted_group_stays(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
