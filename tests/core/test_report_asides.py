"""A report's other incidents (core/group/report_asides.py): "In another attack the same night",
"Elsewhere in the state", "Meanwhile, in X" open an incident that is not the report's own; its
names tie the report to no other report (core/group/incidents.py), and its figures keep their
own event (core/group/match.py). Reports written for these tests, positive and negative."""

from __future__ import annotations

import datetime as dt

from core.group.incidents import cluster_reports, describe_report
from core.group.report_asides import _after_lead, aside_openings, aside_place, aside_spans
from core.ingest.files import from_text
from core.model import Document
from core.text import places
from core.text.lines import line_spans
from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 3, 5)

# Two attacks in one state on one night, told together; each told alone by another report.
BOTH = (
    "Gunmen kill nine in Katsina village\n\n"
    "Gunmen on Tuesday night killed nine people in Yargoje village of Kankara, Katsina State, "
    "a councillor, Lawal Dankaba, said.\n\n"
    "He said the attackers burnt grain stores before fleeing into the forest.\n\n"
    "In another attack the same night, bandits killed four traders on a road outside Jibia, "
    "residents said.\n\n"
    "A trader, Ibrahim Tukur, said the bandits also seized their goods.\n"
)
OWN = (
    "Nine killed as gunmen raid Katsina village\n\n"
    "Gunmen killed nine villagers in Yargoje, a farming village in Kankara, Katsina State, on "
    "Tuesday night, councillor Lawal Dankaba said.\n"
)
ASIDE = (
    "Bandits kill six traders near Jibia\n\n"
    "Bandits shot dead six traders on a road outside Jibia in Katsina State on Tuesday night, "
    "a trader, Ibrahim Tukur, said.\n"
)


def _openings(text: str, home: str | None = None) -> list[str]:
    spans = list(line_spans(text))
    found = aside_openings(text, spans, places.lookup(home) if home else None)
    return [text[at : at + 30] for at in found]


def test_a_cue_naming_an_incident_opens_another() -> None:
    assert _openings(BOTH) == ["In another attack the same nig"]


def test_a_cue_naming_a_statement_opens_none() -> None:
    text = (
        "Gunmen killed nine people in Yargoje on Tuesday, police said.\n\n"
        "In a separate statement, the army said troops killed four bandits in the forest.\n"
    )
    assert _openings(text) == []


def test_elsewhere_opens_another_when_it_tells_harm() -> None:
    text = (
        "Gunmen killed nine people in Yargoje on Tuesday, police said.\n\n"
        "Elsewhere in the state, gunmen abducted 11 travellers on a highway.\n"
    )
    assert _openings(text) == ["Elsewhere in the state, gunmen"]
    calm = (
        "Gunmen killed nine people in Yargoje on Tuesday, police said.\n\n"
        "Elsewhere, traders shut their shops in protest.\n"
    )
    assert _openings(calm) == []


def test_separately_referring_back_to_the_attack_opens_none() -> None:
    text = (
        "Gunmen killed nine people in Yargoje on Tuesday, police said.\n\n"
        "Separately, the governor said the attack was carried out by 30 bandits, two of whom "
        "were killed by vigilantes.\n"
    )
    assert _openings(text) == []


def test_a_town_apart_from_the_reports_opens_another_when_it_tells_harm() -> None:
    text = (
        "Gunmen killed nine people in Kankara on Tuesday, police said.\n\n"
        "Meanwhile, in Funtua, gunmen shot dead two traders on Tuesday night.\n\n"
        "In Katsina, the governor condemned the killings.\n\n"
        "In March, gunmen killed four people in the same village.\n"
    )
    assert _openings(text, "Kankara") == ["Meanwhile, in Funtua, gunmen s"]
    assert _openings(text) == []  # the report's own place unknown: no town is apart


def test_the_sentences_after_the_lead_are_read_once_a_report() -> None:
    """Grouping asks for a report's openings without its place, then with it: the sentences
    are cut and read for cues once, and each answer is the one a fresh reading gives."""
    text = (
        "Gunmen killed five people in Kankara on Sunday, police said.\n\n"
        "Meanwhile, in Funtua, gunmen shot dead three farmers on Sunday night.\n"
    )
    _after_lead.cache_clear()
    assert _openings(text) == []
    assert _openings(text, "Kankara") == ["Meanwhile, in Funtua, gunmen s"]
    assert _after_lead.cache_info().misses == 1
    _after_lead.cache_clear()
    assert _openings(text, "Kankara") == ["Meanwhile, in Funtua, gunmen s"]


def test_a_neighbouring_town_opens_no_other_incident() -> None:
    def text(town: str) -> str:
        return (
            "A bomb killed nine people at a market in Peshawar on Tuesday, police said.\n\n"
            f"Meanwhile, in {town}, gunmen shot dead two men outside a mosque.\n"
        )

    assert _openings(text("Bannu"), "Peshawar") == ["Meanwhile, in Bannu, gunmen sh"]
    assert _openings(text("Charsadda"), "Peshawar") == []  # 25 km off


def test_an_aside_runs_until_a_paragraph_names_the_reports_own_incident() -> None:
    text = BOTH + "\nMourners buried the dead of Yargoje on Wednesday.\n"
    spans = list(line_spans(text))
    openings = aside_openings(text, spans, None)
    (start, end), = aside_spans(text, spans, openings, lower=frozenset())
    assert text[start:end].startswith("In another attack")
    assert "Ibrahim Tukur" in text[start:end]
    assert text[end:].startswith("Mourners buried")


def test_an_opening_another_names_an_incident_only_where_the_sentence_starts() -> None:
    text = (
        "A bomb killed nine people at a market in Kankara on Tuesday, police said.\n\n"
        "Another blast hit a bus stop outside Funtua an hour later, wounding six.\n\n"
        "Traders said they feared another attack on the market.\n"
    )
    assert _openings(text) == ["Another blast hit a bus stop o"]


def test_an_aside_ends_where_a_paragraph_refers_back_to_the_leads_kind() -> None:
    text = (
        "A bomb killed nine people at a market in Kankara on Tuesday, police said.\n\n"
        "In a separate attack, gunmen shot dead two traders outside Funtua.\n\n"
        "Police said the gunmen fled on motorcycles.\n\n"
        "The blast destroyed about 40 stalls, traders said.\n"
    )
    spans = list(line_spans(text))
    (start, end), = aside_spans(text, spans, aside_openings(text, spans, None), lower=frozenset())
    assert "fled on motorcycles" in text[start:end]
    assert text[end:].startswith("The blast destroyed")


def test_an_asides_figure_keeps_only_the_places_the_aside_names() -> None:
    text = (
        "KANKARA: A bomb killed nine people at a market in Kankara on Tuesday.\n\n"
        "Meanwhile, in Funtua district, gunmen shot dead two traders.\n\n"
        "A trader said the gunmen also wounded four others.\n"
    )
    spans = list(line_spans(text))
    (aside,) = aside_spans(text, spans, aside_openings(text, spans, None) or [
        text.index("Meanwhile")], lower=frozenset())
    end = len(text)
    assert aside_place("Funtua district, Kankara", text, aside, end) == "Funtua district"
    assert aside_place("Funtua", text, aside, end) == "Funtua"  # carried to the next paragraph
    assert aside_place("Kankara", text, aside, end) is None  # the report's own town
    assert aside_place(None, text, aside, end) is None


def _doc(doc_id: str, text: str) -> Document:
    return from_text(text, doc_id=doc_id, path=f"{doc_id}.txt", published=DAY)


def test_the_names_of_another_incident_are_not_the_reports() -> None:
    report = describe_report(_doc("d1", BOTH))
    assert {"yargoje", "dankaba"} <= set(report.names)
    assert "tukur" not in report.names
    assert "tukur" in report.aside_names


def test_a_report_of_the_other_incident_alone_is_not_one_with_the_report() -> None:
    groups = [set(g.document_ids) for g in cluster_reports(
        [_doc("d1", BOTH), _doc("d2", OWN), _doc("d3", ASIDE)])[1]]
    assert {"d1", "d2"} in groups
    assert {"d3"} in groups


def test_the_other_incidents_figures_keep_their_own_event() -> None:
    result = run_texts(BOTH, OWN, ASIDE, published=DAY)
    by_text = {(c.document_id, c.number_text): c.id for c in result.claims}
    event_of = {cid: e.id for e in result.events for cid in e.claim_ids}
    own, aside, alone = by_text[("d1", "nine")], by_text[("d1", "four")], by_text[("d3", "six")]
    assert event_of[own] == event_of[by_text[("d2", "nine")]]
    assert event_of[aside] == event_of[alone]
    assert event_of[own] != event_of[aside]
    tolls = {frozenset(c.claim_ids) for c in result.conflicts}
    assert not any({own, alone} <= ids for ids in tolls)


def test_an_asides_figure_meets_its_incidents_report_by_its_own_place() -> None:
    main = (
        "Bomb kills eight in Funtua market\n\n"
        "FUNTUA: Eight people were killed when a bomb exploded in a grain market in Funtua on "
        "Tuesday night, police said.\n\n"
        "Meanwhile, in Jibia district, unidentified gunmen shot dead two vigilantes at a "
        "checkpoint on Tuesday night, police said.\n"
    )
    alone = (
        "Gunmen kill three vigilantes in Jibia\n\n"
        "JIBIA: Unidentified gunmen shot dead three vigilantes at a checkpoint in Jibia "
        "district on Tuesday night, officials said.\n"
    )
    result = run_texts(main, alone, published=DAY)
    by_text = {(c.document_id, c.number_text): c for c in result.claims}
    event_of = {cid: e.id for e in result.events for cid in e.claim_ids}
    two, three = by_text[("d1", "two")], by_text[("d2", "three")]
    assert event_of[two.id] == event_of[three.id]
    assert event_of[two.id] != event_of[by_text[("d1", "Eight")].id]
