"""The two sides of an attack answered by fire are counted apart (issue #11, conflicts): the
bandits, dacoits or kidnappers killed when troops fought back are the attackers' side, never
the toll of the people the attackers killed; two counts of the attackers killed are still
compared."""

from __future__ import annotations

import pytest

from core.group.conflicts import scope
from tests.core.claim_factory import Batch

DAY = "2031-05-03"


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Troops killed 14 bandits in the forest near the village.", "14", "bandits"),
        ("Police shot dead three dacoits after the highway robbery.", "three", "dacoits"),
        ("Two of the kidnappers were killed in the rescue.", "Two", "kidnappers"),
        ("Villagers said six raiders died in the fighting.", "six", "raiders"),
    ],
)
def test_the_attackers_side_is_one_scope_whatever_its_name(
    sentence: str, figure: str, subject: str
) -> None:
    b = Batch()
    cid = b.add("d1", sentence, figure, 1, subject=subject, date=DAY)
    assert scope(next(c for c in b.claims if c.id == cid)) == "militants"


def raided_village() -> tuple[Batch, str]:
    b = Batch()
    for doc in ("d1", "d2", "d3"):
        b.report(doc, published="2031-05-04")
    toll = b.add("d1", "Bandits stormed Tudun Fulani village on Saturday night, killing eight "
                 "people, a councillor said.", "eight", 8, subject="people", date=DAY)
    return b, toll


def test_the_attackers_killed_in_the_reply_are_no_toll_of_the_raid() -> None:
    b, toll = raided_village()
    them = b.add("d2", "Soldiers who answered a distress call engaged the bandits and killed 11 "
                 "of them.", "11", 11, subject="them", date=DAY)
    named = b.add("d3", "The army said 13 bandits were killed in the gun duel.", "13", 13,
                  subject="bandits", date=DAY)
    assert b.flagged(toll, them) == []
    assert b.flagged(toll, named) == []


def test_two_counts_of_the_attackers_killed_still_disagree() -> None:
    b, _ = raided_village()
    them = b.add("d2", "Soldiers who answered a distress call engaged the bandits and killed 11 "
                 "of them.", "11", 11, subject="them", date=DAY)
    named = b.add("d3", "The army said 13 bandits were killed in the gun duel.", "13", 13,
                  subject="bandits", date=DAY)
    assert [c.kind for c in b.flagged(them, named)] == ["contradiction"]


def post_attack() -> tuple[Batch, str]:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-04")
    reply = b.add("d1", "The guards returned fire and two of the attackers were killed, an "
                  "official said.", "two", 2, subject="attackers", date=DAY)
    return b, reply


@pytest.mark.parametrize(
    "sentence",
    [
        "Later in the day, troops launched an operation in the hills and killed six militants.",
        "Security forces killed six terrorists in a raid on a hideout near the border.",
    ],
)
def test_the_attackers_killed_in_the_reply_are_not_an_operation_s_dead(sentence: str) -> None:
    b, reply = post_attack()
    dead = b.add("d2", sentence, "six", 6, subject="militants", date=DAY)
    assert b.flagged(reply, dead) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Five of the attackers were killed in the exchange of fire, the army said.",
        "Police said five militants were killed when the guards repelled the assault.",
        "Five militants were killed, the army said.",
    ],
    ids=["a_clash", "the_reply_in_words", "no_stage_told"],
)
def test_two_counts_of_the_reply_s_dead_still_disagree(sentence: str) -> None:
    b, reply = post_attack()
    dead = b.add("d2", sentence, "Five" if sentence.startswith("Five") else "five", 5,
                 subject="militants", date=DAY)
    assert [c.kind for c in b.flagged(reply, dead)] == ["contradiction"]


def test_two_counts_of_an_operation_s_dead_still_disagree() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-04")
    first = b.add("d1", "Troops killed four militants in an operation in the valley.", "four",
                  4, subject="militants", date=DAY)
    second = b.add("d2", "The army said seven terrorists died in the operation.", "seven", 7,
                   subject="terrorists", date=DAY)
    assert [c.kind for c in b.flagged(first, second)] == ["contradiction"]


def test_a_sentence_that_only_recalls_the_attack_tells_no_stage() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-07")
    named = b.add("d1", "Police killed three terrorists involved in Sunday's attack on the "
                  "border post.", "three", 3, subject="terrorists", date="2031-05-06")
    raid = b.add("d2", "Four militants were killed in a raid on a hideout near the border.",
                 "Four", 4, subject="militants", date="2031-05-06")
    assert [c.kind for c in b.flagged(named, raid)] == ["contradiction"]


def blast() -> tuple[Batch, str]:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-09")
    bomb = b.add("d1", "A roadside bomb killed four policemen on the canal road on Friday.",
                 "four", 4, subject="policemen", date="2031-05-08")
    return b, bomb


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people were gunned down by armed men in the bazaar on Friday.",
        "Gunmen on a motorcycle shot dead two people outside a bakery on Friday.",
    ],
)
def test_the_dead_of_a_bomb_and_of_gunfire_are_not_compared(sentence: str) -> None:
    b, bomb = blast()
    figure = "Two" if sentence.startswith("Two") else "two"
    shot = b.add("d2", sentence, figure, 2, subject="people", date="2031-05-08")
    assert b.flagged(bomb, shot) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two policemen died when the blast hit their van on Friday.",
        "Two policemen died when attackers with guns and a bomb hit their van on Friday.",
        "Two policemen were killed on the canal road on Friday.",
    ],
    ids=["both_a_blast", "one_names_both_means", "one_names_no_means"],
)
def test_two_tolls_told_by_one_means_or_none_still_disagree(sentence: str) -> None:
    b, bomb = blast()
    other = b.add("d2", sentence, "Two", 2, subject="policemen", date="2031-05-08")
    assert [c.kind for c in b.flagged(bomb, other)] == ["contradiction"]


def test_the_doers_nouns_tell_no_means() -> None:
    """"Six gunmen killed, two soldiers hurt" counts the gunmen: it tells no shooting, and its
    soldiers are still the soldiers another sentence says a blast wounded."""
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-09")
    head = b.add("d1", "Six gunmen killed, two soldiers hurt in hill clash", "two", 2,
                 measure="injured", subject="soldiers", date="2031-05-08")
    blast = b.add("d2", "A bomb wounded three soldiers during the clash in the hills.", "three",
                  3, measure="injured", subject="soldiers", date="2031-05-08")
    assert [c.kind for c in b.flagged(head, blast)] == ["contradiction"]
