"""Who a list of people holds: the members a parse links ("a woman, two men and a boy"), a
list the parse hung under its first name, where the list's words end. Shared by the readers
of victims, captives and headlines (``victim_names``, ``victims``, ``captive_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.person_nouns import one_of_a_people

if TYPE_CHECKING:
    from spacy.tokens import Token

# "killed his wife", "shot her neighbor": one person named by relation to the agent
POSSESSIVES = frozenset({"his", "her", "their"})


def conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts ("a woman, two men and a boy"), in a loop."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        # "a man, two women and a boy" may parse "two women" as an apposition: a plural
        # counted by a numeral cannot restate one person, so it is another member
        todo.extend(
            c for c in t.children
            if c.dep_ == "conj"
            or (
                c.dep_ == "appos"
                and c.tag_ == "NNS"
                and any(g.dep_ == "nummod" for g in c.children)
                and c.ent_type_ != "DATE"  # "Sepoy X (age 24 years, ...)": an age, no member
            )
            or _listed_relative(t, c)
            or _listed_indefinite(t, c)
            or _listed_kin(t, c)
            or _named_after_and(c)
        )
        todo.extend(_hung_on_the_verb(t))
        # "Ann Roe, a nurse, and Tom Poe": the next name hung on the first one's description
        todo.extend(
            g for c in t.children if c.dep_ == "appos" and _a_persons_name(t)
            for g in c.children if g.dep_ == "conj" and _a_persons_name(g)
        )
    return sorted(out, key=lambda t: t.i)


def _a_persons_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def _named_after_and(appos: Token) -> bool:
    """ "Ann Roe, a nurse, and Capt. Tom Poe" may parse the second name as an apposition of
    the first: a name after "and" is another person, an apposition restates one without it."""
    first = appos.left_edge.i
    return (
        appos.dep_ == "appos"
        and _a_persons_name(appos)
        and first > 0
        and appos.doc[first - 1].lower_ in ("and", "&")
    )


def _listed_relative(head: Token, appos: Token) -> bool:
    """ "killed his wife, his son and his father" may parse "his son" as an apposition of
    "his wife": one relative named by another relation, with a list going on after it, is the
    list's second member (a wife is no son), not a second name of the first."""
    if appos.dep_ != "appos" or appos.lemma_.lower() == head.lemma_.lower():
        return False
    # "his wife, his best friend and partner": one person's descriptions share a possessive
    others = [c for c in appos.children if c.dep_ == "conj"]
    return bool(others) and all(_possessed_person(t) for t in (head, appos, *others))


_INDEFINITE = frozenset({"a", "an"})


def _listed_indefinite(head: Token, appos: Token) -> bool:
    """ "A 17-year-old boy, a 19-year-old man and a 20-year-old woman were wounded" may parse
    "a 19-year-old man" as an apposition of the first: one person named "a" something, then
    another, with the list going on after it, is the list's second member."""
    if appos.dep_ != "appos" or _told_as_one(head):
        return False
    others = [c for c in appos.children if c.dep_ == "conj"]
    return bool(others) and all(_a_person(t) for t in (head, appos, *others))


def _listed_kin(head: Token, appos: Token) -> bool:
    """ "killing a man, his wife and their three children" may parse "his wife" as an
    apposition of "a man": a relative named after one person named "a" something, with the
    list going on after it to more relatives, is the list's second member."""
    if appos.dep_ != "appos" or not (_a_person(head) and _possessed_person(appos)):
        return False
    others = [c for c in appos.children if c.dep_ == "conj"]
    return bool(others) and all(_possessed_person(t) or _possessed_count(t) for t in others)


def _hung_on_the_verb(obj: Token) -> list[Token]:
    """The relatives the parser hung on the object's verb (``kin_object``)."""
    verb = obj.head
    return [
        c for c in verb.children
        if c.dep_ == "conj" and (kin := kin_object(c)) is not None and kin.i == obj.i
    ]


def kin_object(conj: Token) -> Token | None:
    """ "killing a couple and their three children", "abducted a couple and their son" may
    parse "children", "son" as a conjunct of the verb: a verb joins no noun, so relatives
    (counted, or one named by relation) right after its object and "and" are the object
    list's next member; the object, or None."""
    verb = conj.head
    if conj.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    if not (_possessed_count(conj) or _possessed_person(conj)):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < conj.i), None)
    if obj is None:
        return None
    after = obj.right_edge.i + 1
    joined = conj.left_edge.i == after + 1 and obj.doc[after].lower_ == "and"
    return obj if joined else None


def _possessed_count(noun: Token) -> bool:
    """ "their three children": a plural person noun counted, whose relatives they are."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    return (
        noun.tag_ == "NNS" and people_noun(noun) and len(poss) == 1 and owner(poss[0])
        and any(c.dep_ == "nummod" for c in noun.children)
    )


_SINGULAR_FORMS = frozenset({"was", "is", "has"})


def _told_as_one(subject: Token) -> bool:
    """ "A man, a father of three and a teacher, was killed": the verb agrees with one
    person, whom the words after the first describe, or they are set off by commas as a
    description is ("A man, a former soldier and a father of two, died")."""
    verb = subject.head
    closed = verb.i > subject.i and subject.doc[verb.i - 1].text == ","  # "..., died there"
    return subject.dep_ in ("nsubj", "nsubjpass") and (
        verb.tag_ == "VBZ"
        or closed
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_FORMS for c in verb.children)
    )


def _a_person(noun: Token) -> bool:
    """ "a boy", "an elderly woman": one person noun after "a" or "an"; "a Kurd", one of a
    people (``one_of_a_people``)."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in lexicon().victim_nouns
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
    ) or one_of_a_people(noun)


def _possessed_person(noun: Token) -> bool:
    """ "his son", "Roe's mother": a singular person noun whose one determiner is a
    possessive pronoun or a name's possessive."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "det", "nummod")]
    return (
        noun.tag_ == "NN" and noun.lemma_.lower() in lexicon().victim_nouns
        and len(owners) == 1 and owners[0].dep_ == "poss" and owner(owners[0])
    )


def owner(poss: Token) -> bool:
    """ "*his* wife", "*Roe's* mother": a possessive pronoun, or a name's possessive, says
    whose relative a person noun names."""
    return poss.lower_ in POSSESSIVES or (
        poss.pos_ == "PROPN" and any(c.dep_ == "case" for c in poss.children)
    )


def unfolded_list(noun: Token) -> bool:
    """A list of victims the parse hung under the first one ("his son, Milo; his wife, Dana;
    and her father" as appositions; "his wife, Rosa, and her brother" as a conjunct of the
    apposition): more people than one, no count to trust."""
    # "Sepoy X (age 24 years, resident of District Y)": a bracketed aside describes him
    said = [c for c in noun.children if not _in_brackets(c, noun)]
    if sum(c.dep_ == "appos" and not c.like_num for c in said) > 1:  # not an age
        return True
    # the conjuncts reached through appositions and conjunctions, not those of a clause or
    # a phrase that only describes the person ("a man who argued with his wife and son")
    todo = [c for c in said if c.dep_ in _LIST_LINKS]
    while todo:
        t = todo.pop()
        # a person named or a person noun ("... and his friends, Emil and Karel Novak"), not
        # a thing the parse hung there ("Jane Roe, several protests and riots have ...")
        person = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and people_noun(t))
        if t.dep_ == "conj" and person and not _one_more_description(t):
            return True
        todo.extend(c for c in t.children if c.dep_ in _LIST_LINKS)
    return False


def _in_brackets(tok: Token, noun: Token) -> bool:
    """``tok`` stands inside a bracket opened after ``noun`` ("X (age 24, resident of Y)")."""
    between = [t.text for t in noun.doc[noun.i + 1 : tok.i]]
    return "(" in between and ")" not in between[between.index("(") :]


def _one_more_description(noun: Token) -> bool:
    """ "Ann Roe, a nurse and mother of three": a singular noun joined to the apposition that
    shares its article describes the same person ("a nurse and her brother" names two)."""
    return (
        noun.head.dep_ == "appos"
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


_LIST_LINKS = frozenset({"appos", "conj"})


# What follows a list's last person but is no part of the list: "a man and a woman *outside
# the bar*", "a man and his son *who lived there*", "left two guards and a cook *dead*".
_AFTER_LIST = frozenset({"prep", "relcl", "acl", "advcl", "punct", "cc", "amod"})


def list_end(last: Token) -> int:
    """The end (token index) of a list of victims: its last member with its own words."""
    end = last.i
    for child in last.children:
        if child.i > last.i and child.dep_ not in _AFTER_LIST:
            end = max(end, child.right_edge.i)
        elif last.like_num and child.dep_ == "prep" and child.lower_ == "of":
            # a number's "of" names whom it counts ("two of his guards"), not where
            end = max([end, *(o.i for o in child.children if o.dep_ == "pobj")])
    return end + 1
