"""A release the report names with no author, "Police raided a hideout in Rampur on Sunday. A
press release said 12 men were arrested.": the statement spoke as "A press release" and the
figure had no source. It is the release of the body the sentence before names as acting; an
author named with it stays its author, and a doer that is no body, a place, a sentence telling
no deed, or no sentence before give none (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _read(text: str) -> tuple[list[str | None], list[str | None]]:
    """The sources of the figure 12 and the speakers of the statements holding it."""
    result = run_texts(text, published=DAY)
    return (
        [c.attribution for c in result.claims if c.value == 12],
        [s.speaker for s in result.statements if "12" in s.content or "Twelve" in s.content],
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The army launched an operation in the hills on Monday. A statement said 12 militants "
         "were killed.", "The army"),
        ("Police raided a hideout in Rampur on Sunday. A press release said 12 men were "
         "arrested.", "Police"),
        ("The district administration imposed a curfew in Rampur. A brief statement said 12 "
         "people were injured in the clashes.", "The district administration"),
        ("Police arrested two persons in the border town of Rampur. A statement said on Sunday "
         "that 12 rounds of ammunition were seized from them.", "Police"),
        ("Police arrested two men in Kota on Monday. According to a statement, 12 pistols were "
         "seized.", "Police"),
    ],
)
def test_the_acting_body_issued_it(text: str, body: str) -> None:
    assert _read(text) == ([body], [body])


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # a body that struck is no speaker of the harm after it; a joint statement is several
        # bodies' (a reviewer's near misses)
        ("Hamas fired rockets at southern Israel on Monday. A statement said 12 Israelis were "
         "injured.", None, "A statement"),
        ("The rebels attacked a convoy in Darfur on Sunday. A statement said 12 soldiers were "
         "killed.", None, "A statement"),
        ("The army shelled rebel positions in Kachin on Monday. A joint statement said 12 "
         "civilians were killed.", None, "A joint statement"),
        # a doer that is no body, a place, no deed
        ("Gunmen attacked a checkpoint in Rampur on Sunday. A statement said 12 soldiers were "
         "killed.", None, "A statement"),
        ("Villagers fled the hills on Monday. A statement said 12 soldiers were killed.", None,
         "A statement"),
        ("Rampur saw heavy rain on Sunday. A statement said 12 people were killed in the "
         "floods.", None, "A statement"),
        ("The army is on alert in the hills. A statement said 12 militants were killed.", None,
         "A statement"),
        # no sentence before, and no body acting in the clause the release closes (the body
        # that does: test_closing_release_issuers)
        ("Twelve militants were killed in the hills on Monday, a statement said.", None,
         "a statement"),
        # the author named with it
        ("The army launched an operation in the hills. A statement by the rebels said 12 "
         "soldiers were killed.", "the rebels", "the rebels"),
        ("The army launched an operation in the hills. A Kelmor Front statement said 12 "
         "soldiers were killed.", "Kelmor Front", "Kelmor Front"),
        # a report anyone may have written; a statement named before
        ("The army launched an operation in the hills. A report said 12 soldiers were killed.",
         "A report", "A report"),
        ("The army launched an operation in the hills. The statement said 12 soldiers were "
         "killed.", None, "The statement"),
    ],
)
def test_no_body_lent(text: str, source: str | None, speaker: str) -> None:
    assert _read(text) == ([source], [speaker])
