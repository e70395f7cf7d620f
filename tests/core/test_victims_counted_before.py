"""Victims named without a numeral who are no new figure of the report (issue #11): a victim
of an earlier incident recalled for comparison, a person noun a title-cased headline
capitalised, "the third victim" once a death was counted, a list the parse hung under its
first name, and people named after the count that counted them. Sentences invented; each
class with the cases that still count."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_counts

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)
HEAD = "Shooting in Varnholt\n\n"

Figures = list[tuple[str, str, float]]


def casualties(text: str, published: dt.date | None = PUB) -> Figures:
    return report_counts(HEAD + text, published)


@pytest.mark.parametrize(
    "text",
    [
        "A student was shot dead by police in Varnholt on Monday. Critics drew parallels with "
        "the case of another student, Tomas Brell, who was killed by police at a march in "
        "Korsby in 1998.",
        "A man was shot dead in Varnholt on Monday. Mourners remembered Lena Ost, a nurse who "
        "was shot dead by soldiers during the 1989 uprising.",
        "A man was killed by a lorry in Varnholt on Monday. Last year a woman, Rosa Kim, was "
        "killed at the same junction.",
    ],
)
def test_a_victim_recalled_for_comparison_is_no_figure(text: str) -> None:
    assert [f[1:] for f in casualties(text)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recalled incident's list with a numeral in it is that incident's figure
        (
            "Six rangers were killed in a mine blast near Varnholt on Monday. It is the worst "
            "attack on the force in the province in three years. In March 2029, nine rangers "
            "and a cook were killed in a similar ambush in Korsby district.",
            [("Six", "killed", 6), ("nine rangers and a cook", "killed", 10)],
        ),
        (
            "Two guards were wounded in Varnholt on Monday. Last year, four pilgrims and a "
            "driver were injured by a roadside bomb on the same road.",
            [("Two", "injured", 2), ("four pilgrims and a driver", "injured", 5)],
        ),
        # a list with no numeral, recalled, still counts no one of the report
        (
            "Six rangers were killed in a mine blast near Varnholt on Monday. In March 2029, a "
            "ranger and a cook were killed in a similar ambush in Korsby district.",
            [("Six", "killed", 6)],
        ),
    ],
)
def test_a_recalled_list_with_a_numeral_counts(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


def test_a_recalled_victim_with_no_publication_date() -> None:
    text = (
        "Students marched in Varnholt after a boy was shot dead by police on Saturday. They "
        "compared it with the fate of another 15-year-old, Tomas Brell, who was killed by "
        "a policeman at a march in Korsby in 1985."
    )
    assert casualties(text, published=None) == [("a boy", "killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up's own victim, told first, is its incident's
        (
            "A man was sentenced on Tuesday for the murder of Jane Roe, who was stabbed to "
            "death in her home in Kelso in 2029.",
            [("Jane Roe", "killed", 1)],
        ),
        # a recalled incident's numeral stays a claim (of its own event)
        (
            "A man was shot dead in Varnholt on Monday. In 2011, three reporters were killed in "
            "the city.",
            [("A man", "killed", 1), ("three", "killed", 3)],
        ),
    ],
)
def test_a_victim_of_years_back_that_counts(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("headline", "person"),
    [
        ("Vigils Held After Death of Dayton Student Struck By Patrol Car", "Dayton Student"),
        ("Protests Follow Killing of Harlem Teenager By Officer", "Harlem Teenager"),
    ],
)
def test_a_title_cased_person_noun_is_no_name(headline: str, person: str) -> None:
    # the one death the harm noun tells of a bare person noun, as a headline writes it; no name
    text = f"{headline}\n\nDAYTON - Classes resumed on Monday at the school."
    assert report_counts(text, PUB) == [(person, "killed", 1.0)]


def test_a_name_in_a_title_cased_headline_still_counts() -> None:
    text = "Vigils Held After Death of Jane Roe\n\nDAYTON - Classes resumed on Monday."
    assert [f[:2] for f in report_counts(text, PUB)] == [
        ("Jane Roe", "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the third of three, once one of them was counted dead, may be that one
        (
            "A gunman shot three people at a depot in Varnholt on Monday. One victim died at "
            "the scene. The third victim died in the ambulance, a nurse said.",
            [("One", "killed", 1)],
        ),
        # no death counted before: the second victim's death is news
        (
            "Two people were shot at a depot in Varnholt on Monday. One is in stable "
            "condition. The second victim died in hospital, police said.",
            [("One", "injured", 1), ("victim", "killed", 1)],
        ),
        # "the other victim" is not the one who died
        (
            "Two men were shot at a depot in Varnholt on Monday. One died at the scene. The "
            "other victim died in hospital on Tuesday.",
            [("One", "killed", 1), ("victim", "killed", 1)],
        ),
        # a first mention with "the" counts one
        (
            "A gunman opened fire at a depot in Varnholt on Monday. The youth was pronounced "
            "dead at the hospital.",
            [("youth", "killed", 1)],
        ),
    ],
)
def test_an_ordinal_victim_after_a_death(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list the parse hangs under its first name is no one person
        (
            "A shell struck a cafe in Varnholt on Monday. Ivo Petrak, 31, a baker, and his "
            "friends, Emil and Karel Novak, both teachers aged 28, died.",
            [],
        ),
        (
            "A shell struck a cafe in Varnholt on Monday. Ivo Petrak, 31, a baker, Emil "
            "Novak, 28, and Karel Sura, 40, died at the scene.",
            [],
        ),
        # an age and a trade beside one name are no list
        (
            "A shell struck a cafe in Varnholt on Monday. Ivo Petrak, 31, a baker, died at "
            "the scene.",
            [("Ivo Petrak", "killed", 1)],
        ),
        # things the parse hung after the name are no people
        (
            "Over the week since the fatal shooting of 17-year-old Aron Veld, several "
            "protests and riots have broken out in Varnholt.",
            [("Aron Veld", "killed", 1)],
        ),
        # a man named as one who argued with two people is one victim
        (
            "A gunman in Varnholt on Monday shot and killed a man who had argued with his "
            "wife and her sister.",
            [("a man", "killed", 1)],
        ),
    ],
)
def test_a_list_under_its_first_name(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two friends were killed when a shell struck a cafe in Varnholt on Monday. Ivo "
            "Petrak, 31, and Emil Novak, 28, died at the scene.",
            [("Two", "killed", 2)],
        ),
        (
            "Two people were killed when a shell struck a cafe in Varnholt on Monday. Ivo "
            "Petrak, 31, a baker, died at the scene.",
            [("Two", "killed", 2)],
        ),
        (
            "A gunman killed one man at an office party in Varnholt on Friday. Police said "
            "the gunman fatally shot Jon Roe, 40, after an argument.",
            [("one", "killed", 1)],
        ),
        # one of the hurt named with their state: one of those counted
        (
            "Five people were wounded in a shooting at a bar in Varnholt on Monday. Tom Reyes, "
            "a 33-year-old Varnholt resident, remains in critical condition.",
            [("Five", "injured", 5)],
        ),
        # another harm than the count's: news
        (
            "Two people were wounded in a shooting in Varnholt on Monday. Jane Roe, 30, was "
            "killed.",
            [("Two", "injured", 2), ("Jane Roe", "killed", 1)],
        ),
        # another day than the count's: another happening
        (
            "Two people were killed in a shooting in Varnholt on Monday. On Thursday, Jane "
            "Roe, 30, was shot dead in a separate attack in the city.",
            [("Two", "killed", 2), ("Jane Roe", "killed", 1)],
        ),
        # a tally of a year is no count of this victim
        (
            "At least four children died in accidental shootings in the county in 2030. On "
            "Friday, Jon Roe, 8, was shot dead at a friend's home in Varnholt.",
            [("At least four", "killed", 4), ("Jon Roe", "killed", 1)],
        ),
    ],
)
def test_people_named_after_their_count(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said officers fatally shot the teenager, Jon Roe, on Saturday in Varnholt.",
        "Police said that two officers fatally shot the teenager, Jon Roe, on Saturday in "
        "Varnholt.",
    ],
)
def test_a_name_set_off_after_the_object(text: str) -> None:
    assert [f for f in casualties(text) if f[1] == "killed"] == [("Jon Roe", "killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two victims known by age alone, harmed months apart: two cases of a roundup
        (
            "Deputies arrested the grandfather of a 6-year-old boy who had shot himself in the "
            "knee on Nov. 2. On April 12, a 6-year-old boy was shot and wounded as he rode "
            "his bike.",
            [("the grandfather", "arrested", 1), ("a 6-year-old boy", "injured", 1),
             ("a 6-year-old boy", "injured", 1)],
        ),
        # the same age told again within the days of the incident: one person
        (
            "A 6-year-old boy was shot and wounded in Varnholt on Sunday. Police said a "
            "6-year-old boy was shot and wounded near the park on Sunday night.",
            [("A 6-year-old boy", "injured", 1)],
        ),
        # a day of another deed than the harm: the same boy
        (
            "Police shot dead a 16-year-old student in Varnholt on Saturday. A protest "
            "over the death of the 16-year-old student turned into a riot on Tuesday.",
            [("a 16-year-old student", "killed", 1)],
        ),
        # a day the sentence gives to the saying, not to the harm: the same girl
        (
            "Police named a suspect on Tuesday in the Friday shooting death of a 17-year-old "
            "girl. \"A 17-year-old girl has been killed on our streets at noon,\" the mayor "
            "said Tuesday.",
            [("a 17-year-old girl", "killed", 1)],
        ),
    ],
)
def test_same_age_months_apart_is_another_victim(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report tallying the past months' cases counts each victim it names
        (
            "A woman was shot dead in Varnholt on Monday. Last November, a teenager was "
            "wounded in a robbery in the same town.",
            [("A woman", "killed", 1), ("a teenager", "injured", 1)],
        ),
        # a month alone dates the past case, no sign of another kind of telling
        (
            "A woman was shot dead in Varnholt on Monday. In February, a teenager was "
            "wounded in a robbery in the same town.",
            [("A woman", "killed", 1), ("a teenager", "injured", 1)],
        ),
        # told as a recall of years back, the victim is still no figure of the report
        (
            "A woman was shot dead in Varnholt on Monday. Last year, a teenager was "
            "wounded in a robbery in the same town.",
            [("A woman", "killed", 1)],
        ),
    ],
)
def test_a_victim_of_an_earlier_month_counts(text: str, expected: Figures) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bystander's quotation tells the harm the report counted, at second hand
        "A 3-year-old girl was critically injured in a shooting in Varnholt on Friday.\n\n"
        '"My son phoned and said somebody got shot, a little girl got shot," said Rosa Lind, '
        "who lives across the hall.",
        "Four-year-old Mila Dorn was shot and killed in a robbery in Varnholt on Monday.\n\n"
        '"They rob a family and a little girl dies, for a purse," said Ivo Marek, a witness.',
        # the call that raised the alarm
        "A 6-year-old boy was wounded at his home in Varnholt on Sunday. A woman called 911 "
        "at dusk to report that a boy had shot himself.",
        "A 5-year-old boy was wounded at his home in Varnholt on Sunday. Officials said "
        "dispatchers got a call at 10:20 p.m. that a boy had been shot in the leg.",
    ],
)
def test_a_victim_told_again_as_hearsay_is_no_new_figure(text: str) -> None:
    assert len(casualties(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one counted before: the quotation or the call is the first telling
        (
            '"Somebody got shot, a little girl got shot," said Rosa Lind, a neighbour in '
            "Varnholt.",
            [("a little girl", "injured", 1)],
        ),
        (
            "A caller phoned 911 on Sunday to report a girl had shot herself at a house in "
            "Varnholt.",
            [("a girl", "injured", 1)],
        ),
        # someone more, an age of their own, or another measure: a new victim
        (
            "A 3-year-old girl was injured in a shooting in Varnholt on Friday.\n\n"
            '"Another girl was shot too," said Rosa Lind, a neighbour.',
            [("A 3-year-old girl", "injured", 1), ("Another girl", "injured", 1)],
        ),
        (
            "A 3-year-old girl was injured in a shooting in Varnholt on Friday.\n\n"
            '"A 40-year-old man was shot as well," said Rosa Lind, a neighbour.',
            [("A 3-year-old girl", "injured", 1), ("A 40-year-old man", "injured", 1)],
        ),
        (
            "A man was wounded in Varnholt on Friday.\n\n"
            '"A woman died in my arms," said Rosa Lind, a neighbour.',
            [("A man", "injured", 1), ("A woman", "killed", 1)],
        ),
        (
            "A man was killed in Varnholt on Friday.\n\n"
            '"A boy was shot in the leg," said Rosa Lind, a neighbour.',
            [("A man", "killed", 1), ("A boy", "injured", 1)],
        ),
    ],
)
def test_hearsay_that_tells_someone_new_still_counts(
    text: str, expected: Figures
) -> None:
    assert casualties(text) == expected


def test_a_death_named_by_age_after_the_dead_were_counted_is_one_of_them() -> None:
    text = (
        "A woman and her two sons were found dead inside their home in Varnholt on Friday "
        "morning. Deputies said the 51-year-old woman died from an apparent gunshot wound."
    )
    assert [f[1:] for f in casualties(text)] == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone counted hurt may be the one who died since
        (
            "Two men were killed and a boy was wounded in Varnholt on Friday. The 7-year-old "
            "boy died in hospital on Saturday.",
            [("Two", "killed", 2), ("a boy", "injured", 1), ("The 7-year-old boy", "killed", 1)],
        ),
        # told hurt before its death: one more than the dead counted
        (
            "Two guards were killed at a depot in Varnholt on Friday. The 19-year-old clerk "
            "who was wounded in the raid died on Sunday.",
            [("Two", "killed", 2), ("The 19-year-old clerk", "killed", 1)],
        ),
        # no one counted dead before: the death is the first telling
        (
            "Deputies said the 51-year-old woman died from a gunshot wound in Varnholt on "
            "Friday.",
            [("the 51-year-old woman", "killed", 1)],
        ),
    ],
)
def test_a_death_named_by_age_counts_when_no_count_of_the_dead_holds_it(
    text: str, expected: Figures
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one hurt named by age with the article after the body counted the hurt: that one
        (
            "A little boy was shot in the leg at a house in Varnholt on Friday. Neighbours "
            "said the 5-year-old accidentally shot himself with a rifle.",
            [("A little boy", "injured", 1)],
        ),
        # someone more, said so
        (
            "A man was shot in the arm in Varnholt on Friday. The 7-year-old boy was also "
            "shot, police said.",
            [("A man", "injured", 1), ("The 7-year-old boy", "injured", 1)],
        ),
        # no one counted hurt before: the first telling (a definite one who shot himself is
        # left to the report's other tellings, ``victim_names.shot_self``)
        (
            "Neighbours said the 5-year-old was shot in the leg at a house in Varnholt on "
            "Friday.",
            [("the 5-year-old", "injured", 1)],
        ),
        # the one counted had another age: someone else
        (
            "A 30-year-old man was shot in the arm in Varnholt on Friday. The 8-year-old boy "
            "remained in stable condition, police said.",
            [("A 30-year-old man", "injured", 1), ("The 8-year-old boy", "injured", 1)],
        ),
    ],
)
def test_one_hurt_named_by_age_after_the_hurt_were_counted(
    text: str, expected: Figures
) -> None:
    assert casualties(text) == expected
