"""What a source adds after its figure: "..., the review said, adding that forces had killed
930 militants since 2011". The participle of saying hung on the reporting verb opens a second
statement; a date inside it is the time of what was added, not of the figure the sentence
told before the reporting verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

_ADDING_DEPS = frozenset({"advcl", "conj", "xcomp"})
_PARTICIPLE = "VBG"


def _adding_clause(date: Token) -> Token | None:
    """The participle of saying ("adding", "noting") whose clause holds the date, when it
    hangs on a verb of saying itself: the second statement of one source."""
    for tok in date.ancestors:
        if (
            tok.tag_ == _PARTICIPLE
            and tok.dep_ in _ADDING_DEPS
            and tok.lemma_.lower() in reporting_verbs()
            and tok.head.lemma_.lower() in reporting_verbs()
        ):
            return tok
    return None


def added_apart(anchor: Token, date: Token) -> bool:
    """The date stands in what a source added after the figure's statement ("31 attacks,
    the report said, noting such attacks had been rare since 2015"), the figure outside it:
    no date of the figure."""
    clause = _adding_clause(date)
    return clause is not None and anchor.i not in {t.i for t in clause.subtree}
