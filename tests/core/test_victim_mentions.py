"""One victim named without a numeral and mentioned again further down is one claim (issue
#11); two victims stay two. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import CASUALTY_MEASURES, measured

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def casualties(nlp: Language, text: str) -> list[tuple[str, float]]:
    return measured(nlp, text, WED, CASUALTY_MEASURES)


@pytest.mark.parametrize(
    "text",
    [
        # the same age, the noun again or one that fits anyone
        "A 15-year-old boy was killed on Sunday. The 15-year-old was killed as he walked home.",
        "A 15-year-old boy was killed on Sunday. The 15-year-old victim died at the scene.",
        "A 9-year-old girl died on Monday. Neighbours said a 9-year-old girl died in the yard.",
        # a definite noun alone refers back and was never counted
        "A 15-year-old boy was killed on Sunday. The teen was killed as he walked home.",
        # the same name, in full or by the surname
        "Dana Whitfield, 15, was killed on Sunday. Whitfield was killed as she walked home.",
        "Marco Velloso died on Friday. Later, Marco Velloso was pronounced dead in hospital.",
        # the full name again with a title before it
        "Dana Whitfield, 15, was killed on Sunday. Officer Dana Whitfield died in the line of "
        "duty, the chief said.",
        # a name with an age, then the age with a noun
        "Dana Whitfield, 15, was killed on Sunday. A 15-year-old girl was killed, police said.",
        # one age written in digits, then in words
        "A 3-year-old boy died on Monday. Surgeons said the three-year-old died in surgery.",
        # the dead told "shot" after: no one hurt (``shot_counts``)
        "A 3-year-old boy died on Monday. The three-year-old had been shot in the back.",
    ],
)
def test_a_victim_mentioned_again_is_one_claim(nlp: Language, text: str) -> None:
    found = casualties(nlp, text)
    assert len(found) == 1
    assert found[0][1] == 1


@pytest.mark.parametrize(
    "text",
    [
        "A 3-year-old boy died on Monday. Surgeons had been treating a three-year-old for "
        "gunshot wounds.",
        "Dana Whitfield, 15, was killed on Sunday. Earlier, Whitfield had been listed in "
        "critical condition.",
    ],
)
def test_a_death_then_the_harm_counts_each_measure_once(nlp: Language, text: str) -> None:
    # the gold counts each measure's first telling of a person: dead, and hurt told after
    assert sorted(casualties(nlp, text)) == [("injured", 1.0), ("killed", 1.0)]


@pytest.mark.parametrize(
    "text",
    [
        # nothing tells them apart as one person: two victims
        "A man was killed in the first shooting. A woman was also killed near the river.",
        "A man was killed on Sunday. A man was also killed on Monday.",
        # different ages, names or nouns
        "A 15-year-old boy was killed on Sunday. A 12-year-old boy was killed on Monday.",
        "A 15-year-old boy was killed on Sunday. A 15-year-old girl was killed in the car.",
        "Dana Whitfield was killed on Sunday. Rosa Whitlock was killed on Monday.",
        # two of one family: a surname shared, other first names
        "Mia Hart, 4, was killed on Sunday. Zoe Hart, 10, was wounded in the arm.",
        # one dead, another hurt, told apart by name or noun
        "Dana Whitfield was killed on Sunday. Rosa Whitlock was wounded in the arm.",
        "A 15-year-old boy was killed on Sunday. A 15-year-old girl was wounded in the car.",
        "A 2-year-old girl died on Monday. Doctors were treating a three-year-old for "
        "gunshot wounds.",
    ],
)
def test_different_victims_stay_apart(nlp: Language, text: str) -> None:
    assert len(casualties(nlp, text)) == 2


def test_a_numeral_figure_is_not_merged(nlp: Language) -> None:
    text = "One man was killed on Sunday. One man was killed on Monday in another town."
    assert len(casualties(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # dead, then "was shot" of the same person: no one hurt
        "Dana Whitfield, 15, was shot and killed on Sunday. Whitfield was shot in the back.",
        "A gunman killed 17-year-old Omar Reyes on Friday. Reyes was shot in the chest.",
        "A 15-year-old boy was killed on Sunday. The 15-year-old boy was shot near a bus stop.",
        # one name in two measures in one sentence
        "Police are investigating the killing of Marco Velloso, who was shot on Friday.",
    ],
)
def test_one_person_is_counted_once_and_dead(nlp: Language, text: str) -> None:
    assert casualties(nlp, text) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A 15-year-old boy was wounded on Sunday. The 15-year-old boy died on Tuesday.",
        "Dana Whitfield was critically injured on Friday. Whitfield died in hospital on Sunday.",
    ],
)
def test_hurt_then_dead_in_a_later_sentence_is_each_state(nlp: Language, text: str) -> None:
    # the gold counts each harm state a person is told in: hurt at the wound, dead at the
    # later death (no longer one person in the graver measure)
    assert sorted(casualties(nlp, text)) == [("injured", 1), ("killed", 1)]


def test_hurt_then_dead_keeps_the_other_hurt(nlp: Language) -> None:
    text = (
        "Dana Whitfield was wounded on Friday and Rosa Whitlock was hurt. "
        "Whitfield died in hospital on Sunday."
    )
    assert sorted(casualties(nlp, text)) == [("injured", 1), ("injured", 1), ("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shooter's own death is no victim of the clause: both count
        (
            "Officers said a woman fatally shot a man and a boy then killed herself.",
            [("killed", 1), ("killed", 2)],
        ),
        ("A man shot and killed his son and then killed himself.", [("killed", 1), ("killed", 1)]),
        # one article for two people
        (
            "Officers said a woman fatally shot a man and boy then killed herself.",
            [("killed", 1), ("killed", 2)],
        ),
        ("A man and woman were shot and killed on Sunday.", [("killed", 2)]),
        # one victim, no shooter: once
        ("A gunman shot and killed a man on Sunday.", [("killed", 1)]),
    ],
)
def test_murder_suicide_counts_victims_and_shooter(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert sorted(casualties(nlp, text)) == expected


def test_the_index_of_victims_answers_as_comparing_with_each() -> None:
    """``Victims.earlier`` (look-ups, for long lists of victims) finds exactly the earlier
    mentions ``same_person`` matches: names sharing words in every order, one-word names,
    ages with nouns that fit or not, named and unnamed."""
    import random

    from core.extract.victim_mentions import Victim, Victims, same_person

    rng = random.Random(3)
    words = ("jane", "roe", "ana", "ruiz", "lee")
    nouns = (None, "boy", "girl", "victim", "man")
    seen: list[tuple[Victim, str]] = []
    index = Victims()
    matched = 0
    for n in range(600):
        size = rng.choice((0, 0, 1, 2, 3))
        victim = Victim(
            measure=rng.choice(("killed", "injured")),
            name=tuple(rng.choice(words) for _ in range(size)),
            age=rng.choice((None, "15 years", "7 years", "6 months")),
            noun=None if size else rng.choice(nouns),
        )
        expected = {cid for v, cid in seen if same_person(v, victim)}
        assert {cid for _, cid in index.earlier(victim)} == expected, victim
        matched += bool(expected)
        seen.append((victim, f"c{n}"))
        index.add(victim, f"c{n}")
    assert 0 < matched < 600


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite first mention of a victim no figure before counted: one dead
        (
            "Deputies were called to a flat on Birch Lane on Sunday night. The toddler was "
            "pronounced dead at the scene.",
            [("killed", 1.0)],
        ),
        ("A van left the road near Harwick on Monday. The driver died at a hospital.",
         [("killed", 1.0)]),
        ("Medics found a cyclist lying on the verge. She died of her injuries.",
         [("killed", 1.0)]),
        # it refers back to a victim counted before: no second count
        ("A man was killed on Sunday in Harwick. Police said the victim died at the scene.",
         [("killed", 1.0)]),
        ("Two people were shot on Sunday in Harwick. The driver died at a hospital.",
         [("injured", 2.0)]),
        ("Nobody was hurt when the van crashed. The driver said so.", []),
        # not a fact, and the hurt stay unnamed
        ("Police said the toddler could have died.", []),
        ("The courier was injured in the crash.", []),
    ],
)
def test_definite_first_mention(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone the recogniser missed is the person the full name named: the
        # death a later sentence tells counts, and the wound told first stays hurt (the gold
        # counts each harm state a person is told in)
        (
            "Harlan Pike, 34, was shot on Sunday in Fenwick. Pike was taken to a hospital. "
            "Pike died Monday.",
            [("injured", 1.0), ("killed", 1.0)],
        ),
        (
            "Marta Quill, 41, was shot on Friday. Quill was taken to a hospital. Quill died "
            "there on Saturday.",
            [("injured", 1.0), ("killed", 1.0)],
        ),
        # no earlier full name ends in it: no victim of its own
        ("Harwick was shocked on Friday. Gorseway was hurt badly by the storm.", []),
        ("The robbers fired at the mother in Tyler on Friday. Betzida was also struck.", []),
        # a lone first name the report set off after a person noun is that person's
        (
            "Lia and her 9-year-old sister, Betzida, were carrying bags in Tyler on Friday. "
            "The robbers fired at the mother. Betzida was also struck.",
            [("injured", 1.0)],
        ),
    ],
)
def test_surname_alone(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one victim counted unnamed, named later in the same harm: one claim
        ("Police said a 4-year-old girl was fatally shot in Tyler on Monday. Her mother had "
         "just come home. During the robbery, Mia was fatally shot.", [("killed", 1.0)]),
        ("A teen hunter died Sunday near Tyler. Ivo Marsh, 15, of Redvale, died in the hunting "
         "accident, the coroner said.", [("killed", 1.0)]),
        # an age in words is the same age
        ("A 20-year-old man was shot in Tyler on Thursday. Twenty-year-old Tobias Grell "
         "was kept on life support.", [("injured", 1.0)]),
        # a name of a harm weeks away from the one counted: another victim
        ("A man was shot dead in Tyler on Monday. Police are still looking for the gunman in the "
         "March killing of Dan Price at a car wash.", [("killed", 1.0), ("killed", 1.0)]),
        # the same name on the day of the one counted: that person
        ("A man was shot dead in Tyler on Monday. Police are still looking for the gunman in the "
         "Monday killing of Dan Price at a car wash.", [("killed", 1.0)]),
        # someone more: "also", another age, or a count of more before
        ("A man was killed in Tyler on Friday. Jon Roe, 30, was also killed in the shooting.",
         [("killed", 1.0), ("killed", 1.0)]),
        ("A 15-year-old boy was killed in Tyler on Friday. Jon Roe, 30, was killed on "
         "Saturday.", [("killed", 1.0), ("killed", 1.0)]),
        # another harm: the one killed is not the one hurt
        ("A man was killed in Tyler on Friday. Ana Ruiz, 30, was wounded in the arm.",
         [("killed", 1.0), ("injured", 1.0)]),
        # the lone one told twice in the same words (a caption, then the story), then named;
        # the name stands for them after: the age it gives finds them again
        ("A teen was shot dead in Tyler on Friday. A teen was shot dead in Tyler on Friday "
         "night, police said. Relatives said Ivo Marsh, 16, was killed as he left a party. A "
         "16-year-old boy died at the scene, a neighbour said.",
         [("killed", 1.0), ("killed", 1.0)]),
        # two told apart before: the name may be either, or someone more
        ("A teen was shot dead in Tyler on Friday. A woman was shot dead in Tyler on Friday "
         "night. Ivo Marsh was killed as he left a party, relatives said.",
         [("killed", 1.0), ("killed", 1.0), ("killed", 1.0)]),
    ],
)
def test_the_lone_unnamed_victim_named_later(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lone one counted by age, told again by the same noun without it, and back
        ("A 16-year-old girl died in Tyler on Friday night. Neighbours said a teenage girl "
         "died on the porch of the house.", [("killed", 1.0)]),
        ("A man was shot in Tyler on Friday. The gunman fled. A 40-year-old man was shot in "
         "the leg, police said.", [("injured", 1.0)]),
        # someone more: "also", another noun, two told by no age, or days apart
        ("A 14-year-old girl was killed in Tyler on Tuesday. A girl was also killed in the "
         "attack.", [("killed", 1.0), ("killed", 1.0)]),
        ("A 14-year-old girl was killed in Tyler on Tuesday. A man was killed in the attack.",
         [("killed", 1.0), ("killed", 1.0)]),
        ("A man was shot in Tyler on Friday. A man was shot in Redvale on Friday.",
         [("injured", 1.0), ("injured", 1.0)]),
        ("A 30-year-old man was shot dead in Tyler on June 9. On May 2, a man was shot dead "
         "in Redvale.", [("killed", 1.0), ("killed", 1.0)]),
    ],
)
def test_the_lone_unnamed_victim_told_again_by_the_same_noun(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lone one told again by a noun for any victim, neither told by age: one person
        ("A little girl in Tyler was shot in the cheek on Monday, police said. Officers outside "
         "the flat where a child was wounded taped off the hallway.", [("injured", 1.0)]),
        ("A woman was killed in Tyler on Friday. Police said a victim died at the scene.",
         [("killed", 1.0)]),
        ("A toddler was wounded in Tyler on Sunday. Photos show the yard where a child was "
         "wounded by a stray round.", [("injured", 1.0)]),
        # a street is no town of its own
        ("A little boy in Tyler was shot in the leg on Monday. Deputies searched a Maple St. "
         "apartment building where a child was wounded.", [("injured", 1.0)]),
        # someone more: "also", or a town of its own (a roundup's next incident)
        ("A boy was shot in Tyler on Friday. A victim was also shot in the arm.",
         [("injured", 1.0), ("injured", 1.0)]),
        ("A girl was shot in Tyler on Friday. A child was shot in Redvale on Friday.",
         [("injured", 1.0), ("injured", 1.0)]),
    ],
)
def test_the_lone_unnamed_victim_told_again_by_a_noun_for_any_victim(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected
