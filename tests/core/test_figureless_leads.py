"""A review whose lead names its body without a figure ("..., according to a yearly review
issued by the Velmar Peace Institute.") gives that body the figures the next paragraphs tell
with no source or as the review's; a figure another speaker gives keeps its speaker, an
incident the outlet tells keeps none. A lead's description ("a Tarnbury-based security
consultancy said") is the body the next sentence names. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.figureless_leads import lead_body
from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2033, 1, 12)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Unrest spread in 2032, according to a yearly review issued by VPI on Monday.", "VPI"),
        ("Unrest spread, data compiled by the Tarn Rights Forum (TRF) shows.",
         "Tarn Rights Forum (TRF)"),
        ("The Kessa Institute for Peace on Monday released its annual report.",
         "Kessa Institute for Peace"),
        ("Tarn Watch's yearly review, released on Monday, showed a grim year.", "Tarn Watch"),
        ("In its annual report, the Ostrava Peace Forum said the year was grim.",
         "Ostrava Peace Forum"),
        # a body only described, or told by its field and kind before the data it owns
        ("A Niamey-based think tank on Monday released its yearly review.",
         "A Niamey-based think tank"),
        ("Unrest spread, says the yearly review of a Niamey-based think tank.",
         "a Niamey-based think tank"),
        ("A Niamey-based think tank has reported a steep rise in unrest.",
         "A Niamey-based think tank"),
        ("Federal interior ministry data laid before the senate showed a steep rise.",
         "Federal interior ministry"),
        ("A think tank has reported a gunman in the lobby.", None),
        # a report told by its body with no verb of release, a name before it with no
        # possessive, a release told in the perfect
        ("Unrest spread in 2032, a yearly review by the Tarn Rights Forum showed.",
         "Tarn Rights Forum"),
        ("Unrest spread, with the VPI yearly review putting the rise at a third.", "VPI"),
        ("The Kessa Institute for Peace has released its yearly review for 2032.",
         "Kessa Institute for Peace"),
        ("Tarn Watch's yearly review showed a grim year.", "Tarn Watch"),
        # a sentence's first word before a document is no body's name
        ("Provisional data showed a grim year.", None),
        ("The police report showed a grim year.", None),
        ("Police data showed a steep rise.", None),
        # a place's report, a day's, or a document no one is named for: no body
        ("Niger's annual report showed a grim year.", None),
        ("Monday's report showed a grim year.", None),
        ("Unrest spread in 2032, according to a yearly review released on Monday.", None),
    ],
)
def test_lead_body(sentence: str, body: str | None) -> None:
    assert lead_body(sentence) == body


FIGURELESS = (
    "Attacks in Niger rose last year: think tank\n\n"
    "NIAMEY: Militant violence spread to new districts in 2032, according to a yearly "
    "review issued by the Velmar Peace Institute (VPI) on Monday.\n\n"
    "Some 1,310 people were killed in 640 attacks in 2032. Of the dead, 212 were soldiers. "
    "The review said 870 people were wounded.\n\n"
)


def test_figureless_lead_gives_its_body_the_next_figures() -> None:
    found = sources(FIGURELESS)
    for figure in ("Some 1,310", "640", "212", "870"):
        assert found[figure] == "Velmar Peace Institute (VPI)", figure


def test_figureless_lead_keeps_other_speakers_and_incidents() -> None:
    found = sources(
        FIGURELESS
        + "Police said they had arrested 430 suspects during the year.\n\n"
        + "On March 4, gunmen killed 19 villagers in Ayorou, residents said at the time.\n\n"
    )
    assert found["430"] == "Police"
    assert found["19"] == "residents"


def test_lead_with_a_figure_is_no_figureless_lead() -> None:
    found = sources(
        "Gunmen kill 7 in Tillaberi\n\n"
        "NIAMEY: Gunmen killed seven villagers near Tillaberi on Sunday, police said. The "
        "attack came a month after a yearly review issued by the Velmar Peace Institute "
        "warned of rising violence.\n\n"
        "Some 1,310 people were killed in the province in 2032.\n\n"
    )
    assert found["Some 1,310"] is None


def test_first_figure_of_another_source_keeps_it() -> None:
    found = sources(
        "Violence in Niger in 2032\n\n"
        "NIAMEY: The Velmar Peace Institute on Monday released its yearly review.\n\n"
        "Its director, Moussa Issa, said 2,000 civilians had died in 2032.\n\n"
    )
    assert found["2,000"] == "director Moussa Issa"


def test_lead_consultancy_is_the_body_named_next() -> None:
    found = sources(
        "Abductions in Niger doubled in 2032 - report\n\n"
        "NIAMEY: At least 980 people were abducted across Niger in 2032, a Tarnbury-based "
        "security consultancy said on Monday.\n\n"
        "Ostrava Risk Partners said in its yearly review that gangs carried out 214 mass "
        "abductions in the year.\n\n"
        "Tillaberi accounted for 301 of the abductions. The consultancy recorded 1,120 "
        "killings in the period.\n\n"
    )
    for figure in ("At least 980", "214", "301", "1,120"):
        assert found[figure] == "Ostrava Risk Partners", figure


DOCUMENT_LEAD = (
    "Abductions in Niger doubled in 2032\n\n"
    "NIAMEY: Some 980 people were abducted across Niger in 2032, according to the yearly "
    "review of a Zinder-based think tank.\n\n"
)


def test_document_of_a_description_is_the_body_speaking_next() -> None:
    found = sources(
        DOCUMENT_LEAD
        + "The Ostrava Peace Forum said gangs carried out 214 mass abductions during the "
        "year.\n\nTillaberi accounted for 301 of the abductions.\n\n"
    )
    for figure in ("Some 980", "214", "301"):
        assert found[figure] == "The Ostrava Peace Forum", figure


@pytest.mark.parametrize(
    "after",
    [
        # a person, or a body a think tank cannot be, speaking next: not the review's body
        "Its director, Moussa Issa, said gangs carried out 214 mass abductions in the year.",
        "The Niger Armed Forces said troops freed 214 hostages during the year.",
    ],
)
def test_document_of_a_description_keeps_it_before_another_speaker(after: str) -> None:
    found = sources(DOCUMENT_LEAD + after + "\n\n")
    assert found["Some 980"] == "the yearly review of a Zinder-based think tank"


def test_review_owner_is_named_without_its_possessive() -> None:
    found = sources(
        "Attacks on teachers rose in 2032\n\n"
        "NIAMEY: The Ostrava Peace Forum's yearly review, released on Monday, showed that 96 "
        "teachers were killed in 2032.\n\n"
        "Another 41 were wounded in attacks during the year.\n\n"
    )
    assert found["96"] == found["41"] == "Ostrava Peace Forum"


@pytest.mark.parametrize(
    "lead",
    [
        "Bandit attacks rose steeply in 2032, the interior ministry told lawmakers on Monday.",
        "In a written answer to the senate on Monday, the interior ministry said bandit "
        "attacks rose steeply in 2032.",
        "The Niger Crisis Monitoring Agency told lawmakers on Monday that bandit attacks rose "
        "steeply in 2032.",
    ],
)
def test_figureless_lead_reporting_a_body_gives_it_the_next_figures(lead: str) -> None:
    found = sources(
        "Tillaberi hardest hit as bandit attacks spread\n\n"
        f"NIAMEY: {lead}\n\n"
        "A total of 812 attacks were recorded during the year, in which 655 people died.\n\n"
    )
    assert found["812"] is not None
    assert found["655"] == found["812"]
    assert "ministry" in found["812"] or "Agency" in found["812"]


def test_figureless_lead_quoting_a_person_gives_no_body() -> None:
    found = sources(
        "Bandit attacks spread in Niger\n\n"
        "NIAMEY: Bandit attacks rose steeply in 2032, a senator, Moussa Issa, told reporters "
        "on Monday.\n\n"
        "A total of 812 attacks were recorded during the year, in which 655 people died.\n\n"
    )
    assert found["812"] is None


@pytest.mark.parametrize(
    "lead",
    [
        "A Niamey-based think tank on Monday released its yearly review, which shows bandit "
        "attacks rose steeply in 2032.",
        "Federal interior ministry data presented to the senate on Tuesday showed a steep rise "
        "in bandit attacks in 2032.",
    ],
)
def test_figureless_lead_with_its_release_day_counts_over_its_year(lead: str) -> None:
    result = run_documents([from_text(
        "Bandit attacks spread in Niger\n\n"
        f"NIAMEY: {lead}\n\n"
        "A total of 812 attacks were recorded during the year, in which 655 people died.\n\n",
        doc_id="d1", published=PUB,
    )])
    found = {c.number_text: c for c in result.claims}
    for figure in ("812", "655"):
        claim = found[figure]
        assert (claim.date_start, claim.date_end) == (dt.date(2032, 1, 1), dt.date(2032, 12, 31))
        assert claim.attribution is not None


def test_a_bodys_words_in_an_incident_lead_give_no_recalled_toll() -> None:
    found = sources(
        "Strong quake shakes Tarnia coast\n\n"
        "A strong earthquake struck off the Tarnia coast on Sunday, the national seismic "
        "agency said.\n\n"
        "A quake in the same area in 2030 triggered a tsunami that killed 4,200 people.\n\n"
    )
    assert found["4,200"] is None


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        # a year named a record against the years before: the year the review counts over
        ("2032 was the bloodiest year for Niger in a decade, VPI said on Monday.", 2032),
        ("2032 proved the worst year since 2024 for Niger, VPI said.", 2032),
        # the year the body's report is for, told between the body and its verb of saying
        ("VPI, in its yearly security review for 2032, said bandit attacks rose steeply.", 2032),
        ("VPI has released its yearly security review for 2032.", 2032),
        # a peak year inside the longer span a review counts over dates nothing after it
        ("2029 was the worst year of the decade, VPI said in a ten-year review.", None),
    ],
)
def test_figureless_lead_year_told_as_a_record_or_a_reports_year(
    lead: str, year: int | None
) -> None:
    result = run_documents([from_text(
        "Bandit attacks spread in Niger\n\n"
        f"NIAMEY: {lead}\n\n"
        "A total of 812 attacks were recorded during the year, in which 655 people died.\n\n",
        doc_id="d1", published=PUB,
    )])
    claim = next(c for c in result.claims if c.number_text == "812")
    if year is None:
        assert claim.date_start != dt.date(2029, 1, 1)
    else:
        assert (claim.date_start, claim.date_end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
        assert claim.attribution == "VPI"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Tarn police chief", "Tarn police chief"),
        ("a home ministry official", "a home ministry official"),
        # an analyst's or a resident's words are a quote, not a body's records
        ("a security analyst", None),
        ("a local resident", None),
    ],
)
def test_figureless_lead_of_an_unnamed_official(speaker: str, expected: str | None) -> None:
    found = sources(
        "Bandit attacks fell in Tarn province\n\n"
        f"TARNBURY: Bandit violence in the province fell sharply in 2032, {speaker} said on "
        "Monday.\n\n"
        "A total of 412 attacks were recorded during the year, in which 298 people died.\n\n"
    )
    assert found["412"] == expected
