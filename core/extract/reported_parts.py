"""What a report says in the parse of its sentence: the clause hung on a verb of saying, and
the clipped or misparsed shapes news gives it ("Police say 3 dead in shooting", "said that two
were killed and four others injured", "Nine were killed, the department said, with 15 others
still being treated")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution_headlines import clipped_before_report
from core.extract.statement_cues import bracketed_voice, shown_count
from core.extract.stranded_sources import backshifted_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Token

# An adverbial clause these open tells when or why a report was made, not what it says.
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "when", "whenever", "until", "since",
                                "because", "once", "as", "if"})


def reported_part(node: Token, verb: Token) -> bool:
    """``node`` holds what the reporting ``verb`` says: its clause; a headline's clipped
    clause ("Police say 3 dead in shooting", "Seven killed in blast, says police"); the
    clause after "said that" the parser took for a prepositional object."""
    if node.dep_ == "advcl":
        # "deputies responded to a home after a teen was shot": when the report was made
        return not any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in node.children)
    if node.dep_ in ("ccomp", "xcomp", "parataxis"):
        return True
    # "(police said 4)": a bracketed aside's bare figure is what it says
    if node.like_num and node.i > verb.i and bracketed_voice(verb):
        return True
    # "ISPR says 5 terrorists killed in raid": a headline's clipped passive, its participle
    # hung on the counted noun the parser made the verb's object
    # "Police say 6 robbers dead": its clipped "are", an adjective after the counted noun;
    # "Edhi says 14 hurt": the harm word the parser took for the counted noun
    if node.dep_ == "dobj" and (
        node.like_num
        or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in node.children)
        or any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > node.i for c in node.children)
        or (verb.lemma_ == "say" and any(c.dep_ == "nummod" for c in node.children))
    ):
        return True
    # "Officials say six guards among the dead": the clipped "are" of a counted noun
    if node.dep_ == "dobj" and node.i > verb.i and _counted_among(node):
        return True
    # "said that two were killed and four others injured": the clipped second half the
    # parser joined to the report itself
    if node.dep_ == "conj" and node.i > verb.i and node.pos_ in ("NOUN", "NUM") and any(
        c.dep_ == "acl" and c.tag_ == "VBN" for c in node.children
    ):
        return True
    if node.dep_ == "prep" and node.lower_ == "that" and node.i > verb.i:
        return True
    # "told the council that 20 were killed, and that 300 raids were conducted": the second
    # "that" clause the parser joined to the report itself
    # or one in the past perfect, as the report's own ("…, and 17 had been detained")
    if (node.dep_ == "conj" and node.i > verb.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in node.children
    )) or backshifted_conjunct(node, verb):
        return True
    if _counted_with(node, verb) or shown_count(node, verb):
        return True
    # the clipped clause before an inverted report names the figure, the report its source
    return (
        node.dep_ == "nsubj"
        and node.like_num
        and node.i < verb.i
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    ) or clipped_before_report(node, verb)


def _counted_among(noun: Token) -> bool:
    """ "six guards among the dead": a counted noun placed among others."""
    return any(c.like_num for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "among" for c in noun.children
    )


def _counted_with(prep: Token, verb: Token) -> bool:
    """ "Nine were killed, the department said, with 15 others still being treated": a
    "with" after the report and its comma, whose own noun holds a figure, goes on with what
    the report says before it (not "…, with police blaming the organisers")."""
    if not (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and prep.i > verb.i
        and prep.doc[prep.i - 1].text == ","
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    ):
        return False
    nouns = [c for c in prep.children if c.dep_ == "pobj"] + [
        s for c in prep.children if c.dep_ == "pcomp"
        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(n.like_num or any(m.like_num for m in n.children) for n in nouns)
