"""The total a part of a figure is taken from: "62 soldiers, including two officers", "two of
the 12 people killed", "Two cops among 5 killed", "12 of them"; the figure's number token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.measures import lexicon, people_noun
from core.extract.partitives import group_before
from core.text.number_tokens import number_words

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBSET_PREPS = frozenset({"including", "among", "of"})

# A subset of a subset of ... ("12 of them, 3 of them, ..."): read this many totals deep at
# most, so the chain's length in the text never becomes the depth of the call stack.
MAX_SUBSET_DEPTH = 8
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# "12 were hurt, of whom five were referred", "210 deaths, of which 64 were women"
RELATIVE_PARTITIVES = frozenset({"whom", "which"})
WHOM = "whom"  # of people only; "which" may part things too
CASUALTY_MEASURES = frozenset({"killed", "injured"})  # "deaths", "injuries": people counted
CLOSING_QUOTES = frozenset({'"', "\u201d", "''"})


def total_of(node: Token, num: Token) -> Token | None:
    """The number token of the total a subset hangs on ("62 soldiers, including two", "...,
    including two officers and three civilians")."""
    node = first_conjunct(node)
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in SUBSET_PREPS and head.lower_ != "of":
        total_np = _total_phrase(head)
        found = _number_in(total_np)
        if found is None and total_np.pos_ in ("VERB", "AUX"):
            return _argument_count(total_np, node, num)
        found = (
            found
            or _clause_count(total_np, head, num)
            or _count_past_a_place(total_np, node, num)
            or _count_before_the_comma(head, node)
        )
        if found is not None:
            return found
    counted = of_counted(num) or _among_counted(node, num) or _breakdown_taken_for_a_speaker(
        node, num
    )
    if counted is not None:
        return counted
    # "12 of them": the pronoun points back at the last figure of the sentence.
    for child in num.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(c.pos_ == "PRON" for c in child.children)
        ):
            before = [t for t in num.sent if t.i < num.i and t.like_num]
            if before and group_before(num) is None:
                return before[-1]
    return None


def _among_counted(node: Token, num: Token) -> Token | None:
    """ "Two cops among 5 killed", "Three of a family among 7 dead": a headline's part
    names its total after "among" (on the part, or on the group its "of" names)."""
    holders = [node, *(o for p in num.children if p.lower_ == "of" for o in p.children)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "among":
                continue
            for obj in prep.children:
                if obj.like_num and obj.i != num.i:
                    return obj
                found = next((c for c in obj.children if c.dep_ == "nummod" and c.like_num), None)
                if found is not None:
                    return found
    return None


def _breakdown_taken_for_a_speaker(node: Token, num: Token) -> Token | None:
    """ "Nine people were killed, five soldiers and four civilians, an officer said": the
    parser may make the breakdown after a count's clause a subject of the closing "said",
    beside its true speaker; the total is the count of the clause the comma closes."""
    speech = node.head
    comma = node.left_edge.i - 1
    if (
        node.dep_ != "nsubj"
        or speech.i < node.i
        or speech.lemma_.lower() not in cues().attributing
        or comma < 1
        or node.doc[comma].text != ","
        or not _speaker_after(node, speech)
    ):
        return None
    clause = next(
        (c for c in speech.children if c.dep_ == "ccomp" and c.right_edge.i == comma - 1), None
    )
    return _argument_count(clause, node, num) if clause is not None else None


def _speaker_after(node: Token, speech: Token) -> bool:
    """The words between the breakdown and "said" hold its true speaker: a subject of its
    own, or the close of the quote the breakdown ends ("...,\u201d a police officer told")."""
    return any(c.dep_ == "nsubj" and c.i > node.right_edge.i for c in speech.children) or any(
        t.text in CLOSING_QUOTES for t in node.doc[node.i : speech.i]
    )


def speaker_past_a_breakdown(subject: Token) -> Token | None:
    """The true speaker of a breakdown the parser made the subject of "said"
    (``_breakdown_taken_for_a_speaker``): the other subject, else the person set beside the
    breakdown after its quote closes ("...,\u201d a police officer, Omar Aden, told")."""
    num = next((c for c in subject.children if c.dep_ == "nummod"), None)
    if num is None or _breakdown_taken_for_a_speaker(subject, num) is None:
        return None
    speech = subject.head
    return next(
        (c for c in speech.children if c.dep_ == "nsubj" and c.i > subject.right_edge.i),
        next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None),
    )


def first_conjunct(node: Token) -> Token:
    """ "including two officers and three civilians": the conjunct that holds the relation;
    "include five from Lahore, four from Multan and two from Quetta": a list of counts by
    where they came from, which the parser strings on the places."""
    for _ in range(MAX_SUBSET_DEPTH):
        if node.dep_ == "appos" and node.head.dep_ == "pobj" and node.head.head.lower_ == "from":
            node = node.head.head.head  # "four" hung on "Lahore" of "five from Lahore"
            continue
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node


def of_counted(num: Token) -> Token | None:
    """ "30 of the 80 wounded", "two of the 12 people killed", "Of the 20 dead, 12 were
    women": the part of a counted group names the group's number after its "of"."""
    fronted = (
        [c for c in num.head.children if c.i < num.i]
        if num.dep_ in ("nsubj", "nsubjpass")  # "Of the 12 held, nine were charged"
        else []
    )
    for child in (*num.children, *fronted):
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if obj.like_num:
                return obj
            if obj.lower_ in RELATIVE_PARTITIVES:
                return _relative_antecedent(num.head, of_people=obj.lower_ != WHOM)
            return next((c for c in obj.children if c.dep_ == "nummod" and c.like_num), None)
    return None


def _relative_antecedent(verb: Token, *, of_people: bool = False) -> Token | None:
    """ "12 injured persons were brought to the hospital, of whom five were referred": the
    number of the people the relative clause is said of; the parser may hang the clause on
    the place after them, so the people are then the counted subject or object of the verb
    that place belongs to, or the people a total of them counts ("a total of 75 people were
    hurt in the raids, of whom 12 were children"). ``of_people``: "of which" parts a count of
    people or casualties only ("210 deaths, of which 64 were women", not "40 spans, two of
    which collapsed")."""
    if verb.dep_ != "relcl":
        return None
    antecedent = verb.head
    if not _people_counted(antecedent):
        holder = next((t for t in antecedent.ancestors if t.pos_ in ("VERB", "AUX")), None)
        people = [
            _of_people(c) or c for c in holder.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and (_people_counted(c) or _of_people(c) is not None)
        ] if holder is not None else []
        antecedent = people[0] if people else antecedent
    if of_people and not _people_counted(antecedent):
        return None  # "40 spans, two of which collapsed": things, no people counted
    return next((c for c in antecedent.children if c.dep_ == "nummod" and c.like_num), None)


def _people_counted(noun: Token) -> bool:
    """People, or their casualties ("210 deaths"), a relative "of which" may part."""
    return people_noun(noun) or lexicon().nouns.get(noun.lemma_.lower()) in CASUALTY_MEASURES


def _of_people(noun: Token) -> Token | None:
    """ "a total of 75 people": the people a total's "of" counts."""
    return next(
        (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
         for o in p.children if o.dep_ == "pobj" and _people_counted(o)),
        None,
    )


def _total_phrase(prep: Token) -> Token:
    """The word the part's preposition hangs on; "The explosion killed five, including two
    children": the parser hung the part on the subject, across its verb; the total is the
    verb's."""
    total_np = prep.head
    if total_np.dep_ in ("nsubj", "nsubjpass") and total_np.head.i < prep.i:
        return total_np.head
    return total_np


def _number_in(phrase: Token) -> Token | None:
    """The phrase's own number: the word itself or one hung on it; a dozen is a number the
    parser tags a noun ("a dozen were hurt, including four guards")."""
    dozens = number_words().dozens
    return next(
        (t for t in (phrase, *phrase.children)
         if t.like_num or t.pos_ == "NUM" or t.lower_ in dozens),
        None,
    )


def _clause_count(noun: Token, prep: Token, num: Token) -> Token | None:
    """ "said in a statement that nine people had died, including four guards": the parser
    hung the part on the noun its clause was hung on; the total is the figure of that clause,
    the last one before the part."""
    for clause in reversed([c for c in noun.children if c.dep_ in CLAUSE_DEPS and c.i < prep.i]):
        found = _argument_count(clause, prep, num)
        if found is not None:
            return found
    return None


def _count_past_a_place(noun: Token, node: Token, num: Token) -> Token | None:
    """ "14 people had been arrested in the raids, including five women": the parser hung a
    part that counts people on the noun of the verb's prepositional phrase, which counts
    no people; the total is the verb's."""
    prep = noun.head
    verb = prep.head
    if (
        noun.dep_ != "pobj"
        or prep.dep_ != "prep"
        or verb.pos_ not in ("VERB", "AUX")
        or people_noun(noun)
        or not people_noun(node)
    ):
        return None
    return _argument_count(verb, node, num)


def _argument_count(verb: Token, node: Token, num: Token) -> Token | None:
    """ "Twelve people were held, including 3 women": the total counts the verb's subject or
    object before the subset, or the figure a toll moved to ("the toll has climbed to 26,
    including seven women")."""
    moves = verb.lemma_.lower() in lexicon().change_verbs
    for arg in verb.children:
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj") and arg.i < node.i:
            if arg.i != num.i and _number_in(arg) is arg:
                return arg  # "14 were held in the raids, including 3 women": a bare number
            for tok in arg.children:
                if tok.dep_ == "nummod" and tok.i != num.i:
                    return tok
        if moves and arg.dep_ == "prep" and arg.lower_ in ("to", "at") and arg.i < node.i:
            for tok in arg.children:
                if tok.dep_ == "pobj" and tok.like_num:
                    return tok
    return None


# words from the people a part is taken from to the comma before "including" ("18 people on
# Wednesday, including ..."): a time or a place between, no clause
COMMA_REACH = 6


def _count_before_the_comma(prep: Token, node: Token) -> Token | None:
    """ "An air strike on a school sheltering families killed at least 18 people on Wednesday,
    including six children": a long subject may break the parse, and "including" hang on a
    word that counts no one; the part of people, after a comma, is taken from the people
    counted just before it (a time or a place between, never a verb)."""
    doc = prep.doc
    comma = prep.i - 1
    if prep.lower_ != "including" or comma < prep.sent.start or doc[comma].text != ",":
        return None
    if people_noun(prep.head) or not people_noun(node):
        return None
    for tok in reversed(doc[max(prep.sent.start, comma - COMMA_REACH) : comma]):
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";"):
            return None
        count = _number_in(tok) if tok.pos_ == "NOUN" and people_noun(tok) else None
        if count is not None and count.i != tok.i:
            return count
    return None
