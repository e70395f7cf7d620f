"""A person's post with their name set after it between commas: "The ministry's spokesman,
Tamsin Roye, told reporters that 4 soldiers died" gave "Tamsin Roye", while the same post
written without commas ("police spokesman Ali Khan said") keeps the role beside the name.
Both now read as the post and the name, in reports, in closing reports and in "according to"
frames; a body's name beside its description, and a name before its post, read as before.
An age or a determiner is no part of the post; a post "in charge of" something, one told
through another person, held by several or counted, gives the name alone (issue #11,
sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _source(text: str, value: float) -> str | None:
    return next(c.attribution for c in run_texts(text, published=DAY).claims if c.value == value)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("The ministry's spokesman, Tamsin Roye, told reporters that 4 soldiers died.",
         4, "ministry's spokesman Tamsin Roye"),
        ("A police spokesman, Ali Khan, said four suspects were arrested.",
         4, "police spokesman Ali Khan"),
        ("The governor of Kessa, Amir Nadi, said 6 soldiers died.",
         6, "governor of Kessa Amir Nadi"),
        ("The army's spokesman, Brig. Tamsin Roye, said 7 soldiers died.",
         7, "army's spokesman Brig. Tamsin Roye"),
        # the post's pronoun owner names no one: the post and the name
        ("Its director, Moussa Issa, said 2,000 civilians had died.", 2000, "director Moussa Issa"),
        # a closing report
        ("Five suspects were arrested, the ministry's spokesman, Tamsin Roye, told reporters.",
         5, "ministry's spokesman Tamsin Roye"),
        # an "according to" frame
        ("According to the police spokesman, Ali Khan, nine men were arrested.",
         9, "police spokesman Ali Khan"),
        ("Eight men were arrested, according to the district commissioner, Ali Khan.",
         8, "district commissioner Ali Khan"),
    ],
)
def test_the_post_stays_beside_the_name(text: str, value: float, source: str) -> None:
    assert _source(text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the post written without commas, as before
        ("Police spokesman Ali Khan said 4 soldiers died.", 4, "Police spokesman Ali Khan"),
        ("Police spokesman Ali Khan, who joined last year, said 4 men were arrested.",
         4, "Police spokesman Ali Khan"),
        # a name before its post: the name
        ("Ali Khan, a police spokesman, said 4 soldiers died.", 4, "Ali Khan"),
        # a body's name beside its description: the name a checker searches for
        ("The military's media wing, ISPR, said 14 soldiers died.", 14, "ISPR"),
        ("A Tarnbury-based think tank, KPW, said 40 civilians died last year.", 40, "KPW"),
        # a post written as a name: the name with its own title
        ("The PPRO, SP Ann Roe, said 4 men were held.", 4, "SP Ann Roe"),
        # a post with no name
        ("The police spokesman said 4 men were arrested.", 4, "The police spokesman"),
        # the named post says nothing
        ("The police spokesman, Ali Khan, was away when 4 men were arrested.", 4, None),
    ],
)
def test_other_sources_keep_their_reading(text: str, value: float, source: str | None) -> None:
    assert _source(text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # an age is no part of the post: dropped, the source kept
        ("A 52-year-old herder, Sani Garba, said 9 villagers were killed.", 9, "herder Sani Garba"),
        ("Eight people died, a 38-year-old nurse, Ruth Okoro, said.", 8, "nurse Ruth Okoro"),
        ("According to a 47-year-old shopkeeper, Nnamdi Eze, 13 people were killed.",
         13, "shopkeeper Nnamdi Eze"),
        ("A porter, 26-year-old Kemi Ade, said 6 passengers were injured.",
         6, "porter Kemi Ade"),
        # a determiner names no one, as the article
        ("Another villager, Halima Bello, said 10 people were abducted.",
         10, "villager Halima Bello"),
        ("Our correspondent in Kano, Yusuf Bala, reported that 17 people were killed.",
         17, "correspondent Yusuf Bala"),
        # "in charge of", "in command of" is the post, no place held: the name alone
        ("The officer in charge of Civil Lines police station, Sub-Inspector Manoj Verma, "
         "said 7 men were arrested.", 7, "Sub-Inspector Manoj Verma"),
        ("The commissioner in charge of relief work, Joseph Mwangi, said 14 people drowned.",
         14, "Joseph Mwangi"),
        ("The colonel in command of the brigade, Aliyu Bako, said 11 rebels were captured.",
         11, "Aliyu Bako"),
        # a post told through another person, several holders, a counted one: the name alone
        ("The nephew of former senator Peter Eze, Obi Eze, said 15 protesters were arrested.",
         15, "Obi Eze"),
        ("Both witnesses, Ravi Das and Mohan Lal, said 4 people were stabbed.", 4, "Ravi Das"),
        ("The two doctors, Asha Rao and Neha Jain, said 8 patients died.", 8, "Asha Rao"),
        ("Four residents, including a teacher, Wanjiru Kamau, said 3 people were shot.",
         3, "Wanjiru Kamau"),
        ("One policeman, Daniel Otieno, said 2 officers were injured.", 2, "Daniel Otieno"),
        # a number closing a body's name counts no one: the post kept
        ("Four men were hurt in the blast, an Edhi 115 driver, Bilal Aziz, said.",
         4, "Edhi 115 driver Bilal Aziz"),
    ],
)
def test_no_post_of_the_name_own_is_glued_to_it(text: str, value: float, source: str) -> None:
    assert _source(text, value) == source
