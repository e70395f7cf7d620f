"""The harm a predicative says of the people a verb of state leaves or finds ("left 9 people
dead", "found two men injured"), read in ``participants._stated_harm``; here the words, and
the predicative an aside set off by commas strands: "leaving 9 people, among them four
constables, injured", where the parser hangs "injured" on the main verb, past the aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

HARM_PREDICATIVES = frozenset({"dead", "injured", "wounded", "hurt"})
_CASUALTIES = ("killed", "injured")
# how the parser hangs the stranded predicative on the main verb
_STRANDED_DEPS = frozenset({"advcl", "acomp", "oprd", "xcomp", "conj", "dep"})
# how it hangs the predicative on the aside's noun taken for a second object
_MODIFIER = frozenset({"acl", "amod"})


def state_past_aside(head: Token, node: Token) -> Reading | None:
    """ "leaving 9 people, among them four constables, injured": the object (``node``) of a
    verb of state (``head``, 'state_verbs') with an aside after it, and the harm predicative
    that closes the aside, of no subject of its own, which the parse hung elsewhere: on the
    main verb past the aside's comma, or on the aside's own noun as if it were a second
    object ("four constables injured"); not a clause of its own ("leaving 9 people, among
    them four constables, and injured two more" has an object)."""
    lex = lexicon()
    if head.lemma_.lower() not in lex.state_verbs or node.dep_ != "dobj":
        return None
    state = _stranded(head, node) or _on_the_aside(head, node)
    if state is None or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in state.children):
        return None
    measure = lex.nouns.get(state.lower_) or lex.verbs.get(state.lemma_.lower())
    if measure not in _CASUALTIES:
        return None
    return Reading(measure=measure, anchor=head, rule=f"stated:{state.lower_}+aside")


def _stranded(head: Token, node: Token) -> Token | None:
    """The harm word right after the comma that closes the verb's words, hung on the main
    verb (or left a root of its own), after an aside."""
    doc = head.doc
    end = head.right_edge.i
    if end + 1 >= len(doc) or doc[end].lower_ != "," or not _aside(head, node):
        return None
    state = doc[end + 1]
    if (
        state.lower_ not in HARM_PREDICATIVES
        or state.head.i not in (head.head.i, state.i)
        or state.dep_ not in _STRANDED_DEPS | {"ROOT"}
    ):
        return None
    return state


def _on_the_aside(head: Token, node: Token) -> Token | None:
    """ "leaving 8 people, among them three policemen, injured" parsed with "policemen" a
    second object of the verb and "injured" its modifier: the aside opened by a preposition
    on that noun, the harm word its last, after a comma."""
    doc = head.doc
    for other in head.children:
        if other.dep_ != "dobj" or other.i <= node.i or not any(
            c.dep_ == "prep" and node.i < c.i < other.i for c in other.children
        ):
            continue
        state = next((c for c in other.children if c.i > other.i and c.dep_ in _MODIFIER
                      and c.lower_ in HARM_PREDICATIVES), None)
        if state is not None and doc[state.i - 1].lower_ == "," and state.i == head.right_edge.i:
            return state
    return None


def _aside(head: Token, node: Token) -> bool:
    """An aside after the object, which the parse hangs on the verb or on the object: "among
    them four constables", "including two children", "a boy of 12"."""
    return any(c.dep_ == "prep" and c.i > node.i for c in head.children) or any(
        c.dep_ in ("appos", "prep") and c.i > node.i for c in node.children
    )
