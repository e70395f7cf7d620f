"""Sources are named as a reader knows them (outlet, else headline), never by a file name
when there is anything better, in conflict explanations too."""

from __future__ import annotations

from core.group.conflicts import find_conflicts
from core.model import Document, Event
from tests.core.claim_factory import Batch


def test_a_source_is_named_by_outlet_then_headline_then_file() -> None:
    assert Document("d1", "", path="/x/3f9a.txt", outlet="Valley Post").source_label == (
        "Valley Post")
    long = Document("d1", "", path="/x/3f9a.txt",
                    title="Blast   in Norvale market kills at least twelve, police say today")
    assert long.source_label.startswith("Blast in Norvale market")
    assert len(long.source_label) <= 40
    assert Document("d1", "", path="/x/3f9a.txt").source_label == "3f9a.txt"


def test_explanations_name_the_source_by_its_headline_not_its_file() -> None:
    b = Batch()
    b.report("d1", published="2033-05-08")
    b.report("d2", published="2033-05-08")
    c1 = b.add("d1", "At least 14 people were killed in Norvale.", "At least 14", 14,
               qualifier="at_least")
    c2 = b.add("d2", "Exactly 12 people were killed in Norvale.", "12", 12)
    docs = [Document(d.id, d.text, path=f"/tmp/{'ab12' if d.id == 'd1' else 'cd34'}.txt",
                     title=f"Report {d.id.upper()} on Norvale", published=d.published)
            for d in b.documents()]
    conflicts = find_conflicts([Event("e1", "Norvale", (c1, c2))], b.claims, documents=docs)
    assert conflicts
    text = " ".join(x.explanation for x in conflicts)
    assert "Report D1 on Norvale" in text
    assert "ab12" not in text
