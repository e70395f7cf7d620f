"""An arrest report that names no incident ("Police arrested twelve drug dealers in the city on
Sunday") beside one that names the incident its arrests follow ("arrested five men over
Sunday's market bombing") is another deed: the arrest word and the city the two share are no
evidence, so the first no longer joins the bombing through the second (report_evidence.compare,
arrest_leads.unnamed_deed). An arrest report that names the incident still joins it; two
arrest reports that share a name beyond the city (a suspect, a street), or that both name no
incident, keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import shared_events

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday: Sunday is 1 June

BOMBING = (
    "Bomb kills nine at Sibi market\n\n"
    "SIBI: A bomb planted on a motorcycle exploded at a crowded fruit market in Sibi on "
    "Sunday, killing nine people and wounding 22, police said.\n"
)
SHOOTING = (
    "Gunmen kill four at Turbat checkpoint\n\n"
    "TURBAT: Gunmen opened fire on a police checkpoint in Turbat on Sunday, killing four "
    "policemen, officials said.\n"
)
OVER_BOMBING = (
    "Five held over Sibi market blast\n\n"
    "SIBI: Police arrested five men over the Sunday bombing of the fruit market in Sibi, "
    "officials said on Tuesday.\n"
)
OVER_SHOOTING = (
    "Three held over Turbat attack\n\n"
    "TURBAT: Police arrested three men over Sunday's shooting at a checkpoint in Turbat, "
    "officials said.\n"
)


@pytest.mark.parametrize(
    ("incident", "named", "unnamed"),
    [
        (BOMBING, OVER_BOMBING,
         "Drug dealers held in Sibi\n\n"
         "SIBI: Police arrested twelve drug dealers in Sibi on Sunday and seized heroin, a "
         "police spokesman said.\n"),
        (BOMBING, OVER_BOMBING,
         "Sibi police hold gamblers\n\n"
         "SIBI: Police raided a gambling den in Sibi on Sunday and arrested eight men, "
         "officials said.\n"),
        (SHOOTING, OVER_SHOOTING,
         "Smugglers held in Turbat\n\n"
         "TURBAT: Police arrested six fuel smugglers in Turbat on Sunday, a spokesman "
         "said.\n"),
    ],
)
def test_an_arrest_naming_no_incident_stays_apart(
    incident: str, named: str, unnamed: str
) -> None:
    assert shared_events(incident, named, unnamed, published=PUBLISHED) == {
        frozenset({1, 2}), frozenset({3})
    }


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the arrest names the incident: it joins it
        ((BOMBING, OVER_BOMBING), {frozenset({1, 2})}),
        ((SHOOTING, OVER_SHOOTING), {frozenset({1, 2})}),
        # an arrest naming no incident beside the incident alone: apart, as before
        ((BOMBING,
          "Drug dealers held in Sibi\n\n"
          "SIBI: Police arrested twelve drug dealers in Sibi on Sunday and seized heroin, a "
          "police spokesman said.\n"), {frozenset({1}), frozenset({2})}),
        # two reports of one arrest naming no incident: one deed, as before
        (("Drug dealers held in Sibi\n\n"
          "SIBI: Police arrested twelve drug dealers in Sibi on Sunday and seized heroin, a "
          "police spokesman said.\n",
          "Twelve held in Sibi drug raid\n\n"
          "SIBI: Twelve suspected drug dealers were arrested in a police raid in Sibi on "
          "Sunday, officials said.\n"), {frozenset({1, 2})}),
        # the arrest-only report names the suspect the other arrest over the bombing names
        ((BOMBING, OVER_BOMBING.replace("five men", "Karim Baloch and four other men"),
          "Karim Baloch held in Sibi\n\n"
          "SIBI: Police arrested Karim Baloch and four other men in Sibi on Sunday, a "
          "spokesman said.\n"), {frozenset({1, 2, 3})}),
        # the incident and its arrest with another city's unrelated arrest: apart
        ((BOMBING, OVER_BOMBING,
          "Smugglers held in Turbat\n\n"
          "TURBAT: Police arrested six fuel smugglers in Turbat on Sunday, a spokesman "
          "said.\n"), {frozenset({1, 2}), frozenset({3})}),
    ],
)
def test_other_arrests_keep_their_reading(
    texts: tuple[str, ...], expected: set[frozenset[int]]
) -> None:
    assert shared_events(*texts, published=PUBLISHED) == expected


@pytest.mark.parametrize(
    "texts",
    [
        # one arrest, one outlet naming the shooting, the other the murder it was
        (("Two held over Nowshera tailor shooting\n\n"
          "NOWSHERA: Police arrested two brothers on Sunday over the shooting of a tailor in "
          "Nowshera, officials said.\n"),
         ("Brothers arrested for tailor's murder\n\n"
          "NOWSHERA: Police on Sunday arrested two brothers for the murder of a tailor in "
          "Nowshera, a police official said.\n")),
        # the same, the deed named as a killing
        (("Gujrat police hold three in lawyer shooting\n\n"
          "GUJRAT: Police arrested three suspects on Sunday in connection with the shooting of "
          "a lawyer in Gujrat, officials said.\n"),
         ("Three held over lawyer's killing in Gujrat\n\n"
          "GUJRAT: Police on Sunday arrested three men over the killing of a lawyer in Gujrat, "
          "police said.\n")),
        # an arrest naming the bombing as "the incident" at its site
        (("Blast kills six at Larkana grain market\n\n"
          "LARKANA: A bomb tied to a bicycle exploded at the grain market in Larkana on Sunday, "
          "killing six people and wounding 17, police said.\n"),
         ("Four held over Larkana market bombing\n\n"
          "LARKANA: Police arrested four men over the Sunday bombing of the grain market in "
          "Larkana, officials said.\n"),
         ("Grain market incident: four in custody\n\n"
          "LARKANA: Police arrested four suspects in connection with the grain market incident "
          "in Larkana on Sunday, officials said.\n")),
    ],
)
def test_an_arrest_naming_its_deed_by_another_word_joins(texts: tuple[str, ...]) -> None:
    """Review: the arrest report naming the deed by a word no kind's trigger is (a murder, a
    killing, "the incident") was read as naming none and split from its incident."""
    assert shared_events(*texts, published=PUBLISHED) == {frozenset(range(1, len(texts) + 1))}


@pytest.mark.parametrize(
    "texts",
    [
        (("Police arrest 40 protesters outside Quetta press club\n\n"
          "QUETTA: Police arrested 40 protesters outside the Quetta Press Club on Sunday, "
          "officials said.\n"),
         ("Forty opposition activists detained in Quetta\n\n"
          "QUETTA: Police detained 40 opposition activists in Quetta on Sunday, party leaders "
          "said.\n")),
        (("Police detain 35 at Chittagong rally\n\n"
          "CHITTAGONG: Police detained 35 opposition supporters at a rally in Chittagong on "
          "Sunday, officials said.\n"),
         ("35 opposition supporters held in Chittagong\n\n"
          "CHITTAGONG: Police on Sunday arrested 35 opposition supporters in Chittagong, party "
          "officials said.\n")),
        (("Nine arrested at downtown Seattle protest\n\n"
          "SEATTLE — Police arrested nine people Sunday night during a protest downtown, police "
          "said.\n"),
         ("Nine arrested in downtown Seattle\n\n"
          "SEATTLE — Seattle police arrested nine people downtown Sunday night, police said.\n")),
    ],
)
def test_arrests_at_a_protest_told_without_it_join(texts: tuple[str, ...]) -> None:
    """Review: arrests made at a protest, told by another outlet with no protest word, were
    read as an arrest naming no incident beside one naming its incident, and split."""
    assert shared_events(*texts, published=PUBLISHED) == {frozenset({1, 2})}


@pytest.mark.parametrize(
    "texts",
    [
        (("Bannu bomb plot foiled, three held\n\n"
          "BANNU: Police foiled a bomb plot in Bannu on Sunday and arrested three suspected "
          "militants, officials said.\n"),
         ("Three suspected militants held in Bannu\n\n"
          "BANNU: Police arrested three suspected militants in Bannu on Sunday and recovered "
          "weapons, a police spokesman said.\n")),
        (("Man held in plot to attack Detroit church\n\n"
          "DETROIT — Police arrested a 27-year-old man Sunday who was planning an attack on a "
          "church in Detroit, police said.\n"),
         ("Detroit man arrested Sunday\n\n"
          "DETROIT — Detroit police arrested a 27-year-old man Sunday at his home, police "
          "said.\n")),
    ],
)
def test_arrests_over_a_plotted_deed_told_without_it_join(texts: tuple[str, ...]) -> None:
    """Review: a lead telling its kind only as plotted ("foiled a bomb plot") names no
    incident the arrests follow; the same arrest told bare was split from it."""
    assert shared_events(*texts, published=PUBLISHED) == {frozenset({1, 2})}

