"""The project file: round trip of every object, the checker's work, history, migrations,
refusals, Save As, re-attachment after a re-run, and a crash in the middle of writing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import Errors, ProjectError
from core.model import (
    Claim,
    Conflict,
    Document,
    Event,
    Link,
    Page,
    Result,
    Review,
    Span,
    Statement,
)
from core.project.schema import APPLICATION_ID
from core.project.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Project,
    effective,
)
from core.settings import Settings

REPO = Path(__file__).resolve().parents[2]

TEXT_A = (
    "At least 12 people were killed in a blast in Norvale on Monday, police said. "
    "Officials arrested three suspects. The governor said: \"We will rebuild the market.\""
)
TEXT_B = "Nearly 15 people died in the Norvale market bombing, a hospital official said."


def claim(cid: str, doc: str, text: str, figure: str, value: float, **kw: object) -> Claim:
    """A claim on the first occurrence of ``figure`` in ``text``, with its sentence."""
    start = text.index(figure)
    s_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    s_end = text.find(". ", start) + 1 or len(text)
    fields: dict[str, object] = {
        "id": cid, "document_id": doc, "start": start, "end": start + len(figure),
        "number_text": figure, "value": value, "qualifier": "exact", "low": value,
        "high": value, "measure": "killed", "sentence": text[s_start:s_end],
        "sentence_start": s_start, "sentence_end": s_end, "rule": "test",
    }
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def sample_result() -> Result:
    doc_a = Document(
        "d1", TEXT_A, path="/news/norvale-a.pdf", format="pdf", title="Blast in Norvale",
        outlet="Daily Norvale", url="https://example.org/a", published=dt.date(2031, 3, 4),
        published_source="text", sha256="a" * 64, pages=(Page(1, 0, 80), Page(2, 80, 200)),
        body=(Span(0, len(TEXT_A)),), warnings=("page furniture removed",),
    )
    doc_b = Document("d2", TEXT_B, path="/news/norvale-b.txt", outlet="Valley Post",
                     sha256="b" * 64)
    c1 = claim("c1", "d1", TEXT_A, "At least 12", 12, qualifier="at_least", high=None,
               location="Norvale", date_start=dt.date(2031, 3, 3), date_end=dt.date(2031, 3, 3),
               attribution="police", actor="unknown attackers", subject="people")
    c2 = claim("c2", "d1", TEXT_A, "three", 3, measure="arrested", subject="suspects")
    c3 = claim("c3", "d2", TEXT_B, "Nearly 15", 15, qualifier="nearly", low=13, high=14)
    st = Statement("s1", "d1", TEXT_A.index("We will"), TEXT_A.index("market.\"") + 7,
                   "We will rebuild the market.", "quote", "The governor", "person",
                   cue="said")
    event = Event("e1", "Norvale · bombing · 2031-03-03", ("c1", "c3"), kind="bombing",
                  location="Norvale", date_start=dt.date(2031, 3, 3),
                  links=(Link("c1", "c3", 0.8, ("same place", "same day")),),
                  statement_ids=("s1",))
    conflict = Conflict("x1", "e1", ("c1", "c3"), "killed", "divergent",
                        "at least 12 vs nearly 15")
    return Result(documents=(doc_a, doc_b), claims=(c1, c2, c3), statements=(st,),
                  events=(event,), conflicts=(conflict,))


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    proj = Project.create(tmp_path / "story.claimdesk")
    proj.add_result(sample_result())
    yield proj
    proj.close()


def test_result_round_trips_every_object(project: Project) -> None:
    expected = sample_result()
    got = project.result()
    assert got.documents == expected.documents
    assert got.claims == expected.claims
    assert got.statements == expected.statements
    assert got.events == expected.events
    assert got.conflicts == expected.conflicts
    assert got.reviews == {}


def test_sample_claims_point_at_their_text() -> None:
    result = sample_result()
    texts = {d.id: d.text for d in result.documents}
    for c in result.claims:
        assert texts[c.document_id][c.start:c.end] == c.number_text
        assert texts[c.document_id][c.sentence_start:c.sentence_end] == c.sentence


def test_file_is_wal_with_durable_commits(project: Project) -> None:
    conn = sqlite3.connect(project.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert project._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_reviews_are_stored_and_replaced(project: Project) -> None:
    project.set_review(Review("c1", "disputed", "police figure only"))
    project.set_review(Review("c1", "verified", "confirmed by hospital", ("call log",)))
    project.set_review(Review("s1", "unclear", "quote not found elsewhere"))
    assert project.reviews() == {
        "c1": Review("c1", "verified", "confirmed by hospital", ("call log",)),
        "s1": Review("s1", "unclear", "quote not found elsewhere"),
    }
    assert project.result().reviews["c1"].status == "verified"


@pytest.mark.parametrize(
    ("review", "message"),
    [
        (Review("c99", "verified"), "item 'c99' is not in the project"),
        (Review("c1", "bogus"), "status 'bogus' is not in the project"),  # type: ignore[arg-type]
    ],
)
def test_bad_reviews_are_refused(project: Project, review: Review, message: str) -> None:
    with pytest.raises(ProjectError, match=message):
        project.set_review(review)
    assert project.reviews() == {}


def test_history_records_every_action_in_order(project: Project) -> None:
    project.set_review(Review("c1", "verified"))
    project.set_correction("c3", "value", 14)
    project.add_decision("same", ["c1", "c3"])
    entries = project.history()
    assert [e.action for e in entries] == [
        "create", "add_result", "set_review", "set_correction", "add_decision",
    ]
    assert all(e.time.tzinfo is not None for e in entries)
    assert [e.time for e in entries] == sorted(e.time for e in entries)
    assert entries[2].item_id == "c1"
    assert entries[3].detail == {"field": "value", "value": 14.0}


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE history SET action = 'forged'",
        "DELETE FROM history",
    ],
)
def test_history_is_append_only(project: Project, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project._conn.execute(sql)
    assert len(project.history()) == 2


def test_corrections_sit_beside_the_extracted_values(project: Project) -> None:
    project.set_correction("c3", "value", 14)
    project.set_correction("c3", "date_start", "2031-03-03")
    project.set_correction("c1", "actor", None)
    assert project.corrections() == {
        "c3": {"value": 14.0, "date_start": dt.date(2031, 3, 3)},
        "c1": {"actor": None},
    }
    extracted = {c.id: c for c in project.result().claims}
    corrected = {c.id: c for c in project.result(corrected=True).claims}
    assert extracted["c3"].value == 15
    assert corrected["c3"].value == 14
    assert corrected["c3"].date_start == dt.date(2031, 3, 3)
    assert extracted["c1"].actor == "unknown attackers"
    assert corrected["c1"].actor is None
    assert corrected["c3"].number_text == "Nearly 15"  # as written stays as written
    project.clear_correction("c3", "value")
    assert project.corrections()["c3"] == {"date_start": dt.date(2031, 3, 3)}


def test_effective_applies_only_correctable_fields() -> None:
    c = sample_result().claims[0]
    assert effective(c, {}) is c
    # "at least 12" corrected to 13 asserts [13, open): the interval follows the value
    assert effective(c, {"value": 13.0, "measure": "injured"}) == dataclasses.replace(
        c, value=13.0, low=13.0, measure="injured"
    )


def test_a_corrected_value_or_qualifier_recomputes_the_interval() -> None:
    c = sample_result().claims[2]  # nearly 15: [13, 14]
    assert (effective(c, {"value": 30.0}).low, effective(c, {"value": 30.0}).high) == (27, 29)
    exact = effective(c, {"qualifier": "exact"})
    assert (exact.low, exact.high) == (15, 15)
    # the checker's own bounds win
    fixed = effective(c, {"value": 30.0, "low": 25.0})
    assert (fixed.low, fixed.high) == (25, c.high)


@pytest.mark.parametrize(
    ("claim_id", "field", "value", "message"),
    [
        ("c1", "id", "c7", "not a correctable field"),
        ("c1", "number_text", "13", "not a correctable field"),
        ("c1", "value", "twelve", "is not a number"),
        ("c1", "value", True, "is not a number"),
        ("c1", "value", None, "a figure needs a value"),
        ("c1", "qualifier", "roughly", "qualifier must be one of"),
        ("c1", "measure", "wounded", "measure must be one of"),
        ("c1", "date_start", "03/03/2031", "is not a date"),
        ("c1", "date_start", 2031, "is not a date"),
        ("c1", "actor", 7, "is not text"),
        ("c404", "value", 3, "claim 'c404' is not in the project"),
    ],
)
def test_bad_corrections_are_refused(
    project: Project, claim_id: str, field: str, value: object, message: str
) -> None:
    with pytest.raises(ProjectError, match=message):
        project.set_correction(claim_id, field, value)
    assert project.corrections() == {}


def test_decisions_are_stored_with_their_claims(project: Project) -> None:
    first = project.add_decision("same", ["c1", "c3"])
    second = project.add_decision("different", ("c2", "c3"))
    rows = project.decisions()
    assert [(r.id, r.kind, r.claim_ids) for r in rows] == [
        (first, "same", ("c1", "c3")), (second, "different", ("c2", "c3")),
    ]


def test_settings_round_trip(project: Project) -> None:
    assert project.settings() == Settings()
    chosen = Settings(published=dt.date(2031, 3, 4), match_threshold=0.7)
    project.set_settings(chosen)
    assert project.settings() == chosen


def test_a_run_stores_its_settings_in_the_same_action(tmp_path: Path) -> None:
    chosen = Settings(match_threshold=0.8)
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result(), settings=chosen)
        assert project.settings() == chosen
        assert [e.action for e in project.history()] == ["create", "add_result"]
        project.replace_extraction(sample_result(), settings=chosen.replace(batch_size=4))
        assert project.settings().batch_size == 4


def test_adding_the_same_run_twice_is_refused(project: Project) -> None:
    with pytest.raises(ProjectError, match=r"ids already in the project \(c1, c2, c3, d1, d2\)"):
        project.add_result(sample_result())
    assert len(project.result().claims) == 3


def test_manual_claims_get_their_own_ids(project: Project) -> None:
    base = claim("x", "d1", TEXT_A, "Officials", 1, measure="other")
    first = project.add_manual_claim(base)
    second = project.add_manual_claim(base)
    assert (first.id, second.id) == ("m1", "m2")
    assert first.manual
    # in text order: "Officials" comes before "three" in d1
    assert [c.id for c in project.result().claims] == ["c1", "m1", "m2", "c2", "c3"]
    with pytest.raises(ProjectError, match="document 'd9' is not in the project"):
        project.add_manual_claim(dataclasses.replace(base, document_id="d9"))


def test_removing_a_document_keeps_its_verdicts_as_orphans(project: Project) -> None:
    project.set_review(Review("c1", "verified", "confirmed"))
    project.set_correction("c2", "value", 4)
    project.add_decision("same", ["c1", "c3"])
    project.remove_document("d1")
    result = project.result()
    assert [d.id for d in result.documents] == ["d2"]
    assert [c.id for c in result.claims] == ["c3"]
    assert result.statements == ()
    assert result.events[0].claim_ids == ("c3",)
    assert result.events[0].links == ()
    assert result.conflicts == ()  # a conflict needs both of its claims
    orphans = {o.item.id: o for o in project.orphans()}
    assert set(orphans) == {"c1", "c2"}  # the unreviewed statement leaves nothing behind
    assert orphans["c1"].review == Review("c1", "verified", "confirmed")
    assert orphans["c2"].corrections == {"value": 4.0}
    assert project.reviews() == {}
    assert project.decisions()[0].claim_ids == (orphans["c1"].id, "c3")
    with pytest.raises(ProjectError, match="document 'd1' is not in the project"):
        project.remove_document("d1")


def test_save_as_copies_and_continues_on_the_copy(project: Project, tmp_path: Path) -> None:
    project.set_review(Review("c1", "verified"))
    original = project.path
    copy = tmp_path / "copy.claimdesk"
    project.save_as(copy)
    assert project.path == copy
    project.set_review(Review("c2", "false"))
    with Project.open(original) as old:
        assert set(old.reviews()) == {"c1"}
    assert set(project.reviews()) == {"c1", "c2"}
    assert project._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(tmp_path.glob(".copy.claimdesk.*"))
    assert [e.action for e in project.history()][-2:] == ["save_as", "set_review"]


def test_save_as_refuses_a_project_open_elsewhere(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "other.claimdesk"
    with Project.create(other) as elsewhere:
        elsewhere.set_settings(Settings())  # its write-ahead log exists while it is open
        with pytest.raises(ProjectError, match="open in another program"):
            project.save_as(other)
        assert elsewhere.settings() == Settings()
    assert project.path.name == "story.claimdesk"


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.claimdesk"
    target.write_text("mine")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(target)
    assert target.read_text() == "mine"


def _write_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _write_newer_project(path: Path) -> None:
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), Errors.E013),
        (lambda p: p.write_text("Ten people were killed.\n" * 50), Errors.E013),
        (lambda p: p.write_bytes(b""), Errors.E013),
        (_write_foreign_sqlite, Errors.E013),
        (_write_newer_project, Errors.E014.format(found=SCHEMA_VERSION + 1,
                                                  supported=SCHEMA_VERSION)),
    ],
)
def test_foreign_and_newer_files_are_refused_untouched(
    tmp_path: Path, make: object, message: str
) -> None:
    target = tmp_path / "other.claimdesk"
    make(target)  # type: ignore[operator]
    before = target.read_bytes()
    with pytest.raises(ProjectError) as info:
        Project.open(target)
    assert message in str(info.value)
    assert str(target) in str(info.value)
    assert target.read_bytes() == before
    assert not Path(f"{target}-wal").exists()


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="file not found"):
        Project.open(tmp_path / "nowhere.claimdesk")


def test_version_1_file_opens_in_the_current_schema(tmp_path: Path) -> None:
    """A file as the first Claimdesk wrote it (schema 1, no statements, no orphans) opens,
    is migrated in place, and keeps its documents, claims and verdicts."""
    path = tmp_path / "old.claimdesk"
    data = sample_result()
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    doc = data.documents[1]
    # a version-1 row: written before Document had pages, body or warnings
    old_doc = {"id": doc.id, "text": doc.text, "path": doc.path, "sha256": doc.sha256}
    conn.execute("INSERT INTO documents VALUES (?, ?, ?)",
                 (doc.id, doc.sha256, __import__("json").dumps(old_doc)))
    c3 = data.claims[2]
    from core.project.codec import encode
    conn.execute(
        "INSERT INTO claims VALUES (?, ?, ?, ?, 0, ?)",
        (c3.id, c3.document_id, c3.start, c3.end, __import__("json").dumps(encode(c3))),
    )
    conn.execute("INSERT INTO reviews VALUES ('c3', 'false', 'hospital says 9', '[]', 't')")
    conn.close()

    with Project.open(path) as project:
        assert project._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        result = project.result()
        assert result.documents == (Document(doc.id, doc.text, path=doc.path,
                                             sha256=doc.sha256),)
        assert result.claims == (c3,)
        assert result.reviews["c3"] == Review("c3", "false", "hospital says 9")
        assert result.statements == ()
        assert project.history()[-1].action == "migrate"
        assert project.history()[-1].detail == {"from": 1, "to": SCHEMA_VERSION}
        project.set_review(Review("c3", "verified"))  # and it is writable afterwards
    with Project.open(path) as again:
        assert [e.action for e in again.history()].count("migrate") == 1


CHILD = textwrap.dedent("""
    import sys
    from core.model import Review, STATUSES
    from core.project.store import Project

    project = Project.open(sys.argv[1])
    for i in range(100_000):
        item = ("c1", "c2", "c3", "s1")[i % 4]
        project.set_review(Review(item, STATUSES[i % 5], f"action {i}"))
        print(i, flush=True)
""")


def test_sigkill_mid_write_loses_no_committed_action(project: Project) -> None:
    """The child prints an action's number only after its commit returned; after SIGKILL
    every printed action is in the file, and the file is sound."""
    path = project.path
    project.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True,
        cwd=REPO, env=env,
    ) as child:
        assert child.stdout is not None
        reported: list[int] = []
        for line in child.stdout:
            reported.append(int(line))
            if len(reported) == 300:
                child.send_signal(signal.SIGKILL)
                break
        reported += [int(line) for line in child.stdout]  # printed before the kill landed
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(reported) < 100_000  # it died mid-way

    with Project.open(path) as reopened:
        assert reopened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = {
            change["note"]
            for e in reopened.history() if e.action == "set_review"
            for change in e.detail["changes"]
        }
        assert {f"action {i}" for i in reported} <= notes
        last = reported[-1]
        item = ("c1", "c2", "c3", "s1")[last % 4]
        # the last reported action holds, unless the one in flight committed after it
        assert reopened.reviews()[item].note in {f"action {last}", f"action {last + 4}"}
