"""Victims counted across killings: "has recorded nine victims across the earlier massacres",
"40 victims of the killings in the region" are the dead, whatever the report counted before;
"homicide victims" and "kidnapping victims" are the dead and the kidnapped;
"nine victims of the blast" (no deed that says they died) stay for the other readers; victims
a verb names ("had identified 9 victims", "six victims were named") are the dead, whose
bodies and names are what an identification gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

# the prepositions by which victims are placed in the killings that made them
OF_KILLINGS = frozenset({"of", "across", "in", "from"})
# the roles in which a naming verb's victims are the ones it named ("identified nine victims",
# "nine victims were identified")
NAMED_ROLES = frozenset({"dobj", "nsubjpass"})
# the deeds whose victims a compound before "victims" names them by: all were killed, or taken
COMPOUND_DEEDS = frozenset({"killed", "kidnapped"})
WITH = "with"
PLURAL = "s"
SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})
LASTING_HARMS = frozenset({"killed", "injured"})  # what became of victims of a taking
DEED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})  # "Kidnappings rose, with ..."


def killing_victims(noun: Token | None) -> Reading | None:
    """The counted noun is "victims" and a preposition on it, or on the verb that counts it,
    names killings (a noun of death, "killings", "murders", or a deed of killing made a
    noun, "massacres"): killed."""
    lex = lexicon()
    if noun is None or noun.lemma_.lower() not in lex.victim_groups:
        return None
    if (
        noun.dep_ in NAMED_ROLES
        and noun.head.lemma_.lower() in lex.naming_verbs
        # "victims who were treated in hospital": their own clause says what befell them
        and not any(t.dep_ in ("relcl", "acl") for t in noun.subtree)
    ):
        rule = f"victims:{noun.head.lemma_.lower()}"
        return Reading(measure="killed", noun=noun, anchor=noun.head, rule=rule)
    deed = next((c for c in noun.children if c.dep_ == "compound" and (
        _deed_measure(c) in COMPOUND_DEEDS)), None)
    if deed is not None:  # "16,420 homicide victims", "87 kidnapping victims", "kidnap victims"
        measure = _deed_measure(deed)
        if measure != "killed" and _own_harm(noun):
            return None  # "12 kidnap victims were found dead": their own predicate says
        return Reading(measure=measure, noun=noun, anchor=noun, rule=f"victims:{deed.lemma_}")
    measure = deed_with(noun) or _deed_left(noun)
    if measure in COMPOUND_DEEDS:  # "55 massacres with 240 victims", "which left 240 victims"
        return Reading(measure=measure, noun=noun, anchor=noun.head, rule="victims:with")
    owners = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ not in OF_KILLINGS:
                continue
            deed = next((d for d in prep.children if d.dep_ == "pobj" and (
                _a_killing(d) or _deed_measure(d) in COMPOUND_DEEDS)), None)
            if deed is not None:  # "victims of homicide", "victims of kidnapping"
                rule = f"victims:{deed.lemma_.lower()}"
                measure = "killed" if _a_killing(deed) else _deed_measure(deed)
                return Reading(measure=measure, noun=noun, anchor=noun, rule=rule)
    return None


def _own_harm(noun: Token) -> bool:
    """The victims' own predicate names a harm: "were found dead", "were killed"."""
    if noun.dep_ not in SUBJECT_ROLES:
        return False
    lex = lexicon()
    verb = noun.head
    said = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp"))]
    return any(
        (lex.verbs.get(w.lemma_.lower()) or lex.nouns.get(w.lower_)) in LASTING_HARMS
        for w in said
    )


def deed_with(noun: Token) -> Measure | None:
    """What befell the people of a "with" phrase hung on a count of deeds, or on a clause
    whose subject or object is one ("recorded 55 massacres with 240 victims", "Kidnappings
    rose in May, with 38 cases recorded"): a killing's dead, or the deed's own measure."""
    holder = _with_holder(noun)
    if holder is None:
        return None
    deeds = [holder] if holder.pos_ in ("NOUN", "PROPN") else [
        c for c in (*holder.children, *_told_before(holder, noun))
        if c.dep_ in DEED_ROLES
    ]
    for deed in deeds:
        if deed.like_num:
            continue
        measure = "killed" if _a_killing(deed) else _deed_measure(deed)
        if measure is not None:
            return measure
    return None


def _with_holder(noun: Token) -> Token | None:
    """What a "with" phrase holding the counted noun hangs on: the head of "with" as a
    preposition ("55 massacres with 240 victims"), or the clause a "with" clause the noun is
    the subject of tells more of ("Kidnappings rose, with 38 cases recorded", where the
    parse marks "recorded" a clause of its own)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == WITH:
        return head.head
    if noun.dep_ in SUBJECT_ROLES and head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == WITH for c in head.children
    ):
        return head.head
    return None


def _told_before(holder: Token, noun: Token) -> list[Token]:
    """The words of a clause a reporting verb tells before the "with" phrase the parse hung
    on that verb ("Kidnappings rose, with 38 cases recorded, the ministry said"): the "with"
    phrase tells more of that clause."""
    return [
        word for clause in holder.children
        if clause.dep_ == "ccomp" and clause.i < noun.i
        for word in clause.children
    ]


def _deed_left(noun: Token) -> Measure | None:
    """ "recorded 55 massacres, which left 240 victims": victims, the object of a relative
    clause told of a count of deeds, are what those deeds made them."""
    verb = noun.head
    deed = verb.head
    if noun.dep_ != "dobj" or verb.dep_ != "relcl" or deed.pos_ != "NOUN" or not any(
        c.like_num for c in deed.children
    ):
        return None
    return "killed" if _a_killing(deed) else _deed_measure(deed)


def _deed_measure(deed: Token) -> Measure | None:
    """The measure of a deed named before "victims": its noun's, or its verb's when the noun
    is the bare verb ("kidnap victims", "murder victims")."""
    lex = lexicon()
    lemma = deed.lemma_.lower()
    if lemma == deed.lower_ and deed.is_title and lemma.endswith(PLURAL):
        # a capitalised plural opening a sentence ("Kidnappings rose") the tagger kept whole
        lemma = lemma.removesuffix(PLURAL) if lemma.removesuffix(PLURAL) in lex.nouns else lemma
    return lex.nouns.get(lemma) or lex.verbs.get(lemma)


def _a_killing(deed: Token) -> bool:
    lex = lexicon()
    lemma = deed.lemma_.lower()
    return "killed" in (lex.nouns.get(lemma), lex.verbs.get(lemma))
