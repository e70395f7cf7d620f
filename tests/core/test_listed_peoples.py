"""A people's word the recogniser takes for a name, a group or a language, or for nothing ("a
Briton", "a Kurd", "a Druze", "a Pashtun", "a Yazidi", "a Filipino", "a Frenchman"), names one
person of that people after "a", as "a Palestinian" does: the word is listed with the peoples
(places.json nationalities), and the span runs from the article, as for any person noun (issue
#11, counts). A word before a noun, a people in the plural and a speaker stay as they were.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import run_texts, written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Briton was killed in the attack in Kabul on Monday, officials said.",
         [("A Briton", "killed")]),
        ("A Kurd was killed in Diyarbakir on Monday, officials said.", [("A Kurd", "killed")]),
        ("A Druze was among the dead in Sweida on Monday, residents said.",
         [("A Druze", "killed")]),
        ("A Pashtun was killed in Quetta on Monday, police said.", [("A Pashtun", "killed")]),
        ("A Yazidi was wounded by a mine near Sinjar on Monday, officials said.",
         [("A Yazidi", "injured")]),
        ("A Filipino was shot dead in Dubai on Monday, police said.",
         [("A Filipino", "killed")]),
        ("A Frenchman was kidnapped near Bamako on Monday, officials said.",
         [("A Frenchman", "kidnapped")]),
        ("A Tuareg was killed near Kidal on Monday, the army said.", [("A Tuareg", "killed")]),
        ("Gunmen shot dead a Kurd near Diyarbakir on Monday, officials said.",
         [("a Kurd", "killed")]),
        ("Police arrested a Briton at the airport in Nairobi on Monday.",
         [("a Briton", "arrested")]),
    ],
)
def test_a_listed_people_word_names_one_person(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Briton said the attack began at dawn.", []),
        ("A Pashtun elder told reporters the attack began at dawn.", []),
        ("Kurds were killed in the strikes, officials said.", []),
        ("Two Britons were kidnapped in Niger on Monday, officials said.",
         [("Two", "kidnapped")]),
        ("Two Scots Guards soldiers were wounded in the blast, officials said.",
         [("Two", "injured")]),
        ("Druze leaders said the attack on Sweida on Monday killed three.",
         [("three", "killed")]),
        ("A Kurdish official was killed in Erbil on Monday, police said.",
         [("A Kurdish official", "killed")]),
        ("British troops killed a Druze militia leader on Monday, officials said.",
         [("a Druze militia leader", "killed")]),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a list of one person each, its second member parsed as an apposition of the first
        ("A Turk, a Kurd and an Arab were arrested in Berlin on Monday.", 3),
        ("A soldier, a policeman and a teacher were arrested in Berlin on Monday.", 3),
        ("A Briton, an Afghan and a Kurd were detained at the border on Monday.", 3),
        # one person described, no list
        ("A man, a suspected gang leader, was arrested in Berlin on Monday.", 1),
    ],
)
def test_a_list_of_ones_arrested(text: str, count: int) -> None:
    claims = run_texts(text, published=dt.date(2031, 11, 18)).claims
    assert [(c.measure, c.value) for c in claims] == [("arrested", count)]
