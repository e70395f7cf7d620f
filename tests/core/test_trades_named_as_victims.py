"""One victim named by trade or station without a numeral (issue #11, detection): "Gunmen
shot dead a warden", "a magistrate", "a guest", "a commando" gave no figure, where
"a policeman" or "a trader" gave one; the nouns were in no list of the people a harm counts.
They are victim nouns now (rules measures.json victim_nouns). The same words that name no
victim stay none: a compound's modifier ("a cook stove", "a guest speaker"), a speaker, a
survivor, the widow of the dead. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    "victim",
    [
        "a warden", "a surgeon", "an advocate", "a magistrate",
        "a candidate", "a commando", "a gendarme", "a detective", "a convict",
        "a nomad", "a widow", "a bride", "a groom", "a guest", "a lineman",
    ],
)
def test_one_victim_named_by_trade(nlp: Language, victim: str) -> None:
    text = f"Gunmen shot dead {victim} in Eldmere on Monday, police said."
    claims = read_claims(nlp, text, DAY)
    assert [(c.measure, c.value, c.number_text) for c in claims] == [("killed", 1, victim)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A commando was martyred and two militants were killed in the operation in "
         "Eldmere, the military said.", [("killed", 1), ("killed", 2)]),
        ("The cook was injured and a guest was killed when a gas cylinder exploded in "
         "Eldmere on Monday.", [("killed", 1)]),
        # the same words naming no victim
        ("A guest speaker at the rally said 3 people were killed in Eldmere on Monday.",
         [("killed", 3)]),
        ("A cook stove exploded in a hotel in Eldmere on Monday, injuring two waiters.",
         [("injured", 2)]),
        ("A candidate for the provincial assembly survived an attack in Eldmere on Monday; "
         "two of his guards were injured.", [("injured", 2)]),
        ("The widow of a soldier killed in Eldmere last year said she had received no "
         "compensation.", [("killed", 1)]),
        ("Surgeons at the hospital said the injured man was out of danger.", []),
        ("The magistrate ordered the arrest of 4 men in Eldmere on Monday.", []),
    ],
)
def test_trades_that_name_no_victim(
    nlp: Language, text: str, figures: list[tuple[str, float]]
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.measure != "other"]
    assert [(c.measure, c.value) for c in claims] == figures



@pytest.mark.parametrize(
    ("headline", "figures"),
    [
        ("Surgeon: 18 wounded brought to hospital in Eldmere", [("injured", 18, "Surgeon")]),
        ("Detective: Two men arrested in killing of Eldmere shopkeeper",
         [("arrested", 2, "Detective"), ("killed", 1, "Detective")]),
        ("Magistrate: 20 protesters held in Eldmere to be released",
         [("arrested", 20, "Magistrate")]),
        ("Judge: 20 protesters held in Eldmere to be released", [("arrested", 20, "Judge")]),
    ],
)
def test_a_speaking_role_before_a_headline_colon_is_its_source(
    nlp: Language, headline: str, figures: list[tuple[str, float, str]]
) -> None:
    # a role that also heads an unnamed speaker ("surgeon", "detective", "magistrate") is a
    # role noun as "judge" is, not a victim noun the headline's source reader turns away;
    # "Gunmen shot dead a magistrate" above still counts one
    claims = [c for c in read_claims(nlp, headline, DAY) if c.measure != "other"]
    assert [(c.measure, c.value, c.attribution) for c in claims] == figures
