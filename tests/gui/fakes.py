"""Test data and stand-ins for core: an invented three-report story, and fake pipeline and
grouping functions injected into the window so GUI tests are fast and deterministic."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.model import Claim, Conflict, Document, Event, Result

# Three invented reports on one invented incident, one with an emoji before its figure.
TEXTS = {
    "d1": (
        "Blast in Korvath market\n"
        "At least 14 people were killed in a blast at the Korvath market on Monday, police said.\n"
        "Officials said 30 people were injured.\n"
    ),
    "d2": (
        "Korvath toll rises\n"
        "🚨🙏 Update: 12 people were killed in Monday's market blast in Korvath, the mayor said.\n"
        "Rescuers arrested 3 suspects near the river.\n"
    ),
    "d3": (
        "Mourning in Korvath\n"
        "Nearly 20 people died in the Korvath bombing, according to the Tarn Valley Front.\n"
    ),
}
PUBLISHED = {"d1": dt.date(2031, 3, 3), "d2": dt.date(2031, 3, 4), "d3": dt.date(2031, 3, 5)}
OUTLETS = {"d1": "Norhaven Courier", "d2": "Eastland Wire", "d3": "Valdoria Today"}


def make_claim(doc: Document, cid: str, figure: str, value: float, measure: str, *,
               qualifier: str = "exact", low: float | None = None,
               high: float | None = None, at: int | None = None, **extra: Any) -> Claim:
    start = doc.text.index(figure) if at is None else at
    s0 = doc.text.rfind("\n", 0, start) + 1
    s1 = doc.text.find("\n", start)
    s1 = len(doc.text) if s1 < 0 else s1
    return Claim(
        id=cid, document_id=doc.id, start=start, end=start + len(figure), number_text=figure,
        value=value, qualifier=qualifier,  # type: ignore[arg-type]
        low=value if low is None and qualifier == "exact" else low,
        high=value if high is None and qualifier == "exact" else high,
        measure=measure,  # type: ignore[arg-type]
        sentence=doc.text[s0:s1], sentence_start=s0, sentence_end=s1, rule="test",
        location="Korvath", **extra,
    )


def story() -> Result:
    docs = tuple(
        Document(id=k, text=v, path=f"/invented/{k}.txt", title=v.split("\n", 1)[0],
                 outlet=OUTLETS[k], published=PUBLISHED[k])
        for k, v in TEXTS.items()
    )
    d1, d2, d3 = docs
    claims = (
        make_claim(d1, "c1", "At least 14", 14, "killed", qualifier="at_least", low=14),
        make_claim(d1, "c2", "30", 30, "injured"),
        make_claim(d2, "c3", "12", 12, "killed", attribution="the mayor"),
        make_claim(d2, "c4", "3", 3, "arrested"),
        make_claim(d3, "c5", "Nearly 20", 20, "killed", qualifier="nearly", low=18, high=19.99),
    )
    events = (
        Event(id="e1", label="Korvath · bombing · 2031-03-03",
              claim_ids=("c1", "c2", "c3", "c5")),
        Event(id="e2", label="Korvath · arrest · 2031-03-04", claim_ids=("c4",)),
    )
    conflicts = (
        Conflict(id="x1", event_id="e1", claim_ids=("c1", "c3"), measure="killed",
                 kind="contradiction", explanation="at least 14 vs exactly 12"),
        Conflict(id="x2", event_id="e1", claim_ids=("c1", "c5"), measure="killed",
                 kind="divergent", explanation="at least 14 vs nearly 20"),
    )
    return Result(documents=docs, claims=claims, events=events, conflicts=conflicts)


def fake_group(claims: Sequence[Claim], documents: Sequence[Document],
               decisions: Sequence[Any]) -> tuple[tuple[Event, ...], tuple[Conflict, ...]]:
    """A stand-in for core.match: one event per measure, minus claims decided "none"."""
    excluded = {cid for d in decisions if d.kind == "none" for cid in d.claim_ids}
    by_measure: dict[str, list[str]] = {}
    for c in claims:
        if c.id not in excluded:
            by_measure.setdefault(c.measure, []).append(c.id)
    events = tuple(Event(id=f"e{n}", label=f"Korvath · {m}", claim_ids=tuple(ids))
                   for n, (m, ids) in enumerate(sorted(by_measure.items()), start=1))
    return events, ()


_NUMBER = re.compile(r"\d+")


def fake_documents(documents: Sequence[Document], *, progress: Callable[..., None],
                   cancelled: Callable[[], bool], on_document: Callable[[Result], None],
                   gate: threading.Event | None = None, **_: Any) -> Result:
    """A stand-in for core.pipeline.run_documents: one "killed" claim per number. With a
    ``gate``, it waits after each document until the gate opens or the run is cancelled."""
    done: list[Document] = []
    claims: list[Claim] = []
    n = 0
    for doc in documents:
        if cancelled():
            break
        mine = []
        for m in _NUMBER.finditer(doc.text):
            n += 1
            mine.append(make_claim(doc, f"c{n}", m.group(), float(m.group()), "killed",
                                  at=m.start()))
        claims.extend(mine)
        done.append(doc)
        progress(len(done), len(documents), doc.name)
        on_document(Result(documents=(doc,), claims=tuple(mine)))
        while gate is not None and not gate.is_set() and not cancelled():
            gate.wait(0.005)
    return Result(documents=tuple(done), claims=tuple(claims))


def fake_run(paths: Sequence[str], **options: Any) -> Result:
    docs = []
    for n, path in enumerate(paths, start=1):
        text = Path(path).read_text(encoding="utf-8")
        docs.append(Document(id=f"d{n}", text=text, path=str(path), title=Path(path).stem))
    return fake_documents(docs, **options)
