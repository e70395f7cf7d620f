"""A title-case town closed by a colon, "Port Harcourt: Gunmen killed 6 persons ...",
"Enugu: Police arrested 9 ...", as Nigerian and other desks write their datelines, is where
the report was filed, no part of the statement (issue #11, statements): NER takes the town
for a person, the tagger for a common noun, so the sentence's dateline was not found and the
statement quoted it. A line the dateline reader knows (a gazetteer town at the line's start)
is the dateline now; a person, a label or a heading before a colon stays in the statement,
as before. Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Port Harcourt: Gunmen killed 6 persons in Ahoada East, police said.",
         "Gunmen killed 6 persons in Ahoada East"),
        ("Maiduguri: Troops have neutralised 11 insurgents in Konduga, the army said.",
         "Troops have neutralised 11 insurgents in Konduga"),
        ("Enugu: Police arrested 9 suspects over the killing of a monarch, the command said.",
         "Police arrested 9 suspects over the killing of a monarch"),
        ("Sokoto: Gunmen killed 12 villagers, Governor Ahmed Aliyu said.",
         "Gunmen killed 12 villagers"),
        # capitals, as before
        ("ENUGU: Police arrested 9 suspects over the killing of a monarch, the command said.",
         "Police arrested 9 suspects over the killing of a monarch"),
        # no town before the colon: the statement is the whole clause, as before
        ("Imran Khan: Police arrested 40 supporters in Lahore on Monday, the party said.",
         "Imran Khan: Police arrested 40 supporters in Lahore on Monday"),
        ("Breaking: Gunmen killed 6 persons in Ahoada East, police said.",
         "Breaking: Gunmen killed 6 persons in Ahoada East"),
    ],
)
def test_a_title_case_colon_dateline_is_no_part_of_the_statement(text: str, said: str) -> None:
    result = run_texts(text, published=PAPER)
    assert [s.content for s in result.statements] == [said]
