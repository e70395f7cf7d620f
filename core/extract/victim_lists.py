"""How many people a list of victims names ("a woman, two men and a boy" → 4), and a
breakdown set off after a counted plural ("three people, two women and a man, died"), which
names the same people again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.gapped_plurals import shares_the_last_noun
from core.extract.headline_sentences import headline_sentence
from core.extract.list_members import POSSESSIVES, conjuncts
from core.extract.measures import lexicon
from core.extract.pair_nouns import PAIR, a_pair
from core.extract.person_nouns import one_person_noun
from core.extract.related_victims import RELATION, kin_member
from core.extract.titled_pairs import titled_pair
from core.extract.victim_mentions import DEFINITE
from core.extract.victim_names import INDEFINITE, SURNAME, Found, one_victim
from core.model import Measure
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading


_ONE_ARTICLES = frozenset({"a", "an"})

def plural_numeral(noun: Token) -> Token | None:
    """The numeral counting a plural, on it or on the modifier the parser hung it on ("the
    three bank workers": "three" a numeral of "bank")."""
    own = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if own is not None:
        return own
    return next((
        n for c in noun.lefts if c.dep_ == "compound" for n in c.children if n.dep_ == "nummod"
    ), None)


def names_restate(
    members: Sequence[Token], measure: Measure, counted: dict[tuple[int, Measure], float]
) -> bool:
    """ "two managers, Ann Roe and Bo Poe, were wounded": names after a counted plural, as
    many as it counts, are those people, not more of them (the parser may join them as
    conjuncts)."""
    if len(members) < 2:
        return False
    first, names = members[0], members[1:]
    numeral = plural_numeral(first)
    value = counted.get((numeral.i, measure)) if numeral is not None else None
    if value is None or first.tag_ != "NNS":
        return False
    if all(n.pos_ == "PROPN" for n in names):
        return value == len(names)
    # "three people, two women and a man, died": a breakdown set off after a counted plural
    # names some or all of the same people (a list would add up to more than the plural)
    closing = max(n.right_edge.i for n in names) + 1
    closed = closing >= len(first.doc) or first.doc[closing].text in _CLOSING
    part = _breakdown_total(names, measure, counted)
    return closed and _set_off(first) and part is not None and part <= value


def _breakdown_total(
    names: Sequence[Token], measure: Measure, counted: dict[tuple[int, Measure], float]
) -> float | None:
    """How many people the members of a breakdown name (its numerals' figures, one for each
    person named singly); None when one of them is no count of people."""
    total = 0.0
    for member in names:
        numeral = next((c for c in member.children if c.dep_ == "nummod"), None)
        single = _member_count(member, relation=False, how="", total=total)
        if numeral is not None and (numeral.i, measure) in counted:
            total += counted[(numeral.i, measure)]
        elif single is not None:
            total += single[0]
        else:
            return None
    return total


def mark_breakdowns(readings: Sequence[Found], counted: dict[tuple[int, Measure], float]) -> None:
    """A member's numeral of a breakdown ("three people, *two* women and a man, died") counts
    part of the total before it: a subset, never compared with the total as a rival figure."""
    for _amount, num, _span, reading in readings:
        noun, measure = reading.noun, reading.measure
        if noun is None or measure is None or reading.total_of is not None:
            continue
        if own_predicate(noun, reading):
            continue
        first = noun
        while first.dep_ in ("conj", "appos") and first.head.pos_ == "NOUN":
            first = first.head
        total = plural_numeral(first)
        if first is noun or total is None or total.i == num.i:
            continue
        parts = [m for c in first.children if c.dep_ in ("conj", "appos") for m in conjuncts(c)]
        if names_restate([first, *parts], measure, counted):
            reading.rule, reading.total_of = "subset", total


def own_predicate(noun: Token, reading: Reading) -> bool:
    """ "4 militants killed, 2 soldiers martyred": a count with a harm participle of its own is
    a clause of its own (a headline joins clauses by a comma, as a body by "and"), no member
    of a breakdown, whose members share the total's predicate ("three people, two women and a
    man, died")."""
    anchor = reading.anchor
    return anchor is not None and anchor.head.i == noun.i and anchor.dep_ in ("acl", "relcl")


# What ends a breakdown set off inside a clause ("three people, two women and a man, died")
_CLOSING = frozenset({",", "-", "–", "—", ")", ".", ";", ":"})


def _set_off(noun: Token) -> bool:
    """A comma or dash right after the noun phrase: what follows is set off from it."""
    own = [c.right_edge.i for c in noun.rights if c.dep_ not in ("conj", "cc", "punct", "appos")]
    after = max([noun.i, *own]) + 1
    return after < len(noun.doc) and noun.doc[after].text in (",", "-", "–", "—")


def count_members(
    members: Sequence[Token],
    measure: Measure,
    counted: dict[tuple[int, Measure], float],
    *,
    relation: bool = False,
) -> tuple[float, str, list[int]] | None:
    """How many people a list of victims names (one each for a person named singly, the
    figure read for a counted member), how the last single one was named, and the numerals
    counted; None when someone in it is not counted ("his wife", "the family") or no one is
    named singly (the numerals are claims of their own)."""
    total, singles, how = 0.0, 0, ""
    kin = False  # "a man and his son": a list a later sentence may name again in full
    numerals: list[int] = []
    numbered = any(
        (n.i, measure) in counted for m in members for n in _numerals(m)
    )
    for member in members:
        named = _member_count(member, relation=relation, how=how, total=total) or (
            _a_partner_held(member, measure, total) or _ranked_officer(member, members)
        )
        named = _beside_counted(member, members, measure, counted, named, numbered=numbered)
        numeral = next((c for c in member.children if c.dep_ == "nummod"), None)
        if named is not None and named[1] == SURNAME and len(members) > 1:
            return None  # "Roe and Poe died": surnames of people a figure may have counted
        if named is not None:
            total += named[0]
            if named[1] == DEFINITE:
                kin = True
            elif named[1]:
                singles, how = singles + 1, named[1]
        elif numeral is not None and (numeral.i, measure) in counted:
            total += counted[(numeral.i, measure)]
            numerals.append(numeral.i)
        elif (member.i, measure) in counted and _of_whom(member):
            total += counted[(member.i, measure)]  # "a senior officer and two of his guards"
            numerals.append(member.i)
        else:
            return None
    if total > 0 and singles == 0 and shares_the_last_noun(members):
        return total, how, numerals  # "two Afghan and three Pakistani policemen": one plural
    if total <= 0 or singles == 0:
        return None
    return total, DEFINITE if kin else how, numerals


def _member_count(
    member: Token, *, relation: bool, how: str, total: float
) -> tuple[float, str] | None:
    """How many people one member of a list names without a numeral, and how, if singly
    ("" for one who leans on the member before)."""
    one = one_victim(member, relation=relation)
    if one is not None:  # "a deputy and bomb technician": two
        return (2.0 if titled_pair(member) is not None else 1.0), one[1]
    if a_pair(member):
        return PAIR, "indefinite"  # "a young couple and their baby"
    if how == "indefinite" and _bare_person(member):
        return 1.0, ""  # "a woman and girl": the article serves both
    poss = next((c for c in member.children if c.dep_ == "poss"), None)
    if total > 0 and poss is not None and poss.lower_ in POSSESSIVES and _person(member):
        return 1.0, DEFINITE  # "a man and his son": the member before says whose
    return None


def _ranked_officer(member: Token, members: Sequence[Token]) -> tuple[float, str] | None:
    """ "*The SHO* and his guard were martyred", "*the DSP* and two constables": a rank's
    abbreviation (``title_abbreviations``) with "the", listed with others, names the one
    officer who holds it where the news happened, as "the chairman" beside "two others"
    does; alone ("the SHO was hurt") he may be one a count before him gave."""
    det = next((c for c in member.children if c.dep_ == "det"), None)
    if len(members) < 2 or det is None or det.lower_ != _THE:
        return None
    ranked = member.text.isupper() and member.lower_ in cues().title_abbreviations
    return (1.0, TITLE) if ranked else None


_THE = "the"
TITLE = "title"  # how a ranked officer is named: by his rank


def _a_partner_held(member: Token, measure: Measure, total: float) -> tuple[float, str] | None:
    """ "arrested a suspect and his accomplice": one held each, named by a suspect's word
    (which counts no victim): with an article, or whose partner in the deed he is."""
    if measure != "arrested" or member.tag_ != "NN":
        return None
    if member.lemma_.lower() not in lexicon().suspect_nouns:
        return None
    det = next((c for c in member.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in INDEFINITE:
        return 1.0, "indefinite"
    poss = next((c for c in member.children if c.dep_ == "poss"), None)
    whose = poss is not None and poss.lower_ in POSSESSIVES
    return (1.0, DEFINITE) if total > 0 and whose else None


def _beside_counted(
    member: Token,
    members: Sequence[Token],
    measure: Measure,
    counted: dict[tuple[int, Measure], float],
    named: tuple[float, str] | None,
    *,
    numbered: bool,
) -> tuple[float, str] | None:
    """One person named singly beside the people a figure counts ("two constables and a
    porter", "the chairman and two others", "two soldiers and their driver"), else what the
    member was read as on its own."""
    if named is None and numbered and (
        _listed_one(member) or _one_of_the_others(member, members, measure, counted)
    ):
        return 1.0, "indefinite"
    if named is None and numbered and kin_member(member):
        return 1.0, RELATION  # "his wife and two daughters were killed": three of a family
    if named is not None and named[1] == DEFINITE and _theirs(member, members, measure, counted):
        return 1.0, RELATION  # the driver is news as the counted people are
    return named


def _theirs(
    member: Token,
    members: Sequence[Token],
    measure: Measure,
    counted: dict[tuple[int, Measure], float],
) -> bool:
    """ "Two Khassadar personnel and *their driver* were killed", "three polio workers and
    *their police escort*": one person owned by the people a figure counts before him, who
    shares their predicate, is one more of them (the press names a convoy's or a team's
    driver, guard or escort so). Owned by one person ("a man and *his* son") he is the kin
    the list counts already; alone as a subject ("their driver was hurt") he may be one a
    count before him gave."""
    poss = next((c for c in member.children if c.dep_ == "poss"), None)
    return (
        poss is not None
        and poss.lower_ == _THEIR
        and member.lemma_.lower() not in word_set("measures", "assailant_nouns")  # "attacker"
        and not any(c.dep_ in ("nummod", "quantmod", "det") for c in member.children)
        and any(
            m.i < member.i and any((n.i, measure) in counted for n in _numerals(m))
            for m in members
        )
    )


_THEIR = "their"


def _numerals(member: Token) -> list[Token]:
    return [c for c in member.children if c.dep_ == "nummod"]


def _listed_one(member: Token) -> bool:
    """One person by the parse, beside people a figure counts ("two constables and *a
    porter*"): a singular common noun with an indefinite article of its own, conjoined to
    a counted plural, whatever trade it names; not a thing or beast ("a car"), a group ("a
    gang") or a vague amount ("a number of", "a dozen")."""
    lex = lexicon()
    det = next((c for c in member.children if c.dep_ == "det"), None)
    word = member.lemma_.lower()
    joined = member.dep_ == "conj" or any(c.dep_ == "conj" for c in member.children)
    return (
        joined  # "a total of 10 people" parsed as two subjects is no list
        and member.tag_ == "NN"
        and member.pos_ == "NOUN"
        and det is not None
        and det.lower_ in _ONE_ARTICLES
        and word not in lex.thing_nouns | lex.collective_nouns
        and not any(c.dep_ in ("nummod", "quantmod") or c.lower_ == "of" for c in member.children)
    )


def _one_of_the_others(
    member: Token,
    members: Sequence[Token],
    measure: Measure,
    counted: dict[tuple[int, Measure], float],
) -> bool:
    """ "killed the chairman and two others", "a ward head and four other residents": one
    singular noun with its article, beside people counted as "others" or "other" people, is
    one of them, whatever it calls the person (a title, "head", an initialism): "other" says
    the counted people are more of the same kind. A group ("the family") is no one person. A
    headline drops the article ("Gunmen kill DPO, two others")."""
    det = next((c for c in member.children if c.dep_ == "det"), None)
    if (
        member.tag_ not in _SINGULAR_TAGS
        or member.ent_type_ == PERSON
        or not (_an_article(det) or _headline_bare(member))
        or member.lemma_.lower() in lexicon().collective_nouns
    ):
        return False
    return any(
        m.i > member.i and _others(m) and any((n.i, measure) in counted for n in _numerals(m))
        for m in members
    )


def _an_article(det: Token | None) -> bool:
    return det is not None and det.lower_ in _ARTICLES


def _headline_bare(member: Token) -> bool:
    """A headline's noun with none of a determiner, possessive or count of its own."""
    return headline_sentence(member.sent) and not any(
        c.dep_ in _BARE_NOT for c in member.children
    )


_BARE_NOT = frozenset({"det", "poss", "nummod", "quantmod"})


def _others(member: Token) -> bool:
    """ "two others", "two other officers": people named as more of a kind named before."""
    return member.lower_ == OTHERS or any(
        c.dep_ == "amod" and c.lower_ == OTHER for c in member.children
    )


_SINGULAR_TAGS = frozenset({"NN", "NNP"})  # "the chairman", "the DPO" (an initialism)
_ARTICLES = _ONE_ARTICLES | {"the"}
PERSON = "PERSON"  # a name: "Roe and two others" is left to the names' readers
OTHERS, OTHER = "others", "other"


def _person(noun: Token) -> bool:
    """A person noun, a parent too ("a man and *his dad*", "their *mom*")."""
    return one_person_noun(noun)


def _bare_person(noun: Token) -> bool:
    """A singular person noun with no determiner of its own ("girl" in "a woman and girl")."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in lexicon().victim_nouns
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


def _of_whom(number: Token) -> bool:
    """A number with the "of" of whom it counts ("two of his guards"); a bare one after a
    list ("A woman aged 40, and 12 were hurt") counts people of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)
