"""A body that quotes its own man, "The army quoted its commander as saying 12 militants were
killed": the source was read as "its commander", a phrase no checker can look up. The body
speaks through him: the figure's source and the statement's speaker are the body, read in
one place (``statement_cues.quoting_body``) for both (issue #11, sources). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import figure_sources

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> tuple[list[str | None], list[str | None]]:
    return figure_sources(text, 12, "12", DAY)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The army quoted its commander as saying 12 militants were killed in the raid.",
         "The army"),
        ("The ministry quoted its spokesman as saying 12 people were arrested.", "The ministry"),
        ("State television quoted its correspondent as saying 12 people died in the blast.",
         "State television"),
        ("The rebels quoted their leader as saying 12 soldiers were captured.", "The rebels"),
        ("Its commander was quoted by the army as saying 12 militants were killed.", "the army"),
    ],
)
def test_the_quoting_body_is_the_source(text: str, source: str) -> None:
    assert _sources(text) == ([source], [source])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the quoted named without a possessive
        ("The agency quoted the army commander as saying 12 militants were killed.",
         "the army commander"),
        ("The agency quoted a police officer as saying 12 people were injured.",
         "a police officer"),
        ("The army commander was quoted as saying 12 militants were killed.",
         "The army commander"),
        # a possessive that does not agree with the quoter: someone else's
        ("The agency quoted their relatives as saying 12 people were abducted from the bus.",
         "their relatives"),
        ("Police quoted his brother as saying 12 people were abducted from the bus.",
         "his brother"),
        # a pronoun quoted: the outlet
        ("The Daily Tarvo quoted him as saying 12 people were injured.", "Daily Tarvo"),
    ],
)
def test_other_quoted_keep_their_reading(text: str, source: str) -> None:
    assert _sources(text)[0] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # its own man, named beside the noun or by his name: the man himself
        ("The ministry quoted its spokesman, Ahmed Karimi, as saying 12 people were arrested.",
         "Ahmed Karimi"),
        ("The army quoted its commander, Brigadier Musa Danladi, as saying 12 militants were "
         "killed.", "Musa Danladi"),
        ("The company quoted its CEO Musa Bello as saying 12 workers were abducted.",
         "Musa Bello"),
        ("The agency quoted its chief, Dr. Farid Anwar, as saying 12 people were injured.",
         "Farid Anwar"),
        ("Its spokesman, Ahmed Karimi, was quoted by the ministry as saying 12 people were "
         "arrested.", "Ahmed Karimi"),
    ],
)
def test_a_named_man_of_the_body_is_the_source(text: str, source: str) -> None:
    assert _sources(text) == ([source], [source])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a plural quoter whose possessive sends back to it, the quoted no man of its own
        ("Police quoted their relatives as saying 12 people were abducted from the bus.",
         "their relatives"),
        ("Officials quoted their parents as saying 12 students were abducted.", "their parents"),
        ("Rescuers quoted their neighbours as saying 12 people were abducted.",
         "their neighbours"),
        ("Investigators quoted their lawyers as saying the 12 suspects were tortured.",
         "their lawyers"),
    ],
)
def test_someone_elses_man_keeps_his_reading(text: str, source: str) -> None:
    assert _sources(text) == ([source], [source])
