"""A titled name written with bare initials, "Director General of Police R K Bhat said": the
initials ``initial_joins`` merged into one word are a word the parser never saw, and it may
hang them anywhere (the root of a sentence it ends after them, an adverb of the verb before,
the object of a fronted participle) with the title on them, so the speaker keeps his surname
and loses his role, or the figures their source. Re-hung after the parser as the same title
with a written first name parses: the initials and the title the surname's, the surname in
the initials' place when the parser hung it on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.initial_joins import merged_initials, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_initialled_heads"
# what may stand in a title between its capitalised words: "Director General of Police",
# "Deputy Commissioner of Police (South)"
_TITLE_JOINERS = frozenset({"of", "(", ")", "-", "&"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "confirmed", "says": a verb with a subject


def rehang_initialled_heads(doc: Doc) -> Doc:
    """Hang each run of merged initials, and the title written before it, on the surname
    after it."""
    for at in merged_initials(doc):
        if at + 1 < len(doc) and surname(doc[at + 1]):
            _rehang(doc[at], doc[at + 1])
            _closing_report(doc[at + 1])
    return doc


def _rehang(initials: Token, name: Token) -> None:
    before = _hang_name(initials, name)
    if initials.head.i != name.i:
        initials.head, initials.dep_ = name, "compound"
    for tok in before:  # the title the parser hung on the initials ("General of Police")
        tok.head = name
    title = _title_root(initials)
    if title is None:
        return
    if title.head.i == name.i:
        if title.dep_ in _SUBJECTS:  # "said Superintendent of Police T N Das": the name
            name.dep_, title.dep_ = title.dep_, "compound"  # taken for the verb's clause
        return
    if _clause_opening(title):  # ", Director General of Police": a new clause's subject
        if title.is_ancestor(name):  # ", SDPO R K Bhat informed" with the verb on the title
            _raise_verb(title, name)
        title.head, title.dep_ = name, "compound"
    elif not name.is_ancestor(title):  # "officials including Superintendent of Police X"
        name.head, name.dep_ = title.head, title.dep_
        title.head, title.dep_ = name, "compound"


def _hang_name(initials: Token, name: Token) -> list[Token]:
    """The name in the initials' place in the sentence; returns the initials' children left
    for the name (the title's words)."""
    before = [t for t in initials.children if t.i < initials.i]
    verb = _verb_after(initials, name) if name.head.i == initials.i else None
    if verb is not None:  # "Collector R K Bhat confirmed": the initials taken for the verb
        before = _lift(initials, verb, before)
        name.dep_ = "nsubj"
    elif name.head.i == initials.i:  # "Bhat" the object of "R K": the name takes its place
        root = initials.head.i == initials.i
        name.head, name.dep_ = (name if root else initials.head), initials.dep_
    elif initials.is_ancestor(name):
        before = _lift_clause(initials, name, before)
    return before


def _lift_clause(initials: Token, name: Token, before: list[Token]) -> list[Token]:
    """ "..., Superintendent of Police T N Das confirmed on Monday": the parser took the
    initials for the sentence's head and the name's verb for their clause. Hung on the name,
    the initials would close a loop (name, verb, initials) and the sentence lose its root: the
    verb takes the initials' place and what hung before the title (the report, its comma) goes
    with it. Returns the initials' children left for the name: the title's words."""
    verb = name
    while verb.head.i != initials.i:
        verb = verb.head
    return _lift(initials, verb, before)


def _lift(initials: Token, verb: Token, before: list[Token]) -> list[Token]:
    """The verb in the initials' place, with what hung on them outside the title and the
    name; returns the title's words."""
    root = initials.head.i == initials.i
    verb.head, verb.dep_ = (verb if root else initials.head), initials.dep_
    start = _title_start(initials)
    for tok in [*before, *initials.rights]:
        if (tok.i < start or tok.i > initials.i) and tok.i != verb.i:
            tok.head = verb
    return [tok for tok in before if tok.i >= start]


def _raise_verb(title: Token, name: Token) -> None:
    """ "..., SDPO R K Bhat informed.": the parser hung the name's verb on the title, an
    unknown word it took for the clause's head (``dep``); hung on the name, the title would
    close a loop. The verb takes the title's place, a closing report set off by its comma."""
    # the name itself when the title holds it with no verb between
    verb = next((t for t in title.children if t.is_ancestor(name)), name)
    root = title.head.i == title.i
    verb.head = verb if root else title.head
    verb.dep_ = "parataxis" if title.dep_ == "dep" else title.dep_
    for tok in [t for t in title.children if t.i > verb.i]:
        tok.head = verb.head  # "..., SDPO K K Singh said, and three were hurt": the clause after


def _closing_report(name: Token) -> None:
    """ "..., SHO R S Yadav confirmed.", "..., ASP A K Singh of Dhanbad said.": an acronym
    title's merged initials may leave the closing report hung on a noun before the comma (an
    ``appos`` or ``conj`` of the town), or the name on that comma or as an ``appos`` of the
    town, so the report tells nothing. The report's verb, right after the name, is set off
    as a closing report; a name hung before its title is the subject of the verb after it
    that has none ("..., DSP A K Verma, who led the raid, said")."""
    doc = name.doc
    after = name.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].tag_ not in _FINITE_TAGS:
        return
    verb, head = doc[after], name.head
    if head.i < name.left_edge.i and (head.is_punct or name.dep_ == "appos"):
        if verb.is_ancestor(head) and not any(ch.dep_ in _SUBJECTS for ch in verb.children):
            name.head, name.dep_ = verb, "nsubj"
            for comma in [t for t in head.children if t.is_punct and t.i > name.i]:
                comma.head = verb  # the comma closing the name's clause goes with it
    elif name.dep_ in _SUBJECTS and head.i == verb.i and verb.head.i < name.left_edge.i:
        if verb.dep_ == "npadvmod":  # "..., SHO R B Patil told mid-day" a noun adverb
            verb.dep_ = "parataxis"
        elif verb.dep_ in ("appos", "conj") and verb.head.tag_.startswith("NN"):
            root = verb.head
            while root.head.i != root.i:
                root = root.head
            verb.head, verb.dep_ = root, "parataxis"


def _verb_after(initials: Token, name: Token) -> Token | None:
    """ "..., District Collector R K Bhat confirmed.": the parser took the initials for the
    sentence's verb, the surname for their object and the true verb after it for a clause of
    theirs. That verb, when nothing but the name stands between it and the initials."""
    return next(
        (
            tok
            for tok in initials.rights
            if tok.i == name.i + 1 and tok.tag_ in _FINITE_TAGS
            and tok.dep_ in ("advcl", "conj", "ccomp", "dep")
        ),
        None,
    )


def _title_start(initials: Token) -> int:
    """Where the capitalised title right before the initials opens (the initials' own index
    when there is none)."""
    doc, start = initials.doc, initials.i
    while start > initials.sent.start and (
        doc[start - 1].text[:1].isupper() or doc[start - 1].text in _TITLE_JOINERS
    ):
        start -= 1
    while start < initials.i and not doc[start].text[:1].isupper():
        start += 1  # a title opens on a capital, not "of" or a bracket
    return start


def _title_root(initials: Token) -> Token | None:
    """The head of the capitalised title right before the initials, when the parser hung
    the title on one word of it."""
    doc, start = initials.doc, _title_start(initials)
    stretch = doc[start : initials.i]
    heads = [t for t in stretch if not start <= t.head.i < initials.i]
    if len(heads) != 1:
        return None
    title = heads[0]
    # an acronym title the tagger took for a verb ("SDPO" a VBP) heads the title all the same
    acronym = title.text.isupper() and title.lower_ in cues().title_abbreviations
    return title if title.tag_.startswith("NN") or acronym else None


def _clause_opening(title: Token) -> bool:
    """The title opens its clause after a comma: its head is a word before that comma."""
    doc = title.doc
    first = title.left_edge.i
    return first > 0 and doc[first - 1].text == "," and title.head.i < first
