"""An indexed attribute ruler: the same rules as spaCy's ``attribute_ruler``, applied the same
way (rules in the order they were added, later ones winning), but found by looking tokens up
by tag and lower-case form instead of running a Matcher with every rule over every token.

The English pipeline's ruler holds ~180 one- and two-token rules (tag → POS and morphology,
and lemma exceptions); with the Matcher it costs as much as the parser. The equivalence with
spaCy's own component is tested token by token on real text (tests/core/test_attributes.py).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

if TYPE_CHECKING:
    from thinc.types import Ints2d

FAST_RULER = "claimdesk_attribute_ruler"
# Token attributes a rule can test, read once per token into a row (Token access is slow).
_ATTRS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4}
_Row = tuple[str, str, str, bool, str]
_ORDER = operator.itemgetter(0, 1, 2)  # a match's (rule order, start, end)
MEMO_ROWS = 50_000  # distinct rows remembered (about 20 MB at most)


# The same attributes as ids, read for a whole doc in one call (no Token objects).
_IDS = [LOWER, TAG, DEP, IS_SPACE, ORTH]
_IdRow = tuple[int, ...]


def _row(ids: _IdRow, strings: StringStore) -> _Row:
    return (strings[ids[0]], strings[ids[1]], strings[ids[2]], bool(ids[3]), strings[ids[4]])


@dataclass(frozen=True, slots=True)
class _Test:
    attr: int
    op: str  # "==", "IN", "NOT_IN", "REGEX"
    value: Any

    def __call__(self, row: _Row) -> bool:
        got = row[self.attr]
        if self.op == "==":
            return bool(got == self.value)
        if self.op == "IN":
            return got in self.value
        if self.op == "NOT_IN":
            return got not in self.value
        return self.value.search(got) is not None


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tokens: tuple[tuple[_Test, ...], ...]
    attrs: dict[Any, Any]  # normalised by spaCy: attribute ids → values
    index: int

    def matches_at(self, row_at: Callable[[int], _Row], n: int, i: int) -> bool:
        """Whether the rule matches at token ``i`` of ``n``, ``row_at`` giving a token's row."""
        if i + len(self.tokens) > n:
            return False
        for k, tests in enumerate(self.tokens):
            row = row_at(i + k)
            for test in tests:
                if not test(row):
                    return False
        return True


def _tests(token_pattern: Mapping[str, Any]) -> tuple[_Test, ...]:
    out = []
    for key, value in token_pattern.items():
        attr = _ATTRS[key]
        if isinstance(value, dict):
            for op, arg in value.items():
                if op == "REGEX":
                    out.append(_Test(attr, op, re.compile(arg)))
                elif op in ("IN", "NOT_IN"):
                    out.append(_Test(attr, op, frozenset(arg)))
                else:
                    raise ValueError(f"attribute rule operator {op!r} is not supported")
        else:
            out.append(_Test(attr, "==", value))
    return tuple(out)


class IndexedAttributeRuler:
    """Drop-in for the ``attribute_ruler`` of a trained pipeline (rules of any length)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        # Rules indexed by the first token's lower form, tag, dependency or space-ness, so a
        # token meets only the rules that can match it.
        self.tables: tuple[dict[Any, list[_Rule]], ...] = ({}, {}, {}, {})
        self.always: list[_Rule] = []
        # The rules whose first token matches a row, by row: words recur, so each distinct
        # (word, tag, dependency) is tested once; cleared when it grows past MEMO_ROWS.
        self.first: dict[_IdRow, tuple[_Rule, ...]] = {}

    def add_patterns(self, patterns: Iterable[Mapping[str, Any]]) -> None:
        for order, entry in enumerate(patterns):
            for alternative in entry["patterns"]:
                attrs = normalize_token_attrs(self.vocab, dict(entry.get("attrs", {})))
                rule = _Rule(
                    order,
                    tuple(_tests(tp) for tp in alternative),
                    attrs,
                    int(entry.get("index", 0)),
                )
                self._index(rule, alternative[0])

    def _index(self, rule: _Rule, first: Mapping[str, Any]) -> None:
        for key, table in zip(("LOWER", "TAG", "DEP", "IS_SPACE"), self.tables, strict=True):
            value = first.get(key)
            if isinstance(value, str | bool):
                table.setdefault(value, []).append(rule)
                return
            if isinstance(value, dict) and set(value) == {"IN"}:
                for v in value["IN"]:
                    table.setdefault(v, []).append(rule)
                return
        self.always.append(rule)

    def _first(self, row: _Row) -> tuple[_Rule, ...]:
        """The rules that can match at a token of this row, in the order they are tried: those
        met by the row's indexes whose first token's tests the row passes."""
        none: list[_Rule] = []
        by_lower, by_tag, by_dep, by_space = self.tables
        return tuple(
            rule
            for group in (
                by_lower.get(row[0], none),
                by_tag.get(row[1], none),
                by_dep.get(row[2], none),
                by_space.get(row[3], none),
                self.always,
            )
            for rule in group
            if all(test(row) for test in rule.tokens[0])
        )

    def __call__(self, doc: Doc) -> Doc:
        matches: list[tuple[int, int, int, _Rule]] = []
        seen: set[tuple[int, int, int]] = set()
        ids: list[_IdRow] = [tuple(r) for r in doc.to_array(_IDS).tolist()]
        strings = self.vocab.strings
        rows: dict[int, _Row] = {}

        def row_at(j: int) -> _Row:  # a row's strings, read only when a longer rule asks
            if j not in rows:
                rows[j] = _row(ids[j], strings)
            return rows[j]

        first = self.first
        if len(first) > MEMO_ROWS:
            first.clear()
        for i, key_ids in enumerate(ids):
            rules = first.get(key_ids)
            if rules is None:
                rules = first[key_ids] = self._first(_row(key_ids, strings))
            for rule in rules:
                key = (rule.order, i, i + len(rule.tokens))
                if key not in seen and (
                    len(rule.tokens) == 1 or rule.matches_at(row_at, len(ids), i)
                ):
                    seen.add(key)
                    matches.append((*key, rule))
        matches.sort(key=_ORDER)
        for _order, start, end, rule in matches:
            set_token_attrs(
                doc[start + rule.index if rule.index >= 0 else end + rule.index], rule.attrs
            )
        return doc


@Language.factory(FAST_RULER)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp, name)


MEMO_LEMMATIZER = "claimdesk_lemmatizer"


class MemoLemmatizer:
    """The trained pipeline's rule lemmatizer behind a memo keyed like its own cache
    (form, part of speech, morphology): the per-token Python call is paid once per key."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}
        self.inner: Any = None
        self.overwrite = False

    def wrap(self, inner: Any) -> None:
        self.inner = inner
        self.overwrite = bool(getattr(inner, "overwrite", False))

    def __call__(self, doc: Doc) -> Doc:
        memo, inner, strings = self.memo, self.inner, self.strings
        # the ids of every token in one call, the lemmas written back in one: no Token objects
        table = doc.to_array([LEMMA, ORTH, POS, MORPH])
        changed = False
        for i, (lemma, orth, pos, morph) in enumerate(table.tolist()):
            if lemma != 0 and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(inner.lemmatize(doc[i])[0])
            table[i, 0] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], cast("Ints2d", table[:, :1]))
        return doc


@Language.factory(MEMO_LEMMATIZER)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp, name)
