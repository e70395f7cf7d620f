"""A closing report whose clause the parser hung on its speaker: "Four poachers were arrested,
Deputy Superintendent of Police T N Das said on Friday" parses with "were arrested" a clausal
complement of "Das" (the merged initials read as the parser may), and the figure had no source
nor the report a statement (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _read(text: str) -> tuple[dict[float, str | None], list[tuple[str, str]]]:
    """Each figure's source, and the (speaker, content) of every statement."""
    result = run_texts(text, published=DAY)
    return (
        {c.value: c.attribution for c in result.claims},
        [(s.speaker, s.content) for s in result.statements],
    )


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Eleven people were arrested, Superintendent of Police T N Das said on Monday.",
         11, "Superintendent of Police T N Das"),
        ("Four poachers were arrested, Deputy Superintendent of Police T N Das said on Friday.",
         4, "Deputy Superintendent of Police T N Das"),
        ("Two constables were injured, Superintendent of Police T N Das said late on Tuesday.",
         2, "Superintendent of Police T N Das"),
        ("Three bodies were found in a canal, Superintendent of Police T N Das told reporters.",
         3, "Superintendent of Police T N Das"),
        ("Six traders were abducted, Superintendent of Police T N Das said on Wednesday.",
         6, "Superintendent of Police T N Das"),
        ("Three bodies were recovered from the river near Kota, Superintendent of Police T N "
         "Das said in a statement on Monday.", 3, "Superintendent of Police T N Das"),
    ],
)
def test_the_clause_hung_on_its_speaker_is_said(text: str, value: float, source: str) -> None:
    sources, statements = _read(text)
    assert sources[value] == source
    assert statements == [("T N Das", text.split(",", maxsplit=1)[0])]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the parser hung the clause on the report: read as before
        ("Nine houses were torched, Superintendent of Police B K Rana said on Sunday.",
         9, "Superintendent of Police B K Rana"),
        ("Seven cows were stolen, Inspector T N Das said on Monday.", 7, "Inspector T N Das"),
        ("Two gunmen were shot dead, Superintendent of Police M K Lal said on Saturday.",
         2, "Superintendent of Police M K Lal"),
        ("Eleven people were arrested, Superintendent of Police T N Das said.",
         11, "Superintendent of Police T N Das"),
        ("Eleven people were arrested, police chief Tom Das said on Monday.",
         11, "police chief Tom Das"),
        # the report opens the sentence with its own clause
        ("Superintendent of Police T N Das said on Monday that eleven people were arrested.",
         11, "Superintendent of Police T N Das"),
        # a report inside a clause of when: it says what follows, not the arrests
        ("Eleven people were arrested after Superintendent of Police T N Das said on Monday "
         "that the gang had fled.", 11, None),
        # the speaker is the subject with its relative clause, not the name inside it
        ("Eleven people were arrested, the officer who questioned T N Das said.",
         11, "the officer"),
    ],
)
def test_other_reports_keep_their_reading(text: str, value: float, source: str | None) -> None:
    assert _read(text)[0][value] == source


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying after the name: the arrests are no one's report
        "Eleven people were arrested, Superintendent of Police T N Das was transferred on Monday.",
        "Eleven people were arrested, Superintendent of Police T N Das arrived on Monday.",
    ],
)
def test_no_report_no_speaker(text: str) -> None:
    sources, statements = _read(text)
    assert all(s is None for s in sources.values())
    assert statements == []
