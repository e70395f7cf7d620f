"""Controllers: the window's behaviour as QObjects over the workspace, testable without a
window."""
