"""Claimdesk's desktop workbench: Qt widgets that adapt ``core`` and never re-implement it."""
