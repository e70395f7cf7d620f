"""The cheap lexical cues before a sentence is parsed for victims named without a numeral:
"a man", "his wife", "she", "the driver", a surname alone, and a harm word
(``regions.has_figure``)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.extract.victim_mentions import PERSONAL_PRONOUNS
from core.extract.victim_names import INDEFINITE, POSSESSIVES

if TYPE_CHECKING:
    from spacy.tokens import Span

REFLEXIVES = frozenset({"himself", "herself"})

# Words without which a sentence cannot name a victim without a numeral: the pipeline parses
# a sentence that holds one of these and a harm word.
VICTIM_CUES = INDEFINITE | REFLEXIVES | POSSESSIVES | frozenset(lexicon().multiples)

VICTIM_HARM = (
    "kill", "dead", "die", "injur", "wound", "hurt", "fatal", "mortal", "shot", "slain",
    "critical",  # "Jane Roe is in critical condition"
    "homicid", "murder", "slay",  # "a double homicide"
    "struck", "hit",  # "a bystander was hit by gunfire", "was also struck"
)

# Harm told by an idiom whose words are common alone ("passed a law", "survivors", "support"):
# the sentence holds all the words of one group ("did not survive" is a negation and a stem)
IDIOM_HARMS = (
    (("life",), ("support",)),  # "was taken off life support"
    (("passed",), ("away",)),  # "passed away"
    (("lost",), ("life", "lives")),  # "a man lost his life"
    (("not", "n't", "never", "cannot"), ("surviv", "saved", "revived")),  # "did not survive"
)


def idiom_harm(words: Sequence[str]) -> bool:
    """The sentence's words hold each part of a harm idiom (``IDIOM_HARMS``)."""
    return any(
        all(any(w.startswith(part) for w in words for part in group) for group in idiom)
        for idiom in IDIOM_HARMS
    )


def definite_cue(words: Sequence[str]) -> bool:
    """ "the driver", "she": a sentence that may name a victim not yet counted."""
    nouns = lexicon().victim_nouns
    return not PERSONAL_PRONOUNS.isdisjoint(words) or any(
        w == "the" and nxt in nouns for w, nxt in itertools.pairwise(words)
    )


def definite_death_cue(words: Sequence[str]) -> bool:
    """ "the boy's death", "the death of the girl": a sentence that may name one dead by a
    death noun and a definite person (``victim_nouns.possessed_victims``)."""
    nouns = lexicon().victim_nouns
    return any(w.startswith("death") for w in words) and any(
        w == "the" and nxt in nouns for w, nxt in itertools.pairwise(words)
    )


# "Roe died", "Roe was shot", "Roe, who ...": how a sentence goes on from a surname alone
SURNAME_FOLLOWERS = frozenset({"died", "was", "is", "has", "had", "later", ","})


def surname_cue(sent: Span) -> bool:
    """ "Roe died Sunday": a capitalised word alone before a predicate may be a victim's
    surname the recogniser missed (read only when an earlier full name matches it)."""
    return any(
        t.is_title and not t.is_stop and t.nbor().lower_ in SURNAME_FOLLOWERS for t in sent[:-1]
    )
