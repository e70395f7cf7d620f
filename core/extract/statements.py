"""Parsed chunks of a Document → attributed Statements (quotes, reported speech, claims, denials).

Quote marks are paired over the whole document text, because quotes run across sentences,
chunks and paragraphs. Everything else reads the dependency parse: a reporting verb (matched by
lemma) is the cue, its subject the speaker, its clausal complement the content; "according to X"
attributes its clause to X; claim/take + "responsibility" is a responsibility claim; deny /
reject + "accusations" / "had nothing to do with" is a denial.

Speakers are named as the text names them, with short mentions resolved by simple rules a
checker can follow: a surname to the last full name ending in it ("Tipu" → "Ihsanullah Tipu"),
"he"/"she" to the last person named as a subject, "it"/"they" to the last institution, a
definite description to the last speaker it describes ("the PTI leader", "the PM"), or to the
person introduced with that title anywhere ("met Inspector General X … the range IG"). A
document speaks for its author ("a statement by X"), else for itself as an unnamed source.

A paragraph is a headline by its position, length and shape, never by its last character: a
caption or a page cut mid-sentence keeps its statements. The word lists live in
``core/rules/cues.json`` (loaded by ``core/extract/cues.py``, shared with claim attribution).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from core.extract.cues import Cues, cues
from core.extract.nlp import Chunk
from core.model import SpeakerKind, Statement, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUOTE_CHARS = frozenset('"“”‘')
_WORD = re.compile(r"[a-z]+")
_INTRODUCTION = re.compile(r"\b[A-Z][\w’'-]+ [A-Z][\w’'-]+, (?:a|an|the|who|whose)\b")
_TERMINAL = frozenset(".!?")
_QUOTE_MARKS = frozenset("\"'“”‘’")
_NAME_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})
# A sentence end followed by the start of another sentence (or a credit, a date).
# "according to X", "as per X": (frame word, its preposition), from rules/cues.json.
_FRAMES = frozenset(tuple(f.split()) for f in cues().according_frames if len(f.split()) == 2)
_FRAME_HEADS = frozenset(head for head, _ in _FRAMES)
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’)]*\s+[\"“‘(]?[A-Z0-9(]")
# A dateline the parser glued to the speaker: "SAN ANTONIO - ", "DARROW (Vesna Press) — ".
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]*[A-Z.](?: \([^)]*\))?\s*[-–—:]\s*")
HEADLINE_MAX_WORDS = 25  # an unterminated line longer than this is body text cut short
TITLE_CASE_SHARE = 0.8  # share of capitalised words that makes a line a title
# Right after a closing quote these open a new clause about the quote, never a cue for it.
_NOT_A_CUE_START = frozenset(
    {"which", "who", "that", "and", "but", "or", "because", "as", "when", "while", "if", "so"}
)
_CONTENT_DEPS = frozenset(
    {"dobj", "dative", "iobj", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt", "agent"}
)
_FRAMED = frozenset({"quote-cue-after", "quote-cue-before", "quote-according-to"})
_SPEAKER_DROP_DEPS = frozenset(
    {
        "appos",
        "relcl",
        "acl",
        "punct",
        "advcl",
        "cc",
        "conj",
        "prep",
        "parataxis",
        "advmod",
        "preconj",
        "neg",
    }
)


def may_hold_statement(sentence: str) -> bool:
    """Cheap lexical test on raw sentence text: a quote mark, a cue word form, or a person
    introduced with an appositive ("Osama Malik, a political commentator, …"), whom a later
    "he said" or "Malik said" refers back to."""
    if not _QUOTE_CHARS.isdisjoint(sentence):
        return True
    lower = sentence.lower()
    if not cues().forms.isdisjoint(_WORD.findall(lower)):
        return True
    if any(frame in lower for frame in cues().according_frames):
        return True
    return _INTRODUCTION.search(sentence) is not None


ANTECEDENT_WINDOW = 3  # sentences back to look for the name a "he said" refers to
# Two capitalised words or an acronym: a cheap stand-in for a PERSON / ORG entity.
_NAME_LIKE = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|\b[A-Z]{2,}\b")


@functools.cache
def _pronoun_report() -> re.Pattern[str]:
    c = cues()
    forms = sorted(c.forms & {f for fs in c.verb_forms.values() for f in fs} - c.weak_forms)
    verbs = "|".join(forms)
    return re.compile(
        rf"\b(?:he|she|they|it)\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b|\b(?:{verbs})\s+(?:he|she)\b",
        re.IGNORECASE,
    )


def antecedent_sentences(sentences: Sequence[str]) -> set[int]:
    """Indices of sentences to parse because a later pronoun-led reporting clause ("he said",
    "she told reporters") may refer to the person or organisation they name: the nearest
    sentence with a name within ``ANTECEDENT_WINDOW`` sentences before it."""
    wanted: set[int] = set()
    for i, sentence in enumerate(sentences):
        if not _pronoun_report().search(sentence):
            continue
        for j in range(i - 1, max(-1, i - 1 - ANTECEDENT_WINDOW), -1):
            if _NAME_LIKE.search(sentences[j]):
                wanted.add(j)
                break
    return wanted


def attribution_at(statements: Sequence[Statement], start: int, end: int) -> str | None:
    """The speaker whose statement content contains ``[start, end)``.

    What someone said (a quote, reported speech) wins over a claim, a denial or a figure
    reported inside it: the figure in "X said the group claimed 200 attacks" is X's figure, and
    so is the one in "according to X, …, with the police reporting the deaths of 12".
    """
    best: Statement | None = None
    for s in statements:
        if s.speaker is None or not (s.start <= start and end <= s.end):
            continue
        if best is None:
            best = s
            continue
        said, best_said = _says(s), _says(best)
        if (said, -(s.end - s.start)) > (best_said, -(best.end - best.start)):
            best = s
    return best.speaker if best else None


def _says(s: Statement) -> bool:
    return s.kind in ("quote", "reported") and s.rule != "reported-figure"


# --- quotes over the raw text ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation: marks at ``open`` and ``close``; ``[start, end)`` its content."""

    open: int
    close: int
    start: int
    end: int


def _is_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "…")


def _is_close_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line blocks when the text has any, else lines."""
    sep = re.compile(r"\n[ \t\r\f\v]*\n\s*" if re.search(r"\n[ \t\r\f\v]*\n", text) else r"\n+")
    spans, pos = [], 0
    for m in sep.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def find_quotes(text: str) -> list[Quote]:
    """Pair quote marks paragraph by paragraph, straight and typographic.

    ’ and ' are apostrophes unless they sit at a word boundary. A double quote left open at the
    end of a paragraph continues when the next paragraph opens with a quote mark (the
    newspaper convention for a quote over several paragraphs).
    """
    quotes: list[Quote] = []
    pending: int | None = None  # opening mark of a quote carried over from the last paragraph
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[str, int]] = []
        carried = pending
        pending = None
        first = True
        for i in range(p_start, p_end):
            c = text[i]
            if c not in _QUOTE_MARKS:
                if not c.isspace():
                    first = False
                continue
            at_start, first = first, False
            if carried is not None and at_start and c in '"“':
                stack.append(("d", carried))  # the continuation mark reopens the same quote
                carried = None
                continue
            if c == "“" or (c == '"' and not any(k == "d" for k, _ in stack)):
                stack.append(("d", i))
            elif c in '”"':
                while stack and stack[-1][0] != "d":
                    stack.pop()
                if stack:
                    _, o = stack.pop()
                    if not stack:
                        quotes.append(_trimmed(text, o, i))
            elif c in "‘'" and _is_open_single(text, i):
                stack.append(("s", i))
            elif c in "’'" and any(k == "s" for k, _ in stack) and _is_close_single(text, i):
                while stack[-1][0] != "s":
                    stack.pop()
                _, o = stack.pop()
                if not stack:
                    quotes.append(_trimmed(text, o, i))
        open_doubles = [o for k, o in stack if k == "d"]
        if open_doubles:
            pending = open_doubles[0]
    return sorted(quotes, key=lambda q: q.open)


def _trimmed(text: str, o: int, c: int) -> Quote:
    start, end = o + 1, c
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Quote(o, c, start, end)


# --- the parse across chunks ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str
    kind: SpeakerKind
    role: str | None
    start: int
    end: int
    words: frozenset[str]  # lower-cased words of the mention and its role, for descriptions
    plural: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: StatementKind
    speaker: _Speaker | None
    cue: str | None
    rule: str
    verb: int  # document offset of the cue token (ties a quote to the clause it frames)


class _Context:
    """One document: its text, chunks, quotes, and the mentions short names resolve to."""

    def __init__(self, text: str, chunks: Sequence[Chunk]) -> None:
        self.text = text
        self.cues = cues()
        seen: set[int] = set()
        self.chunks = []
        for ch in sorted(chunks, key=lambda c: c.offset):
            if ch.offset not in seen:
                seen.add(ch.offset)
                self.chunks.append(ch)
        self._chunk_by_doc = {id(ch.doc): ch for ch in self.chunks}
        self.quotes = find_quotes(text)
        self._q_starts = [q.open for q in self.quotes]
        self.closes = frozenset(q.close for q in self.quotes)
        self.paragraphs = paragraphs(text)
        self._p_starts = [p[0] for p in self.paragraphs]
        self._headline: dict[int, bool] = {}
        self.tokens: list[tuple[int, Chunk, Token]] = [
            (ch.start_of(t), ch, t) for ch in self.chunks for t in ch.doc
        ]
        self.tokens.sort(key=lambda x: x[0])
        self._t_starts = [x[0] for x in self.tokens]
        self.full_names: list[tuple[int, str]] = []
        self.roles: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # "BLA" -> "Balochistan Liberation Army (BLA)"
        self.history: list[tuple[int, _Speaker]] = []
        self.introduced: list[tuple[int, _Speaker]] = []  # titled persons, in any position
        self._collect_mentions()

    # positions
    def pos(self, tok: Token) -> int:
        return self.chunk_of(tok).offset + int(tok.idx)

    def chunk_of(self, tok: Token) -> Chunk:
        return self._chunk_by_doc[id(tok.doc)]

    def span_of(self, toks: Iterable[Token]) -> tuple[int, int]:
        ts = sorted(toks, key=lambda t: t.i)
        ch = self.chunk_of(ts[0])
        return ch.start_of(ts[0]), ch.end_of(ts[-1])

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._t_starts, start)
        hi = bisect.bisect_left(self._t_starts, end)
        return [t for _, _, t in self.tokens[lo:hi]]

    def quote_at(self, pos: int) -> Quote | None:
        """The quote whose marks enclose ``pos`` (top-level quotes never overlap)."""
        k = bisect.bisect_right(self._q_starts, pos) - 1
        if k >= 0 and self.quotes[k].open < pos < self.quotes[k].close:
            return self.quotes[k]
        return None

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        if not self.paragraphs:
            return 0, len(self.text)
        k = max(0, bisect.bisect_right(self._p_starts, pos) - 1)
        return self.paragraphs[k]

    def clip(self, tokens: Iterable[Token], anchor: Token) -> list[Token]:
        """The tokens in the paragraph of ``anchor``: content never runs into page furniture."""
        p_start, p_end = self.paragraph_of(self.pos(anchor))
        return [t for t in tokens if p_start <= self.pos(t) < p_end]

    def headline_like(self, pos: int) -> bool:
        """A title or a menu line, told by position, length and shape, not by its last character:
        a caption, a paragraph ending in an embedded post's date or cut off mid-sentence keeps
        its statements."""
        start, end = self.paragraph_of(pos)
        if start not in self._headline:
            self._headline[start] = self._headline_shape(start, end)
        return self._headline[start]

    def _headline_shape(self, start: int, end: int) -> bool:
        text = self.text[start:end]
        i = len(text)
        while i > 0 and (text[i - 1].isspace() or text[i - 1] in "\"'”’)]»"):
            i -= 1
        if i == 0:
            return True
        if text[i - 1] in ".!?:;…":
            return False  # a sentence ends it: body text
        words = text.split()
        if _title_case(words, self.cues):
            return True
        if _SENTENCE_INSIDE.search(text[:i]):
            return False  # a sentence ends inside: body text with a credit, a date or a cut
        if start == (self.paragraphs[0][0] if self.paragraphs else 0):
            return len(words) <= HEADLINE_MAX_WORDS  # the first line of a text is its title
        # Headlines report in the present ("X says ..."); body text in the past ("X said").
        reported = any(
            t.tag_ == "VBD" and _is_cue(t, self.cues) for t in self.tokens_in(start, end)
        ) or any(f in text.lower() for f in self.cues.according_frames)
        return not reported and len(words) <= HEADLINE_MAX_WORDS

    # mentions
    def _collect_mentions(self) -> None:
        for ch in self.chunks:
            for ent in ch.doc.ents:
                if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].pos_ == "PROPN":
                    self.full_names.append((ch.start_of(ent), _clean(ent.text)))
        for pos, _, tok in self.tokens:
            if tok.dep_ == "appos" and _parenthetical(tok) and tok.head.pos_ == "PROPN":
                core = _core(tok.head)
                if len(core) > 2:
                    self.acronyms.setdefault(
                        tok.text, _strip_det(core[0].doc[core[0].i : core[-1].i + 1].text)
                    )
            if (
                tok.ent_type_ == "PERSON"
                and tok.ent_iob_ == "B"
                and tok.dep_ not in ("nsubj", "nsubjpass")
            ):
                # A person introduced with a title anywhere ("met Inspector General X"): a
                # later "the IG" names them even when they were never a subject.
                head = _entity(tok).root
                sp = self.describe(head) if head.dep_ not in ("nsubj", "nsubjpass") else None
                if sp is not None and sp.kind == "person" and sp.role:
                    self.introduced.append((pos, sp))
                    self.roles.setdefault(sp.name, sp.role)
            if _frame_object(tok) and self.quote_at(pos) is None:
                # "…, according to Superintendent X. He said …": X is the one speaking
                sp = self.describe(tok)
                if sp is not None:
                    self.history.append((pos, sp))
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in _PRONOUNS:
                # Only main-clause subjects and narration: "he" picks up the topic of the
                # sentence, not a name inside someone's reported clause or quote.
                if self.quote_at(pos) is not None or not _main_clause(tok.head):
                    continue
                sp = self.describe(tok)
                if sp is not None:
                    self.history.append((pos, sp))
                    if sp.kind == "person" and " " in sp.name:
                        self.full_names.append((sp.start, sp.name))
                    if sp.role and sp.kind == "person":
                        self.roles.setdefault(sp.name, sp.role)
        self.full_names.sort()

    def resolve_name(self, short: str, pos: int) -> str | None:
        """The last full name ending in ``short`` before ``pos`` (else the first after)."""
        words = short.split()
        before = after = None
        for p, name in self.full_names:
            nw = name.split()
            if len(nw) > len(words) and nw[-len(words) :] == words:
                if p < pos:
                    before = name
                elif after is None:
                    after = name
        return before or after

    def resolve_pronoun(self, tok: Token, pos: int) -> _Speaker | None:
        lower = tok.lower_
        if lower in self.cues.person_pronouns:
            kinds: tuple[str, ...] = ("person", "anonymous")
            window = len(self.text)
        elif lower in self.cues.institution_pronouns:
            kinds, window = ("institution",), 1500
            # "accused the military of …, a charge it refuted": the nearest institution named
            # earlier in the same sentence comes first
            for prev in reversed(tok.doc[tok.sent.start : tok.i]):
                if prev.dep_ in ("nsubj", "nsubjpass", "dobj") and prev.pos_ in (
                    "NOUN",
                    "PROPN",
                ):
                    sp = self.describe(prev)
                    singular_ok = sp is not None and not (sp.plural and lower == "it")
                    if sp is not None and sp.kind == "institution" and singular_ok:
                        return replace(sp, start=pos, end=pos + len(tok.text))
        else:
            return None
        for p, sp in reversed(self.history):
            if p < pos and pos - p <= window and sp.kind in kinds:
                if kinds == ("person", "anonymous") and _is_institution_like(sp, self.cues):
                    continue
                if sp.plural and lower == "it":
                    continue
                start, end = pos, pos + len(tok.text)
                return replace(sp, start=start, end=end)
        return None

    def resolve_description(
        self, words: frozenset[str], head: frozenset[str], pos: int
    ) -> _Speaker | None:
        """The last speaker a definite description fits: all its words ("the PTI leader"),
        else its head title alone ("the range IG" after "Inspector General X")."""
        for wanted in (words, head):
            for mentions in (self.history, self.introduced):
                for p, sp in reversed(mentions):
                    if p < pos and sp.kind in ("person", "anonymous") and wanted <= sp.words:
                        return sp
        return None

    # the speaker noun phrase
    def speaker(self, tok: Token, cue: Token, *, context: Iterable[Token] = ()) -> _Speaker | None:
        """Who ``tok`` (the subject of ``cue``, an agent, the object of "according to") names.

        A speaker is in the paragraph of its cue: a parse that joins a caption to the next
        paragraph names nobody.
        """
        pos = self.pos(tok)
        if self.paragraph_of(pos) != self.paragraph_of(self.pos(cue)):
            return None
        if tok.lower_ in _PRONOUNS:
            return self.resolve_pronoun(tok, pos)
        sp = self.describe(tok)
        if sp is None:
            return None
        if sp.kind != "person" and _anonymous(
            " ".join(t.text for t in (*tok.subtree, *context)).lower(), self.cues
        ):
            return replace(sp, kind="anonymous")
        return sp

    def describe(self, tok: Token) -> _Speaker | None:
        """The speaker a noun phrase names, without pronoun resolution.

        In order: the author of "a statement by X"; a PERSON name in the phrase or its
        appositive (a lone surname resolved to the full name); a proper name after a title
        ("Mayor Daryl Busch"); a crowd ("analysts") is nobody; an unnamed person ("a senior
        official", or "the PTI leader" resolved to the earlier speaker it describes) is
        anonymous; an ORG/NORP/GPE name, an acronym or an institution noun is an institution.
        """
        c = self.cues
        lemma = tok.lemma_.lower()
        if lemma in c.document_nouns and tok.pos_ == "NOUN":
            author = _author(tok)
            if author is not None:
                return self.describe(author)
            return self._document(tok)
        core = _core(tok)
        if (
            len(core) > 1
            and core[0].lower_ == "the"
            and tok.pos_ == "PROPN"
            and core[1].text[:1].isupper()
        ):
            core = core[1:]  # "the Kessa Election Commission" is named "Kessa Election Commission"
        ch = self.chunk_of(tok)
        start, end = ch.start_of(core[0]), ch.end_of(core[-1])
        core_text = self.text[start:end]
        appos = [
            a
            for a in tok.children
            if a.dep_ == "appos"
            and not _parenthetical(a)
            and a.pos_ != "NUM"  # "Ana Kos, 34,"
            and _same_line(tok, a)
        ]
        role = _clean(_phrase(appos)) if appos else None
        person = _person_entity(tok)
        if person is None:
            # "the mayor of Vell, Anton Rask": the name may hang off any word of the phrase
            in_core = {t.i for t in core}
            named = [
                t
                for t in tok.subtree
                if t.dep_ == "appos" and t.head.i in in_core and _same_line(tok, t)
            ]
            for a in named:
                person = _person_entity(a)
                if person is not None:
                    role = _strip_det(_clean(ch.doc[tok.left_edge.i : a.left_edge.i].text))
                    start, end = ch.start_of(person), ch.end_of(person)
                    break
        elif person.start > core[0].i:
            title = _strip_det(ch.doc[core[0].i : person.start].text)
            role = role or (title if title else None)
        if person is not None:
            name = _clean(person.text)
            given = ch.doc[person.start - 1] if person.start > 0 else None
            if (
                len(person) == 1
                and given is not None
                and given.dep_ == "compound"
                and given.pos_ == "PROPN"
                and given.text.istitle()
                and given.lower_.rstrip(".") not in c.person_nouns | c.titles
            ):  # the tagger saw only the surname of "Doreen Warren"
                person = ch.doc[person.start - 1 : person.end]
                name = _clean(person.text)
            elif len(person) == 1:
                name = self.resolve_name(name, start) or name
            if person.start > core[0].i:
                start, end = ch.start_of(person), ch.end_of(person)
            role = role or self.roles.get(name)
            return self._make(name, "person", role, span=(start, end), core=core_text)
        # a capitalised word in a named entity is a name even when tagged otherwise ("Sayed")
        propn = [
            t
            for t in core
            if t.pos_ == "PROPN" or (t.ent_type_ and t.text[:1].isupper() and not t.is_punct)
        ]
        if propn and len(propn) == len([t for t in core if t.pos_ != "DET"]) and len(propn) <= 2:
            short = " ".join(t.text for t in propn)
            full = self.resolve_name(short, start)
            if full is not None:
                role = role or self.roles.get(full)
                return self._make(full, "person", role, span=(start, end), core=core_text)
            if appos and appos[0].lemma_.lower() in c.person_nouns and len(propn) == 2:
                return self._make(short, "person", role, span=(start, end), core=core_text)
        titled_name = _titled_name(core, c)
        if titled_name is not None:  # "Tulsa Police Officer Leland Ashley", "neighbor Ann Kos"
            title_toks, name_toks = titled_name
            name = " ".join(t.text for t in name_toks)
            if len(name_toks) == 1:
                name = self.resolve_name(name, start) or name
            n_start, n_end = ch.start_of(name_toks[0]), ch.end_of(name_toks[-1])
            role = role or _strip_det(" ".join(t.text for t in title_toks)) or None
            return self._make(name, "person", role, span=(n_start, n_end), core=core_text)
        plural = tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "NUM"
        proper = [a for a in appos if a.pos_ == "PROPN" or a.ent_type_ in _NAME_ENTS]
        if tok.pos_ == "NOUN" and proper and tok.ent_type_ not in _NAME_ENTS:
            # "the military's media wing, ISPR": the appositive is the name, the head its role
            a_core = _core(proper[0])
            if a_core[0].lower_ == "the" and len(a_core) > 1:
                a_core = a_core[1:]
            a_start, a_end = ch.start_of(a_core[0]), ch.end_of(a_core[-1])
            return self._make(
                self.text[a_start:a_end],
                "person" if lemma in c.person_nouns else "institution",
                _strip_det(_clean(ch.doc[tok.left_edge.i : proper[0].left_edge.i].text)),
                span=(a_start, a_end),
                core=core_text,
                plural=plural,
            )
        words = _description_words(core, c)
        if lemma in c.generic_speakers and (tok.tag_ in ("NNS", "NNPS") or tok.pos_ != "NOUN"):
            return None
        titled = any(t.lower_ in c.title_abbreviations for t in core)
        if (lemma in c.person_nouns and (tok.pos_ == "NOUN" or not tok.ent_type_)) or titled:
            before = tok.doc[core[0].i - 1].lower_ if core[0].i > 0 else ""
            # "the PM", "the range IG" (the parser may hang "the" elsewhere), a bare "IG"
            if _DEFINITE & {core[0].lower_, before} or (titled and len(core) == 1):
                own = frozenset({tok.lower_})
                head_words = (own | _expand(own, c)) - frozenset(c.title_abbreviations) or own
                earlier = self.resolve_description(words, head_words, start)
                if earlier is not None:
                    return replace(earlier, start=start, end=end)
            return self._make(core_text, "anonymous", role, span=(start, end), core=core_text)
        if len(core) == 1 and _acronym(tok) and tok.text in self.acronyms:
            full = self.acronyms[
                tok.text
            ]  # "the BLA" after "the Balochistan Liberation Army (BLA)"
            return self._make(full, "institution", role, span=(start, end), core=core_text)
        if tok.pos_ == "PROPN" and appos and appos[0].lemma_.lower() in c.person_nouns:
            # "Rasid, an official of the agency": a person, whatever tag the name got
            return self._make(core_text, "person", role, span=(start, end), core=core_text)
        if any(t.ent_type_ in _NAME_ENTS for t in core) or _acronym(tok):
            return self._make(
                core_text, "institution", role, span=(start, end), core=core_text, plural=plural
            )
        if tok.pos_ == "PROPN" and len(propn) <= 3 and lemma not in c.institution_nouns:
            # a bare name with no entity tag and no institution word: "Rask said"
            return self._make(core_text, "person", role, span=(start, end), core=core_text)
        if lemma in c.institution_nouns or tok.lower_ in c.institution_nouns or tok.pos_ == "PROPN":
            return self._make(
                core_text, "institution", role, span=(start, end), core=core_text, plural=plural
            )
        if (
            tok.pos_ == "NOUN"
            and not tok.ent_type_
            and tok.text.islower()
            and lemma.endswith(c.person_suffixes)
            and not {lemma, tok.lower_} & (c.document_nouns | c.generic_speakers)
        ):  # "the homeowner told investigators", "a shopkeeper said"
            return self._make(core_text, "anonymous", role, span=(start, end), core=core_text)
        if self._mistagged_name(tok, core):
            full = self.resolve_name(tok.text, start) or tok.text
            role = role or self.roles.get(full)
            return self._make(full, "person", role, span=(start, end), core=core_text)
        return None

    def _mistagged_name(self, tok: Token, core: Sequence[Token]) -> bool:
        """A surname the tagger took for a common noun ("Wiggins said"): a lone capitalised
        word that the text gives as a full name, or capitalises in mid-sentence too."""
        if len(core) != 1 or tok.pos_ != "NOUN" or not tok.text[:1].isupper():
            return False
        if not tok.text[1:].islower() or tok.lower_ in self.cues.generic_speakers:
            return False
        if self.resolve_name(tok.text, self.pos(tok)) is not None:
            return True
        # after a word that is no title's small word: "said Wiggins", "Deputy Wiggins", not
        # "Chief of Staff"
        for m in re.finditer(rf"(\w+|,)\s+{re.escape(tok.text)}\b", self.text):
            before = m.group(1)
            if before == "," or (
                before[:1].islower() and before not in self.cues.title_minor_words
            ):
                return True
        return False

    def _document(self, tok: Token) -> _Speaker | None:
        """A statement or report with no author named speaks for itself: "a police statement"
        is the police's, "an official statement" an unnamed source's."""
        c = self.cues
        for mod in tok.children:
            if mod.dep_ in ("compound", "amod", "nmod") and mod.i < tok.i and (
                mod.lemma_.lower() in c.institution_nouns or mod.ent_type_ in _NAME_ENTS
            ):
                return self.describe(mod)
        if tok.tag_ in ("NNS", "NNPS") and not any(
            ch.dep_ in ("det", "amod", "compound", "acl") for ch in tok.children
        ):
            return None  # "reports say": hearsay; "previous reports", "media reports" are sources
        core = [t for t in _core(tok) if t.i <= tok.i]
        ch = self.chunk_of(tok)
        start, end = ch.start_of(core[0]), ch.end_of(core[-1])
        text = self.text[start:end]
        return self._make(text, "anonymous", None, span=(start, end), core=text)

    def _make(
        self,
        name: str,
        kind: SpeakerKind,
        role: str | None,
        *,
        span: tuple[int, int],
        core: str,
        plural: bool = False,
    ) -> _Speaker:
        undated = _DATELINE.sub("", name)
        if undated != name and undated:  # "SAN ANTONIO - A family": the dateline is no speaker
            span = (span[0] + len(name) - len(undated), span[1])
            name = undated
        words = frozenset(w.lower() for w in re.findall(r"[\w-]+", f"{name} {role or ''} {core}"))
        words = words | _expand(words, self.cues)
        return _Speaker(name, kind, role, span[0], span[1], words, plural)


_DEFINITE = frozenset({"the", "this", "that"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i", "you"})


def _titled_name(core: Sequence[Token], c: Cues) -> tuple[list[Token], list[Token]] | None:
    """Split "Perris Mayor Daryl Busch" into its title words and the proper name after them."""
    last_title = -1
    for k, t in enumerate(core):
        if t.lower_.rstrip(".") in c.person_nouns | c.titles or t.lemma_.lower() in c.person_nouns:
            last_title = k
    name = list(core[last_title + 1 :])
    if (
        last_title < 0
        or not name
        or len(name) > 3
        or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)
        or any(t.lemma_.lower() in c.institution_nouns for t in name)
    ):
        return None
    return list(core[: last_title + 1]), name


def _title_case(words: Sequence[str], c: Cues) -> bool:
    """Most words capitalised ("Gunman Kills Three in Mall Attack"): a title, never body text."""
    major = [w for w in words if w[:1].isalpha() and w.lower() not in c.title_minor_words]
    if len(major) < 3:
        return False
    upper = sum(1 for w in major if w[:1].isupper())
    return upper >= TITLE_CASE_SHARE * len(major)


def _same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens: a phrase never runs from a caption into the text."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    return not any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(lo, hi))


def _main_clause(verb: Token) -> bool:
    """A verb of the main clause, or the "…, said X" that frames it (a parenthetical)."""
    while verb.dep_ in ("conj", "parataxis"):
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" ,;:–—-")


def _strip_det(s: str) -> str:
    s = _clean(s)
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if s.startswith(det):
            return s[len(det) :]
    return s


def _phrase(toks: Sequence[Token]) -> str:
    """The text from the first token's left edge to the last one's right edge, brackets closed."""
    doc = toks[0].doc
    first, last = toks[0].left_edge.i, toks[-1].right_edge.i
    text = str(doc[first : last + 1].text)
    if text.count("(") > text.count(")") and last + 1 < len(doc) and doc[last + 1].text == ")":
        text += ")"
    return text


def _parenthetical(tok: Token) -> bool:
    """An acronym in parentheses after a name: '(ISPR)'."""
    i = tok.i
    return bool(i > 0 and tok.doc[i - 1].text == "(" and tok.text.isupper())


def _acronym(tok: Token) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) >= 2)


def _core(tok: Token) -> list[Token]:
    """The name part of a noun phrase: the head with its modifiers, no appositive or clause."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in _SPEAKER_DROP_DEPS:
            if child.dep_ == "appos" and _parenthetical(child):
                keep.extend(child.subtree)
                after = child.right_edge.i + 1
                if after < len(child.doc) and child.doc[after].text == ")":
                    keep.append(child.doc[after])
            elif child.dep_ == "prep" and (
                (child.lower_ == "of" and tok.pos_ != "PROPN") or _inside_entity(tok, child)
            ):
                keep.extend(child.subtree)
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    first, last = keep[0].i, keep[-1].i
    doc = tok.doc
    # A name never spans a line break ("Advertisement\nSayed") or a comma after its head.
    for i in range(tok.i - 1, first - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            first = i + 1
            break
    for i in range(tok.i + 1, last + 1):
        if doc[i].text == "," or "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_:
            last = i - 1
            break
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space) and doc[last].text != ")":
        last -= 1
    return list(doc[first : last + 1])


def _entity(tok: Token) -> Any:
    """The named entity (a spaCy Span) that holds ``tok``, or None; read from the IOB tags
    because ``Doc.ents`` rebuilds every span on each access."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _inside_entity(head: Token, child: Token) -> bool:
    """Whether ``child``'s phrase belongs to the named entity of ``head`` ('Institute for X')."""
    ent = _entity(head)
    return bool(ent is not None and ent.start <= child.left_edge.i and child.right_edge.i < ent.end)


def _person_entity(head: Token) -> Any:
    """The PERSON entity that holds the head of a phrase, or None.

    Only the head counts: in "the Kessa army" a PERSON tag on the modifier names nobody.
    """
    return _entity(head) if head.ent_type_ == "PERSON" else None


def _author(tok: Token) -> Token | None:
    """The author of a statement noun: 'a statement by X', 'X's statement', 'released by X'."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        if child.dep_ == "acl":
            for sub in child.children:
                if sub.dep_ in ("agent", "prep") and sub.lower_ == "by":
                    for obj in sub.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _expand(words: frozenset[str], c: Cues) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        if w in c.title_abbreviations:
            out.update(c.title_abbreviations[w].split())
    return frozenset(out)


def _description_words(core: Sequence[Token], c: Cues) -> frozenset[str]:
    words = frozenset(
        t.lower_ for t in core if not t.is_punct and t.pos_ not in ("DET", "ADJ", "PART")
    )
    return (words | _expand(words, c)) - frozenset(c.title_abbreviations)


def _anonymous(text: str, c: Cues) -> bool:
    return any(cue in text for cue in c.anonymity)


def _is_institution_like(sp: _Speaker, c: Cues) -> bool:
    return sp.kind == "anonymous" and not (sp.words & c.person_nouns)


# --- cues in the parse ------------------------------------------------------------------------


def _nobody(tok: Token) -> bool:
    """'No group', 'nobody', 'none of them': a subject that says no one did it."""
    return tok.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _infinitive(tok: Token) -> bool:
    return tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _is_cue(tok: Token, c: Cues) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in c.reporting:
        return False
    if tok.ent_type_ or (tok.text[:1].isupper() and not tok.is_sent_start):
        return False  # "Sayed" lemmatised as "say": a verb is never part of a name
    if any(ch.dep_ == "mark" and ch.lower_ in ("if", "unless", "whether") for ch in tok.children):
        return False  # "if the army says that …" reports nothing
    particle = c.phrasal.get(tok.lemma_.lower())
    if particle is not None and not any(
        ch.dep_ == "prt" and ch.lower_ == particle for ch in tok.children
    ):
        return False
    return not _negated(tok) and not _infinitive(tok)


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, climbing out of participles and 'by asking' phrases.

    Of two subjects ("Islamabad, Pakistan – The military has said") the one nearest the verb:
    the other is a dateline.
    """
    cur = tok
    for _ in range(4):
        subjects = [ch for ch in cur.children if ch.dep_ == "nsubj"]
        if subjects:
            subj = min(subjects, key=lambda ch: abs(ch.i - cur.i))
            if subj.lower_ in ("which", "who", "that") and cur.dep_ == "relcl":
                return cur.head  # "the ministry, which said …"
            return subj
        # "the lawyer acting for X, who …, said": the parser hung the subject on a participle
        split = [
            g
            for ch in cur.children
            if ch.dep_ == "advcl" and ch.i < cur.i and ch.tag_ == "VBG"
            for g in ch.children
            if g.dep_ == "nsubj" and g.i < ch.i
        ]
        if split:
            return split[0]
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
            # "X saying that …" speaks; "the men accused of …" are spoken about
            return cur.head if cur.tag_ != "VBN" else None
        if cur.dep_ in ("advcl", "pcomp", "prep", "conj") or (
            cur.dep_ == "pobj" and cur.head.dep_ == "prep"
        ):
            head = cur.head
            if head.lemma_.lower() == "quote":  # "quoted X saying", "X was quoted as saying"
                for child in head.children:
                    if child.dep_ in ("dobj", "nsubjpass"):
                        return child
            cur = head
            continue
        break
    return None


def _cue_text(tok: Token, c: Cues) -> str:
    if tok.lower_ == "according":
        return "according to"
    parts = [tok.text]
    particle = c.phrasal.get(tok.lemma_.lower())
    if particle:
        parts.append(particle)
    if tok.lemma_.lower() == "tell":
        for child in tok.children:
            if child.dep_ in ("dobj", "dative", "iobj") and child.i > tok.i:
                left = [t for t in child.subtree if t.i <= child.i]
                parts.append(" ".join(t.text for t in left))
                break
    return " ".join(parts)


def _complement_tokens(tok: Token) -> list[Token]:
    """The verb with the complements to its right ('accused X of Y', 'claimed responsibility')."""
    out = [tok]
    cs = cues()
    for child in tok.children:
        if child.i < tok.i:
            continue
        if child.dep_ in _CONTENT_DEPS or (
            child.dep_ == "advcl" and child.lemma_.lower() in cs.reporting
        ):
            out.extend(child.subtree)
    return out


def _trim(tokens: Iterable[Token]) -> list[Token]:
    ts = sorted(set(tokens), key=lambda t: t.i)
    if not ts:
        return []
    doc = ts[0].doc
    first, last = ts[0].i, ts[-1].i
    while first <= last and (
        doc[first].is_punct or doc[first].is_space or doc[first].lower_ == "that"
    ):
        first += 1
    while last >= first and (
        doc[last].is_space or (doc[last].is_punct and doc[last].text not in "?!")
    ):
        if doc[last].text in "”\"’'" and _has_unclosed_quote(doc[first:last].text):
            break  # the closing mark of a quote inside the content
        last -= 1
    nxt = last + 1
    if nxt < len(doc) and doc[nxt].text in "”\"’'" and _has_unclosed_quote(doc[first:nxt].text):
        last = nxt  # the parser hung the closing mark elsewhere
    return list(doc[first : last + 1])


def _has_unclosed_quote(text: str) -> bool:
    return (
        text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
        or text.count("‘") > text.count("’")
    )


def _says_it_did(clause: Token, c: Cues) -> bool:
    """'(the group said) it/we carried out the attack': a speaker claiming an attack."""
    subjects = [ch for ch in clause.children if ch.dep_ == "nsubj"]
    return bool(
        clause.lemma_.lower() in c.perpetration_verbs
        and subjects
        and subjects[0].lower_ in ("it", "we", "they")
        and not _negated(clause)
        and any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.attack_nouns for ch in clause.children)
    )


def _frame_object(tok: Token) -> bool:
    """The X of "according to X" / "as per X"."""
    prep = tok.head
    return bool(
        tok.dep_ == "pobj"
        and tok.lower_ not in _PRONOUNS
        and (prep.head.lower_, prep.lower_) in _FRAMES
    )


def _reflexive_from(verb: Token) -> bool:
    """ "distanced itself from": a reflexive object and a 'from' phrase."""
    return any(
        ch.dep_ == "dobj" and ch.lower_.endswith(("self", "selves")) for ch in verb.children
    ) and any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in verb.children)


def _reported_figure(obj: Token, c: Cues) -> bool:
    """An object that is a figure: a toll noun ('the death toll') or a counted noun phrase."""
    return obj.lemma_.lower() in c.figure_objects or any(
        t.like_num and t.dep_ == "nummod" for t in obj.subtree
    )


def _nothing_to_do(tokens: Sequence[Token]) -> bool:
    """'had nothing to do with': the denial idiom, read from the parse."""
    for t in tokens:
        if t.lower_ == "nothing" and t.head.lemma_ == "have":
            for sub in t.subtree:
                if sub.lemma_ == "do" and any(
                    ch.dep_ == "prep" and ch.lower_ == "with" for ch in sub.children
                ):
                    return True
    return False


# --- the extraction passes --------------------------------------------------------------------


def _quotable(text: str, tokens: Sequence[Token]) -> bool:
    """Words someone said rather than a term in scare quotes: a clause, or four words or more."""
    n_words = len(text.split())
    return n_words >= 4 or (
        n_words >= 2
        and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens)
    )


def _left_bound(ctx: _Context, q: Quote) -> int:
    """Where the sentence that a quote opens in starts (or the last quote before it ends)."""
    p_start, _ = ctx.paragraph_of(q.open)
    i = q.open - 1
    while i >= p_start:
        ch = ctx.text[i]
        if ch in _TERMINAL and (i + 1 == q.open or ctx.text[i + 1].isspace()):
            return i + 1
        if ch in '”"’' and i in ctx.closes:
            return i + 1
        i -= 1
    return p_start


def _right_bound(ctx: _Context, q: Quote) -> int:
    """Where the sentence after a quote ends (or the next quote opens)."""
    _, p_end = ctx.paragraph_of(q.close)
    nxt = bisect.bisect_right(ctx._q_starts, q.close)
    limit = min(p_end, ctx.quotes[nxt].open if nxt < len(ctx.quotes) else p_end)
    for i in range(q.close + 1, limit):
        if ctx.text[i] in _TERMINAL:
            return i + 1
    return limit


def _quote_cue(ctx: _Context, q: Quote) -> tuple[Token, Token | None, str] | None:
    """The reporting verb that frames a quote, and its subject.

    After the quote ('…,' X said / '…,' said X) the words between the quote and the verb must be
    the verb's subject; before it ('X said: …', 'X stressed that "…"') the quote must follow
    the cue clause directly.
    """
    c = ctx.cues
    right = ctx.tokens_in(q.close + 1, _right_bound(ctx, q))
    words = [t for t in right if not (t.is_punct or t.is_space)]
    ended = ctx.text[q.start : q.end].rstrip("”\"’' ")[-1:]
    if words and (
        ended == "." or (ended in "?!" and words[0].text[:1].isupper() and words[0].pos_ != "PROPN")
    ):
        words = []  # the quote closed its sentence: what follows is a new one
    if words and words[0].lower_ in _FRAME_HEADS:  # "'…,' according to X"
        objs = [
            g
            for ch in words[0].children
            if (words[0].lower_, ch.lower_) in _FRAMES
            for g in ch.children
        ]
        if objs and objs[0].dep_ == "pobj":
            return words[0], objs[0], "quote-according-to"
    if words and words[0].lower_ not in _NOT_A_CUE_START:
        first = words[0]
        for t in words:
            if not _is_cue(t, c):
                continue
            subj = _subject(t)
            if subj is not None and subj.i < first.i:
                subj = None  # the parser took a word inside the quote for the subject
            if first is t or (first.dep_ == "advmod" and first.head is t):
                if subj is None:  # '"…," added the doctor': the parser took it for an object
                    subj = next(
                        (ch for ch in t.children if ch.dep_ in ("dobj", "attr") and ch.i > t.i),
                        None,
                    )
                return t, subj, "quote-cue-after"
            if subj is not None and first in list(subj.subtree):
                return t, subj, "quote-cue-after"
            if subj is None and first.i < t.i:  # the parser lost the subject: take the phrase
                return t, _nominal_head(first, t), "quote-cue-after"
    left_start = _left_bound(ctx, q)
    before = ctx.text[left_start : q.open].rstrip()
    left = [t for t in ctx.tokens_in(left_start, q.open) if not (t.is_punct or t.is_space)]
    if left and (before.endswith((":", ",")) or left[-1].lower_ == "that" or _is_cue(left[-1], c)):
        for t in reversed(left):
            if _is_cue(t, c):
                return t, _subject(t), "quote-cue-before"
    return None


def _nominal_head(first: Token, verb: Token) -> Token | None:
    """The head noun of the phrase that starts at ``first`` and ends before ``verb``."""
    doc = first.doc
    for tok in doc[first.i : verb.i]:
        if tok.pos_ in ("PROPN", "NOUN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            head = tok
            while head.dep_ in ("compound", "flat", "amod") and first.i <= head.head.i < verb.i:
                head = head.head
            return head
    return None


def _quote_statements(ctx: _Context) -> tuple[list[_Found], list[Quote]]:
    found: list[_Found] = []
    unattributed: list[Quote] = []
    for q in ctx.quotes:
        if ctx.headline_like(q.open) or q.end <= q.start:
            continue
        inner = ctx.tokens_in(q.start, q.end)
        n_words = len(ctx.text[q.start : q.end].split())
        if not _quotable(ctx.text[q.start : q.end], inner):
            continue  # a term in scare quotes, a title
        cue = _quote_cue(ctx, q)
        if cue is not None:
            verb, subj, rule = cue
            sp = ctx.speaker(subj, verb, context=_context_tokens(verb, inner)) if subj else None
            if sp is not None:
                found.append(
                    _Found(
                        q.start, q.end, "quote", sp, _cue_text(verb, ctx.cues), rule, ctx.pos(verb)
                    )
                )
                continue
        alone = not ctx.text[_left_bound(ctx, q) : q.open].strip() and not any(
            ch.isalnum() for ch in ctx.text[q.close + 1 : _right_bound(ctx, q)]
        )
        if n_words >= 4 and alone:  # a whole sentence in quotes, with no cue of its own
            unattributed.append(q)
    return found, unattributed


def _context_tokens(verb: Token, content: Sequence[Token]) -> list[Token]:
    """The verb's clause minus its content: where 'speaking on condition of anonymity' sits."""
    skip = {t.i for t in content if t.doc is verb.doc}
    return [t for t in verb.subtree if t.i not in skip]


def _reported_statements(ctx: _Context) -> list[_Found]:
    c = ctx.cues
    found: list[_Found] = []
    for pos, _, tok in ctx.tokens:
        if ctx.quote_at(pos) is not None or ctx.headline_like(pos):
            continue
        if tok.lower_ in _FRAME_HEADS and tok.dep_ == "prep":
            f = _according_to(ctx, tok)
            if f is not None:
                found.append(f)
            continue
        lemma = tok.lemma_.lower()
        if not _is_cue(tok, c) or lemma in c.non_clausal:
            continue
        if lemma in c.predicate:
            content = _complement_tokens(tok)
            if len(content) < 3:
                continue
            rule = "reported-accusation"
        elif tok.dep_ == "parataxis" and not any(ch.dep_ == "ccomp" for ch in tok.children):
            # "The autopsy was pending, the office said, as …", "After an hour, he said, the
            # gunman gave up": the clause it interrupts
            own = {t.i for t in tok.subtree}
            content = [
                t
                for t in tok.head.subtree
                if t.i not in own and (tok.head.i > tok.i or t.i < tok.left_edge.i)
            ]
            if not _has_verb(content) or ctx.quote_at(ctx.pos(content[0])) is not None:
                continue
            rule = "reported-parenthetical"
        else:
            comps = [ch for ch in tok.children if ch.dep_ == "ccomp"]
            if not comps:
                continue
            # ", an allegation the army denied" comments on the clause: the speaker did not say it
            aside = {
                t.i
                for ch in comps[0].children
                if ch.dep_ in ("npadvmod", "appos") and ch.lemma_.lower() in c.rejection_objects
                for t in ch.subtree
            }
            content = [t for t in comps[0].subtree if t.i not in aside]
            rule = "reported-clause"
        content = _trim(ctx.clip(content, tok))
        if content and content[0].lower_ in ("which", "who", "whom"):
            continue  # a relative clause the parser took for a complement
        if len(content) < 2:
            continue
        subj = _subject(tok)
        sp = ctx.speaker(subj, tok, context=_context_tokens(tok, content)) if subj else None
        if sp is None:
            continue
        start, end = ctx.span_of(content)
        kind: StatementKind = "reported"
        if _nothing_to_do(content):
            kind, rule = "denial", "reported-denial"
        elif rule == "reported-clause" and _says_it_did(comps[0], c):
            kind, rule = "responsibility", "reported-perpetration"
        elif _has_partial_quote(ctx, start, end):
            kind, rule = "quote", "reported-partial-quote"
        found.append(_Found(start, end, kind, sp, _cue_text(tok, c), rule, pos))
    return found


def _has_partial_quote(ctx: _Context, start: int, end: int) -> bool:
    """Reported speech that quotes the speaker's own predicate ('will "go to any extent"'); a
    quoted phrase ('the city was "on high alert"') leaves it reported speech."""
    for q in ctx.quotes:
        words = ctx.text[q.start : q.end].split()
        inside = start <= q.open and q.close <= end + 1
        if inside and len(words) >= 2 and _has_verb(ctx.tokens_in(q.start, q.end)):
            return True  # a single word in quotes ('partying') is a term, not their words
    return False


def _has_verb(tokens: Sequence[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens)


def _according_to(ctx: _Context, tok: Token) -> _Found | None:
    """ "according to X" and "as per X": the clause around the frame is X's."""
    objs = [
        g
        for ch in tok.children
        if (tok.lower_, ch.lower_) in _FRAMES
        for g in ch.children
        if g.dep_ == "pobj"
    ]
    if not objs:
        return None
    sp = ctx.speaker(objs[0], tok)
    if sp is None:
        return None
    own = [t.i for t in tok.subtree]
    clause = ctx.clip(tok.head.subtree, tok)
    left = _trim(t for t in clause if t.i < own[0])
    right = _trim(t for t in clause if t.i > own[-1])
    if len(left) >= 3 and len(right) >= 3:  # "The toll, according to X, rose to 40"
        content = _trim(clause)
    else:
        content = left if len(left) > len(right) else right
    if len(content) < 3:
        return None
    start, end = ctx.span_of(content)
    frame = f"{tok.text.lower()} {objs[0].head.text.lower()}"
    return _Found(start, end, "reported", sp, frame, "according-to", ctx.pos(tok))


def _claim_statements(ctx: _Context) -> list[_Found]:
    """Responsibility claims, blame and denials (also inside quotes: who claimed what matters).

    "No group has claimed responsibility" is kept too, with no speaker: it is what one report
    says against another that names the claimant.
    """
    c = ctx.cues
    found: list[_Found] = []
    for pos, _, tok in ctx.tokens:
        if tok.pos_ not in ("VERB", "AUX") or ctx.headline_like(pos):
            continue
        lemma = tok.lemma_.lower()
        objs = [ch for ch in tok.children if ch.dep_ == "dobj"]
        obj_lemmas = {o.lemma_.lower() for o in objs}
        kind: StatementKind | None = None
        speaker_tok = _subject(tok)
        content: list[Token] = []
        rule = ""
        if lemma in c.responsibility_verbs and obj_lemmas & c.responsibility_objects:
            kind, rule = "responsibility", "claimed-responsibility"
        elif lemma == "claim" and obj_lemmas & c.attack_nouns:
            kind, rule = "responsibility", "claimed-attack"
        elif lemma == "claim" and any(
            ch.dep_ == "nsubjpass"
            and ch.lemma_.lower() in c.attack_nouns | c.responsibility_objects
            for ch in tok.children
        ):
            agents = [
                g
                for ch in tok.children
                if ch.dep_ == "agent"
                for g in ch.children
                if g.dep_ == "pobj"
            ]
            speaker_tok = agents[0] if agents else None
            kind, rule = "responsibility", "attack-claimed-by"
            content = list(tok.subtree)
        elif lemma in c.blame_verbs and objs:
            kind, rule = "responsibility", "blamed"
        elif lemma in c.denial_verbs and not obj_lemmas & c.not_rejected.get(lemma, frozenset()):
            kind, rule = "denial", "denied"
            if tok.dep_ == "relcl":  # "an allegation the group has denied"
                content = list(tok.head.subtree)
        elif lemma in c.rejection_verbs and obj_lemmas & c.rejection_objects - c.not_rejected.get(
            lemma, frozenset()
        ):
            kind, rule = "denial", "rejected-accusation"
        elif (
            lemma in c.rejection_verbs
            and tok.dep_ == "relcl"
            and tok.head.lemma_.lower() in c.rejection_objects
        ):  # "an allegation the army rejected"
            kind, rule = "denial", "rejected-accusation"
            content = list(tok.head.subtree)
        elif lemma in c.distancing_verbs and _reflexive_from(tok):
            kind, rule = "denial", "distanced-from"  # "the group distanced itself from …"
        elif (
            lemma in c.figure_reporting
            and not any(ch.dep_ in ("ccomp", "xcomp") for ch in tok.children)
            and any(_reported_figure(o, c) for o in objs)
        ):  # "officials revised the toll down to 31", "confirmed the deaths of 14"
            kind, rule = "reported", "reported-figure"
        if kind is None:
            continue
        unclaimed = _negated(tok) or (speaker_tok is not None and _nobody(speaker_tok))
        if unclaimed and kind == "responsibility" and rule != "blamed":
            clause = _trim(ctx.clip(tok.subtree, tok))
            if clause:
                start, end = ctx.span_of(clause)
                found.append(_Found(start, end, kind, None, tok.text, "no-claim", pos))
            continue
        if unclaimed or speaker_tok is None:
            continue  # "did not deny" denies nothing; a denial needs someone who denies
        if not content:
            content = _complement_tokens(tok)
            if len(content) < 2:
                continue
        content = _trim(ctx.clip(content, tok))
        sp = ctx.speaker(speaker_tok, tok, context=_context_tokens(tok, content))
        if sp is None or not content:
            continue
        start, end = ctx.span_of(content)
        cue = tok.text
        if rule in ("rejected-accusation", "claimed-responsibility") and objs:
            cue = f"{tok.text} {objs[0].text}"
        found.append(_Found(start, end, kind, sp, cue, rule, pos))
    return found


def _inherit(ctx: _Context, found: list[_Found], quotes: list[Quote]) -> list[_Found]:
    """A quote with no cue of its own continues the speaker of the statement just before it."""
    out = list(found)
    for q in quotes:
        p_start, _ = ctx.paragraph_of(q.open)
        prev_para = None
        k = bisect.bisect_right(ctx._p_starts, q.open) - 1
        if k > 0 and q.open == p_start:
            prev_para = ctx.paragraphs[k - 1]
        best: _Found | None = None
        for f in out:
            if f.end > q.open or f.speaker is None:
                continue
            same = f.start >= p_start
            after_prev = prev_para is not None and f.start >= prev_para[0]
            if (same or after_prev) and (best is None or f.start > best.start):
                best = f
        if best is not None:
            out.append(
                _Found(
                    q.start,
                    q.end,
                    "quote",
                    best.speaker,
                    best.cue,
                    "quote-continues-speaker",
                    best.verb,
                )
            )
    return out


def _dedupe(found: list[_Found]) -> list[_Found]:
    quotes_by_verb = {f.verb: f for f in found if f.rule in _FRAMED}
    kept: list[_Found] = []
    for f in found:
        q = quotes_by_verb.get(f.verb)
        if q is not None and q is not f and f.start < q.end and q.start < f.end:
            continue  # the reported clause of a framed quote is the quote itself
        kept.append(f)
    out: list[_Found] = []
    for f in sorted(kept, key=lambda f: (f.start, -(f.end - f.start))):
        outer = next(
            (o for o in out if o.start <= f.start and f.end <= o.end and _same_speaker(o, f)),
            None,
        )
        if outer is None:
            out.append(f)
        elif outer.kind == "reported" and f.kind in ("denial", "responsibility"):
            out[out.index(outer)] = replace(outer, kind=f.kind, rule=f"{outer.rule}+{f.rule}")
    return out


def _same_speaker(a: _Found, b: _Found) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    return a.speaker.name.casefold() == b.speaker.name.casefold()


def find_statements(chunks: Sequence[Chunk], *, document_id: str, text: str) -> list[Statement]:
    """Attributed statements in the parsed chunks of one document, in text order."""
    if not chunks:
        return []
    ctx = _Context(text, chunks)
    quoted, unattributed = _quote_statements(ctx)
    found = quoted + _reported_statements(ctx) + _claim_statements(ctx)
    found = _dedupe(_inherit(ctx, found, unattributed))
    out: list[Statement] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        sp = f.speaker
        out.append(
            Statement(
                id="",
                document_id=document_id,
                start=f.start,
                end=f.end,
                content=text[f.start : f.end],
                kind=f.kind,
                speaker=sp.name if sp else None,
                speaker_kind=sp.kind if sp else None,
                cue=f.cue,
                speaker_role=sp.role if sp else None,
                speaker_start=sp.start if sp else None,
                speaker_end=sp.end if sp else None,
                rule=f.rule,
            )
        )
    return out
