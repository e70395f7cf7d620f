"""Figures news writes without our usual harm words (issue #11, sentences we wrote): kin a family
lost, deaths by a cause named in the verb, homicides, and a bare count that goes on counting the
events of the sentence before. One case per line, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A widow in Marrowby lost two sons in the bombing.", [(2, "killed")]),
        ("The Okafor family lost three members in the house fire.", [(3, "killed")]),
        ("He lost four family members when the shell hit.", [(4, "killed")]),
        ("The village is mourning five relatives of the mayor.", [(5, "killed")]),
        ("They lost two loved ones in the crash on the bridge.", [(2, "killed")]),
        ("The garrison lost nine soldiers and two civilians in the siege.",
         [(9, "killed"), (2, "killed")]),
        ("The town mourns the loss of three children.", [(3, "killed")]),
        ("The Dube family lost two of its members in the raid.", [(2, "killed")]),
        # what else is lost counts no dead
        ("The club lost two games in a row.", []),
        ("The plant lost 300 jobs after the fire.", []),
        ("The coalition lost three members to the opposition bloc.", []),
        ("The loss of 40 homes left families in tents.", []),
        # not lost, or only a fear of it
        ("She did not lose her two sons in the war.", []),
        ("The family could lose two sons to the fighting.", []),
    ],
)
def test_kin_lost_are_the_dead(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women choked on smoke in the stairwell.", [(2, "killed")]),
        ("Four miners suffocated in the shaft.", [(4, "killed")]),
        ("Three linemen were electrocuted at the substation.", [(3, "killed")]),
        ("Two girls were burnt alive in their hut.", [(2, "killed")]),
        ("Two guards bled to death before help came.", [(2, "killed")]),
        ("Five climbers froze to death on the ridge.", [(5, "killed")]),
        ("The intruder strangled two women in the flat.", [(2, "killed")]),
        # the same verbs of things, or of a harm survived, count no dead
        ("Thick smoke choked the three streets near the depot.", []),
        ("Two roads were choked with traffic after the blast.", []),
    ],
)
def test_causes_of_death_in_the_verb(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county has recorded eleven homicides since January.", [(11, "killed")]),
        ("The rifle was tied to three homicides in the valley.", [(3, "killed")]),
        # a homicide unit or detective is no killing
        ("Two homicide detectives reached the scene.", []),
    ],
)
def test_homicides_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There have been nine homicides in Tarnby this year. Six have occurred in the old "
            "town and three in the harbour district.",
            [(9, "killed"), (6, "killed"), (3, "killed")],
        ),
        (
            "Twelve attacks were recorded in May. Seven were reported in the north.",
            [(12, "attacks"), (7, "attacks")],
        ),
        ("Eight shootings were logged last month. Five took place after dark.",
         [(8, "attacks"), (5, "attacks")]),
        # a bare number that is no occurrence, or after no counted events, stays unread
        ("Police made 14 arrests on Friday. Three were later released.", [(14, "arrested")]),
        ("The council met on Monday. Five have occurred since the vote.", []),
        ("There were ten homicides last year.\n\nThe mayor spoke.\n\nFour occurred in May.",
         [(10, "killed")]),
        ("Nine attacks were recorded in May. Two of the towns were reported safe.",
         [(9, "attacks")]),
    ],
)
def test_a_bare_count_goes_on_counting_events(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the wounded clerks is still in the hospital.", [(1, "injured")]),
        ("A third victim died on Sunday.", [(3, "killed")]),  # the rank is the toll
        ("The toll now stands at 23, officials said.", [(23, "killed")]),
        ("The raid killed a dozen fighters.", [(12, "killed")]),
        ("Scores of marchers were injured.", [(20, "injured")]),
        ("Hundreds were arrested after the riot.", [(100, "arrested")]),
        ("Eight people (three of them children) were killed.", [(8, "killed"), (3, "killed")]),
    ],
)
def test_known_constructions_stay_read(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the wounded guards avoided worse harm when a bullet hit his belt.",
         [(1, "injured")]),
        ("One of the injured cooks was sent home on Monday.", [(1, "injured")]),
        ("Five of those killed were bus drivers.", [(5, "killed")]),
        ("Three of the dead were farmers.", [(3, "killed")]),
        # what the part's own clause says comes first
        ("Two of the wounded cooks died overnight.", [(2, "killed")]),
        # an arrest can end: a part of the arrested is no count of arrests
        ("Two of the arrested men were freed on bail.", []),
        # a speaker from the group is no count
        ("Six people were hurt. One of the injured told reporters the van sped off.",
         [(6, "injured")]),
        ("One of the cooks was sent home on Monday.", []),
    ],
)
def test_a_part_of_a_harmed_group(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in brackets that says the one before it again is one figure
        ("The blast killed 14 (fourteen) workers.", [(14, "killed")]),
        ("Police said nine (9) pilgrims were hurt.", [(9, "injured")]),
        # a different figure in brackets is a figure of its own
        ("Twelve people (five of them guards) were killed.", [(12, "killed"), (5, "killed")]),
    ],
)
def test_a_figure_said_again_in_brackets(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people died in the blaze. Four of them were firefighters.",
         [(9, "killed"), (4, "killed")]),
        ("Fourteen people were killed on the road. Among them were six pupils.",
         [(14, "killed"), (6, "killed")]),
        ("Eight miners were hurt. Of these, three were taken to the capital.",
         [(8, "injured"), (3, "injured")]),
        # an arrest can end: a part of those held is no count of arrests
        ("Six men were arrested. Two of them were freed on bail.", [(6, "arrested")]),
        # "them" after a sentence that counted no dead or hurt, or a paragraph away
        ("The council hired nine guards. Four of them were women.", []),
        ("Nine people died in the blaze.\n\nThe mayor spoke.\n\nFour of them were firefighters.",
         [(9, "killed")]),
    ],
)
def test_a_part_of_them_counted_before(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clash left three constables martyred.", [(3, "killed")]),
        ("Rescuers found two hikers murdered near the lake.", [(2, "killed")]),
        ("The flood left 40 families stranded.", []),
        # "numbering" with the figure the parser hangs on it as a numeral
        ("The injured, numbering 15, were shifted to the district hospital.", [(15, "injured")]),
        ("The injured, numbering 27, were moved to the city hospital.", [(27, "injured")]),
    ],
)
def test_a_harm_stated_of_the_counted(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the children a parent has are no count of harm
        ("The father of four was stabbed to death on Friday.", []),
        ("A mother-of-three was killed when the roof fell.", []),
        ("Grandmother of six dies in house fire", []),
        # a count beside such a parent still counts
        ("Two men, one a father of five, were killed in the raid.", [(2, "killed")]),
    ],
)
def test_a_parent_of_children_counts_no_harm(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [f for f in figures(nlp, text) if f[0] != 1] == expected
