"""One more person after a count ("killed two guards and wounded a third", "left two drivers
dead and a third employee wounded"), and a person noun the tokenizer split at its prefix's
hyphen ("a co-worker", "his ex-wife"): core/extract/victim_names.py (``one_more``,
``ranked_more``), core/extract/reduced_passives.py, core/extract/prefix_joins.py.
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.prefix_joins import join_split_prefixes
from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sniper killed two deputies and wounded a third before he was shot.",
         [(2, "killed", "two"), (1, "injured", "a third")]),
        ("Ms. Vane admitted killing three tenants and seriously injuring a fourth.",
         [(3, "killed", "three"), (1, "injured", "a fourth")]),
        ("Four miners died in the collapse and a fifth was hospitalized with burns.",
         [(4, "killed", "Four"), (1, "injured", "a fifth")]),
        ("The rampage at the depot left two drivers dead and a third employee wounded.",
         [(2, "killed", "two"), (1, "injured", "a third employee")]),
        ("Two hikers died and a third hiker injured in the rockfall near Brasov.",
         [(2, "killed", "Two"), (1, "injured", "a third hiker")]),
        ("Three soldiers were killed and another soldier wounded in the ambush.",
         [(3, "killed", "Three"), (1, "injured", "another soldier")]),
    ],
)
def test_one_more_person_after_a_count(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share, not a person
        ("The flood killed a third of the herd near Tulcea.", []),
        # a second of time; the verb is no harm
        ("The gunman killed two guards and then waited a second before he fled.",
         [(2, "killed", "two")]),
        # the one more did something: no harm befell them
        ("Two guards were killed and a third guard fled.", [(2, "killed", "Two")]),
        # (the robber she wounded is one hurt: a robber is a victim noun)
        ("Police said two women died and the third woman wounded a robber.",
         [(2, "killed", "two"), (1, "injured", "a robber")]),
        # no count before: an ordinal of rank, not one more
        ("A second round of talks was held in Galati.", []),
    ],
)
def test_no_one_more_person(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


def test_one_more_told_by_rank_after_the_body_named_them(nlp: Language) -> None:
    text = (
        "Police said Ivo Marek, 41, was shot in the arm at the depot on Friday. "
        "Witnesses said the gunman killed two guards and wounded a third before fleeing."
    )
    assert casualty_spans(nlp, text) == [(1, "injured", "Ivo Marek"), (2, "killed", "two")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A co-worker was stabbed in the parking garage.", [(1, "injured", "A co-worker")]),
        ("Mr. Hale shot a co-tenant in the leg at the hangar.",
         [(1, "injured", "a co-tenant")]),
        ("Deputies said Rolf Baker shot and killed his ex-wife on Sunday.",
         [(1, "killed", "his ex-wife")]),
        ("The driver fired, critically injuring a third co-owner before being arrested.",
         [(1, "injured", "a third co-owner")]),
    ],
)
def test_a_person_noun_split_at_its_prefix(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a gunman sent an e-mail to the school before the shooting.",
        "The mayor lost his re-election bid after the shooting.",
    ],
)
def test_a_split_prefix_of_a_thing_is_no_victim(nlp: Language, text: str) -> None:
    assert casualty_spans(nlp, text) == []


def test_the_prefix_hangs_on_its_word(nlp: Language) -> None:
    doc = nlp("Police said Rolf Baker shot a co-worker on Monday.")
    prefix, dash, word = doc[6], doc[7], doc[8]
    assert (prefix.head.i, prefix.dep_) == (word.i, "compound")
    assert (dash.head.i, dash.tag_) == (word.i, "HYPH")
    assert doc[5].head.i == word.i  # the article
    assert join_split_prefixes(doc) is doc  # a parse already joined stays as it is
    assert word.dep_ == "dobj"
