"""A wire dateline before the lead's speaker ("TOWN (AP) — The United Nations said ..."): the
parser may make the town the subject and the speaker its apposition; the figures are the
speaker's, never the dateline's. Sentences and outlets we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PUB = dt.date(2033, 7, 20)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "KABUL (AP) — The World Health Organization said that 38 patients died.",
            "Organization",
        ),
        (
            "NAIROBI, Kenya, July 19 (AP) — The United Nations said Tuesday that 52 civilians "
            "were killed in the first six months of the year.",
            "United Nations",
        ),
        ("VELDRA (AP) — The army said that 14 soldiers were killed.", "army"),
        # the verb's own time or manner between the speaker and the verb
        ("VELDRA (AP) — Provincial officials on Monday said 14 soldiers were killed.", "officials"),
        (
            "TARSK (AP) — The Interior Ministry, in a statement, said 6 police officers were "
            "wounded.",
            "Ministry",
        ),
        # a state's short name in the dateline, which NER runs into the speaker's name
        ("TOPEKA, Kan. - Topeka Police said two people were shot.", "Topeka Police"),
        # a relative clause describes the speaker, it tells nothing of its own
        (
            "TARSK, Morvia — The Veldra Relief Council (VRC), which runs the camp, said 14 "
            "detainees were killed.",
            "VRC",
        ),
        # a participle that describes the speaker
        (
            "TARSK (AP) — The relief mission in Morvia, known as RMM, said 52 civilians were "
            "killed.",
            "relief mission",
        ),
        ("TARSK (AP) — The Tarsk-based Veldra Relief Council said 52 migrants drowned.", "Council"),
        # the speaker after the figure keeps its own place
        ("VELDRA (AP) — Gunmen killed 9 villagers, police said.", "police"),
    ],
)
def test_speaker_after_a_wire_dateline(lead: str, speaker: str) -> None:
    claims = run_texts("Toll rises in the capital\n\n" + lead, published=PUB).claims
    assert claims
    for c in claims:
        assert c.attribution is not None
        assert speaker in c.attribution
        assert "(AP)" not in c.attribution
        assert c.attribution.split()[0].upper() != c.attribution.split()[0]
