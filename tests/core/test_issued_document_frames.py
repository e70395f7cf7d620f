"""A frame that cites again the document the sentence before says a body issued: "The ISPR
issued a press note on Monday. According to the note, 6 militants were killed" gave the
figure no source ("the note" names no author, and no statement or figure had named its
issuer). The subject of the release verb whose object is that document, with "a", is its
author when it is a body (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 9, 3)


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in run_texts(text, published=DAY).claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ISPR issued a press note on Monday. According to the note, 6 militants were "
         "killed in Tirah.", "The ISPR"),
        ("The army issued a statement on Monday. According to the statement, 6 militants were "
         "killed in Tirah.", "The army"),
        ("Police released a report on Friday. According to the report, 14 robbers were "
         "arrested in Sialkot.", "Police"),
        ("The Kessa Red Cross released a bulletin late on Sunday. According to the bulletin, 9 "
         "people were injured in the floods.", "The Kessa Red Cross"),
    ],
)
def test_the_issuer_is_the_source(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pronoun issued it: no body named
        ("He issued a statement on Monday. According to the statement, 6 militants were "
         "killed in Tirah.", None),
        # another document cited
        ("The ISPR issued a press note on Monday. According to the report, 6 militants were "
         "killed in Tirah.", None),
        # the issuing sentence not right before
        ("The ISPR issued a press note on Monday. Troops raided a compound. According to the "
         "note, 6 militants were killed.", None),
        # the document named with its author: read as before
        ("According to a statement issued by the ISPR, 6 militants were killed in Tirah.",
         "the ISPR"),
        # a person who released a report: no body
        ("Ali Raza released a report on Monday. According to the report, 6 militants were "
         "killed in Tirah.", None),
        # the document issued named with an author of its own: the issuer only passed it on
        ("The senate released a report by Human Rights Watch on Monday. According to the "
         "report, 40 people were killed in Amhara.", None),
        ("The ministry published a report compiled by the WHO. According to the report, 12 "
         "children died in the outbreak.", None),
        ("The police released a statement from the boy's family. According to the statement, "
         "3 men were arrested.", None),
    ],
)
def test_other_frames_keep_their_reading(text: str, source: str | None) -> None:
    assert _sources(text) == [source]
