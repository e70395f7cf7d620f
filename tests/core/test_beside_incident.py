"""What an incident's day holds beside its harm (issue #11, grouping): in one incident's frame,
the people the gunmen took away and the protest the police fired on belong to the shooting or
clash itself, as its arrests do, not to another kind of event; abductions or a protest told as
another incident, or in a report of something else, stay apart. Attackers who "storm" a post
tell no storm."""

from __future__ import annotations

from core.group.match import group
from core.group.vocabulary import find_triggers, tokens
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-08-04"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return event_of(events, a).id == event_of(events, b).id


def highway_report() -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published="2031-08-05",
             lead="Gunmen shoot dead three travellers near Sibi, take six away\n\n")
    dead = b.add("d1", "Gunmen shot dead three travellers near Sibi on Monday.", "three", 3,
                 subject="travellers", location="Sibi", date=DAY)
    return b, dead


def test_the_people_taken_by_the_gunmen_share_the_shooting() -> None:
    b, dead = highway_report()
    taken = b.add("d1", "Six other passengers were abducted, officials said.", "Six", 6,
                  measure="kidnapped", location="Sibi", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert together(events, dead, taken)
    reasons = [r for link in event_of(events, taken).links for r in link.reasons]
    assert "kidnapping in the shooting" in reasons


def test_an_abduction_told_as_another_incident_stays_apart() -> None:
    b, dead = highway_report()
    other = b.add("d1", "In a separate incident, two engineers were abducted near Sibi.", "two",
                  2, measure="kidnapped", location="Sibi", date=DAY)
    assert not together(group(b.claims, documents=b.documents()), dead, other)


def test_an_abduction_in_a_report_of_something_else_stays_apart() -> None:
    b, dead = highway_report()
    b.report("d2", published="2031-08-05",
             lead="Two engineers kidnapped from Larkana road camp\n\n")
    other = b.add("d2", "Two engineers were abducted from a road camp in Larkana on Monday.",
                  "Two", 2, measure="kidnapped", location="Larkana", date=DAY)
    assert not together(group(b.claims, documents=b.documents()), dead, other)


def rally_report() -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published="2031-08-05",
             lead="Four protesters killed as police open fire on rally in Sukkur\n\n")
    dead = b.add("d1", "Four protesters were killed when police opened fire on the rally in "
                 "Sukkur on Monday.", "Four", 4, subject="protesters", location="Sukkur",
                 date=DAY, event_type="shooting")
    return b, dead


def test_the_protest_the_police_fired_on_shares_the_shooting() -> None:
    b, dead = rally_report()
    hurt = b.add("d1", "Twenty demonstrators were hurt at the protest when the police opened "
                 "fire.", "Twenty", 20, measure="injured", subject="demonstrators",
                 location="Sukkur", date=DAY)
    assert together(group(b.claims, documents=b.documents()), dead, hurt)


def test_a_protest_told_with_no_violence_stays_an_incident_of_its_own() -> None:
    b, dead = rally_report()
    hurt = b.add("d1", "Twenty demonstrators were hurt during a protest, organisers said.",
                 "Twenty", 20, measure="injured", subject="demonstrators", location="Sukkur",
                 date=DAY)
    assert not together(group(b.claims, documents=b.documents()), dead, hurt)


def test_a_protest_on_another_day_stays_apart() -> None:
    b, dead = rally_report()
    hurt = b.add("d1", "Twenty demonstrators were hurt during a protest in Sukkur on Friday, "
                 "organisers said.", "Twenty", 20, measure="injured", subject="demonstrators",
                 location="Sukkur", date="2031-07-31")
    assert not together(group(b.claims, documents=b.documents()), dead, hurt)


def test_attackers_who_storm_a_post_tell_no_storm() -> None:
    def kinds(text: str) -> list[str]:
        return [" ".join(p) for p, _, _ in find_triggers(tokens(text))]

    assert "storm" not in kinds("Nine dead as militants storm a police post")
    assert kinds("A storm lashed the coast, killing nine") == ["storm"]


def test_a_clash_of_protesters_and_police_shares_the_shooting() -> None:
    b, dead = rally_report()
    hurt = b.add("d1", "Nine policemen were injured in the clash with protesters, police said.",
                 "Nine", 9, measure="injured", subject="policemen", location="Sukkur",
                 date=DAY)
    assert together(group(b.claims, documents=b.documents()), dead, hurt)


def test_a_gunfight_with_militants_stays_a_clash_of_its_own() -> None:
    b, dead = rally_report()
    hurt = b.add("d1", "Nine soldiers were injured in a gunbattle with militants, police said.",
                 "Nine", 9, measure="injured", subject="soldiers", location="Sukkur", date=DAY)
    assert not together(group(b.claims, documents=b.documents()), dead, hurt)
