"""The doer of a passive harm told in its "when" clause or by the device's participle (issue
#11, doer): "Three soldiers were killed when militants ambushed a patrol", "when their vehicle
hit a bomb planted by X", "in a blast triggered by Y". A clause of no deed ("as troops
continued their push", "after police responded") and a subject that is no doer ("their car
hit a tree") name none. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[str | None]:
    return [c.actor for c in run_documents([from_text(text, doc_id="d1", published=PUB)]).claims]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Three soldiers were killed when rebel fighters ambushed an army patrol in Tarvel on "
         "Sunday.", "rebel fighters"),
        ("Five policemen were killed when their vehicle hit a bomb planted by insurgents in "
         "Tarvel.", "insurgents"),
        ("Four protesters were killed when police opened fire on a crowd in Tarvel.", "police"),
        ("Six people were killed when a suicide bomber blew himself up at a mosque in Tarvel.",
         "a suicide bomber"),
    ],
)
def test_the_deeds_clause_names_the_doer(text: str, doer: str) -> None:
    assert doers(text) == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed when their car hit a tree in Tarvel.",
        "Another soldier was killed as army troops continued their push into Tarvel.",
        "A man was found dead in Tarvel after police responded to reports of gunfire.",
    ],
)
def test_a_clause_of_no_deed_names_no_doer(text: str) -> None:
    assert doers(text) == [None]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Unknown armed men on Thursday kidnapped four workers in Tarvel.", "Unknown armed men"),
        ("Gunmen on Friday night killed 5 villagers in Tarvel.", "Gunmen"),
        ("Police in Tarvel district on Sunday arrested six suspects.", "Police in Tarvel district"),
    ],
)
def test_a_doer_is_named_without_the_time_hung_on_it(text: str, doer: str) -> None:
    assert doers(text) == [doer]


def test_a_doer_is_named_without_the_village_it_acted_near() -> None:
    text = "Two jawans were injured in a blast triggered by Maoists near Kelmor village."
    assert doers(text) == ["Maoists"]
