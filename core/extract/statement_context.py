"""The parse of a document across its chunks: sentences, headlines, datelines and the
speakers met so far."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.extract.body_names import document_of, material_noun
from core.extract.cues import cues
from core.extract.detached_names import detached_name
from core.extract.nlp import Chunk
from core.extract.pronoun_antecedents import PEOPLE, PLACE_LABELS, no_person_named
from core.extract.record_sources import clause_named, clause_span, kept_record, record_span
from core.extract.release_issuers import issuer_before, unsigned_release
from core.extract.stranded_sources import closing_reporter
from core.model import SpeakerKind, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token
from core.extract.quotes import Quote, find_quotes, paragraphs
from core.extract.rank_names import ranked_as
from core.extract.speaker_names import (
    NAME_ENTS,
    by_kind,
    initialled_title,
    named_by_appositive,
    noun_phrase,
    office_holder,
    person_named,
    place_office,
    role_initials,
    short_name,
    titled,
    unnamed_person,
)
from core.extract.speakers import (
    Speaker,
    clean_text,
    entity_of,
    expand_words,
    in_main_clause,
    is_anonymous,
    is_institution_like,
    is_parenthetical_acronym,
    is_title_case,
    name_tokens,
    statement_author,
    strip_determiner,
)
from core.extract.statement_cues import (
    frame_object,
    is_cue,
)

# A sentence end followed by the start of another sentence (or a credit, a date).
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’)]*\s+[\"“‘(]?[A-Z0-9(]")


# A dateline the parser glued to the speaker: "SAN ANTONIO - ", "DARROW (Vesna Press) — ".
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]*[A-Z.](?: \([^)]*\))?\s*[-–—:]\s*")


_WORD = re.compile(r"\w+")
_SPEAKING_PRONOUNS = frozenset({"he", "she"})  # a subject that reports, not "him" told
_WORD_AFTER = re.compile(r"(\w+|,)\s+(?=(\w+))")  # the next word is not consumed: it may be
# the word before the one after it
HEADLINE_MAX_WORDS = 25  # an unterminated line longer than this is body text cut short


@dataclass(frozen=True, slots=True)
class Found:
    """A statement found in the text, before it becomes a Statement."""
    start: int
    end: int
    kind: StatementKind
    speaker: Speaker | None
    cue: str | None
    rule: str
    verb: int  # document offset of the cue token (ties a quote to the clause it frames)


class StatementContext:
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
        self.long_clauses = 0  # cues over clauses too long to read (statements.MAX_CLAUSE_TOKENS)
        self.tokens: list[tuple[int, Chunk, Token]] = [
            (ch.offset + t.idx, ch, t) for ch in self.chunks for t in ch.doc
        ]
        self.tokens.sort(key=lambda x: x[0])
        self._t_starts = [x[0] for x in self.tokens]
        self.full_names: list[tuple[int, str]] = []
        # full names by their last words, in the order of ``full_names``: a short name is
        # looked up, not compared with every name of a long document
        self._names_ending: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._mid_sentence: set[str] | None = None  # capitalised words after "," or a verb
        self._labelled: dict[frozenset[str], frozenset[str]] = {}  # ``_named_as``
        self.roles: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # "BLA" -> "Balochistan Liberation Army (BLA)"
        self.history: list[tuple[int, Speaker]] = []
        self.reporters: set[int] = set()  # positions in ``history`` of someone who reports
        self.passives: set[int] = set()  # positions in ``history`` of a passive's subject
        self.introduced: list[tuple[int, Speaker]] = []  # titled persons, in any position
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

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotes whose marks lie within ``start``..``end`` (found by position: a scan of
        every quote per statement grows with the square of the document)."""
        lo = bisect.bisect_left(self._q_starts, start)
        hi = bisect.bisect_left(self._q_starts, end)
        return [q for q in self.quotes[lo:hi] if q.close <= end]

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        if not self.paragraphs:
            return 0, len(self.text)
        k = max(0, bisect.bisect_right(self._p_starts, pos) - 1)
        return self.paragraphs[k]

    def colon_lead_in(self, pos: int) -> int | None:
        """Where the paragraph that introduces a block quote opening its own paragraph at
        ``pos`` starts, when it ends in a colon ("The ministry said:" then the quote)."""
        p_start, _ = self.paragraph_of(pos)
        before = self.text[:p_start].rstrip()
        if self.text[p_start:pos].strip() or not before.endswith(":"):
            return None
        return self.paragraph_of(len(before) - 1)[0]

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
        if is_title_case(words, self.cues):
            return True
        if _SENTENCE_INSIDE.search(text[:i]):
            return False  # a sentence ends inside: body text with a credit, a date or a cut
        if start == (self.paragraphs[0][0] if self.paragraphs else 0):
            return len(words) <= HEADLINE_MAX_WORDS  # the first line of a text is its title
        # Headlines report in the present ("X says ..."); body text in the past ("X said").
        reported = any(
            t.tag_ == "VBD" and is_cue(t, self.cues) for t in self.tokens_in(start, end)
        ) or any(f in text.lower() for f in self.cues.according_frames)
        return not reported and len(words) <= HEADLINE_MAX_WORDS

    # mentions
    def _collect_mentions(self) -> None:
        for ch in self.chunks:
            for ent in ch.doc.ents:
                if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].pos_ == "PROPN":
                    self._add_full_name(ch.start_of(ent), clean_text(ent.text))
        pronouns = cues().pronouns
        for pos, _, tok in self.tokens:
            self._note_token(pos, tok, pronouns)
        self.full_names.sort()
        self._names_ending = {}
        for p, name in self.full_names:
            self._index_name(p, name)

    def _note_token(self, pos: int, tok: Token, pronouns: frozenset[str]) -> None:
        # each note's first test, read once: most tokens are none of these
        dep = tok.dep_
        if dep == "appos":
            self._note_acronym(tok)
        if tok.ent_type_ == "PERSON":
            self._note_introduced(pos, tok)
        if dep == "pobj" and frame_object(tok) and self.quote_at(pos) is None:
            # "…, according to Superintendent X. He said …": X is the one speaking
            sp = self.describe(tok)
            if sp is not None:
                self.history.append((pos, sp))
                self.reporters.add(pos)
            return
        if dep in ("nsubj", "nsubjpass") and tok.lower_ not in pronouns:
            self._note_subject(pos, tok)

    def _note_acronym(self, tok: Token) -> None:
        """ "the Federal Flood Commission (FFC)": the acronym stands for the name."""
        if tok.dep_ == "appos" and is_parenthetical_acronym(tok) and tok.head.pos_ == "PROPN":
            # "the Tarn Centre for Rights Documentation (TCRD)": the initials hang on the
            # last word of the name, whose head is the head of its entity
            named = entity_of(tok.head)
            head = named.root if named is not None and named.root.pos_ == "PROPN" else tok.head
            core = name_tokens(head)
            if len(core) > 2:
                self.acronyms.setdefault(
                    tok.text, strip_determiner(core[0].doc[core[0].i : core[-1].i + 1].text)
                )

    def _note_introduced(self, pos: int, tok: Token) -> None:
        if (
            tok.ent_type_ == "PERSON"
            and tok.ent_iob_ == "B"
            and tok.dep_ not in ("nsubj", "nsubjpass")
        ):
            # A person introduced with a title anywhere ("met Inspector General X"): a
            # later "the IG" names them even when they were never a subject.
            head = entity_of(tok).root
            sp = self.describe(head) if head.dep_ not in ("nsubj", "nsubjpass") else None
            if sp is not None and sp.kind == "person" and sp.role:
                self.introduced.append((pos, sp))
                self.roles.setdefault(sp.name, sp.role)

    def _note_subject(self, pos: int, tok: Token) -> None:
        # Only main-clause subjects and narration: "he" picks up the topic of the
        # sentence, not a name inside someone's reported clause or quote.
        if self.quote_at(pos) is not None or not in_main_clause(tok.head):
            return
        sp = self.describe(tok)
        if sp is not None and no_person_named(
            tok, sp, known=self._given_in_full(sp.name, pos),
            places_named=self._named_as(PLACE_LABELS), people_named=self._named_as(PEOPLE),
            reports=is_cue(tok.head, self.cues),
        ):
            sp = None  # "Tarvo was tense. ... he said": a place "he" never stands for
        if sp is not None:
            self.history.append((pos, sp))
            if is_cue(tok.head, self.cues):
                self.reporters.add(pos)
            elif tok.dep_ == "nsubjpass":
                self.passives.add(pos)
            if sp.kind == "person" and " " in sp.name:
                self._add_full_name(sp.start, sp.name)
            if sp.role and sp.kind == "person":
                self.roles.setdefault(sp.name, sp.role)
        closing = closing_reporter(tok)  # "Gunmen abducted 25 ..., the governor, X, told"
        if closing is not None and (told := self.describe(closing)) is not None:
            at = self.chunk_of(closing).start_of(closing)
            self.history.append((at, told))  # after the subject: the history runs in order
            self.reporters.add(at)

    def _named_as(self, labels: frozenset[str]) -> frozenset[str]:
        """The words the recogniser reads with one of ``labels`` anywhere in the report: the
        places ("in Tarvo"), the people."""
        if labels not in self._labelled:
            self._labelled[labels] = frozenset(
                t.text for _, _, t in self.tokens if t.ent_type_ in labels
            )
        return self._labelled[labels]

    def _given_in_full(self, name: str, pos: int) -> bool:
        """The report gave ``name`` as a person's full name, or a full name ending in it."""
        given = any(n == name for _, n in self.full_names)
        return given or self.resolve_name(name, pos) is not None

    def _add_full_name(self, pos: int, name: str) -> None:
        self.full_names.append((pos, name))
        self._index_name(pos, name)

    def _index_name(self, pos: int, name: str) -> None:
        words = tuple(name.split())
        for k in range(1, len(words)):  # every ending shorter than the name
            self._names_ending.setdefault(words[-k:], []).append((pos, name))

    def resolve_name(self, short: str, pos: int) -> str | None:
        """The last full name ending in ``short`` before ``pos`` (else the first after)."""
        before = after = None
        for p, name in self._names_ending.get(tuple(short.split()), ()):
            if p < pos:
                before = name
            elif after is None:
                after = name
        return before or after or self._by_given_name(short)

    def _by_given_name(self, short: str) -> str | None:
        """ "Tamsin told reporters" after "Tamsin Roye, the district chief, …": a one-word
        name that opens the full name of one person only the report gave (two people with
        that given name leave it as it is)."""
        if " " in short:
            return None
        names = {name for _, name in self.full_names if name.split(maxsplit=1)[0] == short}
        return names.pop() if len(names) == 1 else None

    def resolve_pronoun(self, tok: Token, pos: int) -> Speaker | None:
        lower = tok.lower_
        if lower in self.cues.person_pronouns:
            kinds: tuple[str, ...] = ("person", "anonymous")
            window = len(self.text)
        elif lower in self.cues.institution_pronouns:
            kinds, window = ("institution",), 1500
            near = self._institution_in_sentence(tok)
            if near is not None:
                return replace(near, start=pos, end=pos + len(tok.text))
        else:
            return None
        reporter = self._paragraph_reporter(pos) if lower in _SPEAKING_PRONOUNS else None
        if reporter is not None:
            return replace(reporter, start=pos, end=pos + len(tok.text))
        for p, sp in reversed(self.history):
            # "The villagers said … . Six bombs fell, they told reporters": people too
            crowd = lower == "they" and sp.plural and sp.kind == "anonymous"
            if p < pos and pos - p <= window and (sp.kind in kinds or crowd):
                if kinds == ("person", "anonymous") and is_institution_like(sp, self.cues):
                    continue
                if sp.plural and lower == "it":
                    continue
                start, end = pos, pos + len(tok.text)
                return replace(sp, start=start, end=end)
        return None

    def _institution_in_sentence(self, tok: Token) -> Speaker | None:
        """ "accused the military of …, a charge it refuted": the nearest institution named
        earlier in the same sentence comes first."""
        for prev in reversed(tok.doc[tok.sent.start : tok.i]):
            if prev.dep_ in ("nsubj", "nsubjpass", "dobj") and prev.pos_ in ("NOUN", "PROPN"):
                sp = self.describe(prev)
                singular_ok = sp is not None and not (sp.plural and tok.lower_ == "it")
                if sp is not None and sp.kind == "institution" and singular_ok:
                    return sp
        return None

    def _paragraph_reporter(self, pos: int) -> Speaker | None:
        """ "Chief Ann Roe said officers found Mark Dale. Dale was pronounced dead. She said
        …": the last person who reported in the pronoun's paragraph, past the people only a
        passive told of since (a victim, a suspect: "Dale was pronounced dead", "Ortega was
        charged"); None at anyone else who may be the one speaking ("The boy's father
        offered an apology. 'It was an accident,' he said."), and across paragraphs, where a
        suspect told of may speak next ("Bishop was charged. / She claimed …")."""
        start = self.paragraph_of(pos)[0]
        for p, sp in reversed(self.history):
            if p >= pos or is_institution_like(sp, self.cues) or sp.kind == "institution":
                continue
            if p < start:
                return None
            if p in self.reporters:
                return sp if sp.kind == "person" else None
            if p not in self.passives:
                return None
        return None

    def resolve_description(
        self, words: frozenset[str], head: frozenset[str], pos: int
    ) -> Speaker | None:
        """The last speaker a definite description fits: all its words ("the PTI leader"),
        else its head title alone ("the range IG" after "Inspector General X")."""
        for wanted in (words, head):
            for mentions in (self.history, self.introduced):
                for p, sp in reversed(mentions):
                    if p < pos and sp.kind in ("person", "anonymous") and wanted <= sp.words:
                        return sp
        return None

    # the speaker noun phrase
    def speaker(self, tok: Token, cue: Token, *, context: Iterable[Token] = ()) -> Speaker | None:
        """Who ``tok`` (the subject of ``cue``, an agent, the object of "according to") names.

        A speaker is in the paragraph of its cue: a parse that joins a caption to the next
        paragraph names nobody.
        """
        pos = self.pos(tok)
        if self.paragraph_of(pos) != self.paragraph_of(self.pos(cue)):
            return None
        if tok.lower_ in cues().pronouns:
            return self.resolve_pronoun(tok, pos)
        named = detached_name(tok)  # "according to the director, Dr. Ann Roe, who …"
        if named is not None:
            return self._named_beside(tok, named)
        sp = self.describe(tok)
        if sp is None:
            return None
        if sp.kind != "person" and is_anonymous(
            " ".join(t.text for t in (*tok.subtree, *context)).lower(), self.cues
        ):
            return replace(sp, kind="anonymous")
        return sp

    def describe(self, tok: Token) -> Speaker | None:
        """The speaker a noun phrase names, without pronoun resolution.

        In order: the author of "a statement by X"; a PERSON name in the phrase or its
        appositive (a lone surname resolved to the full name); a proper name after a title
        ("Mayor Daryl Busch"); a crowd ("analysts") is nobody; an unnamed person ("a senior
        official", or "the PTI leader" resolved to the earlier speaker it describes) is
        anonymous; an ORG/NORP/GPE name, an acronym or an institution noun is an institution.
        """
        c = self.cues
        if clause_named(tok):  # "people who heard the blasts": the clause says who
            return self._whole(clause_span(tok))
        # "data" is lemmatised "datum"
        # "the yearly review of the think tank KPW", "the ministry's figures": the body's
        body = document_of(tok) or (statement_author(tok) if material_noun(tok) else None)
        if body is not None and any(c.dep_ == "prep" for c in body.children):
            return self._long_name(body)  # "the Kelmor Institute for Peace": all of it
        if body is not None:
            return self.describe(body)
        if {tok.lemma_.lower(), tok.lower_} & c.document_nouns and tok.pos_ == "NOUN":
            author = statement_author(tok) or (
                issuer_before(tok) if unsigned_release(tok) else None  # "A statement said"
            )
            if author is not None:
                return self.describe(author)
            return self._document(tok)
        np = noun_phrase(self, tok)
        named = (
            initialled_title(self, np)  # "the SHO" after "Station House Officer Imran Ali"
            or office_holder(self, np)
            or place_office(self, np)  # "Deputy Commissioner Kech said"
            or person_named(self, np)
            or short_name(self, np)
            or titled(self, np)
            or named_by_appositive(self, np)
        )
        if named is not None:
            return named
        if np.lemma in c.generic_speakers and (tok.tag_ in ("NNS", "NNPS") or tok.pos_ != "NOUN"):
            return None
        return unnamed_person(self, np) or by_kind(self, np)

    def mistagged_name(self, tok: Token, core: Sequence[Token]) -> bool:
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
        if _WORD.fullmatch(tok.text):
            return tok.text in self._words_mid_sentence()
        return any(self._after_lowercase(m.group(1)) for m in re.finditer(
            rf"(\w+|,)\s+{re.escape(tok.text)}\b", self.text))

    def _after_lowercase(self, before: str) -> bool:
        return before == "," or (before[:1].islower() and before not in self.cues.title_minor_words)

    def _words_mid_sentence(self) -> set[str]:
        """Every word that follows "," or a lowercase word (not a title's small word), in one
        pass over the text: a search of the whole text per word grows with its square."""
        if self._mid_sentence is None:
            self._mid_sentence = {
                m.group(2) for m in _WORD_AFTER.finditer(self.text)
                if self._after_lowercase(m.group(1))
            }
        return self._mid_sentence

    def _long_name(self, body: Token) -> Speaker:
        """A body's name going on past its head ("Kelmor Institute for Peace Studies (KPS)"),
        whole, without its article or a clause on it ("released on Monday")."""
        told = {
            t.i for c in body.children if c.dep_ in ("acl", "relcl") for t in c.subtree
        }
        core = [t for t in body.subtree if t.i not in told and t.dep_ != "det"]
        after = body.doc[core[-1].i + 1] if core[-1].i + 1 < len(body.doc) else None
        if after is not None and after.text == ")" and "(" in "".join(t.text for t in core):
            core.append(after)  # the parser hung the acronym's closing bracket elsewhere
        ch = self.chunk_of(body)
        start, end = ch.start_of(core[0]), ch.end_of(core[-1])
        text = self.text[start:end]
        return self.make_speaker(text, "institution", None, span=(start, end), core=text)

    def _named_beside(self, description: Token, name: Span) -> Speaker:
        """The person a description's detached name names, the description their role."""
        ch = self.chunk_of(name[0])
        start, end = ch.start_of(name[0]), ch.end_of(name[-1])
        doc = description.doc
        role = clean_text(doc[description.left_edge.i : description.right_edge.i + 1].text)
        text = self.text[start:end]
        return self.make_speaker(text, "person", role, span=(start, end), core=text)

    def _whole(self, words: Span) -> Speaker:
        """An unnamed source named by the whole phrase (``record_sources``)."""
        ch = self.chunk_of(words[0])
        start, end = ch.start_of(words[0]), ch.end_of(words[-1])
        text = self.text[start:end]
        return self.make_speaker(text, "anonymous", None, span=(start, end), core=text)

    def _document(self, tok: Token) -> Speaker | None:
        """A statement or report with no author named speaks for itself: "a police statement"
        is the police's, "an official statement" an unnamed source's."""
        c = self.cues
        if kept_record(tok):  # "court documents say": records speak for no body
            return self._whole(record_span(tok))
        # "a recent UN report": the words telling of the document name no one
        mods = [
            m for m in tok.children
            if m.dep_ in ("compound", "amod", "nmod") and m.i < tok.i
            and m.lower_ not in c.unnaming_words
        ]
        for mod in mods:
            if mod.lemma_.lower() in c.institution_nouns or mod.ent_type_ in NAME_ENTS:
                if mods[0].i < mod.i and mod.i - mods[0].i == mods.index(mod):
                    # "the interior ministry data": the modifiers before it name it too
                    ch = self.chunk_of(tok)
                    start, end = ch.start_of(mods[0]), ch.end_of(mod)
                    text = self.text[start:end]
                    span = (start, end)
                    return self.make_speaker(text, "institution", None, span=span, core=text)
                return self.describe(mod)
        if tok.tag_ in ("NNS", "NNPS") and not any(
            ch.dep_ in ("det", "amod", "compound", "acl") for ch in tok.children
        ):
            return None  # "reports say": hearsay; "previous reports", "media reports" are sources
        core = [t for t in name_tokens(tok) if t.i <= tok.i]
        ch = self.chunk_of(tok)
        start, end = ch.start_of(core[0]), ch.end_of(core[-1])
        text = self.text[start:end]
        return self.make_speaker(text, "anonymous", None, span=(start, end), core=text)

    def make_speaker(
        self,
        name: str,
        kind: SpeakerKind,
        role: str | None,
        *,
        span: tuple[int, int],
        core: str,
        plural: bool = False,
    ) -> Speaker:
        undated = _DATELINE.sub("", name)
        if undated != name and undated:  # "SAN ANTONIO - A family": the dateline is no speaker
            span = (span[0] + len(name) - len(undated), span[1])
            name = undated
        words = frozenset(w.lower() for w in re.findall(r"[\w-]+", f"{name} {role or ''} {core}"))
        words = words | expand_words(words, self.cues)
        if kind == "person":
            words = words | ranked_as(words) | role_initials(role, self.cues)
        return Speaker(name, kind, role, span[0], span[1], words, plural)

