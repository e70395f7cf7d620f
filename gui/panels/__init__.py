"""Panels of the main window: widgets over the workspace, each in its own module."""
