"""The repairs of the parse run after the parser, each a small spaCy component of its own
module that re-hangs one misparse the readers of figures cannot read past: a word split at
its prefix's hyphen is one noun ("a co-worker": ``prefix_joins``), a subject a belief verb's
participle describes is the next verb's (``belief_descriptions``), so is one a participle
with its complement describes (``participle_descriptions``), a root noun's participle
with an object the sentence's verb (``root_participles``), a second subject of an elided
passive its participle's (``elided_passives``), a count after a fronted day its verb's subject
(``dated_subjects``), a closing "a statement issued by X said" the sentence's report
(``trailing_documents``), a verb after a subject's aside its predicate (``aside_predicates``),
a name taken for a second subject its preposition's object (``orphaned_objects``), a verb
swallowed into a count's "of" its clause's verb (``swallowed_verbs``), a closing source whose
title's bracket the parser took for the sentence's end its sentence's (``bracketed_titles``), a
second harm verb folded into the first one's object a verb of its own (``coordinated_harms``),
a closing source the parser listed among places the report verb's subject (``listed_speakers``),
a name set off by commas after a fronted "according to" object that object's apposition
(``fronted_appositions``),
a headline's "N others" after the verb's object and a comma that object's conjunct
(``headline_others``), one of a people read as an adjective of a counted people beside it
the list's head (``counted_peoples``), "a couple" read as a noun adverb of an object-less verb
its object (``pair_objects``), a counted noun after "between 12-15" taken for the
preposition's object the subject of the verb after it (``between_subjects``), a people's
noun read as a clause on the noun before it that phrase's head (``clause_read_nouns``), a
clause on "who" after a verb's object and a comma the parser hung on the verb that object's
(``object_relatives``), a plural counted by two numerals each with its own word before it the
list the subject's parse makes of it (``gapped_plurals``), an object after a verb's result
adjective the verb's (``adjective_objects``), a plural read as a verb whose subject is "that"
the next verb's subject (``verb_read_subjects``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.extract import (
    adjective_objects,
    aside_predicates,
    belief_descriptions,
    between_subjects,
    bracketed_titles,
    clause_read_nouns,
    coordinated_harms,
    counted_peoples,
    dated_subjects,
    elided_passives,
    fronted_appositions,
    gapped_plurals,
    headline_others,
    initialled_heads,
    listed_speakers,
    object_relatives,
    orphaned_objects,
    pair_objects,
    participle_descriptions,
    prefix_joins,
    root_participles,
    swallowed_verbs,
    trailing_documents,
    verb_read_subjects,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEMMATIZER = "lemmatizer"
# (component, function, the component it runs after), in the order they are added; those
# after the lemmatizer read words by their lemmas and parts of speech, the others by tags
_REPAIRS: tuple[tuple[str, Callable[[Doc], Doc], str], ...] = (
    (prefix_joins.COMPONENT, prefix_joins.join_split_prefixes, "parser"),
    # "gunmen suspected to be bandits invaded ..."
    (belief_descriptions.COMPONENT, belief_descriptions.rehang_described_subjects, LEMMATIZER),
    # "four suspects linked to the cult were arrested"
    (participle_descriptions.COMPONENT, participle_descriptions.rehang_participle_descriptions,
     belief_descriptions.COMPONENT),
    # "Taliban fighters executed 17 soldiers"
    (root_participles.COMPONENT, root_participles.rehang_root_participles,
     prefix_joins.COMPONENT),
    # "a man was shot dead and his brother wounded by gunmen"
    (elided_passives.COMPONENT, elided_passives.rehang_elided_passives,
     root_participles.COMPONENT),
    # "On Tuesday 30 were arrested"
    (dated_subjects.COMPONENT, dated_subjects.rehang_dated_subjects, elided_passives.COMPONENT),
    # "..., a statement issued by the force said": read by the report verb's lemma
    (trailing_documents.COMPONENT, trailing_documents.rehang_trailing_documents,
     belief_descriptions.COMPONENT),
    # "Eleven persons, including a woman, sustained injuries"
    (aside_predicates.COMPONENT, aside_predicates.rehang_aside_predicates,
     trailing_documents.COMPONENT),
    # "the attack on the village of X on Wednesday also wounded dozens"
    (orphaned_objects.COMPONENT, orphaned_objects.rehang_orphaned_objects,
     dated_subjects.COMPONENT),
    # "the toll rose to 38 after two more of the injured died"
    (swallowed_verbs.COMPONENT, swallowed_verbs.rehang_swallowed_verbs,
     orphaned_objects.COMPONENT),
    # "..., Inspector General of Police (Bastar Range) Ann Roe said": read by the verb's lemma
    (bracketed_titles.COMPONENT, bracketed_titles.rehang_bracketed_titles,
     trailing_documents.COMPONENT),
    # "the quake killed 12 and injured dozens": read by the harm verbs' lemmas
    (coordinated_harms.COMPONENT, coordinated_harms.rehang_coordinated_harms,
     bracketed_titles.COMPONENT),
    # "... in Butig, Lanao del Sur, the Army's 103rd Infantry Brigade said": the verb's lemma
    (listed_speakers.COMPONENT, listed_speakers.rehang_listed_speakers,
     coordinated_harms.COMPONENT),
    # "According to the military's media wing, ISPR, four soldiers died": read by tags
    (fronted_appositions.COMPONENT, fronted_appositions.rehang_fronted_appositions,
     listed_speakers.COMPONENT),
    # "Militants kill nurse, two others in Yobe"
    (headline_others.COMPONENT, headline_others.rehang_headline_others,
     listed_speakers.COMPONENT),
    # "Director General of Police R K Bhat said": the merged initials' word, the first read
    (initialled_heads.COMPONENT, initialled_heads.rehang_initialled_heads, prefix_joins.COMPONENT),
    # "An American and two Canadians were hurt": read by tags and the peoples' table
    (counted_peoples.COMPONENT, counted_peoples.rehang_counted_peoples, prefix_joins.COMPONENT),
    # "Gunmen abducted a couple on Saturday": read by the pair noun's lemma
    (pair_objects.COMPONENT, pair_objects.rehang_pair_objects, LEMMATIZER),
    # "Between 12-15 people were killed": read by tags
    (between_subjects.COMPONENT, between_subjects.rehang_between_subjects,
     prefix_joins.COMPONENT),
    # "Gunmen shot dead a traffic warden": read by the people noun's lemma
    (clause_read_nouns.COMPONENT, clause_read_nouns.rehang_clause_read_nouns, LEMMATIZER),
    # "killed two Afghan and three Pakistani soldiers": read by tags
    (gapped_plurals.COMPONENT, gapped_plurals.rehang_gapped_plurals, prefix_joins.COMPONENT),
    # "Troops shot one of them, who later died": read by tags and words
    (object_relatives.COMPONENT, object_relatives.rehang_object_relatives,
     prefix_joins.COMPONENT),
    # "A man shot dead his two sisters": read by tags
    (adjective_objects.COMPONENT, adjective_objects.rehang_adjective_objects,
     prefix_joins.COMPONENT),
    # "said that airstrikes on the port killed 16": sets the plural's lemma
    (verb_read_subjects.COMPONENT, verb_read_subjects.rehang_verb_read_subjects, LEMMATIZER),
)


def add_parse_repairs(nlp: Language) -> None:
    """Add every repair to a pipeline with a parser (one without a lemmatizer runs those that
    read lemmas right after the prefix join)."""
    from spacy.language import Language

    lemmas = LEMMATIZER in nlp.pipe_names
    for name, func, after in _REPAIRS:
        if not Language.has_factory(name):
            Language.component(name, func=func)
        nlp.add_pipe(name, after=after if lemmas or after != LEMMATIZER else prefix_joins.COMPONENT)
