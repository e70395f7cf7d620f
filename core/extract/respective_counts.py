"""Figures matched in order to the measures before them: "killed and arrested 142 and 96
militants, respectively", "the number of people killed and injured stood at 412 and 655",
"militants killed and arrested during the year numbered 1,093 and 1,420". Statistics reports
pair a list of what befell people with a list of counts; the parse reads the whole list of
counts by one of the measures (or by none), the order says which is which."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from core.model import Measure
    from core.text.numbers import Amount

# figures a list of measures cannot pair with: shares and money ("rose 12 and 30 percent")
NOT_COUNTS = frozenset({"share", "money", "percent", "quantity"})
NOT_COUNT_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "ORDINAL"})
MAX_ITEMS = 6  # the longest pair of lists read; a report pairs two or three
MIN_ITEMS = 2
RULE = "respectively:"
VERB_TAGS = frozenset({"VBN", "VBD", "VB", "VBG", "JJ"})  # "killed", "dead", "injured"

Figure = tuple["Amount", "Token", "Span", Reading]


def respective(figures: Sequence[Figure]) -> list[Figure]:
    """The figures, those of a list paired in order with a list of measures read by their
    place in it."""
    if not figures:
        return list(figures)
    by_token = {num.i: at for at, (_, num, _, _) in enumerate(figures)}
    paired = list(figures)
    for first in (num for _, num, _, _ in figures):
        run = _run(first, lambda t: t.i in by_token)
        if len(run) < MIN_ITEMS or first.dep_ == "conj":
            continue
        measures = _measure_run(figures[0][1].sent, run)  # the sentence, made only here
        if measures is None or any(
            figures[by_token[num.i]][3].rule in NOT_COUNTS or num.ent_type_ in NOT_COUNT_ENTITIES
            for num in run
        ):
            continue
        # "142 and 96 militants": the noun after the list counts each of its figures
        noun = figures[by_token[first.i]][3].noun
        noun = noun if noun is not None and noun.i > run[-1].i else None
        for num, (word, measure) in zip(run, measures, strict=True):
            at = by_token[num.i]
            amount, _, span, _ = figures[at]
            paired[at] = (
                amount,
                num,
                span,
                Reading(measure=measure, noun=noun, anchor=word, rule=f"{RULE}{word.lemma_}"),
            )
    return paired


def _run(first: Token, member: object) -> list[Token]:
    """The list ``first`` heads: it and its conjuncts, in order, while ``member`` holds."""
    run = [first]
    node = first
    for _ in range(MAX_ITEMS):
        nxt = next((c for c in node.children if c.dep_ == "conj"), None)
        if nxt is None or not member(nxt):  # type: ignore[operator]
            break
        run.append(nxt)
        node = nxt
    return run


def _measure_run(sent: Span, figures: list[Token]) -> list[tuple[Token, Measure]] | None:
    """The list of distinct measures before the figures, as long as theirs."""
    for word in sent:
        if word.i >= figures[0].i:
            break
        if word.dep_ == "conj" or _measure(word) is None:
            continue
        run = _run(word, lambda t: _measure(t) is not None)
        if len(run) != len(figures) or run[-1].i >= figures[0].i or not _same_clause(
            run, figures[0]
        ):
            continue
        measures = [(t, m) for t in run if (m := _measure(t)) is not None]
        if len({m for _, m in measures}) == len(run):
            return measures
    return None


def _measure(word: Token) -> Measure | None:
    """The measure a word of a list names: a verb or participle ("killed", "arrested"), or a
    noun ("deaths", "injuries")."""
    lex = lexicon()
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        measure = lex.nouns.get(lemma)
    elif word.tag_ in VERB_TAGS:
        measure = lex.verbs.get(lemma) or lex.nouns.get(word.lower_)
    else:
        return None
    return measure if measure not in (None, "other") else None


def _same_clause(run: list[Token], figure: Token) -> bool:
    """The measures and the figure are said of the same people: no other word of a measure
    stands on the parse's path between them ("killed and injured dozens; police arrested 12
    and 14 suspects" pairs nothing)."""
    words = {t.i for t in run}
    run_path = [run[0], *run[0].ancestors]
    on_run_path = {t.i for t in run_path}
    figure_path = []
    for tok in figure.ancestors:
        if tok.i in on_run_path:
            # the word both hang on counts too ("arrested" of "...; police arrested 12")
            run_path = run_path[: next(n for n, t in enumerate(run_path) if t.i == tok.i) + 1]
            break
        figure_path.append(tok)
    return not any(
        t.i not in words and _measure(t) is not None for t in (*figure_path, *run_path)
    )

