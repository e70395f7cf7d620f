"""The one dead a report counted, named again by the adjective of death, "A militant was
killed in Kupwara ... The slain militant was identified as X" (issue #11, counts): the later
"the slain militant" counted a second killed 1, as if another person had died. A definite
victim so described is one a figure before may have counted, as "the militant was identified"
already was; with an article ("a slain cashier"), with no count before it, or with only the
hurt counted before ("Two deputies were wounded ... The slain suspect"), it counts.
Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import written_counts

PAPER = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A militant was killed in an encounter in Kupwara on Thursday. The slain militant "
         "was identified as Abu Saad.", [("A militant", "killed", 1.0)]),
        ("A soldier died in an ambush near Kunar. The dead soldier was identified as Ahmad "
         "Wali, police said.", [("A soldier", "killed", 1.0)]),
        ("Two men were shot dead in Lyari on Monday. The slain man's brother said he was a "
         "tailor.", [("Two", "killed", 2.0)]),
    ],
)
def test_the_slain_one_after_a_count_is_no_new_figure(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, PAPER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count before: the description counts the one dead
        ("Police identified the slain shopkeeper as Ali Raza.",
         [("the slain shopkeeper", "killed", 1.0)]),
        # an article: news of someone new
        ("Two men were injured in the blast. Police also found a dead guard in the building.",
         [("Two", "injured", 2.0), ("a dead guard", "killed", 1.0)]),
        # only the hurt counted before: the slain one is the report's first death
        ("Two deputies were wounded in an exchange of gunfire with a suspect on Sunday. The "
         "slain suspect was identified as Mark Ellis, 41.",
         [("Two", "injured", 2.0), ("The slain suspect", "killed", 1.0)]),
        ("A constable was injured when robbers opened fire at a checkpoint in Gujrat. The "
         "dead robber was later identified as Nadeem.",
         [("A constable", "injured", 1.0), ("The dead robber", "killed", 1.0)]),
        ("Six passengers were injured when the van overturned near Hub. The dead driver was "
         "identified as Rahim Baloch.",
         [("Six", "injured", 6.0), ("The dead driver", "killed", 1.0)]),
        ("Three policemen were wounded in the attack on the post. The slain constable was "
         "identified as Amir Khan.",
         [("Three", "injured", 3.0), ("The slain constable", "killed", 1.0)]),
    ],
)
def test_a_slain_one_told_first_still_counts(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, PAPER) == expected
