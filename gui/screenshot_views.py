"""What a screenshot shows (``main.py --demo --screenshot PATH --view NAME``): each view puts
the window in one state the README pictures, chosen from the project itself so the same
project gives the same picture on every machine."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gui.main_window import MainWindow

View = Callable[[MainWindow], bool]
# Disagreements first, the sharpest first; a later report revising a figure last.
_CLAIM_ORDER = {"contradiction": 0, "divergent": 1, "update": 2}
_STATEMENT_ORDER = {"claim_vs_no_claim": 0, "different_claimants": 1, "quote_speakers": 2,
                    "update": 3}


def _documents_of(window: MainWindow, item_ids: Sequence[str]) -> int:
    ws = window.ws
    items = [ws.claims.get(i) or ws.statements.get(i) for i in item_ids]
    return len({it.document_id for it in items if it is not None})


def show_conflict_state(window: MainWindow) -> bool:
    """Put sources side by side: the first conflict between different reports, else the
    event most reports speak of. True if anything was shown."""
    ws = window.ws
    conflicts = sorted((x for x in ws.conflicts.values() if x.kind in _CLAIM_ORDER),
                       key=lambda x: (_documents_of(window, x.claim_ids) < 2,
                                      _CLAIM_ORDER[x.kind], x.about != "figure", x.id))
    if conflicts and _documents_of(window, conflicts[0].claim_ids) >= 2:
        window.events.select_conflict(conflicts[0].id)
        window.show_conflict(conflicts[0].id)
        return True
    if show_event_state(window):
        return True
    if conflicts:
        window.events.select_conflict(conflicts[0].id)
        window.show_conflict(conflicts[0].id)
        return True
    return False


def show_event_state(window: MainWindow) -> bool:
    """The event most reports speak of, its reports side by side (at least two)."""
    ws = window.ws
    events = sorted(ws.events.values(),
                    key=lambda e: (-_documents_of(window, e.claim_ids), e.id))
    if events and _documents_of(window, events[0].claim_ids) >= 2:
        window.events.select_event(events[0].id)
        window.show_event(events[0].id)
        return True
    return False


def show_statements_state(window: MainWindow) -> bool:
    """Who said what: the first disagreement between reports on a statement (one names the
    group that claimed an attack, another says no one has), both side by side."""
    stated = sorted(window.ws.statement_conflicts.values(),
                    key=lambda x: (_STATEMENT_ORDER.get(x.kind, len(_STATEMENT_ORDER)), x.id))
    if not stated:
        return False
    window.events.select_conflict(stated[0].id)
    window.show_statement_conflict(stated[0].id)
    return True


def show_grid_state(window: MainWindow) -> bool:
    """The grid as it opens, its first claim current: the Review panel and its report."""
    model = window.nav.model
    if model.rowCount() == 0:
        return False
    return window.select_item(model.item_at(0).id)


VIEWS: dict[str, View] = {
    "compare": show_conflict_state,
    "event": show_event_state,
    "statements": show_statements_state,
    "grid": show_grid_state,
}
