"""The cheap lexical cues before a sentence is parsed for victims named without a numeral:
"a man", "his wife", "she", "the driver", a surname alone, and a harm word
(``regions.has_figure``)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.list_members import POSSESSIVES
from core.extract.measures import lexicon
from core.extract.victim_mentions import PERSONAL_PRONOUNS
from core.extract.victim_names import INDEFINITE
from core.extract.victim_nouns import HURT_DEEDS
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span

REFLEXIVES = frozenset({"himself", "herself"})
OBJECT_PRONOUNS = frozenset({"him", "her"})  # "officers detained him"

# Words without which a sentence cannot name a victim without a numeral: the pipeline parses
# a sentence that holds one of these and a harm word.
VICTIM_CUES = INDEFINITE | REFLEXIVES | POSSESSIVES | frozenset(lexicon().multiples)

VICTIM_HARM = (
    "kill", "dead", "die", "injur", "wound", "hurt", "fatal", "mortal", "shot", "slain",
    "critical",  # "Jane Roe is in critical condition"
    "homicid", "murder", "slay",  # "a double homicide"
    "struck", "hit",  # "a bystander was hit by gunfire", "was also struck"
    "gunned", "martyr", "stabb", "behead", "lynch",  # "a teacher was gunned down"
)

# "The other victims were Ana Ruiz, Tom Bell and ...": a roll of names under a harmed group
# no harm word tells (``victim_rolls``)
ROLL_WORDS = frozenset({"victims"})

# The stems of an arrest of one person told without a numeral ("a man was arrested", "the
# suspect was detained", "is in custody", "was booked into jail", ``lone_arrests``)
ARREST_STEMS = (
    "arrest", "detain", "custody", "jail", "booked", "apprehend", "surrender", "nabbed",
    "turned",  # "turned himself in"
    "caught", "netted", "picked", "rounded",  # "police caught a man", "picked up a suspect"
    "charged",  # "a man was charged with arson" (``charges``)
)


def arrest_cue(words: Sequence[str]) -> bool:
    """An arrest word, the harm side of a sentence that may tell one person arrested, who may
    also be "him" or a suspect noun after "the" ("the suspect was detained")."""
    if not any(w.startswith(ARREST_STEMS) for w in words):
        return False
    suspects = lexicon().suspect_nouns
    return not OBJECT_PRONOUNS.isdisjoint(words) or any(
        w == "the" and nxt in suspects for w, nxt in itertools.pairwise(words)
    )


# Harm told by an idiom whose words are common alone ("passed a law", "survivors", "support"):
# the sentence holds a word of each group of one idiom
IDIOM_HARMS = (
    (frozenset({"life"}), frozenset({"support"})),  # "was taken off life support"
    (frozenset({"passed"}), frozenset({"away"})),  # "passed away"
    (frozenset({"lost"}), frozenset({"life", "lives"})),  # "a man lost his life"
)
# "did not survive", "could not be saved", "never revived": a negation and a survival stem
NEGATIONS = frozenset({"not", "n't", "never", "cannot"})
SURVIVAL = ("surviv", "saved", "revived")


def idiom_harm(words: Sequence[str]) -> bool:
    """The sentence's words hold each part of a harm idiom (``IDIOM_HARMS``), or a negated
    survival."""
    told = set(words)
    if any(not (told.isdisjoint(a) or told.isdisjoint(b)) for a, b in IDIOM_HARMS):
        return True
    if _wound_told(told):
        return True
    return not told.isdisjoint(NEGATIONS) and any(w.startswith(SURVIVAL) for w in told)


PLURAL_ENDS = ("s", "es")  # "cuts", "gashes"


def _wound_told(told: set[str]) -> bool:
    """ "suffered a gash", "sustained a broken arm": a verb of 'wound_verbs' and a wound word
    (``suffered_harms.wound_harm``)."""
    stems, wounds = _wound_words()
    if not any(w.startswith(stems) for w in told):
        return False
    return any(
        w in wounds or any(w.removesuffix(end) in wounds for end in PLURAL_ENDS) for w in told
    )


@functools.cache
def _wound_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """The stems of 'wound_verbs' and the wound and broken-state words, built once: the test
    runs on every sentence the regions weigh."""
    stems = tuple(v.removesuffix("e") for v in word_set("measures", "wound_verbs"))
    return stems, word_set("measures", "wound_nouns") | word_set("measures", "broken_states")


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


def harm_noun_cue(words: Sequence[str]) -> bool:
    """ "the accidental shooting of a boy", "a toddler's death": one person a harm noun names
    (``victim_nouns.nominal_victims``, ``possessed_victims``)."""
    return any(
        (w in HURT_DEEDS and nxt == "of") or (w == "'s" and nxt.startswith("death"))
        for w, nxt in itertools.pairwise(words)
    )


# "Roe died", "Roe was shot", "Roe, who ...": how a sentence goes on from a surname alone
SURNAME_FOLLOWERS = frozenset({"died", "was", "is", "has", "had", "later", ","})


def surname_cue(sent: Span) -> bool:
    """ "Roe died Sunday": a capitalised word alone before a predicate may be a victim's
    surname the recogniser missed (read only when an earlier full name matches it)."""
    return any(
        t.is_title and not t.is_stop and t.nbor().lower_ in SURNAME_FOLLOWERS for t in sent[:-1]
    )
