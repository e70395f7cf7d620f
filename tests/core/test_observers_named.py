"""An observer given vaguely, then by name: "a local rights group said four people had been
killed. The Velmar Human Rights Network said ..." (a network, a forum, a coalition may be the
rights group), and an association named again by its kind ("The forum says ..."), only the
one whose name holds that kind. Bodies, places and sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)


def sources(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.attribution for c in result.claims if c.is_core]


@pytest.mark.parametrize("name", ["the Velmar Human Rights Network", "the Kelmor Rights Coalition"])
def test_a_rights_group_named_next(name: str) -> None:
    text = (
        "Police said two protesters were killed in Kelmor on Thursday, while a local rights "
        f"group said four people had been killed. {name[0].upper()}{name[1:]} said the "
        "fourth victim was a boy found near the market."
    )
    assert sources(text) == ["Police", name.removeprefix("the ")]


def test_a_rights_group_is_no_armed_group_named_next() -> None:
    text = (
        "Police said two protesters were killed in Kelmor on Thursday, while a local rights "
        "group said four people had been killed. The Kelmor Liberation Army said it had "
        "nothing to do with the deaths."
    )
    assert sources(text) == ["Police", "a local rights group"]


def test_the_forum_is_the_forum_named_before() -> None:
    text = (
        "The Kelmor Workers' Forum said at least 15 people had died in the fire on Monday. "
        "The police said 12 bodies had been recovered. The forum says 60 workers have died "
        "in factory fires since January."
    )
    assert sources(text) == [
        "The Kelmor Workers' Forum",
        "The police",
        "The Kelmor Workers' Forum",
    ]


def test_the_network_is_no_forum() -> None:
    text = (
        "The Kelmor Workers' Forum said at least 15 people had died in the fire on Monday. "
        "The network says 60 workers have died in factory fires since January."
    )
    assert sources(text)[-1] != "The Kelmor Workers' Forum"
