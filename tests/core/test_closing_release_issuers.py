"""An unsigned release closing the sentence that tells the body's deed: "Police raided two
houses and arrested nine men, a press release said" left the figure sourceless and the release
its own speaker, while the same release opening the next sentence ("Police raided two houses.
A press release said nine men were arrested") is the police's. The body acting in the clause
the release closes issued it, under the rules for the sentence before (no doer that struck, no
place, no joint statement), when it alone did every deed of the clause: no joint subject, no
second body acting in a joined clause, no verb that struck among them; with none there, the
sentence before (issue #11, sources).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import source_and_speakers

DAY = dt.date(2031, 11, 18)


def _read(text: str, value: float) -> tuple[str | None, set[str]]:
    return source_and_speakers(text, value, DAY)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Police raided three houses in the district on Monday night and arrested twelve "
         "suspects, a press release said.", 12, "Police"),
        ("Police arrested nine suspects in the district, a press release said.", 9, "Police"),
        ("The district police arrested seven suspects on Monday, said a press release.",
         7, "The district police"),
        ("Police arrested eight suspects in the district, a statement said.", 8, "Police"),
    ],
)
def test_the_body_in_the_closed_clause_issued_it(
    text: str, value: float, source: str
) -> None:
    assert _read(text, value) == (source, {source})


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # no deed of a body in the sentence or before it: the release speaks for itself
        ("Twelve suspects were arrested, a press release said.", 12, None),
        # a doer that is no body, one that struck
        ("Gunmen abducted twelve villagers in the district, a press release said.", 12, None),
        ("The army killed 12 militants in the hills, a statement said.", 12, None),
        # a place's weather is no deed of a body
        ("Kessa saw heavy rain and twelve people were injured, a press release said.", 12, None),
        # a joint statement, a statement named before
        ("Police arrested twelve suspects in the district, a joint statement said.", 12, None),
        ("Police arrested twelve suspects in the district, the statement said.", 12, None),
        # the body in the sentence before, as before
        ("Police raided three houses. Twelve suspects were arrested, a press release said.",
         12, "Police"),
        # a report inside: its speaker, as before
        ("Residents said police arrested twelve suspects, a press release said.",
         12, "Residents"),
    ],
)
def test_other_releases_keep_their_reading(
    text: str, value: float, source: str | None
) -> None:
    assert _read(text, value)[0] == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a second body acting in a clause joined to the first one's
        ("Police arrested 14 men, and the paramilitary detained nine more, a press release "
         "said.", 9),
        ("Police arrested 14 men, and the paramilitary detained nine more, a press release "
         "said.", 14),
        ("The army rescued 31 villagers and the coast guard evacuated 7 fishermen, a statement "
         "said.", 7),
        ("The navy rescued 31 villagers and the NDRF evacuated 200 more, a statement said.", 200),
        # a joint subject: several bodies'
        ("Police and the paramilitary arrested 15 suspects, a press release said.", 15),
        ("Police in Quetta and the Levies arrested 6 men, a statement said.", 6),
        # a deed that struck among the verbs of the deed, not only the first
        ("The army cleared two villages and killed 13 militants, a statement said.", 13),
        ("Police opened fire on the crowd, killing five protesters, a statement said.", 5),
        ("Police arrested 10 robbers and shot dead three others, a press release said.", 3),
        ("The army surrounded the village and gunned down 6 rebels, a statement said.", 6),
    ],
)
def test_no_body_alone_did_the_deeds(text: str, value: float) -> None:
    assert _read(text, value)[0] is None

