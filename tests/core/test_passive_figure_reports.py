"""A figure reported in the passive with its reporter after "by" ("The deaths of six miners
were confirmed by the company."): the figure's claim named its source, but no statement was
made, as the active "The company confirmed the deaths of six miners" makes one. The agent
speaks, the reported subject is what is said (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 4, 9)


def _read(text: str) -> tuple[list[tuple[str | None, str]], list[str | None]]:
    out = run_texts(text, published=DAY)
    return (
        [(s.speaker, s.content) for s in out.statements],
        [c.attribution for c in out.claims],
    )


@pytest.mark.parametrize(
    ("text", "statement", "source"),
    [
        ("The deaths of four soldiers were confirmed by the army.",
         ("the army", "The deaths of four soldiers"), "the army"),
        ("Twelve deaths were reported by the health ministry on Monday.",
         ("the health ministry", "Twelve deaths"), "the health ministry"),
        ("The arrest of six suspects was announced by police.",
         ("police", "The arrest of six suspects"), "police"),
        ("The toll of 14 dead was confirmed by the health ministry.",
         ("the health ministry", "The toll of 14 dead"), "the health ministry"),
        ("The death of a fifth child was reported by the hospital on Tuesday.",
         ("the hospital", "The death of a fifth child"), "the hospital"),
    ],
)
def test_the_agent_reports_the_figure(
    text: str, statement: tuple[str, str], source: str
) -> None:
    assert _read(text) == ([statement], [source])


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # a harm's doer after "by", no reporting verb
        ("Four soldiers were killed by militants on Monday.", []),
        ("Six suspects were arrested by police in a raid.", []),
        ("The bodies of nine migrants were recovered by the coast guard.", []),
        # a reporting verb's "by" that names no reporter
        ("The toll was raised to 12 by the deaths of two more patients.", []),
        ("The death toll was raised to 14 by a second blast.", []),
        ("Twelve deaths were recorded by the end of the week.", []),
        ("Fifteen injuries were reported by late Sunday.", []),
        ("Nine deaths were confirmed by early Friday.", []),
        ("Thirty deaths were recorded by late Monday, the ministry said.",
         [("the ministry", "Thirty deaths were recorded by late Monday")]),
        # a bare means of sending after "by": no reporter
        ("Sixteen deaths were reported by text message from the village.", []),
        ("Four deaths were reported by email from the district hospital.", []),
        ("The arrests of nine men were confirmed by letter on Monday.", []),
        # a record, a test or a picture the figure rests on after "by": no reporter
        ("The identities of the five victims were confirmed by dental records.", []),
        ("The toll of 17 was confirmed by hospital records on Monday.", []),
        ("Eight deaths were confirmed by post-mortem reports in Larkana.", []),
        ("The deaths of six fishermen were confirmed by the port authority's logs.", []),
        ("Three deaths were confirmed by DNA tests on Friday.", []),
        ("The killing of 11 villagers was confirmed by satellite images.", []),
        # an outlet named with its own word before it: the reporter, as the branch read
        ("Twelve deaths were reported by state television.",
         [("state television", "Twelve deaths")]),
        # the passive with no agent
        ("The deaths of four soldiers were confirmed on Monday.", []),
    ],
)
def test_no_reporter_no_statement(text: str, statements: list[tuple[str, str]]) -> None:
    assert _read(text)[0] == statements


def test_the_active_keeps_its_reading() -> None:
    speakers = _read("The army confirmed the deaths of four soldiers.")[0]
    assert [s for s, _ in speakers] == ["The army"]
