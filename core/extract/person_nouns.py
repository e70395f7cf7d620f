"""Whether a common noun names one person a casualty predicate can befall: a word of the
victim nouns ("a man", "a toddler"), or a noun for a person by what they do or are, told by
its ending ("a deer *hunter*", "a *jogger*", "a *cyclist*", "a *pedestrian*", "an *employee*":
the ``person_suffixes`` of ``rules/cues.json``, which also name unnamed speakers). Local news
names a victim so all the time, by whatever the person was doing, and no list keeps up with it;
the casualty predicate the caller reads (died, was killed, was treated for wounds) is what
takes the noun for someone alive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.incident_words import incident_noun
from core.extract.measures import counts_things, lexicon
from core.extract.nlp import written_lower
from core.rules import word_set
from core.text.nationalities import listed_people, nationality
from core.text.places import candidates

if TYPE_CHECKING:
    from spacy.tokens import Token

# "a settlement", "a shipment": an ending of things that the "-ent" of "a resident" also ends
THING_ENDINGS = ("ment",)

HEAD = "head"  # of a village, a ward: one person (``headed_units``)

# the stem an ending needs before it: "a tenant", "a teen" are one, "an ant", "a bee" none
MIN_STEM = 3


def person_noun(noun: Token, *, first: bool = False) -> bool:
    """A singular common noun that names one person: a victim noun, else a noun of a person's
    doing or kind by its ending, written in lower case (no name; a title-case headline's
    common word, ``nlp.written_lower``, or the ``first`` word of a headline's clause, which
    any word is capitalised as),
    no thing or animal (``thing_nouns``: "a container", "an alligator"), no happening ("an
    encounter") and no agent of an attack ("a gunman": a suspect's death is read where he is
    named as one)."""
    if _an_officer_by_rank(noun) or one_of_a_people(noun, first=first):
        return True
    if not common_singular(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in lexicon().victim_nouns or _of_a_person(noun, first=first):
        return True
    if lemma == HEAD and any(
        c.dep_ == "compound" and c.lemma_.lower() in word_set("measures", "headed_units")
        for c in noun.children
    ):
        return True  # "a village head was killed"
    if lemma in word_set("measures", "role_nouns") and (first or written_lower(noun)):
        # "A Rohingya leader was shot dead", "a police official was martyred"; not one who
        # speaks ("..., a district official told reporters")
        return not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues().attributing)
    # "a passer-by": the parser heads the word on its particle; "a co-worker" on the noun
    before = _before_hyphen(noun)
    return before is not None and _of_a_person(before, first=first)


def a_victim_word(word: Token) -> bool:
    """A word of ``victim_nouns`` whatever tag it got ("Woman" of a headline, "constable"
    taken for an adjective), by its last hyphened part too ("sub-inspector")."""
    victims = lexicon().victim_nouns
    low = word.lower_
    return word.lemma_.lower() in victims or low in victims or low.rsplit("-", 1)[-1] in victims


def _an_officer_by_rank(noun: Token) -> bool:
    """ "A DSP was martyred", "an SHO was wounded": a rank's abbreviation (``title_abbreviations``)
    after an indefinite article names one officer, whatever tag the capitals got."""
    return (
        noun.text.isupper()
        and noun.lower_ in cues().title_abbreviations
        and any(c.dep_ == "det" and c.lower_ in _ONE_ARTICLES for c in noun.children)
    )


_ONE_ARTICLES = frozenset({"a", "an"})
# the tags a people's word gets as a noun ("a Lebanese" plural, "shot dead a Palestinian" an
# adjective): its role, no modifier's, says it is the noun
_PEOPLE_TAGS = frozenset({"NNP", "NN", "NNPS", "JJ"})
_NOT_HEADS = frozenset({"amod", "compound"})
# "Palestinians killed" counts no one; "Chinese killed", "Swiss killed" may be many people
_SAME_PLURALS = ("s", "ese")


def one_of_a_people(noun: Token, *, first: bool = False) -> bool:
    """ "A Palestinian was killed", "troops shot dead an Israeli", "killed a Lebanese": a
    people's word (NER's group, ``nationality``) as the noun after an indefinite article
    names one person of that people; so does a headline's ``first`` word with a singular
    tag, the article dropped ("Syrian killed by landmine"). Not as the word before a noun
    ("a Syrian official", "an Israeli strike"), nor the people ("Palestinians"), nor one
    set beside a counted group ("five Chinese engineers and a Pakistani": the figure told is
    the group's, as the seed reports' gold reads it)."""
    if (
        not (noun.ent_type_ == "NORP" or _listed_people(noun))
        or noun.tag_ not in _PEOPLE_TAGS
        or noun.dep_ in _NOT_HEADS
        or not nationality(noun.lower_)
        or _beside_a_count(noun)
    ):
        return False
    if first and noun.tag_ != "NNPS" and not noun.lower_.endswith(_SAME_PLURALS):
        # "Chinese killed in attack", "Swiss hurt": a word whose plural is itself may be many
        return True
    return any(c.dep_ == "det" and c.lower_ in _ONE_ARTICLES for c in noun.children)


def _listed_people(noun: Token) -> bool:
    """ "A Briton", "a Kurd", "a Druze", "a Pashtun": a people's word the table lists, written
    capitalised, which the recogniser often takes for a name, a group or a language (or for
    nothing), where it gives "a Palestinian" its group NORP."""
    if not noun.text[:1].isupper():
        return False
    if listed_people(noun.lower_):
        return True
    # "A Bangladeshi", "an Omani" taken for a group or a name: a people's word by its stem,
    # not the place itself ("a Jordan", "an Indiana")
    return noun.ent_type_ != "GPE" and nationality(noun.lower_) and not candidates(noun.text)


# a people's word in the plural ("Palestinians", "Afghans"), however NER and the tagger read it
_PLURAL_TAGS = frozenset({"NNPS", "NNS"})


def many_of_a_people(noun: Token) -> bool:
    """ "Troops shot dead three Palestinians", "shot two Syrians": a people's plural counted
    by a numeral names that many persons of that people, as "two policemen" does (the
    people alone, "Palestinians", counts no one)."""
    return (
        noun.ent_type_ == "NORP"
        and noun.tag_ in _PLURAL_TAGS
        and nationality(noun.lower_)
        and any(c.dep_ == "nummod" for c in noun.children)
    )


def _beside_a_count(noun: Token) -> bool:
    """A conjunct of a noun its numeral counts ("five engineers and a Pakistani")."""
    return noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children)


def _of_a_person(noun: Token, *, first: bool = False) -> bool:
    """A noun of a person's doing or kind by its ending, as ``person_noun`` reads it."""
    lemma = noun.lemma_.lower()
    return (
        (first or written_lower(noun))
        and noun.is_alpha
        and (first or not noun.ent_type_)  # "Cyclist Dies": the tagger's group, no name
        and not lemma.endswith(THING_ENDINGS)
        and any(
            lemma.endswith(end) and len(lemma) - len(end) >= MIN_STEM
            for end in cues().person_suffixes
        )
        and not counts_things(noun)  # "a container", "an alligator"
        and not incident_noun(noun)  # "an encounter", "an accident": a happening
        and lemma not in lexicon().agent_nouns | lexicon().suspect_nouns
        and not _measures_others(noun)
    )


def _measures_others(noun: Token) -> bool:
    """ "a still-unknown number of marchers", "a cluster of homes": a noun of an amount
    (a toll noun) or one whose "of" names the plural it measures, no person."""
    return noun.lemma_.lower() in lexicon().toll_nouns or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in p.children
        )
        for p in noun.children
    )


def _before_hyphen(noun: Token) -> Token | None:
    """ "a passer-by": the parser heads the word on its particle, after the hyphen; the word
    before the hyphen names the person."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].tag_ != "HYPH":
        return None
    word = doc[noun.i - 2]
    return word if word.dep_ == "compound" and word.head.i == noun.i else None


def one_person_noun(noun: Token) -> bool:
    """A singular noun of one person a list of victims may hold: a victim noun ("sister",
    "neighbor") or a parent however called ("mom", "dad", "grandpa")."""
    lex = lexicon()
    word = noun.lemma_.lower()
    return common_singular(noun) and (word in lex.victim_nouns or word in lex.parent_nouns)


def common_singular(noun: Token) -> bool:
    """A singular common noun by its tag, or a lower-case word the tagger took for a name
    ("an army jawan": a proper noun is capitalised)."""
    return noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower)
