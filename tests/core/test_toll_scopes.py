"""Which figures of one incident count the same people (issue #11, conflicts): the one group
of victims its reports name is its toll, set against another report's toll; a group named as
a part of the toll is compared only with the same group's count; a pronoun counts the group
its sentence named; a list of groups read as one figure counts them all; the whole a part is
taken from, and the hurt taken to a hospital, are the toll."""

from __future__ import annotations

import pytest

from core.group.conflicts import partial, scope
from tests.core.claim_factory import Batch

DAY = "2031-03-09"


def highway(victims: str = "passengers") -> tuple[Batch, str]:
    b = Batch()
    for doc in ("d1", "d2", "d3"):
        b.report(doc, published="2031-03-10")
    group = b.add("d1", f"Gunmen killed four {victims} on the coastal highway.", "four", 4,
                  subject=victims, date=DAY)
    return b, group


def test_the_one_group_of_victims_is_set_against_a_larger_toll() -> None:
    b, group = highway()
    toll = b.add("d2", "Six people died in the highway attack, officials said.", "Six", 6,
                 subject="people", date=DAY)
    (line,) = b.flagged(group, toll)
    assert line.kind == "divergent"
    assert "the toll may count others" in line.explanation


_AMONG_DEAD = ("Relatives said the dead included two children.", "two", "children")
_TWO_CHILDREN = ("Two children were also killed in the firing.", "Two", "children")


@pytest.mark.parametrize(
    ("victims", "others", "kinds"),
    [
        ("passengers", [], ["contradiction"]),
        ("passengers", [("Two levies were also killed, officials said.", "Two", "levies")], []),
        ("passengers", [_AMONG_DEAD], ["contradiction"]),
        ("passengers", [_AMONG_DEAD, _TWO_CHILDREN], []),
        ("soldiers", [_AMONG_DEAD], []),
    ],
    ids=[
        "the_one_group_of_victims_contradicts_a_smaller_toll",
        "a_second_group_keeps_the_groups_from_the_toll",
        "a_group_given_only_as_a_part_of_the_toll_leaves_the_one_group_its_toll",
        "a_second_group_counted_in_its_own_right_still_keeps_the_groups_apart",
        "children_given_as_a_part_keep_another_group_than_civilians_from_the_toll",
    ],
)
def test_the_groups_beside_a_smaller_toll(
    victims: str, others: list[tuple[str, str, str]], kinds: list[str]
) -> None:
    """The victims of d1 against "Three people were killed" once d3 names ``others`` (each
    a figure of two)."""
    b, group = highway(victims)
    for sentence, figure, subject in others:
        b.add("d3", sentence, figure, 2, subject=subject, date=DAY)
    toll = b.add("d2", "Three people were killed in the highway attack.", "Three", 3,
                 subject="people", date=DAY)
    assert [line.kind for line in b.flagged(group, toll)] == kinds


def test_a_pronoun_of_the_group_it_counts_makes_no_part() -> None:
    b, group = highway()
    them = b.add("d2", "They stopped the coach, lined up the passengers and shot dead three of "
                 "them.", "three", 3, subject="them", date=DAY)
    assert [x.kind for x in b.flagged(group, them)] == ["contradiction"]
    toll = b.add("d3", "Six people died in the highway attack, officials said.", "Six", 6,
                 subject="people", date=DAY)
    assert [x.kind for x in b.flagged(them, toll)] == ["divergent"]


def test_a_group_named_as_a_part_is_compared_only_with_its_group() -> None:
    b = Batch()
    b.report("d1", published="2031-03-10")
    b.report("d2", published="2031-03-10")
    total = b.add("d1", "Twelve people were killed, including five policemen.", "Twelve", 12,
                  subject="people", date=DAY)
    part = b.add("d1", "Twelve people were killed, including five policemen.", "five", 5,
                 subject="policemen", part_of=total, date=DAY)
    toll = b.add("d2", "Fourteen people died in the raid on the post.", "Fourteen", 14,
                 subject="people", date=DAY)
    police = b.add("d2", "Seven policemen were among the dead.", "Seven", 7,
                   subject="policemen", date=DAY)
    assert [x.kind for x in b.flagged(total, toll)] == ["contradiction"]
    assert b.flagged(part, toll) == []
    assert b.flagged(police, total) == []
    assert [x.kind for x in b.flagged(part, police)] == ["contradiction"]


def mill(group_sentence: str) -> tuple[Batch, str, str, str]:
    """A mill fire: d1 names its victims' group, d2 gives the toll, d3 a larger toll that
    includes two of the group; returns the batch and the ids of d1's group, d2's toll and
    d3's part."""
    b = Batch()
    for doc in ("d1", "d2", "d3"):
        b.report(doc, published="2031-03-10")
    group = b.add("d1", group_sentence, "seven", 7, subject="labourers", date=DAY)
    toll = b.add("d2", "The toll from the mill fire stood at ten on Monday.", "ten", 10,
                 date=DAY)
    total = b.add("d3", "Fourteen people died in the fire, including two labourers.", "Fourteen",
                  14, subject="people", date=DAY)
    part = b.add("d3", "Fourteen people died in the fire, including two labourers.", "two", 2,
                 subject="labourers", part_of=total, date=DAY)
    return b, group, toll, part


def test_a_reports_one_group_is_its_toll_where_another_report_names_a_part_of_it() -> None:
    b, group, toll, part = mill("The mill fire killed seven labourers, the fire brigade said.")
    assert [x.kind for x in b.flagged(group, toll)] == ["divergent"]
    assert b.flagged(part, toll) == []


def test_a_report_that_names_the_group_as_a_part_keeps_it_from_the_toll() -> None:
    b, group, toll, _ = mill("The fire brigade said seven labourers were among the dead.")
    assert b.flagged(group, toll) == []


@pytest.mark.parametrize(
    ("sentence", "figure", "subject", "expected"),
    [
        ("They stopped the bus, lined up the passengers and shot dead three of them.", "three",
         "them", "civilians"),
        ("Nine militants stormed the camp, two of whom were killed.", "two", "whom",
         "militants"),
        ("Guards fought back and three of them died.", "three", "them", "security"),
        # no group named before: the pronoun stays a scope of its own
        ("Three of them died on the way.", "Three", "them", "them"),
    ],
)
def test_a_pronoun_counts_the_group_named_before_it(
    sentence: str, figure: str, subject: str, expected: str
) -> None:
    b = Batch()
    cid = b.add("d1", sentence, figure, 3, subject=subject)
    assert scope(next(c for c in b.claims if c.id == cid)) == expected


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("four soldiers, two policemen and a civilian", "all"),
        ("four soldiers and two policemen", "security"),
    ],
)
def test_a_list_of_groups_read_as_one_figure_counts_them_all(figure: str, expected: str) -> None:
    b = Batch()
    b.add("d1", f"Police said {figure} were martyred.", figure, 7, subject="soldiers")
    assert scope(b.claims[0]) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        # the whole a part is taken from is the toll
        ("They were taken to Civil Hospital, where two of the 15 injured died later.", "15",
         None),
        ("Two of the 15 injured died later, officials said.", "Two", "part"),
        ("Two of the 15 injured died later, officials said.", "15", None),
        # the hurt taken to a hospital are the hurt, not the hospital's count
        ("Two soldiers were injured and shifted to the Base Hospital in Ardmore.", "Two", None),
        ("City Hospital received 12 bodies, a doctor said.", "12", "facility"),
        # the rest of a count, or a part of one counted before
        ("The other four injured were out of danger.", "four", "increment"),
        ("Of them, two are in critical condition.", "two", "part"),
        ("Of the victims, two were women.", "two", None),
    ],
)
def test_the_parts_and_the_whole_of_a_toll(sentence: str, figure: str, part: str | None) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 2, measure="injured")
    assert partial(b.claims[0]) == part


def test_the_suspects_arrested_are_all_those_arrested() -> None:
    b = Batch()
    b.report("d1", published="2031-03-10")
    b.report("d2", published="2031-03-10")
    suspects = b.add("d1", "Police arrested 18 suspects after the clash.", "18", 18,
                     measure="arrested", subject="suspects", date=DAY)
    people = b.add("d2", "Six people were arrested after the clash, police said.", "Six", 6,
                   measure="arrested", subject="people", date=DAY)
    (line,) = b.flagged(suspects, people)
    assert line.kind == "contradiction"


def test_militants_killed_are_never_the_toll_of_all() -> None:
    b = Batch()
    b.report("d1", published="2031-03-10")
    b.report("d2", published="2031-03-10")
    militants = b.add("d1", "Troops killed 18 militants in the clash.", "18", 18,
                      subject="militants", date=DAY)
    people = b.add("d2", "Six people were killed in the clash, police said.", "Six", 6,
                   subject="people", date=DAY)
    assert b.flagged(militants, people) == []


def test_the_inmates_killed_in_a_riot_are_its_toll() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-03-10")
    inmates = b.add("d1", "The riot in the county jail left seven inmates dead.", "seven", 7,
                    subject="inmates", date=DAY)
    toll = b.add("d2", "The toll from the jail riot stood at ten on Monday.", "ten", 10,
                 date=DAY)
    assert [x.kind for x in b.flagged(inmates, toll)] == ["divergent"]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("A fifth ranger died in hospital, raising to five the number of rangers killed in "
         "the ambush.", "five", "security"),
        ("A fifth man died in hospital, raising to five the number of dead.", "five", "all"),
        ("Officials put the number at five on Monday.", "five", "all"),
    ],
)
def test_a_count_noun_counts_what_follows_its_of(
    sentence: str, figure: str, expected: str
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 5, subject="number")
    assert scope(b.claims[0]) == expected
