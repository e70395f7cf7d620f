"""People counted in a list after a figure whose predicate says what befell them: "among them
14 boys, 9 women and 3 nurses", "the dead included 80 villagers, 22 herders and 7 guards".
The parser joins the later items to the first one (a conjunct, or an apposition after a
comma); only the first is read by the predicate, the others count people of no measure of
their own. They share the first item's measure: the list breaks down the same people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, counts_things, lexicon, people_noun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from core.text.numbers import Amount

# the measures a list of people shares: what befell them, not events
PEOPLE_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})
LIST_LINKS = frozenset({"conj", "appos"})  # how the parser joins a list's items
GAPPED_LINKS = LIST_LINKS | {"advcl", "npadvmod"}  # "..., herders 112": no verb of its own
MAX_ITEMS = 12  # the items walked back to the first; no list in a report runs longer
RULE = "listed<"
UNCOUNTED = "count"  # the reading of a figure whose noun no measure names
BRACKETED_RULE = "bracketed<"
BRACKETS = frozenset({"(", ")"})
OPENING_MARKS = frozenset({"(", "-", "—", "–", "--"})
CLOSING_MARKS = frozenset({")", "-", "—", "–", "--"})
STOPS = frozenset({";", ":", "."})  # a list in brackets runs inside one clause
MAX_ITEM_TOKENS = 24  # how far back from an item its list's opening bracket may stand
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "civilians 140": a group, not "Route 9"
MIN_PARTS = 2  # one figure in brackets restates its total ("17 (seventeen)"), breaks nothing


def list_item(
    num: Token,
    own: Reading,
    figures: Sequence[tuple[Amount, Token, Span, Reading]],
    resolved: Sequence[tuple[Amount, Token, Span, Reading]],
) -> Reading | None:
    """The measure a figure of people of no measure of its own takes from the list it is an
    item of (``shared_by_list``, ``bracketed_part``); ``figures`` are the sentence's figures,
    ``resolved`` those read so far."""
    if own.rule != UNCOUNTED:
        return None
    before = {tok.i: reading for _, tok, _, reading in resolved}
    return shared_by_list(num, own, before) or bracketed_part(
        num, own, [(amount.value, tok) for amount, tok, _, _ in figures], before
    )


def shared_by_list(num: Token, own: Reading, before: dict[int, Reading]) -> Reading | None:
    """The measure of the item before in the list, for a figure that counts people of no
    measure of its own ("9 women" of "among them 14 boys, 9 women"); ``before`` holds the
    readings of the sentence's figures read so far, by their number token."""
    noun = own.noun
    if (
        own.rule != UNCOUNTED or noun is None or num.dep_ != "nummod" or num.head.i != noun.i
        or not counts_people(noun)
    ):
        return None
    item = noun
    for _ in range(MAX_ITEMS):
        if item.dep_ not in LIST_LINKS or item.head.i >= item.i:
            return None
        item = item.head
        if not counts_people(item):
            return None  # "killed 12 people and 40 goats": a list of other things
        figure = next((c for c in item.children if c.dep_ == "nummod" and c.i in before), None)
        if figure is None:
            continue
        reading = before[figure.i]
        return _as_item(reading, noun)
    return None


def named_before(
    num: Token, resolved: Sequence[tuple[Amount, Token, Span, Reading]]
) -> Reading | None:
    """ "accounted for 48 of the deaths, herders 112 and traders 9": a bare figure right
    after the people it counts, an item of a list whose first item is a figure of people
    harmed, is more of them (the verb is left out after the first item)."""
    noun = num.head
    if (
        num.dep_ != "nummod" or noun.i != num.i - 1 or noun.tag_ not in PLURAL_TAGS
        or not counts_people(noun)
    ):
        return None
    before = {tok.i: reading for _, tok, _, reading in resolved}
    # the parser may hang the items on the verb the first one is counted by
    before |= {
        verb.i: reading
        for _, tok, _, reading in resolved
        if (verb := next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None))
    }
    item = noun
    for _ in range(MAX_ITEMS):
        if item.dep_ not in GAPPED_LINKS or item.head.i >= item.i:
            return None
        item = item.head
        reading = before.get(item.i)
        if reading is None:
            continue
        return _as_item(reading, noun)
    return None


def _as_item(reading: Reading, noun: Token) -> Reading | None:
    """The reading of a list's item that counts ``noun``, from its list's ``reading`` of
    people harmed or held (none from a list of anything else)."""
    if reading.measure not in PEOPLE_MEASURES:
        return None
    return Reading(
        measure=reading.measure,
        noun=noun,
        anchor=reading.anchor,
        rule=f"{RULE}{reading.rule}",
        total_of=reading.total_of,
    )


def counts_people(noun: Token) -> bool:
    """A noun of people: "women", "soldiers", "fighters", "members", not "vehicles"."""
    if counts_things(noun):
        return False
    lex = lexicon()
    word = noun.lemma_.lower()
    return people_noun(noun) or any(
        word in words for words in (lex.suspect_nouns, lex.agent_nouns, lex.victim_nouns)
    )


def bracketed_part(
    num: Token, own: Reading, figures: list[tuple[float, Token]], before: dict[int, Reading]
) -> Reading | None:
    """ "19 members of the coast guard were killed (15 sailors and four divers)", or the
    same list set off by dashes: people counted inside brackets right after a figure of people
    harmed, whose counts add up to it, break that figure down and share its measure.
    ``figures`` are the sentence's figures (value, number token), ``before`` the readings of
    those read so far, by their number token. The sum says the items are the same people,
    whatever trade or group their noun names ("marines", "minors"), but for things."""
    if own.rule != UNCOUNTED or own.noun is None or counts_things(own.noun):
        return None
    opening = _opening_mark(num)
    if opening is None:
        return None
    doc, end = num.doc, num.sent.end
    closing = next(
        (t.i for t in doc[opening + 1 : end] if _set_off(t, CLOSING_MARKS)), end
    )
    total = next(((v, t) for v, t in reversed(figures) if t.i < opening), None)
    reading = before.get(total[1].i) if total is not None else None
    if total is None or reading is None or reading.measure not in PEOPLE_MEASURES:
        return None
    parts = [v for v, t in figures if opening < t.i < closing]
    if len(parts) < MIN_PARTS or sum(parts) != total[0]:
        return None  # a list that does not add up to the figure is no breakdown of it
    return Reading(
        measure=reading.measure,
        noun=own.noun,
        anchor=reading.anchor,
        rule=f"{BRACKETED_RULE}{reading.rule}",
        total_of=total[1],
    )


def _opening_mark(num: Token) -> int | None:
    """The bracket or dash that opens the list the figure is an item of: back past the
    list's items and joiners, never past a verb."""
    start = num.sent.start
    for tok in reversed(list(num.doc[max(start, num.i - MAX_ITEM_TOKENS) : num.i])):
        if _set_off(tok, OPENING_MARKS):
            return tok.i
        if tok.pos_ in ("VERB", "AUX") or tok.text in STOPS:
            return None
    return None


def _set_off(tok: Token, marks: frozenset[str]) -> bool:
    """A bracket, or a dash with a space before it ("the month - 11 soldiers"): a hyphen
    inside a word ("Kurdish-led") sets nothing off."""
    if tok.text not in marks:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text in BRACKETS or (before is not None and bool(before.whitespace_))
