"""A report of arrests that follows an incident of another kind up ("Police on Tuesday
arrested four men over the killing of three guests at a wedding") is about that incident:
told on no day before it and naming it (its dead dated to the incident's day, or dead and hurt
on no day of their own, as many as the incident's or more), the kinds set nothing against each
other (report_evidence.follows_up; rules/event_types.json following_kinds). Arrests told
before the incident, arrests over a killing dated to another day or of fewer dead, and arrests
that name no incident (on its day or another) keep today's reading: two incidents.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import shared_events

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday: Sunday is 1 June

SHOOTING = (
    "Gunmen kill three at Mardan wedding\n\n"
    "MARDAN: Gunmen opened fire on a wedding party in a village near Mardan on Sunday, "
    "killing three people including the groom's uncle, police said.\n"
)
BLAST = (
    "Bomb kills seven at Mardan bus stand\n\n"
    "MARDAN: A bomb hidden in a cart exploded at a crowded bus stand in Mardan on Sunday, "
    "killing seven people and wounding 20, police said.\n"
)
TOGETHER = {frozenset({1, 2})}
APART = {frozenset({1}), frozenset({2})}


@pytest.mark.parametrize(
    ("incident", "arrests"),
    [
        (SHOOTING,
         "Four held over Mardan wedding killings\n\n"
         "MARDAN: Police on Tuesday arrested four men over the killing of three guests at a "
         "wedding near Mardan, officials said.\n"),
        (BLAST,
         "Police hold five after Mardan deaths\n\n"
         "MARDAN: Police on Tuesday arrested five men over the deaths of seven people at a "
         "bus stand in Mardan, officials said.\n"),
        (SHOOTING,
         "Two arrested in Mardan\n\n"
         "MARDAN: Police on Monday arrested two brothers suspected of the murder of three "
         "members of a wedding party, officials said.\n"),
    ],
)
def test_arrests_over_an_incident_join_it(incident: str, arrests: str) -> None:
    assert shared_events(incident, arrests, published=PUBLISHED) == TOGETHER


@pytest.mark.parametrize(
    ("incident", "arrests", "expected"),
    [
        # the arrests told before the incident
        (SHOOTING,
         "Four held in Mardan\n\n"
         "MARDAN: Police on Friday arrested four men in Mardan suspected of smuggling "
         "weapons, officials said.\n", APART),
        # over a killing dated to another day
        (SHOOTING,
         "Two held over Mardan killing\n\n"
         "MARDAN: Police on Tuesday arrested two men over the killing of a shopkeeper in "
         "Mardan on Thursday, officials said.\n", APART),
        # no incident named
        (SHOOTING,
         "Drug smugglers held in Mardan\n\n"
         "MARDAN: Police on Tuesday arrested six suspected drug smugglers and seized heroin "
         "from their vehicle in Mardan, officials said.\n", APART),
        (BLAST,
         "Gamblers held in Mardan\n\n"
         "MARDAN: Police on Tuesday arrested nine men at a gambling den in Mardan and "
         "seized cash, officials said.\n", APART),
        # dead of another count: a teacher's killing names no shooting of three
        (SHOOTING,
         "Two held over teacher's murder\n\n"
         "MARDAN: Police on Tuesday arrested two men over the killing of a schoolteacher "
         "near Mardan, officials said.\n", APART),
        # arrests told on the incident's day that name no incident
        (SHOOTING,
         "Smugglers held in Mardan\n\n"
         "MARDAN: Police on Sunday arrested six suspected drug smugglers and seized hashish "
         "from a truck in Mardan, officials said.\n", APART),
        # the incident's own kind named: together before this change too
        (SHOOTING,
         "Five held over Sunday's shooting\n\n"
         "MARDAN: Police said on Tuesday they had arrested five suspects in connection with "
         "Sunday's shooting at a wedding.\n", TOGETHER),
    ],
)
def test_other_arrests_keep_their_reading(
    incident: str, arrests: str, expected: set[frozenset[int]]
) -> None:
    assert shared_events(incident, arrests, published=PUBLISHED) == expected
