"""Claimdesk's bundled data (icons/, samples/, desktop/), read with importlib.resources through
``core.bundled``. A wheel installs this folder as the package ``claimdesk_resources``."""

# core.bundled accepts only a resources package carrying this marker.
CLAIMDESK_RESOURCES = True
