"""Every command of the window in one declarative table: its text, keys, icon and tip, the
window method it calls, and where it appears. The menus, the toolbar and the keyboard help
are all made from it, so a shortcut is written once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from core.model import STATUSES

# The verdict keys: 1 = unverified, 2 = verified, ...
VERDICT_KEYS: dict[str, str] = {status: str(n) for n, status in enumerate(STATUSES, start=1)}


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # the window keeps the QAction as ``act_<name>``
    text: str
    slot: str  # the window's method the action calls (no arguments)
    keys: tuple[str, ...] = ()  # portable key sequences ("Ctrl+I"), the first is shown
    standard: QKeySequence.StandardKey | None = None  # the platform's own, when there is one
    icon: str = ""
    tip: str = ""
    help: str = ""  # the keyboard help's wording ("" for an action not listed there)
    checkable: bool = False  # an option: its slot reads ``isChecked()`` or none ("")


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New project…", "new_project", ("Ctrl+N",),
               QKeySequence.StandardKey.New, "new", help="New project"),
    ActionSpec("open", "&Open project…", "open_project_dialog", ("Ctrl+O",),
               QKeySequence.StandardKey.Open, "open", help="Open project"),
    ActionSpec("save_as", "Save project &as…", "save_project_as", ("Ctrl+Shift+S",),
               icon="save", tip="Copy the project to a new file and keep working there",
               help="Save project as"),
    ActionSpec("save_copy", "Save a &copy…", "save_copy",
               tip="Write a complete copy of the project (all edits) and keep working here"),
    ActionSpec("import", "&Import files…", "import_dialog", ("Ctrl+I",), icon="import",
               tip="Add articles (txt, html, pdf, docx…)", help="Import files"),
    ActionSpec("import_folder", "Import &folder…", "import_folder_dialog"),
    ActionSpec("paste", "&Paste article…", "paste_dialog", ("Ctrl+Shift+V",), icon="paste",
               tip="Paste an article's text with title, outlet and date",
               help="Paste an article"),
    ActionSpec("export", "&Export…", "export_dialog", ("Ctrl+Shift+E",), icon="export",
               tip="Excel, CSV, JSON or ClaimReview", help="Export"),
    ActionSpec("quit", "&Quit", "close", ("Ctrl+Q",), QKeySequence.StandardKey.Quit),
    ActionSpec("import_reviews", "Import &reviews from workbook…", "import_reviews_dialog",
               tip="Read Status and Note back from an exported workbook a colleague reviewed"),
    ActionSpec("orphans", "&Orphaned verdicts…", "show_orphans",
               tip="Verdicts whose claim is gone after a re-run: attach them to a claim"),
    # Undo / Redo walk the store's journal: the same in memory, on a file, after reopening.
    ActionSpec("undo", "&Undo", "undo", ("Ctrl+Z",), icon="undo",
               help="Undo any edit (also after reopening the project)"),
    ActionSpec("redo", "&Redo", "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), icon="redo",
               help="Redo"),
    ActionSpec("find", "&Find…", "focus_find", ("Ctrl+F",), QKeySequence.StandardKey.Find,
               "find", help="Find: filter the grid by text"),
    ActionSpec("manual", "Add claim from &selection", "add_claim_from_selection", ("Ctrl+M",),
               icon="claim", tip="Select a figure in a source, then Ctrl+M",
               help="Add a claim from the text selected in a source"),
    ActionSpec("edit_value", "&Correct the value", "edit_value", ("Ctrl+E",),
               tip="Type a corrected value for the selected claim (kept beside the extracted "
                   "one)",
               help="Correct the selected claim's value (Enter to keep, Esc to drop)"),
    ActionSpec("note", "Write a &note", "focus_note", ("N",),
               tip="Write a note on the selected claim (Escape goes back)",
               help="Write a note on the selected claim (Escape saves it, goes back)"),
    ActionSpec("next", "&Next unreviewed", "goto_next_unreviewed", ("J",), icon="next",
               help="Next unreviewed claim"),
    ActionSpec("prev", "&Previous unreviewed", "goto_previous_unreviewed", ("K",),
               icon="previous", help="Previous unreviewed claim"),
    ActionSpec("cancel", "&Cancel extraction", "cancel_extraction", ("Esc",), icon="cancel",
               help="Cancel the running extraction"),
    ActionSpec("remove", "&Remove source", "remove_selected_source", icon="remove"),
    ActionSpec("rerun", "Re-&run extraction on source", "rerun_selected_source",
               icon="rerun"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "show_shortcuts", ("F1",),
               QKeySequence.StandardKey.HelpContents),
    ActionSpec("about", "&About Claimdesk", "show_about"),
    ActionSpec("zero_counts", "Read &zero counts (\u201cno one was hurt\u201d)", "",
               tip="Also take a zero told by negation as a claim of 0, in the files imported "
                   "or re-run from now on", checkable=True),
    ActionSpec("reset_filters", "Reset &filters", "reset_filters"),
    *(ActionSpec(f"mark_{status}", f"Mark {status}", f"mark_{status}", (key,),
                 icon="verified" if status == "verified" else "",
                 help=f"Verdict: {status}")
      for status, key in VERDICT_KEYS.items()),
)
SPECS: Mapping[str, ActionSpec] = {a.name: a for a in ACTIONS}

# Menus in order: action names, "-" for a separator, "@hook" for a part the window builds
# (recent projects, export types, verdicts, panels, columns, theme).
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("new", "open", "@recent", "save_as", "save_copy", "-", "import",
               "import_folder", "paste", "import_reviews", "zero_counts", "-", "@export", "-",
               "quit")),
    ("&Edit", ("undo", "redo", "-", "find", "manual", "edit_value", "note", "@verdicts", "next",
               "prev", "-", "remove", "rerun", "cancel", "orphans")),
    ("&View", ("@panels", "@columns", "@theme", "reset_filters")),
    ("&Help", ("shortcuts", "about")),
)
TOOLBAR: tuple[str, ...] = ("open", "import", "paste", "export", "-", "undo", "redo", "-",
                            "prev", "next", "manual")


def make_actions(owner: QWidget, slots: Callable[[str], Callable[[], object]]
                 ) -> dict[str, QAction]:
    """One QAction per spec, added to ``owner`` (so its keys work with the menu bar hidden);
    ``slots(name)`` gives the callable of a spec's ``slot``."""
    made: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, owner)
        keys = ([QKeySequence(spec.standard)] if spec.standard is not None else [])
        keys += [QKeySequence(k) for k in spec.keys]
        if keys:
            action.setShortcuts(list(dict.fromkeys(keys)) if len(keys) > 1 else keys)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setCheckable(spec.checkable)
        if spec.slot:
            slot = slots(spec.slot)
            action.triggered.connect(lambda _checked=False, run=slot: run())
        owner.addAction(action)
        made[spec.name] = action
    return made


def fill_menu(menu: QMenu, entries: Sequence[str], actions: Mapping[str, QAction],
              hooks: Mapping[str, Callable[[QMenu], None]]) -> None:
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif entry.startswith("@"):
            hooks[entry](menu)
        else:
            menu.addAction(actions[entry])


def fill_toolbar(bar: QToolBar, actions: Mapping[str, QAction]) -> None:
    for entry in TOOLBAR:
        if entry == "-":
            bar.addSeparator()
        else:
            bar.addAction(actions[entry])


def show_step(action: QAction, verb: str, label: str | None, keys: str) -> None:
    """Undo or Redo: the menu names the edit ("Undo Mark c3 disputed"); the tool bar keeps
    the bare verb, so it does not grow and push other buttons into its overflow menu."""
    action.setEnabled(label is not None)
    action.setText(f"&{verb} {label}" if label else f"&{verb}")
    action.setIconText(verb)
    action.setToolTip(f"{verb} {label} ({keys})" if label else f"{verb} ({keys})")


def shortcuts() -> list[tuple[str, str]]:
    """The keyboard help, from the table: (keys, what they do)."""
    rows = [(" / ".join(s.keys), s.help) for s in ACTIONS
            if s.help and s.keys and not s.name.startswith("mark_")]
    verdicts = ", ".join(VERDICT_KEYS)
    return [(f"{min(VERDICT_KEYS.values())} … {max(VERDICT_KEYS.values())}",
             f"Verdict: {verdicts}"), *rows]
