"""Two figures of one sentence (issue #11, conflicts): parts of one statement, unless the
sentence gives each to its own source ("A put the toll at 31, while B said 26")."""

from __future__ import annotations

from tests.core.claim_factory import Batch

DAY = "2031-06-02"
TWO_VOICES = "Hospital staff put the toll at 31, while the police said 26 people had died."
ONE_VOICE = "Police said 12 people died in the blast and 10 people in the crossfire."


def test_two_sources_in_one_sentence_may_disagree() -> None:
    b = Batch()
    b.report("d1", published="2031-06-03")
    staff = b.add("d1", TWO_VOICES, "31", 31, attribution="Hospital staff", date=DAY)
    police = b.add("d1", TWO_VOICES, "26", 26, subject="people", attribution="police",
                   date=DAY)
    assert [x.kind for x in b.flagged(staff, police)] == ["contradiction"]


def test_one_source_in_one_sentence_gives_parts_of_one_statement() -> None:
    b = Batch()
    b.report("d1", published="2031-06-03")
    blast = b.add("d1", ONE_VOICE, "12", 12, subject="people", attribution="Police", date=DAY)
    fire = b.add("d1", ONE_VOICE, "10", 10, subject="people", attribution="Police", date=DAY)
    assert b.flagged(blast, fire) == []


def test_a_source_named_within_the_other_is_one_voice() -> None:
    b = Batch()
    b.report("d1", published="2031-06-03")
    blast = b.add("d1", ONE_VOICE, "12", 12, subject="people", attribution="Police",
                  date=DAY)
    fire = b.add("d1", ONE_VOICE, "10", 10, subject="people",
                 attribution="Police in the district", date=DAY)
    assert b.flagged(blast, fire) == []
