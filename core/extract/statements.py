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
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from core.extract.closing_reports import reporting_subject
from core.extract.colon_labels import label_end
from core.extract.cues import Cues, cues
from core.extract.nlp import Chunk, negated
from core.extract.statement_blocks import block_statements
from core.extract.stranded_sources import semicolon_between, stranded_subjects
from core.extract.told_clauses import closing_conjunct, hung_clause
from core.model import Statement, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Token
from core.extract.quote_statements import context_tokens, frame_heads, quote_statements
from core.extract.quotes import Quote
from core.extract.speakers import (
    is_nobody,
)
from core.extract.statement_context import Found, StatementContext
from core.extract.statement_cues import (
    ClaimCue,
    according_frames,
    complement_tokens,
    cue_subject,
    cue_text,
    denial_cue,
    figure_cue,
    is_cue,
    nothing_to_do,
    other_voices,
    parenthetical,
    responsibility_cue,
    says_it_did,
    trim_statement,
)

_QUOTE_CHARS = frozenset('"“”‘')
_WORD = re.compile(r"[a-z]+")
_INTRODUCTION = re.compile(r"\b[A-Z][\w’'-]+ [A-Z][\w’'-]+, (?:a|an|the|who|whose)\b")
_FRAMED = frozenset({"quote-cue-after", "quote-cue-before", "quote-according-to"})
_DOUBLE_MARKS = frozenset('"“”')
MAX_UNMARKED_RUN = 2  # paragraphs with no mark an open quote runs over before reopening


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


# A reported clause is read within limits: a pathological text (a "said" in every other
# clause of one long sentence) would otherwise read the rest of the sentence once per cue.
MAX_CLAUSE_TOKENS = 150  # a cue whose clause is longer is not read as a statement (warned)
LONG_CLAUSES = (
    "{n:,} reporting verbs over clauses longer than {limit} words (MAX_CLAUSE_TOKENS) were not "
    "read as statements: what they report has no speaker"
)
ANTECEDENT_WINDOW = 3  # sentences back to look for the name a "he said" refers to
# Two capitalised words or an acronym: a cheap stand-in for a PERSON / ORG entity.
_NAME_LIKE = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|\b[A-Z]{2,}\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)  # in every _pronoun_report match
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)  # in every inverted one


@functools.cache
def _pronoun_report() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "he said" (the pronoun first), and "said he" (inverted): two patterns, as the
    inverted one tries every reporting verb at every word and needs "he" or "she"."""
    c = cues()
    forms = sorted(c.forms & {f for fs in c.verb_forms.values() for f in fs} - c.weak_forms)
    verbs = "|".join(forms)
    return (
        re.compile(rf"\b(?:he|she|they|it)\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{verbs})\s+(?:he|she)\b", re.IGNORECASE),
    )


def _pronoun_led_report(sentence: str) -> bool:
    """A pronoun-led reporting clause in the sentence ("he said", "said she")."""
    if not _PRONOUN.search(sentence):
        return False
    led, inverted = _pronoun_report()
    return led.search(sentence) is not None or (
        _HE_OR_SHE.search(sentence) is not None and inverted.search(sentence) is not None
    )


def antecedent_sentences(sentences: Sequence[str]) -> set[int]:
    """Indices of sentences to parse because a later pronoun-led reporting clause ("he said",
    "she told reporters") may refer to the person or organisation they name: the nearest
    sentence with a name within ``ANTECEDENT_WINDOW`` sentences before it."""
    wanted: set[int] = set()
    for i, sentence in enumerate(sentences):
        # The pronoun alone first: the full pattern tries every reporting verb at every word
        # and most sentences have no subject pronoun (same answers, a quarter of the time).
        if not _pronoun_led_report(sentence):
            continue
        for j in range(i - 1, max(-1, i - 1 - ANTECEDENT_WINDOW), -1):
            if _NAME_LIKE.search(sentences[j]):
                wanted.add(j)
                break
    return wanted


# --- the extraction passes --------------------------------------------------------------------
























def _reported_statements(ctx: StatementContext) -> list[Found]:
    found: list[Found] = []
    heads, reporting = frame_heads(), ctx.cues.reporting
    for pos, _, tok in ctx.tokens:
        frame = tok.lower_ in heads and tok.dep_ == "prep"
        # neither a frame nor a reporting verb (``is_cue``'s first test): nothing to read
        if not frame and (tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in reporting):
            continue
        if ctx.quote_at(pos) is not None or ctx.headline_like(pos):
            continue
        f = _according_to(ctx, tok) if frame else _reported_statement(ctx, pos, tok)
        if f is not None:
            found.append(f)
    return found


def _reported_statement(ctx: StatementContext, pos: int, tok: Token) -> Found | None:
    """The statement a reporting verb outside quotes reports, when it has a speaker."""
    c = ctx.cues
    if not is_cue(tok, c) or tok.lemma_.lower() in c.non_clausal:
        return None
    if _too_long(ctx, tok):
        return None
    closing = reporting_subject(tok)  # "..., the state-run agency reported on Sunday"
    reported = _reported_content(ctx, tok, closing)
    if reported is None:
        return None
    content, rule, comp = reported
    content = trim_statement(ctx.clip(content, tok))
    if content and content[0].lower_ in ("which", "who", "whom"):
        return None  # a relative clause the parser took for a complement
    if len(content) < 2:
        return None
    subj = closing or cue_subject(tok)
    if subj is not None and _denied_aside(tok, subj, c):
        return None
    sp = ctx.speaker(subj, tok, context=context_tokens(tok, content)) if subj else None
    if sp is None:
        return None
    start, end = ctx.span_of(content)
    kind, rule = _reported_kind(ctx, content, rule, comp, (start, end))
    return Found(start, end, kind, sp, cue_text(tok, c), rule, pos)


def _denied_aside(tok: Token, subj: Token, c: Cues) -> bool:
    """ "..., saying it had killed 14 soldiers, a claim officials denied": the parser made "a
    claim officials" the subject of the denial and the clause before it its complement; the
    denial comments on that claim and reports nothing of its own."""
    return tok.lemma_.lower() in c.denial_verbs and any(
        ch.dep_ == "compound" and ch.lemma_.lower() in c.rejection_objects
        for ch in subj.children
    )


def _reported_kind(
    ctx: StatementContext,
    content: list[Token],
    rule: str,
    comp: Token | None,
    span: tuple[int, int],
) -> tuple[StatementKind, str]:
    """A denial, a claim of responsibility, a partial quote, or plain reported speech."""
    if nothing_to_do(content):
        return "denial", "reported-denial"
    if comp is not None and says_it_did(comp, ctx.cues):
        return "responsibility", "reported-perpetration"
    if _has_partial_quote(ctx, *span):
        return "quote", "reported-partial-quote"
    return "reported", rule


def _reported_content(
    ctx: StatementContext, tok: Token, subject: Token | None
) -> tuple[list[Token], str, Token | None] | None:
    """What a reporting verb reports, the rule, and its clausal complement (for a reported
    clause): the objects of an accusation, the clause a parenthetical interrupts, the
    sentence before a closing clause's ``subject``, or the complement clause."""
    c = ctx.cues
    if tok.lemma_.lower() in c.predicate:
        content = complement_tokens(tok)
        return (content, "reported-accusation", None) if len(content) >= 3 else None
    # "..., the state-run agency reported on Sunday" a clause on its subject: the sentence
    # before the subject's comma
    if subject is not None:
        opening = label_end(tok.sent)
        content = [t for t in tok.sent if opening <= t.i < subject.left_edge.i - 1]
        return (content, "reported-clause", None) if _has_verb(content) else None
    # "..., a police officer told AFP" a conjunct of the clause it closes: that clause
    closing = closing_conjunct(tok)
    if parenthetical(tok) or closing:
        content = _interrupted(tok)
        if not _has_verb(content) or ctx.quote_at(ctx.pos(content[0])) is not None:
            return None
        return content, "reported-clause" if closing else "reported-parenthetical", None
    # "Officials put the toll at 12; the Red Crescent said 15 died": a clause a semicolon
    # sets apart is no part of it
    # "QUETTA: Gunmen killed six miners, officials said": the opening label is where the
    # line is filed from, never what was said; the parser may make it a clause of its own,
    # or hang the story's clause on it ("JOS: Bandits abducted 14 ...")
    opening = label_end(tok.sent)
    comps = [
        ch for ch in tok.children
        if (ch.dep_ == "ccomp" or (ch.dep_ == "dep" and ch.i < opening))
        and not semicolon_between(ch, tok) and ch.right_edge.i >= opening
    ]
    # "told WKRT 7 News the man was held", "Six were held, SP R K Iyer said": hung on the
    # listener or the speaker
    told = hung_clause(tok)
    comps = comps or ([told] if told is not None else [])
    if not comps:
        return None
    # ", an allegation the army denied" comments on the clause: the speaker did not say it
    aside = {
        t.i
        for ch in comps[0].children
        if ch.dep_ in ("npadvmod", "appos") and ch.lemma_.lower() in c.rejection_objects
        for t in ch.subtree
    }
    aside |= other_voices(comps[0])  # ", while the rebels claimed …" is theirs
    # "…, an official who asked not to be named said": the speaker the parser hung in it
    aside |= {
        t.i for s in stranded_subjects(tok) if s.i > comps[0].i
        for t in s.doc[s.left_edge.i - 1 : s.right_edge.i + 1]
    }
    told_all = [t for ch in _coordinated(comps) for t in ch.subtree]
    return [t for t in told_all if t.i not in aside], "reported-clause", comps[0]


def _coordinated(comps: list[Token]) -> list[Token]:
    """ "Three were killed and two others were injured ..., police said": the parser may
    hang each conjunct on the reporting verb; the clauses joined by a conjunction with
    nothing between them are one report."""
    joined = [comps[0]]
    for nxt in comps[1:]:
        last = joined[-1]
        if nxt.left_edge.i != last.right_edge.i + 1 or not any(
            c.dep_ == "cc" and c.i == last.right_edge.i for c in last.children
        ):
            break
        joined.append(nxt)
    return joined


def _too_long(ctx: StatementContext, tok: Token) -> bool:
    """Whether the clause ``tok`` reports is over ``MAX_CLAUSE_TOKENS`` (counted on ``ctx``)."""
    clause = tok.head if tok.dep_ == "parataxis" else tok
    if clause.right_edge.i - clause.left_edge.i < MAX_CLAUSE_TOKENS:
        return False
    ctx.long_clauses += 1
    return True


def _interrupted(tok: Token) -> list[Token]:
    """ "The autopsy was pending, the office said, as …", "After an hour, he said, the gunman
    gave up": the clause a parenthetical cue interrupts."""
    own = {t.i for t in tok.subtree}
    return [
        t for t in tok.head.subtree
        if t.i not in own and (tok.head.i > tok.i or t.i < tok.left_edge.i)
    ]


def _has_partial_quote(ctx: StatementContext, start: int, end: int) -> bool:
    """Reported speech that quotes the speaker's own predicate ('will "go to any extent"'); a
    quoted phrase ('the city was "on high alert"') leaves it reported speech."""
    for q in ctx.quotes_within(start, end + 1):  # the quotes in the span, not the document's
        words = ctx.text[q.start : q.end].split()
        if len(words) >= 2 and _has_verb(ctx.tokens_in(q.start, q.end)):
            return True  # a single word in quotes ('partying') is a term, not their words
    return False


def _has_verb(tokens: Sequence[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens)


def _according_to(ctx: StatementContext, tok: Token) -> Found | None:
    """ "according to X" and "as per X": the clause around the frame is X's."""
    objs = [
        g
        for ch in tok.children
        if (tok.lower_, ch.lower_) in according_frames()
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
    left = trim_statement(t for t in clause if t.i < own[0])
    right = trim_statement(t for t in clause if t.i > own[-1])
    if len(left) >= 3 and len(right) >= 3:  # "The toll, according to X, rose to 40"
        content = trim_statement(clause)
    else:
        content = left if len(left) > len(right) else right
    if len(content) < 3:
        return None
    start, end = ctx.span_of(content)
    frame = f"{tok.text.lower()} {objs[0].head.text.lower()}"
    return Found(start, end, "reported", sp, frame, "according-to", ctx.pos(tok))


def _claim_statements(ctx: StatementContext) -> list[Found]:
    """Responsibility claims, blame and denials (also inside quotes: who claimed what matters).

    "No group has claimed responsibility" is kept too, with no speaker: it is what one report
    says against another that names the claimant.
    """
    c = ctx.cues
    found: list[Found] = []
    for pos, _, tok in ctx.tokens:
        if tok.pos_ not in ("VERB", "AUX") or ctx.headline_like(pos):
            continue
        objs = _objects(tok, c)
        classified = (
            responsibility_cue(tok, objs, c)
            or denial_cue(tok, objs, c)
            or figure_cue(tok, objs, c)
        )
        if classified is None:
            continue
        f = _claim_found(ctx, tok, pos, objs, classified)
        if f is not None:
            found.append(f)
    return found


def _objects(verb: Token, c: Cues) -> list[Token]:
    """The verb's objects; of a verb that reports through "of" ("spoke of 50 dead"), the
    objects of its "of" only."""
    if verb.lemma_.lower() in c.figure_reporting_of:
        return [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
        ]
    return [ch for ch in verb.children if ch.dep_ == "dobj"]


def _claim_found(
    ctx: StatementContext, tok: Token, pos: int, objs: list[Token], cue_of: ClaimCue
) -> Found | None:
    """The statement of a cue: its content and speaker; a negated responsibility cue ("no
    group has claimed") with no speaker."""
    kind, rule, speaker_tok, content = cue_of
    unclaimed = negated(tok) or (speaker_tok is not None and is_nobody(speaker_tok))
    if unclaimed and kind == "responsibility" and rule != "blamed":
        clause = trim_statement(ctx.clip(tok.subtree, tok))
        if not clause:
            return None
        start, end = ctx.span_of(clause)
        return Found(start, end, kind, None, tok.text, "no-claim", pos)
    if unclaimed or speaker_tok is None:
        return None  # "did not deny" denies nothing; a denial needs someone who denies
    if not content:
        content = complement_tokens(tok)
        if len(content) < 2:
            return None
    content = trim_statement(ctx.clip(content, tok))
    sp = ctx.speaker(speaker_tok, tok, context=context_tokens(tok, content))
    if sp is None or not content:
        return None
    start, end = ctx.span_of(content)
    cue = tok.text
    if rule in ("rejected-accusation", "claimed-responsibility") and objs:
        cue = f"{tok.text} {objs[0].text}"
    return Found(start, end, kind, sp, cue, rule, pos)


def _inherit(ctx: StatementContext, found: list[Found], quotes: list[Quote]) -> list[Found]:
    """A quote with no cue of its own continues the speaker of the statement just before it."""
    out = list(found)
    for q in quotes:
        p_start, _ = ctx.paragraph_of(q.open)
        prev_para = None
        k = bisect.bisect_right(ctx._p_starts, q.open) - 1
        if k > 0 and q.open == p_start:
            prev_para = ctx.paragraphs[_open_quote_run(ctx, k)]
        best: Found | None = None
        for f in out:
            if f.end > q.open or f.speaker is None:
                continue
            same = f.start >= p_start
            after_prev = prev_para is not None and f.start >= prev_para[0]
            if (same or after_prev) and (best is None or f.start > best.start):
                best = f
        if best is not None:
            out.append(
                Found(
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


def _open_quote_run(ctx: StatementContext, k: int) -> int:
    """The paragraph a quote opening paragraph ``k`` goes on from: the one before, or, over
    paragraphs with no quote mark (copy that dropped the marks reopening a quote over several
    paragraphs), the paragraph that left a double quote open: 'She went on: "The town is in
    shock.' / 'Nobody slept.' / '"Our crews carried out two bodies ..."' is hers all through."""
    j = k - 1
    while j > 0 and k - j <= MAX_UNMARKED_RUN and not _marks_in(ctx, j):
        j -= 1
    if j < k - 1 and not _leaves_quote_open(ctx, j):
        return k - 1  # the unmarked paragraphs are the reporter's: no run to go on from
    return j


def _marks_in(ctx: StatementContext, k: int) -> bool:
    start, end = ctx.paragraphs[k]
    return any(ch in _DOUBLE_MARKS for ch in ctx.text[start:end])


def _leaves_quote_open(ctx: StatementContext, k: int) -> bool:
    """The paragraph's last double quote mark opens a quote no mark closes in it."""
    start, end = ctx.paragraphs[k]
    text = ctx.text[start:end]
    if "“" in text or "”" in text:
        return text.rfind("“") > text.rfind("”")
    return text.count('"') % 2 == 1


def _dedupe(found: list[Found]) -> list[Found]:
    quotes_by_verb = {f.verb: f for f in found if f.rule in _FRAMED}
    kept: list[Found] = []
    for f in found:
        q = quotes_by_verb.get(f.verb)
        if q is not None and q is not f and f.start < q.end and q.start < f.end:
            continue  # the reported clause of a framed quote is the quote itself
        kept.append(f)
    out: list[Found] = []
    starts: list[int] = []  # of ``out``, in order: only a statement this near can hold ``f``
    longest = 0
    for f in sorted(kept, key=lambda f: (f.start, -(f.end - f.start))):
        k = bisect.bisect_left(starts, f.end - longest)
        outer = next(
            (n for n in range(k, len(out)) if out[n].start <= f.start and f.end <= out[n].end
             and _same_speaker(out[n], f)),
            None,
        )
        if outer is None:
            out.append(f)
            starts.append(f.start)
            longest = max(longest, f.end - f.start)
        elif out[outer].kind == "reported" and f.kind in ("denial", "responsibility"):
            o = out[outer]
            out[outer] = replace(o, kind=f.kind, rule=f"{o.rule}+{f.rule}")
    return out


def _same_speaker(a: Found, b: Found) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    return a.speaker.name.casefold() == b.speaker.name.casefold()


def find_statements(chunks: Sequence[Chunk], *, document_id: str, text: str,
                    notes: list[str] | None = None) -> list[Statement]:
    """Attributed statements in the parsed chunks of one document, in text order. A limit
    that cuts something adds a warning to ``notes``."""
    if not chunks:
        return []
    ctx = StatementContext(text, chunks)
    quoted, unattributed = quote_statements(ctx)
    found = quoted + _reported_statements(ctx) + _claim_statements(ctx) + block_statements(ctx)
    if ctx.long_clauses and notes is not None:
        notes.append(LONG_CLAUSES.format(n=ctx.long_clauses, limit=MAX_CLAUSE_TOKENS))
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
