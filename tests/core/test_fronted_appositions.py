"""A body's name set off by commas after a fronted "according to" source, "According to the
army's media wing, ISPR, four soldiers died": the parser took the name for a second subject
of the verb, so the figure's source was the description ("the army's media wing"), the name
a checker searches for was read as the doer, and the statement's words began with it. The
name is the description's apposition: the source is the body's name, with the description
its role on the statement (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _reading(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.attribution, c.actor) for c in run_texts(text, published=DAY).claims
            if c.value == 4]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the army's media wing, ISPR, four soldiers died in the attack.", "ISPR"),
        ("According to the army's media wing, the ISPR, four soldiers died in the attack.",
         "the ISPR"),
        ("As per the provincial disaster agency, PDMA, four people drowned.", "PDMA"),
    ],
)
def test_the_name_beside_the_description_is_the_source(text: str, source: str) -> None:
    assert _reading(text) == [(source, None)]


def test_the_statement_speaks_as_the_name() -> None:
    text = "According to the army's media wing, ISPR, four soldiers died in the attack."
    statements = run_texts(text, published=DAY).statements
    assert [(s.speaker, s.content) for s in statements] == [
        ("ISPR", "four soldiers died in the attack")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no name beside the description
        ("According to the army's media wing, four soldiers died in the attack.",
         "the army's media wing"),
        ("According to the ISPR, four soldiers died in the attack.", "the ISPR"),
        # a person named beside a post: read so already
        ("According to the district police chief, Ali Khan, four people were arrested.",
         "district police chief Ali Khan"),
        # a name that is the clause's own subject after the source
        ("According to police, Tarvo and Kessa saw four attacks last week.", "police"),
        # a name the parser hangs right already
        ("According to the military's press office, KMPO, four rebels were killed on Monday.",
         "KMPO"),
        # the name set off after a source that speaks with a verb
        ("The army's media wing, ISPR, said four soldiers died in the attack.", "ISPR"),
    ],
)
def test_other_sources_keep_their_reading(text: str, source: str) -> None:
    assert [s for s, _ in _reading(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a town or a province set off after the source: no body's name
        ("According to the police, Karachi, 4 people were killed.", "the police"),
        ("According to officials, Quetta, four people were injured in the blast.", "officials"),
        ("According to the report, Sindh, 4 people died in the heatwave.", None),
    ],
)
def test_a_place_beside_the_source_is_no_body(text: str, source: str | None) -> None:
    assert [s for s, _ in _reading(text)] == [source]
