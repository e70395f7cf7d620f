"""A place told of a part of a figure is the part's alone: "arrested 23 suspects across the
district, including five from Surab" and "40 held in raids across the province, 12 of them
from Khuzdar" put the five and the twelve in those towns, never the whole count."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.origin_places import a_tallys_part
from core.extract.place_words import LOCATIVE_PREPS
from core.extract.scene_words import spot_words
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

# What holds a place on its way up to the figure it is told of ("from Surab" of "five")
_PLACE_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj", "nmod"})


def anothers_part(tok: Token, num: Token) -> bool:
    """The place at ``tok`` is told of another figure of the sentence, a part of a count
    ("including five from Surab", "12 of them from Khuzdar", "among them strikes in Y"),
    whose phrase does not hold ``num`` (the figure whose place is read)."""
    head = tok
    while head.dep_ in _PLACE_DEPS and head.head.i != head.i:
        head = head.head
        if (_a_part(head) or _included(head) or _among_them(head)) and not _holds(head, num):
            return True
    # "arrested 15, six of them from X": the parser may hang "from X" on the verb
    return any(
        _a_part(t) and _holds(t, tok) and not _holds(t, num) for t in tok.sent if t.pos_ == "NUM"
    )


def _among_them(tok: Token) -> bool:
    """ "dozens of raids in eastern X, among them strikes on markets in Y": a kind of what
    was counted, named as one of them; its place is that part's, not the count's."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":  # "among them" parsed beside it
        return any(g.pos_ == "PRON" for g in tok.head.children)
    return any(
        c.dep_ == "prep" and c.lower_ == "among" and any(g.pos_ == "PRON" for g in c.children)
        for c in tok.children
    )


def anothers_clause(tok: Token, num: Token) -> bool:
    """ "Two of the suspects were arrested at a house in Bannu, while the other three were
    picked up in Karak": a place in a clause set against the figure's ("while", "whereas")
    that counts another figure is that figure's, not ``num``'s."""
    verb = tok
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    # "26 killed and 60 wounded in a bombing in X", "killed when three shells landed in X":
    # clauses that share the scene; only a contrast ("while", "whereas") sets one apart
    if not _a_contrast(verb):
        return _set_apart_from(tok, num)
    if verb.left_edge.i <= num.i <= verb.right_edge.i or _a_fights_scene(tok):
        return False
    return _counts_one(verb.subtree) or _one_person_told(verb) or _scene_of_its_own(verb)


def _a_fights_scene(tok: Token) -> bool:
    """ "Four policemen were martyred while three militants were killed in an exchange of
    fire in X": the scene of a fight between two sides (``two_sided_fights``) is both
    sides' dead, whichever clause names it."""
    head = tok
    while head.dep_ in ("pobj", "prep", "compound") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "NOUN":
            return _a_fight(head)
    return False


def _a_fight(noun: Token) -> bool:
    if noun.lemma_.lower() in _fights():
        return True
    fired = (o for p in noun.children if p.lower_ == "of" for o in p.children)
    return noun.lemma_.lower() == "exchange" and any(o.lower_ in _FIRE for o in fired)


_FIRE = frozenset({"fire", "gunfire"})  # "an exchange of fire"


@functools.cache
def _fights() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["two_sided_fights"])


def _scene_of_its_own(contrast: Token) -> bool:
    """ "Two were killed in a clash in the Tirah valley, while no one was hurt in Bajaur":
    the clause the contrast is set against names a spot of its own, which is its figure's
    (a main clause naming none, "..., while the gunmen fled to Y", still reads Y); only a
    clause of harm or custody is another figure's scene."""
    if contrast.lemma_.lower() not in lexicon().verbs:
        return False  # "..., while they slept at their post in Y": the same scene
    inside = range(contrast.left_edge.i, contrast.right_edge.i + 1)
    return any(_a_named_spot(t) for t in contrast.head.subtree if t.i not in inside)


def _one_person_told(verb: Token) -> bool:
    """ "..., while a citizen was injured in Y": the contrasting clause counts one person
    of its own, told with "a" or "another" as a figure is, by a verb of harm or custody
    ("while a car was damaged in Y" counts no one), or by the pronoun "one" the tagger
    does not take for a number ("..., while one was killed in Y"; not "no one")."""
    return verb.lemma_.lower() in lexicon().verbs and any(
        c.dep_ in ("nsubj", "nsubjpass") and _one_person(c) for c in verb.children
    )


def _one_person(subject: Token) -> bool:
    dets = [d for d in subject.children if d.dep_ == "det"]
    if subject.lower_ == "one":
        return not dets
    return (subject.pos_ == "NOUN" or people_noun(subject)) and any(
        d.lower_ in _ONE_WORDS for d in dets
    )


_ONE_WORDS = frozenset({"a", "an", "another", "one"})


def _set_apart_from(tok: Token, num: Token) -> bool:
    """ "Three were shot in Tarbek in May, while a mine killed two soldiers near Olvar in
    June": the figure counted in a clause set against the other, which names a scene of its
    own (however NER read its name), takes no place of the other's when that counts a
    figure of its own ("..., while three others were injured" names none: the same scene)."""
    verb = num
    while not _a_contrast(verb) and verb.head.i != verb.i:
        verb = verb.head
    if not _a_contrast(verb) or verb.left_edge.i <= tok.i <= verb.right_edge.i:
        return False
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    own_scene = any(_a_named_spot(t) for t in verb.subtree)
    return own_scene and _counts_one(t for t in verb.head.subtree if t.i not in inside)


def _a_named_spot(tok: Token) -> bool:
    """The object of a locative preposition that is, or is named by, a proper noun ("near
    Olvar", "in the Tarn area"), not a day ("in June")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
        return False
    names = [tok, *(c for c in tok.lefts if c.dep_ == "compound")]
    return any(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in _TIMES for t in names
    )


def set_against(anchor: Token, verb: Token) -> bool:
    """The figure is counted in a clause set against ``verb``'s ("46 were arrested in 2031,
    while 12 lost their lives"): a tally beside the other, over the same time, not a deed
    after it."""
    clause = anchor
    while clause.pos_ != "VERB" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head.i == verb.i and clause.i != verb.i and _a_contrast(clause)


def _a_contrast(verb: Token) -> bool:
    """A clause set against the sentence's ("while", "whereas")."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in verb.children)
    )


def in_contrast(num: Token) -> bool:
    """The figure is counted in a clause set against the sentence's ("X recorded 162 attacks,
    while Y saw 98"): its tally is its own, and no sentence after goes on with it."""
    verb = num
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    return _a_contrast(verb)


def _counts_one(words: Iterable[Token]) -> bool:
    return any(t.pos_ == "NUM" and t.ent_type_ in _COUNTS and t.dep_ in _COUNTED for t in words)


# Words that open a clause set against the figure's ("..., while the other three were ...")
_CONTRASTS = frozenset({"while", "whereas", "whilst"})
# A number that counts something: no day, time or year ("the other three", "five men")
_COUNTS = frozenset({"", "CARDINAL"})
_COUNTED = frozenset({"nsubj", "nsubjpass", "dobj", "nummod", "appos", "pobj"})
# Labels of a proper noun that names a time, not a spot ("in June")
_TIMES = frozenset({"DATE", "TIME"})


def _a_part(tok: Token) -> bool:
    """A number standing for people counted within a whole: the object of "including" or
    "among" ("including five"), or a number, or a word counting a part as one does
    (``part_words``), with its "of them" ("12 of them", "most of them")."""
    if tok.dep_ == "nummod":
        return False
    if tok.pos_ != "NUM":
        return tok.lower_ in _part_words() and _of_them(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among"):
        return True
    return _of_them(tok)


def _of_them(tok: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
        for c in tok.children
    )


@functools.cache
def _part_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["part_words"])


def _included(prep: Token) -> bool:
    """ "dozens of attacks in eastern Afghanistan, including bombings of mosques in X": the
    cases an "including" names happened in X, not the whole count."""
    return prep.dep_ == "prep" and prep.lower_ == "including"


def _holds(part: Token, num: Token) -> bool:
    """The part's phrase holds the token, with a "from" phrase right after it ("six of them
    from X", however the parser hangs it)."""
    end = part.right_edge.i
    after = part.doc[end + 1] if end + 1 < len(part.doc) else None
    if after is not None and after.lower_ == "from" and after.dep_ == "prep":
        end = max(end, after.right_edge.i)
    return part.left_edge.i <= num.i <= end


def own_part(
    num: Token, found: list[tuple[Token, str]], *, arrests: bool = False
) -> list[tuple[Token, str]]:
    """The places a part's own phrase tells ("arrested 23, including five from Surab": Surab
    for the five), else every place of the sentence; of a part of the dead or the hurt
    ("killed 23, including five from Surab") a town "from" tells is where they came from,
    never the scene."""
    part = num if _a_part(num) else num.head if _a_part(num.head) else None
    if part is None:
        return found
    own = [(t, n) for t, n in found if _holds(part, t) and t.i != part.i]
    if not arrests:
        origins = {t.i for t, _ in own if t.dep_ == "pobj" and t.head.lower_ == "from"}
        return [(t, n) for t, n in found if t.i not in origins]
    return own or found


def own_clause(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Kalat attack toll rises to six; three facilitators held in Surab": the places of the
    figure's own part of a sentence a semicolon splits, none of another part's."""
    sent = num.sent
    stops = [t.i for t in sent if t.text == ";"]
    if not stops:
        return found
    start = max((i for i in stops if i < num.i), default=sent.start - 1)
    end = min((i for i in stops if i > num.i), default=sent.end)
    return [(t, n) for t, n in found if start < t.i < end]



def own_adverbial(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "A man was stabbed in X on Monday, a day after three villagers died in a clash at Y":
    a figure counted in an adverbial clause of another time with its own subject ("after",
    "before", "since") that names a place happened there, not where the main clause's did;
    a result ("exploded in X, killing three") shares the main clause's scene. A total the
    sentence's subject reached ("the toll in X has risen to five after ... Y") is the
    subject's place's."""
    own = [(t, n) for t, n in found if any(_holds(s, t) for s in _total_subjects(num))]
    if own:
        return own
    verb = num
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # a clause of another time with its own subject, not a result ("..., killing three in
    # X") nor a place's ("in X, where 50 marched")
    if verb.dep_ != "advcl" or not (
        any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return found
    own = [(t, n) for t, n in found if verb.left_edge.i <= t.i <= verb.right_edge.i]
    return own or found


# Words that open a clause of another time than the main clause's
_TIME_MARKS = frozenset({"after", "before", "since", "until"})


def _total_subjects(num: Token) -> list[Token]:
    """The subjects whose value the figure is ("the toll in X has risen to five", "the
    number of dead in X stood at 12"): the phrase a figure reached or stands at."""
    if num.dep_ != "pobj" or num.head.lower_ not in ("to", "at"):
        return []
    verb = num.head.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


_CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def own_verb_clause(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "A fire in X killed 112 in 2012, and a collapse in nearby Y killed 1,100 the next
    year", "two were killed in X, while 15 were arrested in Y": a clause with a subject of
    its own, joined to another ("and") or set against it ("while"), tells its own
    happening; a figure it counts takes the places it names, and a figure of the other
    clause never takes them; a copula so joined ("X topped the tally with 58, and May was
    the bloodiest, with 21 deaths") takes none of the other clause's even naming none."""
    verb = num
    while verb.pos_ not in _CLAUSE_HEADS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in _CLAUSE_HEADS:
        return found
    if _a_clause_apart(verb):
        own = [(t, n) for t, n in found if _spans(verb, t)]
        if own or verb.pos_ == "AUX":
            return own  # "..., and May was the bloodiest, with 21": no place of its own
    apart = [c for c in verb.children if c.dep_ in ("conj", "advcl") and _a_clause_apart(c)]
    apart = [c for c in apart if any(_a_count(t) for t in c.subtree) and not _spans(c, num)]
    rest = [(t, n) for t, n in found if not any(_spans(c, t) for c in apart)]
    return rest or found


def _a_clause_apart(verb: Token) -> bool:
    """A verb joined to another with a subject of its own ("..., and a collapse in Y
    killed"), or set against it ("..., while 15 were arrested"); a copula joined so ("...,
    and May was the bloodiest")."""
    if verb.pos_ not in _CLAUSE_HEADS:
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in verb.children)
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _a_count(tok: Token) -> bool:
    """A number that counts something ("the other three", "1,100 people"), or one more
    counted by its rank ("a fourth died in hospital")."""
    if tok.ent_type_ == "ORDINAL" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.pos_ == "NUM" and tok.ent_type_ in _COUNTS and tok.dep_ in _COUNTED


def _spans(head: Token, tok: Token) -> bool:
    """The phrase ``head`` heads holds ``tok``."""
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _elsewhere(place: Token) -> bool:
    """Whether a preposition between the place and its clause's verb makes it a destination
    or an origin ("taken to Afghanistan", "shifted to a hospital in Lahore"): no scene."""
    tok = place
    while tok.head is not tok and tok.pos_ not in ("VERB", "AUX"):
        if tok.pos_ == "ADP" and tok.lower_ in spot_words().not_scene_preps:
            return True
        tok = tok.head
    return False


def own_locative(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Of those killed, nine were in X, seven in Y and four in Z": a figure with its own
    "in Y" (the parser hangs it on the figure, or on the noun it counts) was counted there,
    whatever place the verb it borrows from names; the list's first item keeps the verb's.
    A bare count's "from" too ("four deaths from X, three from Y"): where the part was told.
    Not where the subject's members of a venue belong ("two teachers at a school in Quetta
    were shot dead in Mastung"): the verb's own place is the scene, not a destination ("were
    kidnapped and taken to Afghanistan"); the object's venue is where they were harmed
    ("killed four students at a school in Peshawar")."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    if noun.dep_ in ("nsubj", "nsubjpass") and (
        noun.lemma_.lower() in word_set("places", "venue_member_nouns")
    ):
        outside = [
            (t, n)
            for t, n in found
            if not noun.left_edge.i <= t.i <= noun.right_edge.i and not _elsewhere(t)
        ]
        if outside:
            return outside
    preps = [
        c
        for c in noun.children
        if c.dep_ == "prep"
        and (c.lower_ in LOCATIVE_PREPS or (c.lower_ == "from" and a_tallys_part(noun)))
    ]
    own = [(t, n) for t, n in found if any(_holds(p, t) for p in preps)]
    return own or found
