"""Issue #11, detection: a patient told by the state a harm left them in ("a teenager is
recovering after being shot", "two men are recovering from gunshot wounds", "a boy is in the
hospital after being shot", "was found with a gunshot wound", "was treated and released") is
hurt; a death the parse left with no subject ("A woman shot
during a robbery has succumbed to her injuries") is the dead person's. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans, core_claims_by_text

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teenager is recovering after being shot near Dunmore Park on Saturday.",
         [(1, "injured", "A teenager")]),
        ("Two men are recovering from gunshot wounds after the fight.",
         [(2, "injured", "Two")]),
        ("A boy is in the hospital after being stabbed at a bus stop.",
         [(1, "injured", "A boy")]),
        # a patient a relative clause tells of
        ("Detectives interviewed a 19-year-old man who is recovering after being shot in the"
         " leg.", [(1, "injured", "a 19-year-old man")]),
        # found carrying a wound; treated and let go
        ("A 20-year-old man was found with a gunshot wound near the levee.",
         [(1, "injured", "A 20-year-old man")]),
        ("Deputies found a 20-year-old man with a gunshot wound near the levee.",
         [(1, "injured", "a 20-year-old man")]),
        ("A bystander was treated and released at the scene.", [(1, "injured", "A bystander")]),
        # no harm named: surgery, a storm, a stay alone, found with a thing
        ("A hiker was found with a broken phone near the levee.", []),
        # a count found carrying a wound, or suffering from one; found with a thing, hunger
        ("Two men were found with gunshot wounds near the levee.", [(2, "injured", "Two")]),
        ("Three boys were found suffering from stab wounds behind the mall.",
         [(3, "injured", "Three")]),
        ("Two men were found with a stolen car near the levee.", []),
        ("Three women were found suffering from hunger in the camp.", []),
        # a relative clause's patient, an old harm with its own time, released for no wound
        ("A veteran who is recovering from wounds he suffered in 2030 spoke at the rally.", []),
        ("A teenager is recovering from wounds she suffered last year.", []),
        ("A man was treated and released for chest pains after the scuffle.", []),
        # recovering after the incident they were hurt in; not a death grieved
        ("A cashier is dead and two customers are recovering after a robbery on Friday.",
         [(1, "killed", "A cashier"), (2, "injured", "two")]),
        ("Four passengers were recovering in hospital after the crash.",
         [(4, "injured", "Four")]),
        ("Two brothers are recovering after the murder of their father.",
         [(1, "killed", "their father")]),
        ("A teenager is recovering from knee surgery.", []),
        ("The town is recovering from the storm.", []),
        ("A woman is in the hospital.", []),
    ],
)
def test_a_patient_recovering_from_a_harm_is_hurt(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman shot during a robbery on Saturday has succumbed to her injuries.",
         [(1, "killed", "A woman")]),
        # the past verb has an object: the man did the shooting, and his own death is told once
        ("A man shot a clerk during a robbery and has since died in a crash.",
         [(1, "killed", "A man")]),
    ],
)
def test_a_death_the_parse_left_with_no_subject(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


def test_one_found_with_a_wound_beside_the_dead_is_no_hurt_told() -> None:
    # the dead are found with gunshot wounds too: in a report that counts dead, no one hurt
    text = ("Two people were killed in a shooting at Dunmore Park on Saturday. Deputies found a"
            " man with a gunshot wound near the gate.")
    claims = core_claims_by_text([text], dt.date(2031, 6, 14))[text]
    assert [(c.measure, c.value) for c in claims] == [("killed", 2)]


def test_a_lower_case_word_tagged_a_name_is_still_a_person(nlp: Language) -> None:
    # the tagger reads South Asian copy's "jawan" as a proper noun
    assert casualty_spans(nlp, "An army jawan was also injured in the exchange of fire.") == [
        (1, "injured", "An army jawan")
    ]


def test_a_headlines_lower_case_person_tagged_a_name() -> None:
    text = "Rebels kill jawan in Tarn valley ambush\n\nThe ambush took place on Saturday."
    claims = core_claims_by_text([text], dt.date(2031, 6, 14))[text]
    assert [(c.measure, c.value, c.number_text) for c in claims] == [("killed", 1, "jawan")]
