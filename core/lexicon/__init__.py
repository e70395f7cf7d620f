"""Patterns built from the rule tables that both ``core.ingest`` and ``core.text`` read: the
calendar words and the masthead test. Below both sibling layers so each has one home."""
