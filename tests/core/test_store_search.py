"""Find in sources: the full text of every source, indexed in the project file (FTS5)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from core.project.store import Project
from tests.core.test_store import TEXT_A, TEXT_B, sample_result


def test_a_name_in_an_article_body_is_found_with_its_passage(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p.claimdesk")
    p.add_result(sample_result())
    hits = p.search_text("hospital official")
    assert [(h.document_id, TEXT_B[h.start:h.end]) for h in hits] == [
        ("d2", "hospital official")]
    assert "[hospital official]" in hits[0].snippet
    # words in any case, found where they stand; FTS syntax typed by a checker is just text
    assert {h.document_id for h in p.search_text("GOVERNOR")} == {"d1"}
    assert p.search_text('rebuild" OR "x') == []
    assert p.search_text("market")
    assert all(
        (TEXT_A if h.document_id == "d1" else TEXT_B)[h.start:h.end].lower() == "market"
        for h in p.search_text("market"))
    p.close()
    with Project.open(tmp_path / "p.claimdesk") as again:
        assert again.search_text("suspects")[0].document_id == "d1"


def test_the_index_follows_the_documents() -> None:
    p = Project.memory()
    p.add_result(sample_result())
    p.remove_document("d2")
    assert p.search_text("hospital") == []
    changed = dataclasses.replace(sample_result().documents[0], id="d1",
                                  text="A new text about Brannock.")
    p.replace_extraction(dataclasses.replace(sample_result(), documents=(changed,), claims=(),
                                             statements=(), events=(), conflicts=()))
    assert [h.document_id for h in p.search_text("Brannock")] == ["d1"]
    assert p.search_text("governor") == []


def test_a_passage_starts_and_ends_on_whole_words() -> None:
    text = ("Rescue teams worked through the night along the flooded valley road and "
            "counted 23 people drowned near the old mill, a spokeswoman for the county "
            "emergency office told reporters on Tuesday morning outside the depot.")
    doc = dataclasses.replace(sample_result().documents[1], text=text, body=())
    p = Project.memory()
    p.add_result(dataclasses.replace(sample_result(), documents=(doc,), claims=(),
                                     statements=(), events=(), conflicts=()))
    (hit,) = p.search_text("drowned")
    before, after = hit.snippet.split("[drowned]")
    words = set(text.replace(",", " ").replace(".", " ").split())
    assert before.startswith("…")
    assert after.endswith("…")
    assert before.strip("… ").split()[0] in words
    assert after.strip("… ").split()[-1].rstrip(",.") in words
