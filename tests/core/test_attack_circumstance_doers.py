"""The doer of a passive harm named by the attack it came in (issue #11, doer): "Four
soldiers were killed in a Tarvan Front attack", "killed in an Israeli strike" - the attack's
own words before its noun name who made it, as they do when the attack is the subject ("A
Russian missile strike killed three"); an attack that names none ("in a blast at a market"),
a town's attack ("in a Kabul mosque bombing") and a beast's ("a dog attack") name no doer. A
hyphen in the doer's name stays ("al-Shabab"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("At least 15 people were killed in an Israeli strike on a school in Gaza City on "
         "Saturday, the civil defence agency said.", "Israeli"),
        ("Four soldiers were killed in a Taliban attack on a checkpoint in Kunduz on Sunday.",
         "Taliban"),
        ("Two civilians were wounded in a Russian drone attack on Kherson on Monday, the "
         "governor said.", "Russian"),
        ("Eight people were killed in an al-Shabab attack on a hotel in Mogadishu.",
         "al-Shabab"),
        ("An al-Shabab attack on a hotel in Mogadishu killed eight people.", "al-Shabab"),
    ],
)
def test_the_attack_it_came_in_names_the_doer(text: str, doer: str) -> None:
    assert doers(text) == [doer]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Five people were killed in a blast at a market in Quetta on Sunday.", None),
        ("Two people were killed in a Kabul mosque bombing on Friday.", None),
        ("Two people were killed in a Karachi market blast on Friday.", None),
        ("A boy was injured in a dog attack in Leeds on Sunday.", None),
        # an attack against a people names its target, not its doer
        ("Four worshippers were killed in an anti-Shia attack on a mosque in Tarvel on "
         "Friday, police said.", None),
        ("Two pastors were shot dead in an anti-Christian attack near Tarvel.", None),
        # the device's and the attack's "by" as before
        ("Three policemen were killed in a bomb blast triggered by militants in Bannu.",
         "militants"),
        ("Six people were killed in an attack by gunmen on a bus near Quetta.", "gunmen"),
    ],
)
def test_an_attack_that_names_no_doer(text: str, doer: str | None) -> None:
    assert doers(text) == [doer]
