"""What a report is about, and which reports cover one incident (core/group/incidents.py),
on short reports we wrote; and how figures of one incident's reports join (core/group/match.py).
"""

from __future__ import annotations

import datetime as dt

from core import bundled
from core.group.incidents import cluster_reports, describe_report
from core.group.match import group
from core.group.report_evidence import compare
from core.ingest.files import from_text, load
from core.model import Document
from tests.core.claim_factory import Batch

MARDAN_1 = (
    "MARDAN: Suicide bomber kills 12 at Mardan police checkpoint\n"
    "MARDAN: A suicide bomber blew himself up at a police checkpoint on the Ring Road in Mardan "
    "on Tuesday, killing 12 people, police officer Tariq Wazirzada said.\n"
    "The Tehreek-e-Sarhad group claimed the bombing in a message to reporters.\n"
    "The wounded were taken to Mardan Medical Complex, where Dr Hamid Nowsherwi said several "
    "were in a critical state.\n"
)
MARDAN_2 = (
    "Checkpoint bombing in Mardan kills at least 12\n"
    "At least 12 people died when a suicide bomber struck a police checkpoint on the Ring Road "
    "in Mardan, officials said.\n"
    "Tariq Wazirzada, a police officer, said the bomber approached on foot. The "
    "Tehreek-e-Sarhad group said it carried out the attack.\n"
)
BANNU = (
    "BANNU: Gunmen kill 12 in raid on Bannu market\n"
    "BANNU: Gunmen opened fire in a crowded market in Bannu on Tuesday, killing 12 people, "
    "district official Sajid Khattakzai said.\n"
    "No group has claimed the shooting.\n"
)


def doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(
        id=doc_id, text=text, published=dt.date.fromisoformat(published) if published else None
    )


def grouped(documents: list[Document]) -> list[set[str]]:
    return [set(g.document_ids) for g in cluster_reports(documents)[1]]


def test_a_report_is_about_the_incident_of_its_dateline_headline_and_lead() -> None:
    report = describe_report(doc("d1", MARDAN_1, "2025-03-04"))
    assert report.kind == "bombing"
    assert report.place is not None
    assert report.place.name == "Mardan"
    assert report.published == dt.date(2025, 3, 4).toordinal()
    assert {"wazirzada", "tehreek-e-sarhad"} <= set(report.names)


def test_a_hospital_or_a_persons_name_is_never_the_incident_place() -> None:
    text = (
        "Two dead in shooting outside Lahore General Hospital\n"
        "Two men were shot dead outside Lahore General Hospital, said Imran Chester, a guard.\n"
        "Chester said the gunmen fled on a motorbike.\n"
    )
    report = describe_report(doc("d1", text))
    assert report.place is None or report.place.name != "Chester"


def test_common_words_at_a_sentence_start_are_not_names() -> None:
    text = "Police said three people died. But police gave no names. Few shops opened in Sibi.\n"
    names = describe_report(doc("d1", text)).names
    assert "police" not in names
    assert "but" not in names
    assert "few" not in names
    assert "sibi" in names


def test_reports_of_one_bombing_form_one_group_with_readable_reasons() -> None:
    documents = [doc("d1", MARDAN_1, "2025-03-04"), doc("d2", MARDAN_2, "2025-03-05")]
    _, groups = cluster_reports(documents)
    assert [set(g.document_ids) for g in groups] == [{"d1", "d2"}]
    (reason,) = groups[0].reasons
    assert "both name" in reason
    assert "Wazirzada" in reason


def test_the_same_toll_in_another_town_is_another_incident() -> None:
    documents = [
        doc("d1", MARDAN_1, "2025-03-04"),
        doc("d2", MARDAN_2, "2025-03-05"),
        doc("d3", BANNU, "2025-03-04"),
    ]
    assert {"d3"} in grouped(documents)


def test_reports_published_years_apart_are_different_incidents() -> None:
    documents = [doc("d1", MARDAN_1, "2021-03-04"), doc("d2", MARDAN_2, "2025-03-05")]
    assert grouped(documents) == [{"d1"}, {"d2"}]


def test_figures_without_a_date_or_place_join_across_one_incidents_reports() -> None:
    b = Batch()
    b.report("d1", published="2025-03-04", lead=MARDAN_1)
    b.report("d2", published="2025-03-05", lead=MARDAN_2)
    b.add("d1", MARDAN_1.split("\n")[1], "12", 12, location="Mardan", date="2025-03-04")
    lead = b.add("d1", "The wounded were taken to hospital, where 20 were treated.", "20", 20,
                 measure="injured")
    b.add("d2", MARDAN_2.split("\n")[1], "12", 12, qualifier="at_least", location="Mardan")
    later = b.add("d2", "Another 22 people were wounded, hospital staff said.", "22", 22,
                  measure="injured")
    events = group(b.claims, documents=b.documents())
    (event,) = [e for e in events if lead in e.claim_ids]
    assert later in event.claim_ids
    assert event.label == "Mardan · bombing · 2025-03-04"
    why = [r for link in event.links for r in link.reasons if "reports of one incident" in r]
    assert why
    assert "d1 ~ d2" in why[0]
    assert "Wazirzada" in why[0]


def test_a_background_statistic_in_an_attack_report_keeps_its_own_frame() -> None:
    b = Batch()
    b.report("d1", published="2025-03-04", lead=MARDAN_1)
    b.report("d2", published="2025-03-05", lead=MARDAN_2)
    toll = b.add("d1", MARDAN_1.split("\n")[1], "12", 12, location="Mardan", date="2025-03-04")
    stat = b.add(
        "d1",
        "Militant attacks have killed 310 people in the province so far this year.",
        "310",
        310,
    )
    other = b.add("d2", MARDAN_2.split("\n")[1], "12", 12, qualifier="at_least")
    events = group(b.claims, documents=b.documents())
    by_claim = {c: e.id for e in events for c in e.claim_ids}
    assert by_claim[toll] == by_claim[other]
    assert by_claim[stat] != by_claim[toll]


def test_a_separate_attack_in_a_report_is_not_joined_to_the_other_reports() -> None:
    b = Batch()
    b.report("d1", published="2025-03-04", lead=MARDAN_1)
    b.report("d2", published="2025-03-05", lead=MARDAN_2)
    b.add("d1", MARDAN_1.split("\n")[1], "12", 12, location="Mardan", date="2025-03-04")
    separate = b.add(
        "d1", "In a separate attack in Kohat, two soldiers were killed.", "two", 2,
        location="Kohat", subject="soldiers",
    )
    other = b.add("d2", "Two soldiers were among the dead, a police officer said.", "Two", 2,
                  subject="soldiers")
    events = group(b.claims, documents=b.documents())
    by_claim = {c: e.id for e in events for c in e.claim_ids}
    assert by_claim[separate] != by_claim[other]


def test_a_figure_over_a_period_of_its_own_is_not_the_incidents_figure() -> None:
    """"in operations in the first half of March" counts more than the incident the report is
    about, even without statistic wording: it never joins the incident's figures."""
    b = Batch()
    b.report("d1", published="2025-03-04", lead=MARDAN_1)
    b.report("d2", published="2025-03-05", lead=MARDAN_2)
    b.add("d1", MARDAN_1.split("\n")[1], "12", 12, location="Mardan", date="2025-03-04")
    raid = b.add("d1", "Police killed 4 suspects in a raid on Tuesday.", "4", 4,
                 subject="suspects", date="2025-03-04")
    half_month = b.add(
        "d2", "Security forces killed 31 suspects in operations in the first half of March.",
        "31", 31, subject="suspects", date="2025-03-01", date_end="2025-03-15",
    )
    events = group(b.claims, documents=b.documents())
    by_claim = {c: e.id for e in events for c in e.claim_ids}
    assert by_claim[half_month] != by_claim[raid]


def test_the_words_of_a_town_are_not_names_that_tie_two_incidents() -> None:
    text = (
        "Blast in Dera Ismail Khan kills four\n"
        "A blast hit a market in Dera Ismail Khan on Monday, officer Tariq Wazirzada said.\n"
    )
    names = describe_report(doc("d1", text)).names
    assert "wazirzada" in names
    assert not {"dera", "ismail"} & set(names)


FOLLOW_UP = (
    "Teen charged in the Oct. 3 death of a Mardan shopkeeper\n"
    "A 17-year-old was charged on Tuesday in the Oct. 3 death of shopkeeper Imran Gulzaib, "
    "officers said.\n"
)
FIRST_REPORT = (
    "Shopkeeper shot dead in Mardan\n"
    "A shopkeeper was shot dead in his shop in Mardan on Friday night, officers said.\n"
)


def test_a_follow_up_that_names_the_incidents_day_is_evidence_for() -> None:
    first = describe_report(doc("d1", FIRST_REPORT, "2025-10-04"))
    later = describe_report(doc("d2", FOLLOW_UP, "2025-12-16"))
    assert later.named_days == {dt.date(2025, 10, 3).toordinal()}
    found = compare(first, later, {})
    assert found is not None
    assert any("names the day (2025-10-03)" in r for r in found[1])
    # another day named: the gap counts against, as before
    other = describe_report(doc("d3", FOLLOW_UP.replace("Oct. 3", "Nov. 20"), "2025-12-16"))
    found = compare(first, other, {})
    assert found is not None
    assert any("days apart, the later one a court follow-up" in r for r in found[1])


def test_a_month_is_named_only_with_its_capital() -> None:
    text = "Toll may rise\nOfficials said the toll may 5 times higher by May 9.\n"
    report = describe_report(doc("d1", text, "2025-05-10"))
    assert report.named_days == {dt.date(2025, 5, 9).toordinal()}


FLOOD = (
    "Storm floods Brellin valley\n\n"
    "Heavy rain flooded the Brellin valley on Tuesday, forcing 300 families from their homes, "
    "the district office said. Two bridges were washed away near Kestow.\n"
)


def test_one_more_report_on_something_else_keeps_a_storys_grouping() -> None:
    # The names a whole small batch shares are its strongest evidence: weighed against the
    # batch alone they counted for little, and a sixth report on a flood split the story.
    story = [load(p, doc_id=f"d{n}") for n, p in enumerate(bundled.sample_files(), start=1)]
    flood = from_text(FLOOD, doc_id="flood", published=dt.date(2026, 3, 10))
    alone = grouped(story)
    assert alone == [{d.id for d in story}]
    assert grouped([*story, flood]) == [*alone, {"flood"}]


def test_a_name_shared_by_every_report_of_a_small_batch_still_links_them() -> None:
    first = doc(
        "a",
        "Gunmen kill 4 at Tarnow market\nGunmen killed four traders at the Tarnow market on "
        "Monday, said Inspector Olek Varga of the Tarnow police.\n",
        "2026-05-05",
    )
    second = doc(
        "b",
        "Four traders shot dead in Tarnow\nInspector Olek Varga said four traders died when "
        "gunmen opened fire at the market in Tarnow.\n",
        "2026-05-05",
    )
    assert grouped([first, second]) == [{"a", "b"}]
    stranger = doc(
        "c",
        "Court jails Pell Orsini for fraud\nA court in Velm jailed Pell Orsini on Monday for "
        "a fraud that cost savers two million.\n",
        "2026-05-05",
    )
    assert grouped([first, second, stranger]) == [{"a", "b"}, {"c"}]
