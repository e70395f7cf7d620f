"""An undated report and a dated one share only where and what (core/group/region_names.py):
two quakes a year apart in one district are not one incident; a name beyond the place, the
people and the kind (the official who spoke, the village elder) still ties one incident's
reports, dated or not. Short reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.incidents import cluster_reports, describe_report
from core.group.region_names import region_names
from core.group.report_evidence import compare
from core.model import Document
from core.text.nationalities import nationality

EARLIER = (
    "Tremor shakes Zhob district, three hurt\n\n"
    "A moderate earthquake of magnitude 5.1 shook the Zhob district of Balochistan, injuring "
    "three Pakistani villagers in the hamlet of Kapip, a provincial official said.\n\n"
    "Three people were hurt when mud walls collapsed, the official said. Relief teams from "
    "Zhob reached the area.\n"
)
LATER = (
    "Strong earthquake jolts Pakistan, 60 injured\n\n"
    "April 3, 2012\n\n"
    "A strong earthquake of magnitude 6.2 jolted southwestern Pakistan on Monday, injuring 60 "
    "people, officials said. The quake was centred near Zhob in Balochistan, the U.S. "
    "Geological Survey said.\n\n"
    "Relief teams from Zhob and Quetta were sent, Pakistani officials said.\n"
)
# The same tremor as EARLIER, reported a day on with its date: the official is named in both.
EARLIER_NAMED = EARLIER.replace(
    "a provincial official said", "provincial official Nadir Jogezai said"
)
FOLLOW_UP = (
    "Zhob tremor: injured villagers recovering\n\n"
    "April 4, 2012\n\n"
    "The three villagers hurt when a tremor shook the Zhob district are recovering, provincial "
    "official Nadir Jogezai said on Wednesday. Relief teams from Zhob remain in Kapip.\n"
)


def doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(
        id=doc_id, text=text, published=dt.date.fromisoformat(published) if published else None
    )


def grouped(documents: list[Document]) -> list[set[str]]:
    return [set(g.document_ids) for g in cluster_reports(documents)[1]]


def test_an_undated_and_a_dated_report_sharing_only_place_and_kind_stay_apart() -> None:
    assert grouped([doc("a", EARLIER), doc("b", LATER, "2012-04-03")]) == [{"a"}, {"b"}]


def test_their_score_stays_under_the_report_threshold() -> None:
    a, b = describe_report(doc("a", EARLIER)), describe_report(doc("b", LATER, "2012-04-03"))
    result = compare(a, b, {})
    assert result is not None
    assert result[0] < 0.4


def test_a_shared_person_ties_an_undated_report_to_a_dated_one() -> None:
    documents = [doc("a", EARLIER_NAMED), doc("b", FOLLOW_UP, "2012-04-04")]
    assert grouped(documents) == [{"a", "b"}]


def test_two_dated_reports_are_weighed_as_before() -> None:
    # both dated: the days speak, the place names still count as names
    a = describe_report(doc("a", EARLIER, "2011-02-01"))
    b = describe_report(doc("b", LATER, "2012-04-03"))
    assert compare(a, b, {}) is None  # published more than a year apart


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pakistani", True),
        ("pakistanis", True),
        ("iranian", True),
        ("sudanese", True),
        ("kashmiri", True),
        ("greek", True),
        ("afghan", True),
        ("jogezai", False),
        ("wazirzada", False),
        ("brown", False),
    ],
)
def test_a_nationality_word(word: str, expected: bool) -> None:
    assert nationality(word) is expected


def test_region_names_are_places_peoples_and_a_kinds_vocabulary_not_persons() -> None:
    names = {"zhob": 2.0, "kapip": 2.0, "pakistani": 1.0, "geological": 1.0, "jogezai": 1.0}
    text = EARLIER_NAMED + LATER
    assert region_names(names, text, ()) >= {"zhob", "pakistani", "geological"}
    assert "jogezai" not in region_names(names, text, ())


def test_a_society_or_agency_at_every_such_incident_is_a_region_name() -> None:
    text = "Nine died, the Red Crescent said. The U.S. Geological Survey put it at 5.8."
    names = {"red": 1.0, "crescent": 1.0, "geological": 1.0, "nowsherwi": 1.0}
    assert region_names(names, text, ()) == {"red", "crescent", "geological"}
