"""The singular of a plural noun read before (or without) the lemmatiser: a leaf, so the parse
repairs that run before the lemmatiser may use it without the readers that use it too."""

from __future__ import annotations


def singular_of(plural: str) -> str:
    """A plural the tagger left unlemmatised as a proper noun ("Gunmen" after a dateline's
    dash, "Forces"): its singular."""
    if plural.endswith("men"):
        return plural.removesuffix("men") + "man"
    return plural.removesuffix("s")
