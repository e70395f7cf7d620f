"""A toll: a figure a change verb moves or states ("the death toll rose to 24", "was revised
down to 17", "pushed the death toll above 680", "attacks fell to 214 from 374"), read from
the toll noun or the plural that moves like one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from core.extract.earlier_counts import earlier_count
from core.extract.level_hours import places_after_level
from core.extract.measures import Reading, counts_things, lexicon, people_noun
from core.extract.moving_cases import moving_cases
from core.extract.toll_measures import (
    TOLL_PREPOSITIONS,
    antecedent_harm,
    bare_toll,
    harm_named_before,
    opening_plural,
    read_noun,
    toll_measure,
)
from core.model import Measure
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def _toll_past_participle(node: Token) -> Reading | None:
    """ "put the number of attackers killed at four", "that takes the number of workers
    killed to five", "raised the number of injured to five": the parser hangs "at four" or
    "to five" on the participle; the figure is the toll the verb puts or moves (what the
    participle says it counts)."""
    part = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("at", "to"):
        return None
    toll = _participle_toll(part)
    if toll is None or toll.head.lemma_.lower() not in lexicon().change_verbs | _PUT_VERBS:
        return None
    measure = toll_measure(toll) or read_noun(part)
    return Reading(measure=measure, anchor=toll.head, rule="toll:participle") if measure else None


def _conjoined_toll(node: Token) -> Reading | None:
    """ "put the death toll at six and the number of injured at 20": a second toll the verb
    puts, its own figure hung on it, counts what it names itself (the dead, the hurt, or
    "the number of vehicles damaged", no casualty), never what the first toll counted."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("at", "to"):
        return None
    noun = holder = prep.head
    if holder.dep_ == "acl" and holder.tag_ == "VBN":
        noun = holder.head  # "the number of soldiers wounded at five"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
    lex = lexicon()
    verb = noun.head
    if (
        noun.dep_ != "conj"
        or noun.lemma_.lower() not in lex.toll_nouns
        or verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() not in lex.change_verbs | _PUT_VERBS
    ):
        return None
    measure = toll_measure(noun) or "other"
    return Reading(measure=measure, anchor=verb, rule=f"toll:{noun.lemma_.lower()}")


def _gapped_group(node: Token) -> Reading | None:
    """ "put the death toll at 12 and the wounded at 30": the second figure a toll's verb
    puts, after a group named by its harm that the verb is left out before, counts that
    group (the parser joins "the wounded" to the verb and hangs "at 30" on either)."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("at", "to") or prep.i == 0:
        return None
    group = node.doc[prep.i - 1]
    if group.dep_ != "conj" or group.head.lemma_.lower() not in _PUT_VERBS | (
        lexicon().change_verbs
    ):
        return None
    measure = antecedent_harm(group)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=group.head, rule=f"toll:{group.lower_}")


def _participle_toll(part: Token) -> Token | None:
    """The toll noun of a participle: on the counted people ("the number of attackers
    killed"), past them on the toll noun itself ("the number of workers killed"), or the
    participle made a noun ("the number of injured")."""
    tolls = lexicon().toll_nouns
    if part.dep_ == "acl" and part.head.lemma_.lower() in tolls:
        return part.head
    of = part.head.head if part.dep_ == "acl" else part.head
    if part.dep_ == "pobj" and part.tag_ != "VBN":
        return None
    if part.dep_ not in ("acl", "pobj") or of.lower_ != "of":
        return None
    return of.head if of.head.lemma_.lower() in tolls else None


def _toll_of_figure(node: Token) -> Reading | None:
    """ "officials released a toll of three", "a death toll of 12": the bare figure a toll
    noun's "of" takes is the toll ("the number of attacks" is read from its own complement)."""
    of = node.head
    if (
        node.dep_ != "pobj"
        or of.lower_ != "of"
        or of.head.lemma_.lower() not in lexicon().toll_nouns
    ):
        return None
    nxt = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
    if (
        lexicon().toll_nouns[of.head.lemma_.lower()] is None
        or node.tag_ != "CD"
        or any(c.lower_ == "of" for c in node.children)
        or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN"))  # "the toll of the 2019 floods"
    ):
        return None
    measure = toll_measure(of.head)
    return Reading(measure=measure, anchor=of.head, rule="toll:of") if measure else None


# verbs that state a toll without moving it ("put the toll at 12", "brought the toll to 9")
_PUT_VERBS = frozenset({"be", "bring", "put"})
# the direction a toll moved in from an earlier figure ("up from six", "down from 40")
_DIRECTIONS = frozenset({"up", "down"})


def toll(node: Token) -> Reading | None:
    lex = lexicon()
    head = node.head
    if places_after_level(node):
        return None  # "rose to 14 at 9 hospitals": where the level was counted
    participle = (
        _toll_past_participle(node)
        or _toll_of_figure(node)
        or _conjoined_toll(node)
        or _gapped_group(node)
        or _change_read_as_noun(node)
        or earlier_count(node)
    )
    if participle is not None:
        return participle
    bound = _bound_as_high_as(node)  # "the toll was as high as 11": the copula's
    verb = bound or _toll_verb(node, head)
    if verb is None:
        return None
    if verb.lower_ in lex.toll_nouns:
        headline = _headline_toll(verb, head, node)
        if headline is not None:
            return headline or None
    if (
        node.dep_ == "attr"
        or bound is not None
        or verb.lemma_.lower() in lex.change_verbs
        or verb.lemma_ in _PUT_VERBS
        or _stating(verb)
    ):
        # A headline's verb the parser read as a noun ("Toll climbs to 72") has its subject
        # as a compound before it.
        subjects = ("nsubj", "nsubjpass", "dobj", "compound" if verb.pos_ == "NOUN" else "")
        args = [
            s
            for s in verb.children
            if s.dep_ in subjects and not (s.dep_ == "compound" and s.i > verb.i)
            and not _with_things(s)
        ]
        # The toll noun wins over a moving count: in "the raids pushed the death toll to 680"
        # the raids are the cause, the toll what the figure counts.
        # A toll that names its harm wins over one a pronoun stands for: in "It put the
        # number of wounded at 27" the wounded are counted, whatever "it" points back to.
        # A stated toll's object wins over its subject: in "the ministry's updated toll put
        # the number of wounded at eight" the subject is the source, the object the count.
        # "the toll, which stood at 12 on Sunday, ...": the relative stands for the toll
        args = [_relative_antecedent(s) for s in args]
        antecedents = [_antecedent_toll(subj) for subj in args]
        pairs = sorted(
            zip(args, antecedents, strict=True),
            key=lambda a: (a[1] is not None, a[0].dep_ != "dobj"),
        )
        for subj, antecedent in pairs:
            measure = antecedent_harm(antecedent) if antecedent else toll_measure(subj)
            if measure is not None:
                return Reading(measure=measure, anchor=verb, rule=f"toll:{subj.lemma_.lower()}")
        return next((r for r in (_moved(subj, verb) for subj in args) if r is not None), None)
    return None


def _bound_as_high_as(node: Token) -> Token | None:
    """ "the number of dead was as high as 11": the parser hangs the figure on the second
    "as" of the bound, on "high" as the copula's complement; the copula the toll is the
    subject of, as of "the toll was 11"; or the verb that puts the toll there."""
    head = node.head
    bound = head.head
    if node.dep_ != "pobj" or head.lower_ != "as" or bound.lower_ not in _BOUND_WORDS:
        return None
    verb = bound.head
    if bound.dep_ == "acomp" and verb.lemma_ == "be":
        return verb
    # "other sources have put the toll as high as 300": the bound of what they put it at
    return verb if verb.lemma_ in _PUT_VERBS and bound.dep_ in ("advmod", "oprd") else None


# "as high as", "as many as": the words of an upper bound a toll is stated with
_BOUND_WORDS = frozenset({"high", "many", "much"})


def _with_things(subject: Token) -> bool:
    """ "Close encounters with wild elephants rose to 37": a clash with animals or things
    (``thing_nouns``) is no attack on people."""
    return any(
        p.dep_ == "prep" and p.lower_ == "with"
        and any(o.dep_ == "pobj" and counts_things(o) for o in p.children)
        for p in subject.children
    )


def _change_read_as_noun(node: Token) -> Reading | None:
    """ "number of wounded rises to six", "number of dead climbs to 12": a headline's change
    verb the tagger took for the plural noun of the toll's "of", with the harm word before it
    as its adjective; the harm word says what the toll counts."""
    lex = lexicon()
    prep = node.head
    change = node.doc[prep.i - 1] if prep.i > 0 else None
    if (
        node.dep_ != "pobj"
        or prep.lower_ not in ("to", "at")
        or change is None
        or change.tag_ != "NNS"
        or change.lemma_.lower() not in lex.change_verbs
        or change.dep_ != "pobj"
        or change.head.lower_ != "of"
        or change.head.head.lemma_.lower() not in lex.toll_nouns
    ):
        return None
    for harm in (c for c in change.children if c.dep_ == "amod" and c.i < change.i):
        measure = lex.nouns.get(harm.lower_) or lex.verbs.get(harm.lemma_.lower())
        if measure is not None:
            return Reading(measure=measure, anchor=change.head.head, rule="toll:headline")
    return None


def toll_group(verb: Token) -> Token | None:
    """The people a toll counts, when its noun names them: "the toll of militants killed
    rose to three" (militants); None for "the death toll" (all the dead)."""
    lex = lexicon()
    for noun in verb.children:
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.lemma_.lower() not in (
            lex.toll_nouns
        ):
            continue
        for prep in noun.children:
            people = [o for o in prep.children if prep.lower_ == "of" and _people(o)]
            if people:
                return people[0]
    return None


def _people(noun: Token) -> bool:
    """People a toll may count: victims, bystanders, fighters, suspects."""
    lex = lexicon()
    return people_noun(noun) or noun.lemma_.lower() in lex.agent_nouns | lex.suspect_nouns


def _relative_antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the toll, which stood at 12"), else
    the subject itself."""
    clause = subject.head
    if subject.lower_ not in ("which", "that") or clause.dep_ != "relcl":
        return subject
    # "the toll from the floods, which stood at 12": the parser may hang it on the nearer noun
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and toll_measure(noun) is None:
        noun = noun.head.head
    return noun if toll_measure(noun) is not None else clause.head


def _antecedent_toll(pronoun: Token) -> Token | None:
    """ "Nobody knows the number of wounded; a radio station puts it at 25", "The death toll
    was unclear. Residents put it at 15", "The number of people killed is now 23. The figure
    has risen to 30": the toll or the casualties named before "it" or a bare toll noun ("the
    figure", "the tally": ``bare_toll``), in its sentence or the one before, which it stands
    for (``antecedent_harm``)."""
    if pronoun.lower_ != "it" and not bare_toll(pronoun):
        return None
    return harm_named_before(pronoun)


def _toll_verb(node: Token, head: Token) -> Token | None:
    """The word a toll's figure hangs on, through its preposition and particle."""
    # "came down to 214 in 2025 from 374 in 2024": the figure before the change is a toll too
    verb = head.head if node.dep_ == "pobj" and head.lower_ in TOLL_PREPOSITIONS else head
    # "took the toll to above 600": a bound's word hangs on the "to" the toll is taken to
    if node.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "at") and (
        head.lower_ in TOLL_PREPOSITIONS
    ):
        head, verb = verb, verb.head
    # "raised the toll from Friday's attack to 19": the parse may hang the figure's "to" on
    # the "from" of the toll's incident
    if node.dep_ == "pobj" and head.lower_ in ("to", "at") and verb.dep_ == "prep" and (
        verb.lower_ == "from" and _puts_or_moves(verb.head)
    ):
        verb = verb.head
    # "toll rises to six, two abettors held": the noun after the comma is no toll
    if node.dep_ == "pobj" and _comma_between(head, node):
        return None
    # "put the number of wounded at eight, up from six": the earlier figure a stated toll
    # moved from, on the direction word after the comma
    earlier = head.lower_ == "from" and verb.lower_ in _DIRECTIONS and verb.dep_ == "advmod"
    if verb.dep_ in ("advmod", "prt") and verb.pos_ in ("ADV", "ADP"):
        verb = verb.head  # "was revised downwards to 17", "went up to 41"
    if head.lower_ in ("at", "to") and verb.pos_ in ("NOUN", "PROPN", "VERB"):
        verb = _put_over(verb) or _put_past_clause(verb, node) or verb
    if head.lower_ == "from" and verb.dep_ == "dobj" and bare_toll(verb):
        verb = verb.head  # "updated the figure from the 19 it gave": the parse hangs it on the toll
    if head.lower_ == "from" and not (
        verb.lemma_.lower() in lexicon().change_verbs or (earlier and verb.lemma_ in _PUT_VERBS)
    ):
        return None
    return verb


def _put_over(word: Token) -> Token | None:
    """ "puts the number of people killed since the start of May at 36", "bringing the
    number of people charged in the raid to two": the parse may hang the figure's "at" or
    "to" on a word of the toll's long object; the verb that puts or brings the toll, when
    the word sits inside that object."""
    lex = lexicon()
    toll = next(
        (t for t in word.ancestors if t.dep_ == "dobj" and t.lemma_.lower() in lex.toll_nouns),
        None,
    )
    if toll is None or toll.head.lemma_.lower() not in _PUT_VERBS | lex.change_verbs:
        return None
    return toll.head


def _put_past_clause(word: Token, node: Token) -> Token | None:
    """ "took the toll since the army launched its assault to above 600": the parse may hang
    the figure's "to" on the verb of a clause the toll's verb holds; that verb, when it puts
    or moves a toll noun and the figure is a bare number ("took its toll as troops advanced
    to 12 villages" moves no toll)."""
    verb = word.head
    if word.dep_ != "advcl" or not node.like_num or not _puts_or_moves(verb):
        return None
    tolls = lexicon().toll_nouns
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in tolls and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children
        ):
            return verb
    return None


def _puts_or_moves(verb: Token) -> bool:
    return verb.lemma_.lower() in _PUT_VERBS | lexicon().change_verbs


def _headline_toll(verb: Token, head: Token, node: Token) -> Reading | Literal[""] | None:
    """A headline parsed around its noun: "Toll in Quetta bombing climbs to 31", "toll at
    three" ("" when it counts nothing the toll names; None when no such headline)."""
    lex = lexicon()
    if not (
        any(t.lemma_.lower() in lex.change_verbs for t in node.doc[verb.i + 1 : node.i])
        or _toll_at(verb, head, node)
        or _toll_numbered(verb, node)
    ):
        return None
    measure = toll_measure(verb)
    return Reading(measure=measure, anchor=verb, rule="toll:headline") if measure else ""


def _toll_at(toll_noun: Token, prep: Token, node: Token) -> bool:
    """ "Two suspects arrested, toll at three": a headline's toll with its figure right after
    "at" and no verb."""
    return (
        toll_noun.pos_ == "NOUN"
        and prep.lower_ == "at"
        and prep.i == toll_noun.i + 1
        and node.pos_ == "NUM"
        and node.i == prep.i + 1
    )


def _toll_numbered(toll_noun: Token, node: Token) -> bool:
    """ "Land feud: toll 3, nine held": a headline's toll with its figure right after it."""
    return (
        toll_noun.pos_ == "NOUN"
        and node.dep_ == "nummod"
        and node.head.i == toll_noun.i
        and node.i == toll_noun.i + 1
        and node.pos_ == "NUM"
    )


def _moving_count(subj: Token, verb: Token) -> Measure | None:
    """A counted noun that moves like a toll ("attacks fell to 214", "incidents came down to
    214 from 374"): the plural subject of a change verb says what the figures count."""
    if (subj.tag_ != "NNS" and opening_plural(subj) is None) or not (
        verb.lemma_.lower() in lexicon().change_verbs or _stating(verb)
    ):
        return None
    return read_noun(subj)


def _moved(subj: Token, verb: Token) -> Reading | None:
    """The count a change verb moves: a counted plural (``_moving_count``), or cases of a
    named kind ("Murder cases rose to 912": ``moving_cases``)."""
    measure = _moving_count(subj, verb)
    if measure is not None:
        return Reading(measure=measure, anchor=verb, rule=f"toll:{subj.lemma_.lower()}")
    if verb.lemma_.lower() in lexicon().change_verbs or _stating(verb):
        return moving_cases(subj, verb)
    return None


def _stating(verb: Token) -> bool:
    """ "homicides numbered 410", "arrests totalled 2,300": a verb that states a count."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in word_set("measures", "numbering_verbs")


def toll_after_by(num: Token) -> Reading | None:
    """ "the death toll rose by 5 to 40": the parser hangs the new figure on "by", with the
    change and "to" before it; the figure after "to" is the toll (the change is no count).
    "fell by a third to 96": or hangs the "to" on the change itself."""
    prep = num.head
    if num.dep_ == "pobj" and prep.lower_ == "to" and prep.head.dep_ == "pobj":
        change = prep.head.head
        if change.lower_ == "by" and change.head.lemma_.lower() in lexicon().change_verbs:
            return _toll_of_subject(change.head)
    if (
        num.dep_ != "pobj"
        or prep.lower_ != "by"
        or prep.head.lemma_.lower() not in lexicon().change_verbs
        or not any(c.lower_ == "to" and c.i < num.i for c in num.children)
    ):
        return None
    return _toll_of_subject(prep.head)


def _toll_of_subject(verb: Token) -> Reading | None:
    """The toll a change verb's subject names ("the death toll rose ..."), or None."""
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        measure = toll_measure(subj)
        if measure is not None:
            return Reading(measure=measure, anchor=verb, rule=f"toll:{subj.lemma_.lower()}")
        moved = _moved(subj, verb)
        if moved is not None:
            return moved
    return None


def toll_after_to(num: Token) -> Reading | None:
    """ "the death toll had risen to 6 and 22 others were injured": the parser may hang the
    figure after a toll's "to" on the next noun; the "to" left without its object still says
    the figure is the toll."""
    prep = num.doc[num.i - 1] if num.i > 0 else None
    if (
        prep is None
        or prep.lower_ not in ("to", "at")
        or prep.dep_ != "prep"
        # "to 9 others were wounded": the object the parser gave "to" is the next verb's;
        # "to six, two abettors held": the one after a comma is another count's
        or any(
            c.dep_ == "pobj" and stolen_subject(c) is None and not _comma_between(num, c)
            for c in prep.children
        )
        or prep.head.lemma_.lower() not in lexicon().change_verbs
    ):
        return None
    return _toll_of_subject(prep.head)


def _comma_between(first: Token, last: Token) -> bool:
    """A comma between two tokens: what follows it is no part of the phrase before."""
    return any(t.text == "," for t in first.doc[first.i + 1 : last.i])


def stolen_subject(noun: Token) -> Token | None:
    """The verb whose auxiliary follows the noun right away ("others were wounded") when the
    parser made the noun the object of something else: the noun is that verb's subject."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.dep_ not in ("aux", "auxpass") or nxt.head.i <= noun.i:
        return None
    verb = nxt.head
    return verb if not any(c.dep_.startswith("nsubj") for c in verb.children) else None
