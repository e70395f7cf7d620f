"""The body the sentence right after a review's lead names as a speaker ("..., according to
the yearly review of a Kessa think tank. The Kessa Peace Forum said ..."): the name, without
initials, that a lead's indefinite description may be (``headline_initials.named_next``)."""

from __future__ import annotations

from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.described_bodies import observer_kinds
from core.extract.lede_officials import next_statement, opening
from core.model import Claim, Statement


def next_body(
    lead: Claim, claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> list[tuple[str, str]]:
    """The body (as name and short name: the name itself) a statement opening in the sentence
    right after the lead's speaks as, when it is a body given by a name, as the figures it
    gives name it ("The Kessa Peace Forum"); none else."""
    bodies = sorted(
        (s for s in statements if _named(s.speaker) and (
            s.speaker_kind == "institution" or _a_body(s.speaker or "")
        )),
        key=opening,
    )
    after = next_statement(lead, bodies, text)
    if after is None or not after.speaker:
        return []
    bare = _bare(after.speaker)
    name = next(
        (c.attribution for c in claims if c.attribution and _bare(c.attribution) == bare),
        after.speaker,
    )
    return [(name, name)]


def _bare(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _named(speaker: str | None) -> bool:
    """ "The Kessa Peace Forum", not "a Kessa-based think tank" nor "Police": a name of more
    than one word, each but its article capitalised."""
    words = (speaker or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _a_body(name: str) -> bool:
    """ "Kessa Peace Forum": a name holding a kind of body, whatever the parse took it for."""
    words = {w.lower() for w in name.split()}
    return bool(words & (cues().institution_nouns | observer_kinds()))
