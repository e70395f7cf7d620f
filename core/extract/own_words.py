"""A figure's own word: the state or participle right after it says what happened to the
counted people ("24 dead", "14 trapped", "left scores of people injured"), also when the
parser hung the phrase on a neighbour's predicate or a headline's list ("2 men, 1 woman
wounded")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.captives import captors_measure
from core.extract.care import treated_for_harm
from core.extract.coordination import acts_on_others, held
from core.extract.cues import cues
from core.extract.headline_kickers import labelled
from core.extract.measures import Reading, idiom_lemmas, lexicon
from core.extract.passives import held_people, predicative_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


# "killed 30 in one town and 12 more in another": the word adds to the count before it and
# says nothing of what happened (the ellipsis borrows that reading)
MORE_OF_THE_SAME = frozenset({"more", "further", "additional"})

def shared_by_list(node: Token) -> Reading | None:
    """ "2 men, 1 woman wounded in shooting": a headline's list the parser roots on its first
    counted noun (or makes the subject of a closing "say police"); the word that says what
    happened to the last member says it of all."""
    if not _list_root(node) or node.pos_ != "NOUN" or not _counted(node):
        return None
    after = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
    if after is None or after.text != ",":
        return None
    for member in node.children:
        if member.dep_ in ("appos", "conj") and member.i > node.i and _counted(member):
            own = own_word(member)
            if own is not None:
                own.rule += "+conj"
                return own
    return None


def _list_root(node: Token) -> bool:
    """The list stands alone: the root, the subject of a speech verb after it ("9
    militants, 3 soldiers killed in raid, say police"), or after a headline's label."""
    head = node.head
    return node.dep_ == "ROOT" or labelled(node) or (
        node.dep_ == "nsubj" and head.i > node.i and head.lemma_.lower() in cues().attributing
    )


def word_after_conjunct(node: Token) -> Reading | None:
    """ "left 2 soldiers martyred and 5 injured": the harm word right after a bare conjunct
    number is its own, wherever the parser hung it (else it would share the first's); so is
    an idiom of harm after a conjunct ("... and 35 others sustained injuries")."""
    return _harm_word_after(node) or idiom_after_conjunct(node) or verb_after_conjunct(node)


# the words that open a conjunct's clause of its own right after it ("and 22 were rescued")
CLAUSE_OPENERS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the words by which a first conjunct says what befell it ("14 people drowned and ...")
OWN_PREDICATES = frozenset({"acl", "relcl"})


def verb_after_conjunct(node: Token) -> Reading | None:
    """ "14 people drowned and 22 were rescued": when the parser joins the second subject to
    the first, whose own participle says what befell it, the verb right after the conjunct
    is the conjunct's own, and it never borrows the first's harm ("rescued" is no harm: a
    figure of the incident, ``other``)."""
    head = node.head
    after = node.right_edge.i + 1
    if node.dep_ != "conj" or after >= len(node.doc) or not any(
        c.dep_ in OWN_PREDICATES and head.i < c.i < node.i for c in head.children
    ):
        return None
    opener = node.doc[after]
    if opener.tag_ not in CLAUSE_OPENERS:
        return None
    verb = opener.head if opener.dep_ in ("aux", "auxpass") else opener
    if verb.i < opener.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    measure = lexicon().verbs.get(verb.lemma_.lower()) or _phrasal(verb) or "other"
    return Reading(measure=measure, anchor=verb, rule=f"predicate:{verb.lower_}")


def _harm_word_after(node: Token) -> Reading | None:
    nxt = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
    if node.dep_ != "conj" or node.pos_ != "NUM" or nxt is None:
        return None
    if nxt.tag_ not in ("VBN", "JJ") or not (
        nxt.dep_ in ("oprd", "acl", "amod", "acomp", "xcomp", "advcl")  # "12 dead and 40 wounded"
        # 'put the toll at "12 dead and 15 wounded"': the parse may make the last harm word
        # the head of the whole list
        or (nxt.dep_ == "pobj" and nxt in node.ancestors)
    ):
        return None
    lex = lexicon()
    measure = lex.verbs.get(nxt.lemma_.lower()) or lex.nouns.get(nxt.lower_)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=nxt, rule=f"predicate:{nxt.lower_}")


IDIOM_GAP = 2  # words between an idiom's verb and its noun ("sustained serious bullet wounds")


def idiom_after_conjunct(node: Token) -> Reading | None:
    """ "two people lost their lives and 35 others, including 12 policemen, sustained
    injuries": the parser may join the second subject to the first clause's object and read
    its verb as an adjective; an idiom of harm right after the conjunct is its own. So it is
    after the people a report seems to take as its object ("police said two women and one
    man choked on smoke")."""
    reported = (
        node.dep_ == "dobj"
        and node.pos_ == "NOUN"
        # "told WXYZ 7 News the man was ...": whom one tells is no one the report counts
        and node.head.lemma_.lower() not in ("tell", "quote")
        and node.head.lemma_.lower() in cues().reporting
        and not any(c.dep_ in ("ccomp", "xcomp") for c in node.head.children)
    )
    if not reported and (node.dep_ != "conj" or node.head.dep_ != "dobj"):
        return None
    # the verbs after it up to the first finite one ("and 35 others, including 12 policemen,
    # sustained ...", "two women, aged 30, working at a bank choked on smoke"); not past
    # another clause's subject ("..., who later received treatment", "after they ...")
    for tok in node.doc[node.i + 1 : node.sent.end]:
        if tok.pos_ in ("PRON", "SCONJ") and tok.tag_ != "DT":  # "all aged 20" goes on
            return None
        if _verb_like(tok):
            found = _idiom_at(tok)
            if found is not None or tok.tag_ in ("VBD", "VBZ", "VBP"):
                return found
    return None


def _idiom_at(verb: Token) -> Reading | None:
    doc = verb.doc
    idioms = lexicon().idioms
    lemmas = idiom_lemmas(verb)  # "sustained" an adjective to the tagger
    for word in doc[verb.i + 1 : min(len(doc), verb.i + IDIOM_GAP + 2)]:
        lemma = next((v for v in lemmas if (v, word.lemma_.lower()) in idioms), None)
        if lemma is not None:
            return Reading(
                measure=idioms[(lemma, word.lemma_.lower())],
                anchor=verb,
                rule=f"idiom:{lemma} {word.lemma_}",
            )
    return None


def _verb_like(tok: Token) -> bool:
    return tok.tag_ in ("VBD", "VBN", "VBZ", "VBP") or (
        tok.tag_ == "JJ" and tok.lower_.endswith("ed")
    )


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _of_bare_noun_words(node: Token) -> list[Token]:
    """ "left scores of people injured": the words on the bare noun a number's "of" names (not
    "five of the 20 people arrested", a part of a counted group)."""
    return [
        word
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"  # "one of several injured" is a part, said of "several"
        and not any(c.dep_ in ("det", "nummod") for c in noun.children)
        for word in noun.children
    ]


def own_word(node: Token) -> Reading | None:
    """ "more than 200 injured", "14 trapped", "24 dead": a word of its own says what happened,
    even when the parser hangs the phrase on a neighbour's predicate."""
    lex = lexicon()
    head = node.head
    if node.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in lex.intransitive:
        # "three more injured succumbed": the word says who they were, the verb what happened
        return None
    for child in (*node.children, *_of_bare_noun_words(node)):
        if (
            child.dep_ in ("amod", "acl", "relcl", "acomp")
            and child.i > node.i
            and child.lower_ not in MORE_OF_THE_SAME
            and (
                child.tag_ in ("VBN", "JJ")
                or child.pos_ == "ADJ"
                or _bare_held(child)
                or _participle_read_as_past(child)
            )
            and not acts_on_others(child)
            and not said_of_others(child)
        ):
            word = child.lemma_.lower()
            m = (
                lex.verbs.get(word)
                or lex.nouns.get(child.lower_)
                or _phrasal(child)  # "7 labourers gunned down"
                or _found_dead(child)  # "two children found dead in a home"
                or (held(child, bare=_bare_held(child)) if held_people(node) else None)
                # "two guards who were treated for wounds": patients of a wound, hurt
                or ("injured" if child.dep_ == "relcl" and treated_for_harm(child) else None)
            )
            if m is not None:
                # "two guards they had captured": captives of armed men are kidnapped
                m = captors_measure(child, m) if child.dep_ == "relcl" else m
                return Reading(measure=m, anchor=child, rule=f"predicate:{child.lower_}")
            if node.dep_ == "conj":
                # "six were killed and 14 trapped": 14 were trapped, not killed
                return Reading(measure="other", anchor=child, rule=f"predicate:{child.lower_}")
    return _relative_state(node)


def _found_dead(participle: Token) -> Measure | None:
    """ "two children found dead": the state a participle of a state verb (the lexicon's
    ``state_verbs``) gives its people; "found shot" says only how they were found."""
    if participle.lemma_.lower() not in lexicon().state_verbs:
        return None
    return next((
        "killed" for c in participle.children
        if c.dep_ in ("oprd", "acomp") and lexicon().nouns.get(c.lower_) == "killed"
    ), None)


def _relative_state(node: Token) -> Reading | None:
    """ "the three men, who remain jailed", "two guards who stay hospitalised": the state a
    relative clause's predicative participle gives its antecedent."""
    for child in node.children:
        if child.dep_ == "relcl" and child.i > node.i:
            for word in child.children:
                said = predicative_participle(word)
                if said is not None:
                    return said
    return None


def _participle_read_as_past(child: Token) -> bool:
    """ "Of the three men detained, two were freed": a participle after the noun the tagger
    read as a past tense, though the parser hung it on the noun as a clause of its own with
    no subject or object (a past tense would have one)."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children)
    )


def _bare_held(child: Token) -> bool:
    """ "toll rises to six, two abettors held": a headline's participle the parser tagged a
    past tense, hung on the people it counts."""
    return child.dep_ == "acl" and child.tag_ == "VBD" and child.lemma_.lower() == "hold"


# the words by which a relative clause's subject is the noun it hangs on ("men who were ...")
RELATIVE_SUBJECTS = frozenset({"who", "that", "which", "whom"})
RELATIVE_ADVERBS = frozenset({"where", "when"})  # "the market where six people were killed"


def said_of_others(clause: Token) -> bool:
    """A clause on the counted noun that says what befell others than the noun: a part of it
    (``said_of_a_part``) or the people of a happening (``about_a_happening``)."""
    return said_of_a_part(clause) or about_a_happening(clause)


def about_a_happening(clause: Token) -> bool:
    """ "arrested four men over the attack on a wedding, in which seven people were killed":
    a relative clause about a happening ("in which", "during which", "where") with a subject
    of its own ("seven people"), which the parser may hang on the counted noun, says what
    befell those, not the noun ("the 12 villagers the rebels abducted" leaves the noun out
    as its object, and says it of the noun)."""
    if clause.dep_ != "relcl":
        return False
    adjunct = any(
        (c.dep_ == "prep" and any(o.lower_ in RELATIVE_SUBJECTS for o in c.children))
        or (c.dep_ == "advmod" and c.lower_ in RELATIVE_ADVERBS)
        for c in clause.children
    )
    return adjunct and any(
        subj.dep_ in ("nsubj", "nsubjpass") and subj.lower_ not in RELATIVE_SUBJECTS
        for subj in clause.children
    )


def said_of_a_part(clause: Token) -> bool:
    """ "carried out by 12 militants, four of whom were killed": a relative clause whose
    subject is a part of the noun ("four of whom") says what befell the part, not the whole."""
    return clause.dep_ == "relcl" and any(
        subj.dep_ in ("nsubj", "nsubjpass")
        and any(
            prep.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in prep.children)
            for prep in subj.children
        )
        for subj in clause.children
    )


def _phrasal(verb: Token) -> Measure | None:
    """The measure of a phrasal participle ("gunned down", "picked up"), if it is one."""
    phrasal = lexicon().phrasal
    word = verb.lemma_.lower()
    return next(
        (phrasal[(word, c.lower_)] for c in verb.children
         if c.dep_ == "prt" and (word, c.lower_) in phrasal),
        None,
    )


def object_before_more(node: Token) -> Token | None:
    """ "... and carried off dozens more": the parser may hang the figure on "more" and
    "more" on the verb as an adverb; the figure is the verb's object, which the verb after
    it names (no borrowing of the harm of the clause before). The verb, else None."""
    more = node.head
    verb = more.head
    if not (
        node.dep_ == "npadvmod"
        and more.lower_ in MORE_OF_THE_SAME
        and more.dep_ in ("advmod", "dobj")
        and verb.i < node.i
        and verb.pos_ == "VERB"
    ):
        return None
    return verb
