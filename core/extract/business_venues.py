"""A business's venue is no place (issue #11, place): "at a First Coast Bank branch in
Elmwood", "a Delta Foods plant in Riverton": the name before a venue noun is a firm's when
NER reads it as an organisation, or when the venue is told in a town after it; the figure's
place is the town ("Elmwood"), never the branch, plant or store."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.headline_towns import a_town_name
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The label NER gives a firm's name.
_FIRM_LABEL = "ORG"
# Entity labels of a town told after a venue's "in".
_TOWN_LABELS = frozenset({"GPE", "LOC"})


@functools.cache
def _venue_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["business_venue_nouns"])


def a_business_venue(noun: Token, words: Span) -> bool:
    """``noun`` (a venue's lower-case noun, "branch", "plant", "store") named by ``words``
    (the proper nouns before it and itself) is a firm's venue: NER reads the name as an
    organisation's, or the venue is told in a named town ("a Key Bank branch in Milford")."""
    return a_firms_venue(noun, words) or (a_venue_noun(noun) and _told_in_a_town(noun))


def a_firms_venue(noun: Token, words: Span) -> bool:
    """ "the Kraft Foods plant": a venue noun after a name NER reads as an organisation's."""
    return a_venue_noun(noun) and any(t.ent_type_ == _FIRM_LABEL for t in words if t.i != noun.i)


def a_venue_noun(noun: Token) -> bool:
    """A business's venue noun ("plant", "branch", "store")."""
    return noun.pos_ == "NOUN" and noun.lower_ in _venue_nouns()


def _told_in_a_town(noun: Token) -> bool:
    """ "a Key Bank branch in Milford": the venue's "in" names a town."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            obj.dep_ == "pobj" and (obj.ent_type_ in _TOWN_LABELS or obj.pos_ == "PROPN")
            for obj in prep.children
        )
        for prep in noun.rights
    )


def a_firms_name(tok: Token) -> bool:
    """ "West Coast Bank" of "a West Coast Bank branch in Woodburn", NER reading the firm
    as a place: a name hung on a venue told in a town is the firm's, not a place."""
    venue = tok.head
    return (
        tok.dep_ == "compound"
        and venue.i > tok.i
        and a_venue_noun(venue)
        and _told_in_a_town(venue)
    )


_ARTICLES = frozenset({"a", "an", "the"})


def venue_town(words: Span) -> str | None:
    """ "a Gary bar", "a Tulsa pharmacy", "at Tulsa party", "a Dayton block party": a
    business or a gathering told by the town before its noun (and the lower-case words that
    say what kind it is) stands in that town (the gazetteer's town of that name); None for
    any other words."""
    noun = words[-1]
    words_before = [t for t in words[:-1] if t.lower_ not in _ARTICLES]
    name = [t for t in words_before if t.pos_ == "PROPN"]
    kind = words_before[len(name) :]
    if (
        not name
        or not (a_venue_noun(noun) or a_gathering_noun(noun))
        or words_before[: len(name)] != name
        or any(not t.text.islower() for t in kind)
        or (a_gathering_noun(noun) and _told_in_a_town(noun))  # "a Warren party in Boston"
    ):
        return None
    town = " ".join(t.text for t in name)
    return town if a_town_name(town) else None


def a_gathering_noun(noun: Token) -> bool:
    """A gathering's noun ("party", "vigil", "wedding"): no place's name ends with it."""
    return noun.pos_ == "NOUN" and noun.lower_ in word_set("places", "gathering_nouns")
