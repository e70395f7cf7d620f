"""The evidence that two reports cover one incident (core/group/incidents.py) and how places
keep figures apart (core/group/pair_scores.py), on short reports we wrote in the way local
news is written: police named after their town, datelines, residents' home towns, court
follow-ups months later, towns the gazetteer holds several of."""

from __future__ import annotations

import dataclasses
import datetime as dt

from core.group.figure_places import places_apart, resolve_place, stated_in
from core.group.incidents import cluster_reports, describe_report
from core.group.report_evidence import compare
from core.model import Document
from core.text.places import Place


def doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(
        id=doc_id, text=text, published=dt.date.fromisoformat(published) if published else None
    )


def grouped(documents: list[Document]) -> list[set[str]]:
    return [set(g.document_ids) for g in cluster_reports(documents)[1]]


def town(key: str, name: str, province: str = "US-ZZ", population: int = 50_000) -> Place:
    return Place(key=key, name=name, level="city", country="US", admin1=province,
                 population=population)


# --- what a report is about --------------------------------------------------------------------


def test_a_police_force_named_after_its_town_places_the_incident_there() -> None:
    text = (
        "Teenager dies after shooting at a house party\n"
        "A 17-year-old died early Sunday after being shot at a party, according to the Boise "
        "Police Department.\n"
        "Officers found him in the yard of a home near 9th and Maple.\n"
    )
    report = describe_report(doc("d1", text, "2024-06-02"))
    assert report.place is not None
    assert report.place.name == "Boise"


def test_a_body_named_after_its_town_places_the_incident_there_and_is_no_persons_name() -> None:
    text = (
        "A man has been charged with murder in the death of his neighbour.\n"
        "The Herald of Yakima reports the man pleaded not guilty on Friday.\n"
    )
    report = describe_report(doc("d1", text, "2024-06-20"))
    assert report.place is not None
    assert report.place.name == "Yakima"
    assert report.follow_up


def test_a_report_with_no_court_word_is_no_follow_up() -> None:
    text = "SPOKANE - A man was shot dead outside a bar on Friday night, police said.\n"
    assert not describe_report(doc("d1", text, "2024-06-20")).follow_up


# --- follow-ups published months later ----------------------------------------------------------

FIRST = (
    "SPOKANE - A 15-year-old boy was shot and killed on Saturday in a home on the north side, "
    "police said.\n"
    "Police identified the boy as Tobiah Wrenfield. A 16-year-old friend was questioned.\n"
)
COURT = (
    "SPOKANE - A 16-year-old was charged on Tuesday with manslaughter in the death of his "
    "friend, 15-year-old Tobiah Wrenfield, last winter.\n"
    "Prosecutors say the teen was handling a rifle when it went off.\n"
)
OTHER_COURT = (
    "SPOKANE - Two men were charged on Tuesday with murder in a shooting outside a bar on the "
    "east side last month, prosecutors said.\n"
    "The victim, Dorian Kellaway, was 31.\n"
)


def test_a_court_follow_up_months_later_joins_the_incident_it_names() -> None:
    documents = [doc("d1", FIRST, "2024-01-14"), doc("d2", COURT, "2024-05-21")]
    _, groups = cluster_reports(documents)
    assert [set(g.document_ids) for g in groups] == [{"d1", "d2"}]
    assert "court follow-up" in groups[0].reasons[0]


def test_a_court_follow_up_of_another_incident_in_the_same_town_stays_apart() -> None:
    documents = [doc("d1", FIRST, "2024-01-14"), doc("d2", OTHER_COURT, "2024-05-21")]
    assert grouped(documents) == [{"d1"}, {"d2"}]


def test_far_dates_still_count_against_when_the_later_report_is_no_follow_up() -> None:
    later = COURT.replace("was charged on Tuesday with manslaughter in", "was remembered at a "
                          "vigil on Tuesday for").replace("Prosecutors say", "Friends say")
    first = describe_report(doc("d1", FIRST, "2024-01-14"))
    vigil = describe_report(doc("d2", later, "2024-05-21"))
    court = describe_report(doc("d3", COURT, "2024-05-21"))
    idf = {"wrenfield": 1.0, "tobiah": 1.0}
    with_vigil, with_court = compare(first, vigil, idf), compare(first, court, idf)
    assert with_vigil is not None
    assert with_court is not None
    assert with_vigil[0] < with_court[0]
    assert any("days apart" in r and "follow-up" not in r for r in with_vigil[1])


# --- places of two reports ----------------------------------------------------------------------


def _pair(a: Place, b: Place, **fields: object) -> tuple[str, ...]:
    base = describe_report(doc("d1", "Two men were shot dead on Friday.\n", "2024-06-01"))
    one = dataclasses.replace(base, document_id="d1", place=a, place_name=a.name.casefold())
    two = dataclasses.replace(
        base, document_id="d2", place=b, place_name=b.name.casefold(), **fields  # type: ignore[arg-type]
    )
    result = compare(one, two, {})
    assert result is not None
    return result[1]


def test_towns_of_one_name_are_one_place_whichever_namesake_was_chosen() -> None:
    reasons = _pair(town("geo:1", "Eastbrook", "US-AA"), town("geo:2", "Eastbrook", "US-BB"))
    assert "same place name (Eastbrook)" in reasons
    assert not any(r.startswith("different places") for r in reasons)


def test_two_towns_of_one_province_count_against() -> None:
    reasons = _pair(town("geo:1", "Eastbrook"), town("geo:2", "Millford"))
    assert "different places (Eastbrook / Millford)" in reasons


def test_a_borough_and_its_metropolis_do_not_count_against() -> None:
    reasons = _pair(town("geo:1", "Northside"), town("geo:2", "Big City", population=3_000_000))
    assert not any(r.startswith("different places") for r in reasons)


def test_a_lead_that_names_the_other_reports_town_is_not_about_another_place() -> None:
    # Datelined in the victim's home town, naming the town where it happened.
    reasons = _pair(
        town("geo:1", "Eastbrook"), town("geo:2", "Millford"), named_places=frozenset(
            {"millford", "eastbrook"})
    )
    assert "Eastbrook / Millford, both named in one lead" in reasons
    assert not any(r.startswith("different places") for r in reasons)


# --- places of two figures ----------------------------------------------------------------------


def test_a_towns_name_before_a_resident_or_in_a_dateline_is_not_where_it_happened() -> None:
    assert not stated_in("Nampa", "A Nampa man was shot dead on Friday.")
    assert not stated_in("Nampa", "NAMPA - Two people were shot on Friday.")
    assert stated_in("Nampa", "NAMPA - Two people were shot in Nampa on Friday.")
    assert stated_in("Nampa", "Two people were shot dead in Nampa on Friday.")
    assert not stated_in(None, "Two people were shot dead on Friday.")


def test_a_sentence_names_a_place_by_its_first_part() -> None:
    # "Orvale, Dunmore state" is named by "the shelling of Orvale in Dunmore state"
    said = "The minister said the shelling of Orvale in Dunmore state on Tuesday killed nine."
    assert stated_in("Orvale, Dunmore state", said)
    assert not stated_in("Orvale, Dunmore state", "The shelling on Tuesday killed nine.")
    # a town an organisation is based in is not where anything happened
    based = "The Orvale-based monitor said nine people were killed in June."
    assert not stated_in("Orvale, Dunmore state", based)
    assert not stated_in("Orvale", based)


def test_a_county_is_never_read_as_the_town_of_its_name() -> None:
    assert resolve_place("Jackson County", None) is None
    jackson = resolve_place("Jackson", None)
    assert jackson is not None
    assert jackson.name == "Jackson"


def test_places_carried_from_a_dateline_do_not_keep_one_incidents_figures_apart() -> None:
    # document, place stated in the figure's sentence, report group of the incident
    assert not places_apart(("d1", True, "r1"), ("d2", False, "r1"))
    assert places_apart(("d1", True, "r1"), ("d2", True, "r1"))
    # Reports of different incidents, or figures outside their report's frame: always apart.
    assert places_apart(("d1", False, "r1"), ("d2", False, "r2"))
    assert places_apart(("d1", False, None), ("d2", False, None))
    # Within one report only places both sentences name keep figures apart.
    assert not places_apart(("d1", True, None), ("d1", False, None))


def test_only_a_datelined_lead_can_name_the_scene_in_another_town() -> None:
    datelined = (
        "NAMPA - A 6-year-old Nampa girl died on Sunday after she was shot by accident at her "
        "grandparents' home in Boise.\n"
    )
    undated = (
        "A 6-year-old girl died on Sunday after she was shot by accident in Nampa. Her family "
        "moved from Boise last year.\n"
    )
    assert describe_report(doc("d1", datelined)).named_places == {"nampa", "boise"}
    assert describe_report(doc("d2", undated)).named_places == frozenset()


_REASON_SCRIPT = """
from core.group.report_evidence import _names_evidence
from core.group.report_incident import ReportIncident
names = {n: 1.0 for n in ("harlow", "brenton", "kessel", "mardine", "ostrava", "veldin")}
def report(doc):
    return ReportIncident(doc, None, None, None, frozenset(), None, names, "", 0)
print(_names_evidence(report("d1"), report("d2"), {n: 2.0 for n in names}, None)[1])
"""


def test_the_names_two_reports_share_are_listed_the_same_in_every_process() -> None:
    import os
    import subprocess
    import sys

    def reason(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", _REASON_SCRIPT], env=env, check=True,
                              capture_output=True, text=True).stdout
    # Equally rare names: the order was the set's, which changes with the hash seed.
    assert len({reason(seed) for seed in ("1", "2", "3", "4")}) == 1


def test_titles_and_offices_are_no_names_two_reports_share() -> None:
    from core.group.report_names import report_names

    text = ("The Prime Minister visited Harrowgate after the blast.\n"
            "Interior Ministry officials said the Police Chief had resigned.\n"
            "Turn on Javascript in your browser to play this clip.\n"
            "Officer Dellacourt said the Orvane family had left.\n")
    names = report_names(text, len(text), frozenset())
    assert not {"prime", "minister", "ministry", "police", "chief", "javascript"} & set(names)
    assert {"dellacourt", "orvane"} <= set(names)
