"""An official named with bare initials after a title, closing the sentence: "Two men were
held in Tarvo, District Collector R K Bhat confirmed" parsed with the initials the verb and
"confirmed" a clause of theirs, and "SDPO R K Bhat informed" never joined its initials (a
word in capitals before them was read as a line in capitals), so the figure had no source
and no statement (issue #11, sources). The true verb after the surname takes the initials'
place, and an acronym title joins its initials as a worded title does. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 2, 20)


def _read(text: str) -> tuple[list[str | None], list[tuple[str | None, str | None]]]:
    result = run_texts(text, published=DAY)
    return (
        [c.attribution for c in result.claims],
        [(s.speaker, s.speaker_role) for s in result.statements],
    )


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        ("Two men were arrested in Kochi on Friday, District Collector P R Nair confirmed.",
         "District Collector P R Nair", ("P R Nair", "District Collector")),
        ("Four Maoists were arrested in Bijapur on Monday, SDPO K K Mishra informed.",
         "SDPO K K Mishra", ("K K Mishra", "SDPO")),
        ("Four Maoists were arrested in Bijapur on Monday, SDPO K K Mishra said.",
         "SDPO K K Mishra", ("K K Mishra", "SDPO")),
        ("Three men were held in Puri, SP R K Sahu said.", "SP R K Sahu", ("R K Sahu", "SP")),
    ],
)
def test_the_initialled_official_speaks(
    text: str, source: str, speaker: tuple[str, str]
) -> None:
    assert _read(text) == ([source], [speaker])


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # already read: the title worded, the verb dated
        ("Seven people were injured in the stampede, Collector V N Rao confirmed on Saturday.",
         "Collector V N Rao", ("V N Rao", "Collector")),
        ("Two men were arrested in Kochi on Friday, Superintendent of Police T N Das confirmed "
         "on Monday.", "Superintendent of Police T N Das", ("T N Das", "Superintendent of Police")),
        # a written first name: no initials to rehang
        ("Four Maoists were arrested in Bijapur on Monday, SP Ravi Mishra informed.",
         "SP Ravi Mishra", ("Ravi Mishra", "SP")),
        # a noun after the surname, no verb: nothing lifted
        ("Four Maoists were arrested in Bijapur on Monday by a team under SDPO K K Mishra.",
         None, None),
    ],
)
def test_other_officials_keep_their_reading(
    text: str, source: str | None, speaker: tuple[str, str] | None
) -> None:
    assert _read(text) == ([source], [speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("SDPO K K Mishra said four were held.", True),
        # a line in capitals keeps its letters
        ("POLICE HOLD A B Khan IN RAID", False),
        ("ARMY K K Mishra UNIT MOVES", False),
    ],
)
def test_only_a_title_joins_after_capitals(nlp: Language, text: str, joined: bool) -> None:
    assert any(t.text in {"K K", "A B"} for t in nlp(text)) is joined


@pytest.mark.parametrize(
    ("text", "claims", "speakers"),
    [
        # the report hung on the town as its apposition: set off as the closing report
        ("Five persons were arrested in Meerut, SHO R S Yadav confirmed.",
         [("SHO R S Yadav", "Meerut")], [("R S Yadav", "SHO")]),
        # the name hung on the comma before its title: the subject of the verb after it
        ("Two persons were killed, ASP A K Singh of Dhanbad said.",
         [("ASP A K Singh of Dhanbad", None)], [("A K Singh", "ASP")]),
        # the name an apposition of the town, a clause of its own before the verb
        ("Two persons were arrested in Dhanbad, DSP A K Verma, who led the raid, said.",
         [("DSP A K Verma", "Dhanbad")], [("A K Verma", "DSP")]),
        # the report a noun adverb of the deed
        ("Two people were arrested on Monday in Bhiwandi, SHO R B Patil told mid-day.",
         [("SHO R B Patil", "Bhiwandi")], [("R B Patil", "SHO")]),
        # the acronym tagged a verb, a second clause hung on it
        ("Two women were killed in Sasaram, SDPO K K Singh said, and three others were injured.",
         [("SDPO K K Singh", "Sasaram"), (None, "Sasaram")], []),
        # the acronym read as a place (a facility), or run into the town before its comma
        ("Two persons were arrested, DSP A K Verma, who led the raid, said.",
         [("DSP A K Verma", None)], [("A K Verma", "DSP")]),
        ("Two men were shot dead in Begusarai, SP R K Mandal said.",
         [("SP R K Mandal", "Begusarai")], [("R K Mandal", "SP")]),
    ],
)
def test_an_acronym_titled_report_keeps_its_reading(
    text: str,
    claims: list[tuple[str | None, str | None]],
    speakers: list[tuple[str, str]],
) -> None:
    result = run_texts(text, published=DAY)
    assert [(c.attribution, c.location) for c in result.claims] == claims
    assert [(s.speaker, s.speaker_role) for s in result.statements] == speakers
