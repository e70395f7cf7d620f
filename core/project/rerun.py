"""Re-running extraction and removing documents: the checker's verdicts, corrections and
decisions follow their items to new ids, or are kept as orphans (listed, never dropped)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass

from core.errors import Errors, ProjectError
from core.model import Claim, Document, Result, Review, Statement
from core.project.codec import now
from core.project.journal import JournalledProject
from core.project.reattach import (
    ItemKind,
    Orphan,
    ReattachReport,
    carries_work,
    reattach_claims,
    reattach_statements,
)
from core.settings import Settings

ORPHAN_REASON_RERUN = "no claim of the new extraction matches it (document, span and figure)"
ORPHAN_REASON_REMOVED = "its document was removed from the project"
ORPHAN_REASON_NO_DOCUMENT = "its document is not part of the new extraction"


def result_counts(result: Result) -> dict[str, int]:
    return {
        "documents": len(result.documents), "claims": len(result.claims),
        "statements": len(result.statements), "events": len(result.events),
        "conflicts": len(result.conflicts),
    }


@dataclass(slots=True)
class _Lifted:
    """The checker's work lifted off the old items of a re-run (filled while it is read)."""

    reviews: list[Review] = dataclasses.field(default_factory=list)
    fixes: list[tuple[str, dict[str, object]]] = dataclasses.field(default_factory=list)
    reattached: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    orphans: list[Orphan] = dataclasses.field(default_factory=list)
    renamed: dict[str, str] = dataclasses.field(default_factory=dict)


def _document_map(old_docs: list[Document], result: Result) -> dict[str, str]:
    """Old document id → new: the same document is the same imported bytes; the id decides
    only without a hash match (a run may number its documents differently)."""
    new_ids = {d.id for d in result.documents}
    by_sha = {d.sha256: d.id for d in result.documents if d.sha256}
    claimed = {by_sha[d.sha256] for d in old_docs if d.sha256 in by_sha}
    return {
        d.id: by_sha.get(d.sha256, d.id)
        for d in old_docs
        if d.sha256 in by_sha or (d.id in new_ids and d.id not in claimed)
    }


class ReattachingProject(JournalledProject):
    """Replacing an extraction and removing documents (the base of ``store.Project``)."""

    def replace_extraction(
        self, result: Result, *, settings: Settings | None = None
    ) -> ReattachReport:
        """Replace every extracted claim and statement by those of a new run, re-attaching
        verdicts, corrections and decisions (same document, overlapping span, same figure).
        Work that finds no new item is kept as an orphan and listed, never dropped. Manual
        claims stay as they are. ``settings``: those of the run, stored with it."""
        with self._action("replace_extraction", forget_undo=True) as detail:
            report = self._replace(result)
            if settings is not None:
                self._put_settings(settings)
            detail.update(result_counts(result))
            detail["reattached"] = [list(p) for p in report.reattached]
            detail["orphans"] = [o.id for o in report.orphans]
        return report

    def _replace(self, result: Result) -> ReattachReport:
        doc_map = _document_map(self.documents(), result)
        all_claims = self.claims()
        manual = [c for c in all_claims if c.manual]
        old_claims = [c for c in all_claims if not c.manual]
        old_statements = self.statements()
        clash = sorted({c.id for c in manual} & {c.id for c in result.claims})
        if clash:
            raise ProjectError(Errors.E034.format(ids=", ".join(clash[:5])))
        fixes = self.corrections()
        corrected_values = {
            cid: value for cid, f in fixes.items()
            for value in [f.get("value")] if isinstance(value, float)
        }
        maps: dict[ItemKind, dict[str, str]] = {
            "claim": reattach_claims(
                old_claims, result.claims, document_map=doc_map,
                corrected_values=corrected_values,
            ),
            "statement": reattach_statements(
                old_statements, result.statements, document_map=doc_map
            ),
        }
        # The work of the old items, lifted out before the ids are reused by the new run.
        old_items: list[tuple[ItemKind, Claim | Statement]] = [("claim", c) for c in old_claims]
        old_items += [("statement", s) for s in old_statements]
        lifted = self._lift_work(old_items, maps, doc_map, fixes)
        self._store_replacement(result, doc_map, manual, [i.id for _k, i in old_items])
        for review in lifted.reviews:
            self._put_review(review)
        for claim_id, item_fixes in lifted.fixes:
            for field, value in item_fixes.items():
                self._put_correction(claim_id, field, value)
        for orphan in lifted.orphans:
            self._put_orphan(orphan)
        self._rename_in_decisions(lifted.renamed)
        return ReattachReport(tuple(lifted.reattached), tuple(lifted.orphans))

    def _lift_work(
        self,
        old_items: list[tuple[ItemKind, Claim | Statement]],
        maps: Mapping[ItemKind, Mapping[str, str]],
        doc_map: Mapping[str, str],
        fixes: dict[str, dict[str, object]],
    ) -> _Lifted:
        """Each old item's verdict and corrections, moved to its new id, or kept on an orphan
        when it carries work and no new item matches it."""
        reviews = self.reviews()
        referenced = {cid for d in self.decisions() for cid in d.claim_ids}
        lifted = _Lifted()
        stamp = self._next_history_id()
        for kind, item in old_items:
            review = reviews.pop(item.id, None)
            item_fixes = fixes.pop(item.id, {})
            has_work = carries_work(
                item.id, {item.id: review} if review else {}, {item.id: item_fixes}, referenced
            )
            new_id = maps[kind].get(item.id)
            if new_id is not None:
                if review is not None:
                    lifted.reviews.append(dataclasses.replace(review, item_id=new_id))
                if item_fixes:
                    lifted.fixes.append((new_id, item_fixes))
                lifted.renamed[item.id] = new_id
                if has_work:
                    lifted.reattached.append((item.id, new_id))
            elif has_work:
                reason = (
                    ORPHAN_REASON_RERUN if item.document_id in doc_map
                    else ORPHAN_REASON_NO_DOCUMENT
                )
                orphan = Orphan(
                    f"{item.id}@{stamp}", kind, item, review, item_fixes, reason, now()
                )
                lifted.orphans.append(orphan)
                lifted.renamed[item.id] = orphan.id
        return lifted

    def _store_replacement(
        self, result: Result, doc_map: Mapping[str, str], manual: list[Claim], old_ids: list[str]
    ) -> None:
        """The new run's rows in place of the old items (manual claims follow their document
        to its new id)."""
        conn = self._conn
        conn.executemany("DELETE FROM reviews WHERE item_id = ?", ((i,) for i in old_ids))
        conn.executemany("DELETE FROM corrections WHERE claim_id = ?", ((i,) for i in old_ids))
        conn.execute("DELETE FROM claims WHERE manual = 0")
        conn.execute("DELETE FROM statements")
        replaced = [(old,) for old, new in doc_map.items() if old != new]
        conn.executemany("DELETE FROM documents WHERE id = ?", replaced)
        conn.executemany("DELETE FROM source_text WHERE document_id = ?", replaced)
        self._put_documents(result.documents)
        for claim in manual:
            if claim.document_id in doc_map:
                moved = dataclasses.replace(claim, document_id=doc_map[claim.document_id])
                conn.execute("DELETE FROM claims WHERE id = ?", (claim.id,))
                self._put_claims([moved])
        self._put_claims(result.claims)
        self._put_statements(result.statements)
        self._put_events(result.events, result.conflicts)

    def _rename_in_decisions(self, renamed: Mapping[str, str]) -> None:
        """Decisions follow their claims to new ids (or to the orphans that keep them)."""
        for decision in self.decisions():
            ids = tuple(renamed.get(i, i) for i in decision.claim_ids)
            if ids != decision.claim_ids:
                self._conn.execute(
                    "UPDATE decisions SET claim_ids = ? WHERE id = ?",
                    (json.dumps(ids), decision.id),
                )

    def remove_document(self, doc_id: str) -> None:
        """Remove a document with its claims and statements; their verdicts and corrections
        become orphans (listed, never dropped)."""
        if doc_id not in self._document_order():
            raise ProjectError(Errors.E033.format(what="document", item_id=doc_id))
        conn = self._conn
        with self._action("remove_document", doc_id, forget_undo=True) as detail:
            reviews = self.reviews()
            fixes = self.corrections()
            referenced = {cid for d in self.decisions() for cid in d.claim_ids}
            items: list[tuple[ItemKind, Claim | Statement]] = [
                ("claim", c) for c in self.claims() if c.document_id == doc_id
            ]
            items += [("statement", s) for s in self.statements() if s.document_id == doc_id]
            stamp = self._next_history_id()
            gone = {i.id for _k, i in items}
            orphans = []
            for kind, item in items:
                if carries_work(item.id, reviews, fixes, referenced):
                    orphans.append(Orphan(
                        f"{item.id}@{stamp}", kind, item, reviews.get(item.id),
                        fixes.get(item.id, {}), ORPHAN_REASON_REMOVED, now(),
                    ))
            for orphan in orphans:
                self._put_orphan(orphan)
            self._rename_in_decisions({o.item.id: o.id for o in orphans})
            for item_id in gone:
                conn.execute("DELETE FROM reviews WHERE item_id = ?", (item_id,))
                conn.execute("DELETE FROM corrections WHERE claim_id = ?", (item_id,))
            conn.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))
            conn.execute("DELETE FROM statements WHERE document_id = ?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            conn.execute("DELETE FROM source_text WHERE document_id = ?", (doc_id,))
            self._prune_events(gone)
            detail.update(removed=sorted(gone), orphans=[o.id for o in orphans])

    def attach_orphan(self, orphan_id: str, item_id: str) -> None:
        """Give an orphan's verdict and corrections to a current item, chosen by the checker."""
        orphan = next((o for o in self.orphans() if o.id == orphan_id), None)
        if orphan is None:
            raise ProjectError(Errors.E033.format(what="orphan", item_id=orphan_id))
        if not self._has_item(item_id):
            raise ProjectError(Errors.E033.format(what="item", item_id=item_id))
        with self._action("attach_orphan", item_id, forget_undo=True) as detail:
            detail["orphan"] = orphan_id
            if orphan.review is not None:
                self._put_review(dataclasses.replace(orphan.review, item_id=item_id))
            for field, value in orphan.corrections.items():
                self._put_correction(item_id, field, value)
            self._conn.execute("DELETE FROM orphans WHERE id = ?", (orphan_id,))

    def _prune_events(self, gone: set[str]) -> None:
        events = self.events()
        conflicts = [x for x in self.conflicts() if not gone.intersection(x.claim_ids)]
        kept = []
        for event in events:
            claim_ids = tuple(i for i in event.claim_ids if i not in gone)
            statement_ids = tuple(i for i in event.statement_ids if i not in gone)
            if claim_ids or statement_ids:
                kept.append(dataclasses.replace(
                    event, claim_ids=claim_ids, statement_ids=statement_ids,
                    links=tuple(ln for ln in event.links if gone.isdisjoint((ln.a, ln.b))),
                ))
        self._put_events(kept, conflicts)
