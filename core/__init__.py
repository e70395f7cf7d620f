"""Claimdesk core: a Qt-free library that turns news articles into checkable claims."""

__version__ = "0.1.0"
