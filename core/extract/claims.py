"""Parsed chunks of a Document → Claims.

Each figure found lexically (``core.text.numbers.find_amounts``) is read through the dependency
parse: what was counted (the noun the number modifies, or the noun it stands for), what
happened to it (the governing verb, a measure noun, a nominalisation such as "the deaths of"),
who did it (the agent), where and when (the nearest place and time expressions in the tree,
resolved against the publication date), and who says so ("according to", a reporting verb
whose clause holds the figure). The word lists live in ``core/rules/measures.json``.

Every claim records the rule that produced it, so the GUI can explain each extraction.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from core.extract.cues import cues
from core.extract.nlp import Chunk
from core.model import Claim, Document, Measure
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS, Settings
from core.text import places
from core.text.dates import Period
from core.text.numbers import Amount, find_amounts
from core.text.periods import resolve_period
from core.text.publication_dates import latest_full_date
from core.text.qualifiers import explain_vague

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Measure]
    phrasal: dict[tuple[str, str], Measure]  # "gun down", "round up"
    intransitive: frozenset[str]
    nouns: dict[str, Measure]
    nominalisations: dict[str, Measure]
    recipients: dict[str, Measure]
    idioms: dict[tuple[str, str], Measure]
    toll_nouns: dict[str, Measure | None]
    change_verbs: frozenset[str]
    duration_nouns: frozenset[str]
    designation_nouns: frozenset[str]
    age_words: frozenset[str]
    agent_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    prospect_verbs: frozenset[str]
    charge_words: frozenset[str]
    fatal_adverbs: frozenset[str]
    victim_nouns: frozenset[str]
    state_verbs: frozenset[str]
    conditional_marks: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = load_rules("measures")
    return Lexicon(
        verbs={k: v for k, v in raw["verbs"].items() if " " not in k},
        phrasal={(k.split()[0], k.split()[1]): v for k, v in raw["verbs"].items() if " " in k},
        intransitive=frozenset(raw["intransitive"]),
        nouns=dict(raw["nouns"]),
        nominalisations=dict(raw["nominalisations"]),
        recipients=dict(raw["recipients"]),
        idioms={(k.split("|")[0], k.split("|")[1]): v for k, v in raw["idioms"].items()},
        toll_nouns=dict(raw["toll_nouns"]),
        change_verbs=frozenset(raw["change_verbs"]),
        duration_nouns=frozenset(raw["duration_nouns"]),
        designation_nouns=frozenset(raw["designation_nouns"]),
        age_words=frozenset(raw["age_words"]),
        agent_nouns=frozenset(raw["agent_nouns"]),
        intent_verbs=frozenset(raw["intent_verbs"]),
        prospect_verbs=frozenset(raw["prospect_verbs"]),
        charge_words=frozenset(raw["charge_words"]),
        fatal_adverbs=frozenset(raw["fatal_adverbs"]),
        victim_nouns=frozenset(raw["victim_nouns"]),
        state_verbs=frozenset(raw["state_verbs"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
    )


# Verbs that introduce what someone says: the figure in their clausal complement is theirs.
# One vocabulary with attributed statements (rules/cues.json, core/extract/cues.py).
REPORTING_VERBS = cues().attributing
# Verbs that take the figure itself as their object ("reported the deaths of 127").
RECORDING_VERBS = frozenset(
    ["report", "record", "confirm", "count", "register", "document", "estimate", "put"]
)
PERSONAL_PRONOUNS = frozenset(
    ["it", "they", "he", "she", "we", "i", "you", "its", "their", "his", "her"]
)
ZERO_WORDS = frozenset({"no", "none", "nobody", "noone"})
CLOCK = frozenset({"a.", "p.", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "hrs"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels NER gives a place name it misreads ("the Gwadar port" as a PRODUCT).
NAME_OF_PLACE = frozenset({"", "GPE", "LOC", "FAC", "PRODUCT", "ORG"})
ACTOR_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
# Determiners that make a numbered phrase refer back ("the two countries"), not count.
DEFINITE = frozenset(
    ["the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"]
)
# Entities a number can be part of the name of ("WAVE 3 News", "Boeing 737", "G20").
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
SUBSET_PREPS = frozenset({"including", "among", "of"})
TIME_PREPS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "over",
        "since",
        "until",
        "till",
        "through",
        "throughout",
        "by",
        "from",
        "between",
        "within",
        "before",
        "after",
        "across",
        "for",
    ]
)
_T = TypeVar("_T")
# Matched at a line start with .match(text, pos): no "^", which would only match at 0.
_LINE_NUMBERING = re.compile(r"\s*\d+\s*[.)]\s")


@dataclass(slots=True)
class Reading:
    """How one figure was read from the parse (mutable while it is being built)."""

    measure: Measure | None = None
    noun: Token | None = None  # the counted noun ("soldiers"), if any
    anchor: Token | None = None  # the predicate the figure hangs on (verb or measure noun)
    rule: str = ""
    total_of: Token | None = None  # number token of the total this figure is a subset of


@dataclass(slots=True)
class _Context:
    """What carries from one sentence to the next within a document."""

    prev_end: int = -1
    period: Period | None = None
    location: str | None = None
    attribution: str | None = None
    paragraph_start: int = -1


def extract_claims(
    chunks: Sequence[Chunk],
    document: Document,
    *,
    ids: Iterator[str],
    settings: Settings = DEFAULT_SETTINGS,
    notes: list[str] | None = None,
) -> list[Claim]:
    """All claims in the parsed chunks of one document, in text order. A sentence with more
    figures than ``settings.max_claims_per_sentence`` is read up to the limit; the cut is
    a warning in ``notes``."""
    # Without a publication date, relative days ("on Monday") read back from the latest date
    # the text writes in full; with neither they stay unknown.
    published = settings.published or document.published or latest_full_date(document.text)
    text = document.text
    claims: list[Claim] = []
    ctx = _Context()
    dateline = places.find_dateline(text)
    if dateline is not None and not document.in_body(dateline.start):
        dateline = None
    home = fallback_place(dateline, _home_country(chunks)) or _dateline_place(chunks)
    skip_to = dateline.end if dateline is not None else -1
    crowded = [0, 0]  # sentences over the limit, figures skipped
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            s_start, s_end = chunk.start_of(sent), chunk.end_of(sent)
            contiguous = ctx.prev_end >= 0 and not text[ctx.prev_end : s_start].strip()
            para_start = text.rfind("\n", 0, s_start) + 1
            same_paragraph = contiguous and para_start == ctx.paragraph_start
            if not contiguous:
                ctx.period = ctx.location = ctx.attribution = None
            found = list(
                _claims_in_sentence(
                    sent,
                    chunk,
                    document=document,
                    published=published,
                    ctx=ctx,
                    same_paragraph=same_paragraph,
                    ids=ids,
                    settings=settings,
                    home=home,
                    skip_to=skip_to,
                    crowded=crowded,
                )
            )
            claims.extend(found)
            ctx.prev_end = s_end
            ctx.paragraph_start = para_start
    if crowded[0] and notes is not None:
        notes.append(CUT_FIGURES.format(
            n=crowded[0], skipped=crowded[1], limit=settings.max_claims_per_sentence))
    return claims


_JOINERS = frozenset({"and", "or", "to", "of", "by", "x"})


def _counts_a_word(sent_text: str, amount: Amount) -> bool:
    """The figure is followed by a word other than a joiner: it may count something."""
    after = sent_text[amount.end : amount.end + 40].split(maxsplit=1)
    return bool(after) and after[0][:1].isalpha() and after[0].lower() not in _JOINERS


CUT_FIGURES = (
    "{n:,} sentences hold more than {limit:,} figures (max_claims_per_sentence): "
    "{skipped:,} figures were not read (bare runs of numbers first)"
)


def _claims_in_sentence(
    sent: Span,
    chunk: Chunk,
    *,
    document: Document,
    published: dt.date | None,
    ctx: _Context,
    same_paragraph: bool,
    ids: Iterator[str],
    settings: Settings,
    home: str | None,
    skip_to: int = -1,
    crowded: list[int] | None = None,
) -> Iterator[Claim]:
    doc = chunk.doc
    sent_text = sent.text
    base = sent.start_char
    amounts = list(find_amounts(sent_text, settings=settings))
    limit = settings.max_claims_per_sentence
    if len(amounts) > limit:
        # each figure's reading walks the sentence: thousands of figures in one sentence
        # ("dozens of dozens of ...") would cost their square
        if crowded is not None:
            crowded[0] += 1
            crowded[1] += len(amounts) - limit
        # figures followed by a word ("2 people") before bare runs of numbers ("1 and 1")
        ranked = sorted(
            range(len(amounts)), key=lambda i: (not _counts_a_word(sent_text, amounts[i]), i)
        )
        amounts = [amounts[i] for i in sorted(ranked[:limit])]
    figures: list[tuple[Amount, Token, Span]] = []
    for amount in amounts:
        span = doc.char_span(base + amount.start, base + amount.end, alignment_mode="expand")
        num_span = doc.char_span(
            base + amount.number_start, base + amount.number_end, alignment_mode="expand"
        )
        if span is None or num_span is None:
            continue
        figures.append((amount, num_span.root, span))
    figures.extend(_zero_figures(sent))

    period_here = _periods(sent, published)
    found_places = _places(sent, skip_to=skip_to - chunk.offset)
    sentence_attr = _according_to(sent)
    sent_start = chunk.offset + sent.start_char
    sentence = sent_text.rstrip()
    sent_end = sent_start + len(sentence)

    readings: list[tuple[Amount, Token, Span, Reading]] = []
    for amount, num, span in figures:
        doc_start = chunk.offset + span.start_char
        if not document.in_body(doc_start) or _not_a_figure(
            amount, num, span, document.text, chunk.offset
        ):
            continue
        reading = _read(num, span)
        if reading is None or (reading.measure == "other" and not _checkable_other(amount, span)):
            continue
        readings.append((amount, num, span, reading))
    if _casualty_word(sent):
        victims, replaced = _victims(sent, readings)
        victims = [v for v in victims if document.in_body(chunk.offset + v[2].start_char)]
        if victims:
            readings = sorted(
                [r for r in readings if r[1].i not in replaced] + victims, key=lambda r: r[2].start
            )

    # Elliptical figures ("compared with 645", "rose to 263") take the reading of the figure
    # before them in the sentence.
    resolved: list[tuple[Amount, Token, Span, Reading]] = []
    for amount, num, span, own in readings:
        if own.measure is not None:
            resolved.append((amount, num, span, own))
            continue
        prev = resolved[-1][3] if resolved else None
        # Only a counted measure carries over: a stray number after an uncategorised count
        # ("calling 911") is not more of the same.
        if prev is None or prev.measure in (None, "other") or not _elliptical(num):
            continue
        borrowed = Reading(
            measure=prev.measure,
            noun=prev.noun,
            anchor=num.head,
            rule=f"ellipsis<{prev.rule}",
        )
        resolved.append((amount, num, span, borrowed))

    first_period: Period | None = None
    ids_by_number: dict[int, str] = {}
    for amount, num, span, reading in resolved:
        anchor = reading.anchor or num
        claim_id = next(ids)
        ids_by_number[num.i] = claim_id
        # A date on the report ("the ministry said on Sunday") dates the figure only when
        # nothing else in the sentence does.
        usable = [
            (t, p, r)
            for t, p, r in period_here
            if not _shifted(anchor, t) and not _charged_deed(anchor, t)
        ]
        period = _nearest(anchor, [(t, p) for t, p, report in usable if not report]) or (
            _nearest(anchor, [(t, p) for t, p, _ in usable])
        )
        if period is None and ctx.period is not None:
            period = ctx.period
        if first_period is None and period is not None and period is not ctx.period:
            first_period = period
        place = _nearest(anchor, _in_town(found_places)) or ctx.location or home
        attribution = (
            sentence_attr or _reporter(anchor) or (ctx.attribution if same_paragraph else None)
        )
        noun = reading.noun
        part_of = ids_by_number.get(reading.total_of.i) if reading.total_of is not None else None
        yield Claim(
            id=claim_id,
            document_id=document.id,
            start=chunk.offset + span.start_char,
            end=chunk.offset + span.end_char,
            number_text=span.text,
            value=amount.value,
            qualifier=amount.qualifier,
            low=amount.low,
            high=amount.high,
            measure=reading.measure or "other",
            sentence=sentence,
            sentence_start=sent_start,
            sentence_end=sent_end,
            rule=(
                f"{reading.rule}; {explain_vague(amount.value, settings=settings)}"
                if amount.qualifier == "vague"
                else reading.rule
            ),
            subject=_phrase(noun, exclude=span) if noun is not None else None,
            actor=_actor(reading),
            location=place,
            date_start=period.start if period else None,
            date_end=period.end if period else None,
            date_text=period.text if period else None,
            attribution=attribution,
            part_of=part_of,
        )

    # What carries to the next sentence: its time, place and speaker. A sentence with figures
    # passes on what its figures used; one without passes on only what it states itself, so
    # the chain never runs through sentences that were not parsed.
    if first_period is not None:
        ctx.period = first_period
    elif period_here:
        ctx.period = period_here[0][1]
    elif not resolved:
        ctx.period = None
    if found_places:
        located = [p for p in found_places if _locative(p[0])]
        ctx.location = (located or found_places)[0][1]
    elif not resolved:
        ctx.location = None
    root_speaker = _speaker_of(sent.root) if sent.root.lemma_ in REPORTING_VERBS else None
    carried = ctx.attribution if same_paragraph and resolved else None
    ctx.attribution = sentence_attr or root_speaker or carried


# --- what is not a figure ---------------------------------------------------------------


def _not_a_figure(amount: Amount, num: Token, span: Span, text: str, offset: int) -> bool:
    lex = lexicon()
    head = num.head
    word = num.lower_
    if amount.qualifier == "vague" or (amount.value == 0 and span[0].lower_ in ZERO_WORDS):
        return False
    if num.ent_type_ in ("ORDINAL", "TIME") or (num.ent_type_ == "DATE" and not _counts(num)):
        return True
    # Clock times the tokenizer split ("3 p. m.", "12:30 a.m."), whatever NER made of them.
    after_num = span.doc[span.end] if span.end < len(span.doc) else None
    if after_num is not None and after_num.lower_ in CLOCK:
        return True
    if num.ent_type_ in ("PERCENT", "MONEY", "QUANTITY"):
        return False
    # A year standing alone ("in 2023", "since 2019") or naming one thing ("a 2013 shooting",
    # "the 2016 election"): a count above one takes a plural noun.
    if re.fullmatch(r"1[89]\d\d|20\d\d", num.text) and (
        not _counts(num) or head.tag_ in ("NN", "NNP")
    ):
        return True
    # "Article 370", "Section 144", "Flight 370", "F-16".
    left = span.doc[span.start - 1] if span.start > 0 else None
    if left is not None and (
        (left.lower_.rstrip(".") in lex.designation_nouns and left.text[:1].isupper())
        or _glued_code(num)
    ):
        return True
    if (
        head.lower_.rstrip(".") in lex.designation_nouns
        and head.i < num.i
        and head.text[:1].isupper()
    ):
        return True
    # Ages: "aged 16", "a 16-year-old", "Brady Osborne, 16".
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if left is not None and left.lower_ in lex.age_words:
        return True
    two_left = span.doc[span.start - 2 : span.start].text.lower() if span.start > 1 else ""
    if two_left in lex.age_words:  # "younger than 14", "the age of 16"
        return True
    # Codes and numbers inside names: "574-LMPD", "COVID-19" (a number glued to letters).
    if (
        nxt is not None
        and nxt.text == "-"
        and span.end + 1 < len(span.doc)
        and (span.doc[span.end + 1].is_alpha and span.doc[span.end + 1].idx == nxt.idx + 1)
    ):
        return True
    if nxt is not None and (
        nxt.lower_ in lex.age_words
        or (
            nxt.text == "-"
            and span.end + 1 < len(span.doc)
            and span.doc[span.end + 1].lower_.startswith("year")
        )
    ):
        return True
    if num.dep_ == "appos" and head.ent_type_ == "PERSON":
        return True
    # "Englewood boy, 7, dies", "Jane Doe, 42,": a number set off by commas after a noun.
    if (
        left is not None
        and left.text == ","
        and nxt is not None
        and nxt.text in (",", ")")
        and span.start > 1
        and span.doc[span.start - 2].pos_ in ("NOUN", "PROPN")
    ):
        return True
    # "15 year-old", "15 years old"
    after = text[offset + span.end_char : offset + span.end_char + 16].lower()
    if re.match(r"\s*-?\s*(?:years?|yrs?|months?)[\s-]*old\b", after):
        return True
    # List numbering at the start of a line ("1. Skip to content").
    line_start = text.rfind("\n", 0, offset + span.start_char) + 1
    if _LINE_NUMBERING.match(text, line_start) and offset + span.start_char - line_start < 4:
        return True
    # "one of the ...", "the one", a bare "one" that counts nothing.
    if word in ("one", "a", "an") and num.dep_ != "nummod":
        return True
    # Durations are not counts of anything checkable here ("20 years", "five months").
    noun = head if num.dep_ in ("nummod", "quantmod") else None
    return noun is not None and noun.lemma_.lower() in lex.duration_nouns


def _counts(num: Token) -> bool:
    """The number modifies a noun that is not a unit of time ("2000 people")."""
    head = num.head
    if num.dep_ not in ("nummod", "quantmod", "compound"):
        return False
    lex = lexicon()
    return (
        head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in lex.duration_nouns
        and (head.ent_type_ not in ("DATE", "TIME"))
    )


def _zero_figures(sent: Span) -> Iterator[tuple[Amount, Token, Span]]:
    """ "No one was killed", "no casualties", "none were hurt": a zero count from the parse."""
    lex = lexicon()
    for tok in sent:
        if tok.lower_ not in ZERO_WORDS:
            continue
        if tok.lower_ == "no" and tok.dep_ == "det":
            target = tok.head
            span = (
                sent.doc[tok.i : target.i + 1]
                if target.lower_ == "one"
                else sent.doc[tok.i : tok.i + 1]
            )
            measured = target.lemma_.lower() in lex.nouns or _governing_measure(target) is not None
            if target.lower_ == "one":
                measured = _governing_measure(target) is not None
        elif tok.lower_ in ("none", "nobody") and tok.dep_ in ("nsubj", "nsubjpass"):
            target, span = tok, sent.doc[tok.i : tok.i + 1]
            measured = _governing_measure(tok) is not None
        else:
            continue
        if measured:
            amount = Amount(
                start=span.start_char - sent.start_char,
                end=span.end_char - sent.start_char,
                text=span.text,
                value=0.0,
                qualifier="exact",
                low=0.0,
                high=0.0,
                number_start=span.start_char - sent.start_char,
                number_end=span.end_char - sent.start_char,
            )
            yield amount, span.root if target.lower_ != "one" else target, span


# --- reading a figure from the parse -----------------------------------------------------


# A subset of a subset of ... ("12 of them, 3 of them, ..."): read this many totals deep at
# most, so the chain's length in the text never becomes the depth of the call stack.
MAX_SUBSET_DEPTH = 8


def _read(num: Token, span: Span, _depth: int = 0) -> Reading | None:
    """What the figure counts and what happened to it; None when it counts nothing."""
    lex = lexicon()
    if num.ent_type_ == "MONEY" or _after_currency(span):
        # "$150,000 bail", "Rs 5 million in compensation": an amount of money counts no one.
        return Reading(measure="other", anchor=num, rule="money")
    noun = _counted_noun(num)
    # "62 soldiers": the noun heads the phrase; "dozens of people": the number does.
    node = noun if noun is not None and num.head.i == noun.i else num
    # "two of the wounded died": what happened to the part is the predicate's to say; the
    # group it is taken from only describes who they were.
    partitive = noun is not None and node.i == num.i and noun.i != num.i
    if partitive:
        said = _participant(node)
        if (
            said is not None
            and said.measure not in (None, "other")
            and not (_intended(said.anchor) or _negated(said.anchor))
        ):
            said.noun = noun
            return said
    # 1. The counted noun is itself a measure: "71 attacks", "1,000 deaths", "32 dead".
    if noun is not None:
        lemma = noun.lemma_.lower()
        measure = lex.nouns.get(lemma) or lex.nouns.get(noun.lower_)
        if measure is not None:
            # "the deaths of 127 fighters" is read from the verb side below when the noun is
            # the object of a measure verb; a measure noun counts by itself otherwise.
            return Reading(measure=measure, noun=noun, anchor=noun, rule=f"noun:{lemma}")
    # 2. The figure (or its noun) is a participant of a measure predicate.
    reading = _participant(node)
    if reading is not None:
        if _intended(reading.anchor) or _negated(reading.anchor):
            # "threatened to kill 10 hostages", "two others were not hurt": nothing happened
            return None
        if reading.measure == "injured" and _fatal(reading.anchor):
            reading.measure = "killed"
            reading.rule += ":fatal"
        reading.noun = reading.noun or noun
        return reading
    # 3. A subset of another figure: "including two officers", "12 of them".
    total = _total_of(node, num) if _depth < MAX_SUBSET_DEPTH else None
    if total is not None:
        total_reading = _read(total, total.doc[total.i : total.i + 1], _depth + 1)
        if total_reading is not None and total_reading.measure is not None:
            return Reading(
                measure=total_reading.measure,
                noun=noun,
                anchor=total_reading.anchor,
                rule="subset",
                total_of=total,
            )
    # 4. A toll: "the death toll rose to 24", "the toll stands at 30".
    toll = _toll(node)
    if toll is not None:
        return toll
    if noun is not None:
        if noun.pos_ == "PRON":
            return Reading(measure=None, rule="pronoun")
        return Reading(measure="other", noun=noun, anchor=noun, rule="count")
    if num.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return Reading(measure="other", anchor=num, rule=num.ent_type_.lower())
    # A bare number that stands for a noun named elsewhere: decided by ellipsis.
    return Reading(measure=None, anchor=num, rule="bare")


def _counted_noun(num: Token) -> Token | None:
    head = num.head
    if num.lower_ == "no" and num.dep_ == "det":
        return head  # "no casualties", "no soldiers were killed"
    if (
        num.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod")
        and head.pos_ in ("NOUN", "PROPN", "ADJ")
        and head.i > num.i
    ):
        if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
            return head.head
        return head
    # "dozens of people", "two of the attackers", "billions of dollars"
    for child in num.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _participant(node: Token) -> Reading | None:
    """The measure predicate the figure takes part in. A conjunct or an apposition shares
    its head's predicate: the chain is followed in a loop, never by recursion (a run of
    "1 and 1 and 1 ..." is as long as the text)."""
    conjuncts = 0
    seen = {node.i}
    while True:
        step = _participant_here(node)
        if not isinstance(step, tuple):
            break
        node, conj = step
        if node.i in seen:  # a cycle cannot come from a parse, but costs nothing to refuse
            return None
        seen.add(node.i)
        conjuncts += conj
    if step is not None and conjuncts:
        step.rule += "+conj" * conjuncts
    return step


def _participant_here(node: Token) -> Reading | tuple[Token, bool] | None:
    """A reading from the figure's own predicate, or (head, is_conjunct) to go on from."""
    lex = lexicon()
    head = node.head
    dep = node.dep_
    harm = _harm_received(node)
    if harm is not None:
        return harm
    # "more than 200 injured", "14 trapped", "24 dead": a word of its own says what happened,
    # even when the parser hangs the phrase on a neighbour's predicate.
    for child in node.children:
        if (
            child.dep_ in ("amod", "acl", "relcl", "acomp")
            and child.i > node.i
            and (child.tag_ in ("VBN", "JJ") or child.pos_ == "ADJ")
        ):
            word = child.lemma_.lower()
            m = lex.verbs.get(word) or lex.nouns.get(child.lower_)
            if m is not None:
                return Reading(measure=m, anchor=child, rule=f"predicate:{child.lower_}")
            if dep == "conj":
                # "six were killed and 14 trapped": 14 were trapped, not killed
                return Reading(measure="other", anchor=child, rule=f"predicate:{child.lower_}")
    if dep == "conj" and head.i != node.i:
        # "killed 5 soldiers and 3 civilians": the second conjunct shares the predicate.
        return head, True
    if dep == "appos" and head.i != node.i:
        return head, False
    if head.pos_ in ("VERB", "AUX") or head.tag_ in ("VBN", "VBD", "VBG"):
        lemma = head.lemma_.lower()
        measure = lex.verbs.get(lemma) or next(
            (
                lex.phrasal[(lemma, c.lower_)]
                for c in head.children
                if c.dep_ == "prt" and (lemma, c.lower_) in lex.phrasal
            ),
            None,
        )
        if measure is not None:
            passive = dep == "nsubjpass" or (
                dep == "nsubj" and (head.tag_ == "VBN" or _in_passive_coordination(head))
            )
            if dep in ("dobj", "obj", "attr", "oprd") or passive:
                return Reading(
                    measure=measure,
                    anchor=head,
                    rule=f"verb:{lemma}:{'passive' if passive else 'object'}",
                )
            if dep == "nsubj" and lemma in lex.intransitive:
                return Reading(measure=measure, anchor=head, rule=f"verb:{lemma}:intransitive")
            if dep == "nsubj":
                # The figure is the agent ("20 militants killed 5 soldiers"): not victims.
                return None
        # "were confirmed dead", "are feared dead": a predicative adjective says what happened.
        if dep in ("nsubj", "nsubjpass"):
            # "Two police officers were among the dead"
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "among":
                    for obj in prep.children:
                        m = lex.nouns.get(obj.lower_) or lex.nouns.get(obj.lemma_.lower())
                        if obj.dep_ == "pobj" and m is not None:
                            return Reading(measure=m, anchor=head, rule=f"among:{obj.lower_}")
            for child in head.children:
                if (
                    child.dep_ in ("acomp", "oprd", "xcomp")
                    and child.lower_ in lex.nouns
                    and (child.pos_ == "ADJ" or child.tag_ == "VBN")
                ):
                    return Reading(
                        measure=lex.nouns[child.lower_],
                        anchor=head,
                        rule=f"predicative:{child.lower_}",
                    )
                # "are reported to have been killed": a raising verb passes its subject on.
                if (
                    child.dep_ == "xcomp"
                    and child.lemma_.lower() in lex.verbs
                    and any(c.dep_ == "auxpass" for c in child.children)
                ):
                    return Reading(
                        measure=lex.verbs[child.lemma_.lower()],
                        anchor=child,
                        rule=f"raised:{child.lemma_}",
                    )
        # "left 5 dead", "took 12 hostage": the object and a predicative noun/adjective.
        if dep in ("dobj", "nsubj", "nsubjpass"):
            for child in head.children:
                if (
                    child.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj", "attr")
                    and child.i != node.i
                ):
                    m = lex.idioms.get((lemma, child.lemma_.lower()))
                    if m is not None:
                        return Reading(measure=m, anchor=head, rule=f"idiom:{lemma} {child.lemma_}")
    if dep == "pobj" and head.lower_ == "of":
        owner = head.head
        olemma = owner.lemma_.lower()
        # "a total of 32 people have been arrested": the total stands in the clause.
        if olemma in lex.toll_nouns and lex.toll_nouns[olemma] is None and owner.i != node.i:
            inner = _participant(owner)
            if inner is not None:
                return inner
        nominal = lex.nominalisations.get(olemma)
        if nominal is not None:
            # "the lives of 62 soldiers" needs its verb: claim/take/cost/lose the lives.
            if olemma == "life":
                verb = owner.head
                m = lex.idioms.get((verb.lemma_.lower(), "life"))
                if m is None:
                    return None
                return Reading(measure=m, anchor=verb, rule=f"idiom:{verb.lemma_} lives of")
            if _prospect(owner):
                return None
            return Reading(measure=nominal, anchor=owner, rule=f"nominal:{olemma} of")
    # "60 people killed in the blast": a participle modifying the counted noun.
    for child in node.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.tag_ == "VBN":
            m = lex.verbs.get(child.lemma_.lower())
            if m is not None:
                return Reading(measure=m, anchor=child, rule=f"participle:{child.lemma_}")
        # "the 629 who died", "12 people who were wounded": a relative clause says it.
        if child.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
            for c in child.children
        ):
            m = lex.verbs.get(child.lemma_.lower())
            passive = any(c.dep_ == "auxpass" for c in child.children)
            if m is not None and (passive or child.lemma_.lower() in lex.intransitive):
                return Reading(measure=m, anchor=child, rule=f"relative:{child.lemma_}")
    return None


def _harm_received(node: Token) -> Reading | None:
    """ "injuries to 30 others" (the parser may hang "to" on the verb), and a nominalisation
    whose "of" careless copy dropped ("confirmed the deaths 11 workers")."""
    lex = lexicon()
    doc = node.doc
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "to" and head.i > 0:
        for owner in (head.head, doc[head.i - 1]):
            measure = lex.recipients.get(owner.lemma_.lower())
            if measure is not None and owner.pos_ == "NOUN":
                return Reading(measure=measure, anchor=owner, rule=f"nominal:{owner.lemma_} to")
    first = node.left_edge.i
    if first > 0:
        before = doc[first - 1]
        lemma = before.lemma_.lower()
        if (
            before.pos_ == "NOUN"
            and lemma in lex.nominalisations
            and lemma != "life"
            and before.tag_ == "NNS"
            and any(t.dep_ == "det" for t in before.children)
        ):
            measure = lex.nominalisations[lemma]
            return Reading(measure=measure, anchor=before, rule=f"nominal:{lemma}")
    return None


def _after_currency(span: Span) -> bool:
    """A currency sign or code right before the figure ("$150,000", "Rs 500")."""
    if span.start == 0:
        return False
    left = span.doc[span.start - 1]
    return left.tag_ == "$" or left.text in ("$", "€", "£", "¥", "₹", "Rs", "Rs.", "USD", "PKR")


def _in_passive_coordination(verb: Token) -> bool:
    """ "26 people were killed and 60 wounded": the second verb shares the passive."""
    head = verb.head
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.children)


def _governing_measure(node: Token) -> Measure | None:
    reading = _participant(node)
    return reading.measure if reading is not None else None


def _total_of(node: Token, num: Token) -> Token | None:
    """The number token of the total a subset hangs on ("62 soldiers, including two")."""
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in SUBSET_PREPS and head.lower_ != "of":
        total_np = head.head
        for tok in [total_np, *total_np.children]:
            if tok.like_num or tok.pos_ == "NUM":
                return tok
    # "12 of them": the pronoun points back at the last figure of the sentence.
    for child in num.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(c.pos_ == "PRON" for c in child.children)
        ):
            before = [t for t in num.sent if t.i < num.i and t.like_num]
            if before:
                return before[-1]
    return None


def _toll(node: Token) -> Reading | None:
    lex = lexicon()
    head = node.head
    verb = head.head if node.dep_ == "pobj" and head.lower_ in ("to", "at") else head
    if (
        node.dep_ == "attr"
        or verb.lemma_.lower() in lex.change_verbs
        or verb.lemma_ in ("be", "bring", "put")
    ):
        for subj in verb.children:
            if subj.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            key = subj.lemma_.lower()
            words = {c.lemma_.lower() for c in subj.children if c.dep_ == "compound"}
            if key in lex.toll_nouns:
                measure = lex.toll_nouns[key] or (
                    "killed" if words & {"death", "casualty"} else None
                )
                if measure is None:
                    # "the number of attacks rose to 263": read from the "of" complement.
                    for prep in subj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for obj in prep.children:
                                sub = _read_noun(obj)
                                if sub is not None:
                                    measure = sub
                if measure is not None:
                    return Reading(measure=measure, anchor=verb, rule=f"toll:{key}")
    return None


def _read_noun(noun: Token) -> Measure | None:
    lex = lexicon()
    m = lex.nouns.get(noun.lemma_.lower())
    if m is not None:
        return m
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in lex.verbs:
            return lex.verbs[child.lemma_.lower()]
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.lemma_.lower() == "custody":
                    return "arrested"
    return None


def _elliptical(num: Token) -> bool:
    """A number that stands alone where a noun phrase is expected."""
    # A subject of its own verb ("14 trapped") has its own predicate, not an ellipsis.
    return num.dep_ in ("pobj", "dobj", "conj", "appos", "attr", "npadvmod")


# --- who, where, when --------------------------------------------------------------------


def _phrase(noun: Token, *, exclude: Span | None = None) -> str:
    """The noun with its left modifiers ("Pakistan Army soldiers"), no numbers or articles."""
    keep = []
    for tok in noun.subtree:
        if tok.i > noun.i:
            break
        if exclude is not None and exclude.start <= tok.i < exclude.end:
            continue
        if tok.dep_ in ("det", "nummod", "quantmod", "punct", "advmod", "predet", "poss", "case"):
            continue
        if tok.like_num and tok.i != noun.i:
            continue
        keep.append(tok)
    if all(t.i != noun.i for t in keep):
        keep.append(noun)
    text = " ".join(t.text for t in keep).replace(" - ", "-").replace(" -", "-")
    return text.strip(" '\"‘’“”")


def _actor(reading: Reading) -> str | None:
    anchor = reading.anchor
    if anchor is None:
        return None
    lex = lexicon()
    candidates: list[Token] = []
    if anchor.pos_ in ("VERB", "AUX"):
        for child in anchor.children:
            if child.dep_ == "nsubj" and (reading.noun is None or reading.noun.i != child.i):
                candidates.append(child)
            if child.dep_ == "agent":
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
    else:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
    for cand in candidates:
        if cand.lower_ in PERSONAL_PRONOUNS:
            speaker = _speaker_of(anchor.head) if anchor.dep_ == "ccomp" else None
            if speaker:
                return speaker
            continue
        if (
            cand.ent_type_ in ACTOR_LABELS
            or cand.lemma_.lower() in lex.agent_nouns
            or any(t.lemma_.lower() in lex.agent_nouns for t in cand.subtree)
        ):
            return _np_text(cand)
    return None


def _np_text(tok: Token) -> str:
    toks = [t for t in tok.subtree if t.dep_ not in ("punct",) or t.i not in (tok.left_edge.i,)]
    start, end = toks[0].i, toks[-1].i + 1
    text = tok.doc[start:end].text
    # Relative clauses and long appositions make poor labels: keep up to the first comma/dash.
    return re.split(r",| [–—] ", text)[0].strip(" '\"‘’“”")


def _speaker_of(verb: Token) -> str | None:
    """Who reports: the active subject, or the agent of a passive ("were reported by police").
    A passive subject is what was reported, never the reporter."""
    dateline = _dateline_end(verb.sent)
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in PERSONAL_PRONOUNS and child.i >= dateline:
            return _np_text(child)
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lower_ not in PERSONAL_PRONOUNS:
                    return _np_text(obj)
    return None


def _according_to(sent: Span) -> str | None:
    for tok in sent:
        if (
            tok.lower_ == "according"
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ == "to"
        ):
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _with_acronym(objs[0], _np_text(objs[0]))
    return None


def _with_acronym(tok: Token, text: str) -> str:
    """ "the Institute for Conflict Studies (ICS)": keep the acronym a checker searches for,
    however the parser attached it."""
    doc = tok.doc
    end = tok.right_edge.i + 1
    if (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 1].text.isupper()
        and f"({doc[end + 1].text})" not in text
    ):
        return f"{text} ({doc[end + 1].text})"
    return text


def _reporter(anchor: Token) -> str | None:
    """The outermost reporting verb whose clause holds the figure, and its subject."""
    speaker: str | None = None
    node = anchor
    # The figure itself may be the object of a recording verb: "reported the deaths of 127".
    if anchor.lemma_.lower() in RECORDING_VERBS:
        speaker = _speaker_of(anchor) or speaker
    while node.head.i != node.i:
        parent = node.head
        lemma = parent.lemma_.lower()
        if (
            lemma in REPORTING_VERBS
            and node.dep_ in ("ccomp", "xcomp", "parataxis", "advcl")
            and _reports(parent)
        ):
            speaker = _speaker_of(parent) or speaker
        if lemma in RECORDING_VERBS and node.dep_ in ("dobj",):
            speaker = _speaker_of(parent) or speaker
        node = parent
    # "..., police said." parses with the report as the root and the content as ccomp.
    return speaker


def _periods(sent: Span, published: dt.date | None) -> list[tuple[Token, Period, bool]]:
    """Resolved time expressions of the sentence: (entity root, period, dates the report)."""
    years = [int(t.text) for t in sent if re.fullmatch(r"(19|20)\d\d", t.text)]
    year = years[0] if len(set(years)) == 1 else None
    out: list[tuple[Token, Period, bool]] = []
    for ent in _ents(sent):
        if ent.label_ not in ("DATE", "TIME", "EVENT"):
            continue
        expr = _time_expression(ent)
        period = resolve_period(
            expr, published=published, year=year if str(year) not in expr else None
        )
        if period is not None:
            out.append((ent.root, period, _dates_report(ent.root)))
    return out


REPORT_EVENTS = REPORTING_VERBS | {"release", "issue", "publish", "speak", "brief", "statement"}


def _dates_report(root: Token) -> bool:
    """ "said on Sunday", "told reporters Monday", "a statement released on Sunday"."""
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    return head.i != root.i and head.lemma_.lower() in REPORT_EVENTS and _reports(head)


def _reports(verb: Token) -> bool:
    """A reporting use of the verb: "claimed responsibility", "claimed the lives" are not."""
    if verb.lemma_.lower() != "claim":
        return True
    return not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "life", "credit")
        for c in verb.children
    )


def _time_expression(ent: Span) -> str:
    """The entity with its governing preposition and adverbs ("so far this year")."""
    doc = ent.doc
    start = ent.start
    for child in ent.root.children:
        if child.dep_ == "advmod" and child.i < start:
            start = min(start, child.left_edge.i)
    head = ent.root.head
    prefix = ""
    if ent.root.dep_ == "pobj" and head.lower_ in TIME_PREPS:
        prefix = head.text + " "
        # "until November", "in the first half of 2024"
        if head.head.lower_ == "so" or (head.i > 0 and doc[head.i - 1].lower_ == "far"):
            prefix = "so far " + prefix
        # "since the fighting began in April": the clause's "since" bounds the period.
        verb = head.head
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        if verb.dep_ == "advcl" and marks and marks[0] in ("since", "until", "till"):
            prefix = marks[0] + " "
    return prefix + doc[start : ent.end].text


def _nearest(anchor: Token, items: Iterable[tuple[Token, _T]]) -> _T | None:
    """The value whose token is closest to the anchor in the tree (then in the text)."""
    best: tuple[int, int, _T] | None = None
    for tok, value in items:
        d = _tree_distance(anchor, tok)
        key = (d, abs(tok.i - anchor.i))
        if best is None or key < best[:2]:
            best = (key[0], key[1], value)
    return best[2] if best is not None else None


def _tree_distance(a: Token, b: Token) -> int:
    def chain(t: Token) -> list[Token]:
        out = [t]
        while t.head.i != t.i:
            t = t.head
            out.append(t)
        return out

    ca, cb = chain(a), chain(b)
    index_b = {t.i: n for n, t in enumerate(cb)}
    for n, t in enumerate(ca):
        if t.i in index_b:
            return n + index_b[t.i]
    return len(ca) + len(cb) + 10  # different sentences


# --- places ---------------------------------------------------------------------------------

LOCATIVE_PREPS = frozenset(
    ["in", "inside", "at", "near", "outside", "across", "around", "across", "throughout", "within"]
)


def _dateline_end(sent: Span) -> int:
    """Token index after a dateline ("ISLAMABAD, Pakistan –"): where the reporter files
    from, not where anything happened. A dateline is a place name or two before a dash that
    opens a clause; a title ("Valdoria Conflict Monitor – Monthly Brief") is not one."""
    for tok in sent[:7]:
        if tok.text in ("–", "—", "-", "--") and tok.i > sent.start:
            before = sent.doc[sent.start : tok.i]
            after = sent.doc[tok.i + 1 : sent.end]
            if (
                all(t.pos_ == "PROPN" or t.is_punct for t in before)
                and not any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in before)
                and any(t.pos_ in ("VERB", "AUX") for t in after)
            ):
                return tok.i + 1
            return sent.start
    return sent.start


def fallback_place(dateline: places.Dateline | None, country: str | None) -> str | None:
    """The place of a figure whose sentences name none: the dateline city, with the country
    the report speaks of when the city lies in it (or the gazetteer does not know the city);
    the country alone when the reporter filed from abroad."""
    if dateline is None:
        return country
    if country is None:
        return dateline.place
    region = places.lookup(dateline.region) if dateline.region else None
    if region is not None and region.level == "country":
        return dateline.place  # "ISLAMABAD, Pakistan –" names its country already
    home = places.lookup(country)
    where = places.lookup(dateline.city, hints={home.country: 1} if home and home.country else None)
    if home is None or where is None:
        return f"{dateline.place}, {country}"
    if where.key == home.key:
        return dateline.place
    if where.level == "country" or (where.country and where.country != home.country):
        return country
    return f"{dateline.place}, {country}"


def _in_town(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """A street, a block or a venue gives way to the town the same sentence names ("on
    Arlington Avenue in Allentown"): checkers file and group incidents by town."""
    scenes = lexicon_places().scene_nouns
    towns = []
    for tok, name in found:
        last = name.split()[-1].lower().rstrip(".") if name.split() else ""
        if last in scenes or tok.lower_ in scenes:
            continue
        place = places.resolve(name)
        if place is not None and place.level in ("city", "admin1"):
            towns.append((tok, name))
    if not towns or len(towns) == len(found):
        return found
    return towns


@dataclass(frozen=True, slots=True)
class PlaceWords:
    scene_nouns: frozenset[str]
    not_places: frozenset[str]


@functools.cache
def lexicon_places() -> PlaceWords:
    raw: dict[str, Any] = load_rules("places")
    return PlaceWords(
        scene_nouns=frozenset(raw["scene_nouns"]), not_places=frozenset(raw["not_places"])
    )


def _places(sent: Span, *, skip_to: int = -1) -> list[tuple[Token, str]]:
    """Place mentions (head token, text) outside the dateline: place entities, proper nouns
    after a locative preposition that NER left unlabelled ("in Eldmere", "outside the Gwadar
    port", "in the Bannu and Khyber districts"). Places joined by "and" give the place that
    holds them all ("in Khyber Pakhtunkhwa and Balochistan" → Pakistan) when the gazetteer
    knows it."""
    start = _dateline_end(sent)
    while start < sent.end and sent.doc[start].idx < skip_to:
        start += 1
    out: list[tuple[Token, str]] = []
    covered: set[int] = set()
    ents = _ents(sent)
    for ent in ents:
        covered.update(range(ent.start, ent.end))
    joined: set[int] = set()
    not_places = lexicon_places().not_places
    for n, ent in enumerate(ents):
        if ent.label_ not in PLACE_LABELS or ent.start < start or _is_language(ent.text):
            continue
        if ent.start in joined or ent[-1].lower_ in not_places or _a_person(ent):
            continue  # the state of "Little Rock, Arkansas"; "Ben Taub Hospital"
        # "Little Rock, Arkansas", "Peshawar, Pakistan": the town, with what holds it.
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (
            nxt is not None
            and nxt.label_ == "GPE"
            and nxt.start == ent.end + 1
            and sent.doc[ent.end].text == ","
        ):
            outer = places.lookup(nxt.text)
            inner = places.lookup(ent.text)
            if (
                outer is not None
                and outer.level in ("admin1", "country")
                and (inner is None or inner.level != "country")
            ):
                joined.add(nxt.start)
                out.append((ent.root, f"{ent.text}, {nxt.text}"))
                continue
        # "Jammu and Kashmir's Pahalgam": the appositive names the more specific place.
        specific = [
            c
            for c in ent.root.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("", "GPE")
        ]
        if specific:
            out.extend((c, c.text) for c in specific)
            continue
        out.append((ent.root, _joined_places(ent.root, ent.text)))
    for tok in sent:
        if tok.i < start or tok.i in covered or not _locative(tok):
            continue
        names = [
            t
            for t in tok.lefts
            if t.dep_ in ("compound", "conj")
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ in NAME_OF_PLACE
        ]
        # The whole name, not its clipped tail: "a Marion County berry farm".
        first = _name_start(names[0]) if names else tok.i
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            out.append((tok, tok.doc[first : tok.i + 1].text))
        elif tok.pos_ == "NOUN" and names:
            # "the Gwadar port", "the Bannu and Khyber districts"
            out.append((tok, _joined_places(tok, tok.doc[first : tok.i + 1].text)))
    return out


def _name_start(name: Token) -> int:
    """The first word of a proper name whose words the parser chained as compounds."""
    first = name.i
    for t in name.subtree:
        if t.i < first and t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper():
            first = t.i
    return first


def _a_person(ent: Span) -> bool:
    """A place-like name that is part of a person's name: after a first name NER tagged as
    a person ("Anthony Mendoza"), or set off with an age ("Mendoza, 17,")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return True
    after = doc[ent.end : ent.end + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].like_num
        and after[2].text in (",", ")")
    )


def _joined_places(head: Token, text: str) -> str:
    """ "Khyber Pakhtunkhwa and Balochistan": the place that holds every conjunct, if known."""
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    # An entity may swallow the "and" that joins it to the next name.
    text = re.sub(r"\s+(?:and|&)$", "", text)
    scenes = lexicon_places().scene_nouns
    if any(w.lower().rstrip(".") in scenes for w in text.split()):
        # "Flamingo Road and Durango Drive": streets, not towns to merge
        doc = head.doc
        return " and ".join([text, *(doc[_name_start(c) : c.i + 1].text for c in conjuncts)])
    # "Jammu and Kashmir's Pahalgam": the possessed place is the most specific one.
    for c in conjuncts:
        if any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children):
            return c.text
    if not conjuncts and " and " not in text:
        return text
    names = [text, *(head.doc[c.left_edge.i : c.i + 1].text for c in conjuncts)]
    found = [p for p in (places.resolve(n) for n in names) if p is not None]
    holder = (
        places.common_ancestor(found) if len(found) > 1 else places.resolve(" and ".join(names))
    )
    return holder.name if holder is not None else " and ".join(names)


def _dateline_place(chunks: Sequence[Chunk]) -> str | None:
    """Where the report was filed from ("ELDMERE –"): the place of a figure that names none."""
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            end = _dateline_end(sent)
            if end > sent.start:
                name = sent.doc[sent.start : end - 1].text.split(",")[0].strip()
                return name.title() if name.isupper() else name
    return None


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


@functools.cache
def _is_language(name: str) -> bool:
    import pycountry

    try:
        return pycountry.languages.get(name=name) is not None and (
            pycountry.countries.get(name=name) is None
        )
    except LookupError:
        return False


def _home_country(chunks: Sequence[Chunk]) -> str | None:
    """The country the document speaks of most: where a figure with no place of its own is."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ != "GPE":
                continue
            place = places.lookup(ent.text)
            if place is not None and place.level == "country":
                counts[place.key] = counts.get(place.key, 0) + 1
                names.setdefault(place.key, ent.text)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return names[best]


def _checkable_other(amount: Amount, span: Span) -> bool:
    """An uncategorised figure worth a checker's time: not zero or one of something, not a
    number that is part of a name ("a 911 call", "WAVE 3 News", a ".45 caliber" gun), and not a
    definite phrase that refers back to things already named ("the two countries")."""
    if amount.value in (0, 1) or amount.text.startswith("."):
        return False
    root = span.root
    if root.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return True
    if root.dep_ == "compound" or root.ent_type_ in NAME_LABELS:
        return False
    # Counts agree with a plural noun; "a 911 call", "720 ILCS" are labels.
    noun = root.head if root.dep_ == "nummod" else None
    if noun is not None and noun.tag_ in ("NN", "NNP"):
        return False
    left = span.doc[span.start - 1] if span.start > 0 else None
    return left is None or left.lower_ not in DEFINITE


def _intended(anchor: Token | None) -> bool:
    """The predicate is wanted, planned or threatened, not reported as done."""
    return (
        anchor is not None
        and anchor.dep_ == "xcomp"
        and anchor.head.lemma_.lower() in lexicon().intent_verbs
    )


def _prospect(noun: Token) -> bool:
    """ "information leading to the arrest of 3 suspects": what would follow, not what did.
    The participle modifies a noun; "the raid, leading to the arrest of 3" reports a fact."""
    head = noun.head
    verb = head.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and verb.lemma_.lower() in lexicon().prospect_verbs
        and verb.tag_ == "VBG"
        and verb.dep_ == "acl"
    )


def _negated(anchor: Token | None) -> bool:
    return anchor is not None and any(c.dep_ == "neg" for c in anchor.children)


def _fatal(anchor: Token | None) -> bool:
    """ "fatally wounded", "mortally injured": the wounds killed."""
    return anchor is not None and any(
        c.dep_ == "advmod"
        and c.lower_ in lexicon().fatal_adverbs
        and not any(g.dep_ == "neg" for g in c.children)  # "shot him, not fatally, ..."
        for c in anchor.children
    )


SHIFTERS = frozenset({"after", "before", "following", "prior", "since", "until"})


def _shifted(anchor: Token, date: Token) -> bool:
    """The date is on the far side of "two days after …" from the figure: it dates another
    happening ("launched on Monday, two days after a bombing in which 26 were killed")."""
    date_side = {t.i for t in (date, *date.ancestors)}
    return any(t.lower_ in SHIFTERS for t in (anchor, *anchor.ancestors) if t.i not in date_side)


def _charged_deed(anchor: Token, date: Token) -> bool:
    """ "accused of wounding five others, he pleaded guilty on Tuesday": a deed named in a
    charge happened before the day of the proceedings, which does not date it."""
    charges = lexicon().charge_words
    date_side = {t.i for t in (date, *date.ancestors)}
    for tok in (anchor, *anchor.ancestors):
        if tok.i in date_side:
            return False  # the date stands inside the deed's own clause
        prep = tok.head
        if (
            tok.dep_ in ("pcomp", "pobj")
            and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in charges
        ):
            return True
    return False


def _glued_code(num: Token) -> bool:
    """ "F-16", "MH-17": letters glued by a hyphen to the number (not "KABUL - 27 people")."""
    doc = num.doc
    if num.i < 2:
        return False
    hyphen, word = doc[num.i - 1], doc[num.i - 2]
    # "seventy-two" is one number the tokenizer split, not a code.
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not word.whitespace_
        and word.is_alpha
        and not word.like_num
    )


def _ents(sent: Span) -> list[Span]:
    """The sentence's entities. ``Span.ents`` rescans the whole doc on every call, which is
    quadratic over a long chunk; this groups the doc's entities by sentence once."""
    doc = sent.doc
    groups: dict[int, list[Span]] | None = doc.user_data.get("claimdesk_ents")
    if groups is None:
        starts = [s.start for s in doc.sents]
        groups = {}
        for ent in doc.ents:
            first = starts[bisect.bisect_right(starts, ent.start) - 1]
            groups.setdefault(first, []).append(ent)
        doc.user_data["claimdesk_ents"] = groups
    return [e for e in groups.get(sent.start, []) if e.end <= sent.end]


# --- victims named without a numeral -----------------------------------------------------

CASUALTY_MEASURES = frozenset({"killed", "injured"})
INDEFINITE = frozenset({"a", "an"})
REFLEXIVES = frozenset({"himself", "herself"})
# "killed his wife", "shot her neighbor": one person named by relation to the agent
POSSESSIVES = frozenset({"his", "her", "their"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Words without which a sentence cannot name a victim without a numeral: the pipeline parses
# a sentence that holds one of these and a harm word.
VICTIM_CUES = INDEFINITE | REFLEXIVES | POSSESSIVES
VICTIM_HARM = ("kill", "dead", "die", "injur", "wound", "hurt", "fatal", "mortal")


def _casualty_word(sent: Span) -> bool:
    """A casualty verb or adjective in the sentence: the cheap gate before reading victims."""
    lex = lexicon()
    return any(
        lex.verbs.get(t.lemma_.lower()) in CASUALTY_MEASURES
        or lex.nouns.get(t.lower_) in CASUALTY_MEASURES
        or t.lower_ in lex.fatal_adverbs  # "fatally shot"
        for t in sent
    )

_Found: TypeAlias = "tuple[Amount, Token, Span, Reading]"


def _victims(sent: Span, readings: Sequence[_Found]) -> tuple[list[_Found], set[int]]:
    """One victim named without a numeral ("a 7-year-old boy was shot and killed", "Jane Roe,
    15, died"), a list of them ("a man, two women and a child were killed" → 4, one claim
    over the whole list), and a shooter who "killed himself". Read only from the subject of a
    casualty predicate that reports a fact: not negated, not under a modal, a condition or an
    intent. Returns the new figures and the number tokens they replace (a list's numerals)."""
    counted: dict[tuple[int, Measure], float] = {}
    anchored: set[tuple[int, Measure | None]] = set()
    for amount, num, _span, reading in readings:
        if reading.measure is not None:
            counted[(num.i, reading.measure)] = amount.value
        if reading.anchor is not None:
            anchored.add((reading.anchor.i, reading.measure))
    found: list[_Found] = []
    replaced: set[int] = set()
    done: set[int] = set()
    for tok in sent:
        head = tok.head
        if tok.dep_ == "dobj" and tok.lower_ in REFLEXIVES:  # the subject reader saw the agent
            # GVA counts a shooter who kills himself among the dead: so does the checker.
            kills = lexicon().verbs.get(head.lemma_.lower()) == "killed" or (
                head.lemma_.lower() == "shoot" and _fatal(head)  # "fatally shot himself"
            )
            if kills and _factual(head):
                done.add(head.i)
                if (head.i, "killed") not in anchored:
                    span = sent.doc[tok.i : tok.i + 1]
                    found.append(_victim_figure(sent, span, 1.0, Reading(
                        measure="killed", noun=None, anchor=head,
                        rule=f"self_inflicted:{head.lemma_.lower()}")))
            continue
        if tok.dep_ not in SUBJECTS or head.i in done:
            continue
        done.add(head.i)
        predicate = _casualty_predicate(tok)
        if predicate is None:
            continue
        verbs, measure, lemma = predicate
        members = [m for s in head.children if s.dep_ in SUBJECTS for m in _conjuncts(s)]
        if any(m.i > head.i for m in members):
            continue  # an inverted clause: rare in reports, not worth a guess
        total = 0.0
        singles = 0
        numerals: list[int] = []
        how = ""
        for member in members:
            one = _one_victim(member)
            numeral = next((c for c in member.children if c.dep_ == "nummod"), None)
            if one is not None:
                total += 1.0
                singles += 1
                how = one[1]
            elif numeral is not None and (numeral.i, measure) in counted:
                total += counted[(numeral.i, measure)]
                numerals.append(numeral.i)
            else:
                total = -1.0  # someone the list does not count ("his wife"): no sum
                break
        if total <= 0 or singles == 0:
            continue
        if len(members) == 1:
            # A figure already read on this predicate counts this victim ("two people,
            # including a teenager, were killed"; "a man died, one of three"): no second count.
            if any((v.i, measure) in anchored for v in verbs):
                continue
            span = _one_victim(members[0])[0]  # type: ignore[index]
            rule = f"singular_victim:{how}:{lemma}"
        else:
            first = min(m.left_edge.i for m in members)
            last = max(members, key=lambda m: m.i)
            span = sent.doc[first : last.right_edge.i + 1]
            rule = f"victim_list:{lemma}"
            replaced.update(numerals)
        reading = Reading(measure=measure, noun=members[0], anchor=verbs[0], rule=rule)
        found.append(_victim_figure(sent, span, total, reading))
    # One victim per measure and sentence from the subject reader is already the victim an
    # object names in a second clause ("a man died after a gunman shot and killed a man" is
    # rare; "a boy was killed when a gunman shot a boy" restates him): never count both.
    named = {f[3].measure for f in found}
    for victim, numerals in _object_victims(sent, counted):
        if victim[3].measure not in named:
            named.add(victim[3].measure)
            found.append(victim)
            replaced.update(numerals)
    return found, replaced


def _object_victims(
    sent: Span, counted: dict[tuple[int, Measure], float]
) -> list[tuple[_Found, list[int]]]:
    """Victims as the direct object of an active casualty verb: "a gunman shot and killed a
    7-year-old boy", "fatally shot his neighbor, a 45-year-old woman", "killed his wife",
    "the crash left a man dead". The object is one person (indefinite, a name, an apposition,
    or named by relation) or a list of them ("killed his wife and two children" → 3, the
    list's numerals replaced); the clause reports a fact."""
    found: list[tuple[_Found, list[int]]] = []
    seen: set[int] = set()
    for tok in sent:
        if tok.dep_ != "dobj" or tok.head.i in seen or tok.lower_ in REFLEXIVES:
            continue
        seen.add(tok.head.i)
        predicate = _object_predicate(tok)
        if predicate is None:
            continue
        verbs, measure, lemma = predicate
        members = _conjuncts(tok)
        numerals = [
            c.i for m in members for c in m.children if c.dep_ == "nummod"
        ]
        if any(m == measure and i not in numerals for i, m in counted):
            # "killed three people, including a boy"; "two were killed when a gunman shot and
            # killed a woman": a numeral of the sentence may count this victim already
            continue
        total, singles, how = 0.0, 0, ""
        for member in members:
            one = _one_victim(member, relation=True)
            numeral = next((c for c in member.children if c.dep_ == "nummod"), None)
            if one is not None:
                total, singles, how = total + 1.0, singles + 1, one[1]
            elif numeral is not None and (numeral.i, measure) in counted:
                total += counted[(numeral.i, measure)]
            else:
                total = -1.0  # someone not counted ("the family"): no sum
                break
        if total <= 0 or singles == 0:
            continue
        if len(members) == 1:
            if _unfolded_list(tok):
                continue  # a count of one would undercount the list
            span = _one_victim(tok, relation=True)[0]  # type: ignore[index]
            rule = f"object_victim:{how}:{lemma}"
        else:
            first = min(m.left_edge.i for m in members)
            span = sent.doc[first : members[-1].right_edge.i + 1]
            rule = f"victim_list:{lemma}"
        reading = Reading(measure=measure, noun=tok, anchor=verbs[0], rule=rule)
        found.append((_victim_figure(sent, span, total, reading), numerals))
    return found


def _unfolded_list(noun: Token) -> bool:
    """A list of victims the parse hung under the first one ("his son, Milo; his wife, Dana;
    and her father" as appositions; "his wife, Rosa, and her brother" as a conjunct of the
    apposition): more people than one, no count to trust."""
    return sum(c.dep_ == "appos" for c in noun.children) > 1 or any(
        t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") for t in noun.subtree if t is not noun
    )


def _object_predicate(obj: Token) -> tuple[list[Token], Measure, str] | None:
    """The active verbs an object is the victim of ("shot and killed", "fatally shot",
    "wounded", "left ... dead"), the gravest measure and its lemma; None when the clause is
    negated, hypothetical or intended, or "shot" alone says nothing of the outcome."""
    lex = lexicon()
    head = obj.head
    if head.lower_ == "dead" and head.head.lemma_.lower() == "shoot":
        head = head.head  # "shot dead a shopkeeper" parses "dead" as a preposition
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in head.children):
        return None
    verbs = [head]
    # "shot and killed a boy": the object hangs on the last verb and is shared by the
    # verbs it is conjoined to that have no object of their own
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
        if any(c.dep_ == "dobj" for c in first.children):
            break
        verbs.insert(0, first)
    best: tuple[Measure, str] | None = None
    for v in verbs:
        lemma = v.lemma_.lower()
        measure = lex.verbs.get(lemma)
        if lemma in lex.intransitive:
            measure = None
        if lemma == "shoot" and (_fatal(v) or any(
            (c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "advcl", "prep")
             and c.lower_ == "dead")
            or (c.dep_ == "prep" and c.lower_ == "to"
                and any(g.lower_ == "death" for g in c.children))
            for c in v.children
        )):
            measure = "killed"  # "fatally shot", "shot dead", "shot to death"
        if lemma in lex.state_verbs:
            # "left a man dead", "found a woman injured": the state is the measure
            measure = next((
                lex.nouns[c.lower_] for c in (*v.children, *obj.children)
                if c.dep_ in ("oprd", "acomp", "acl", "amod", "xcomp", "ccomp")
                and c.i > obj.i and lex.nouns.get(c.lower_) in CASUALTY_MEASURES
            ), None)
        if measure not in CASUALTY_MEASURES or not _factual(v):
            continue
        if measure == "injured" and _fatal(v):
            measure = "killed"
        if best is None or (measure == "killed" and best[0] != "killed"):
            best = (measure, lemma)
    if best is None or not all(_factual(v) for v in verbs):
        return None
    return verbs, best[0], best[1]


def _victim_figure(sent: Span, span: Span, value: float, reading: Reading) -> _Found:
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    amount = Amount(start=start, end=end, text=span.text, value=value, qualifier="exact",
                    low=value, high=value, number_start=start, number_end=end)
    return amount, span.root, span, reading


def _conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts ("a man, two women and a child"), in a loop."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        # "a man, two women and a boy" may parse "two women" as an apposition: a plural
        # counted by a numeral cannot restate one person, so it is another member
        todo.extend(
            c for c in t.children
            if c.dep_ == "conj"
            or (
                c.dep_ == "appos"
                and c.tag_ == "NNS"
                and any(g.dep_ == "nummod" for g in c.children)
            )
        )
    return sorted(out, key=lambda t: t.i)


def _one_victim(noun: Token, *, relation: bool = False) -> tuple[Span, str] | None:
    """The span that stands for one person, and how it was named: the indefinite article of a
    person noun ("*a* 7-year-old boy", "*an* officer"), a person's name ("*Jane Roe*, 15"),
    or either of those in apposition to a definite person noun ("the victim, *a* man, ...")."""
    lex = lexicon()
    doc = noun.doc
    if any(c.dep_ in ("nummod", "quantmod") for c in noun.children):
        return None  # "one man", "2 boys": read as a numeral
    # a person's name, or a proper noun with an age in apposition ("Ana Ruiz, 15,") that
    # the recogniser missed
    aged_name = noun.ent_type_ in ("", "PERSON") and any(
        c.dep_ == "appos" and c.like_num for c in noun.children
    )
    # a first and last name the recogniser missed or took for a product ("DaNiya Cole")
    full_name = noun.ent_type_ in ("", "PRODUCT") and noun.is_title and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i == noun.i - 1
        for c in noun.children
    )
    if noun.pos_ == "PROPN" and (noun.ent_type_ == "PERSON" or aged_name or full_name):
        start = noun.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        return doc[start : noun.i + 1], "name"
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    person = noun.tag_ == "NN" and noun.lemma_.lower() in lex.victim_nouns
    # "a 17-year-old was shot": the age stands for the person
    aged = noun.lower_ == "old" and any(c.lower_ in ("year", "years") for c in noun.children)
    if det is not None and det.lower_ in INDEFINITE and (person or aged):
        return doc[det.i : det.i + 1], "indefinite"
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    related = relation and poss is not None and poss.lower_ in POSSESSIVES
    if person and ((det is not None and det.lower_ == "the") or related):
        for appos in noun.children:
            if appos.dep_ == "appos":
                inner = _one_victim(appos)
                if inner is not None:
                    return inner[0], "apposition"
    if related and person and poss is not None:
        # "killed his wife": one person named by relation (the object reader only; as a
        # subject, "his wife" may be the one who speaks or survives)
        return doc[poss.i : noun.i + 1], "relation"
    return None


def _casualty_predicate(subj: Token) -> tuple[list[Token], Measure, str] | None:
    """The verbs a subject is the victim of ("was shot and killed", "died", "is dead",
    "was fatally wounded"), the gravest measure among them and its lemma; None when the
    subject is the agent, or the clause is negated, hypothetical, future or intended."""
    lex = lexicon()
    head = subj.head
    passive_head = subj.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in head.children)
    verbs = [head]
    todo = [head]
    while todo:  # "was shot, wounded and later died": conjoined verbs sharing the subject
        v = todo.pop()
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                g.dep_ in SUBJECTS for g in c.children
            ):
                verbs.append(c)
                todo.append(c)
    best: tuple[Measure, str] | None = None
    for v in verbs:
        lemma = v.lemma_.lower()
        measure = lex.verbs.get(lemma)
        passive = passive_head if v is head else (
            passive_head or any(c.dep_ == "auxpass" for c in v.children)
        )
        if lemma == "shoot" and any(
            (c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead")
            or (c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lower_ == "death" for g in c.children
            ))
            for c in v.children
        ):
            measure = "killed"  # "shot dead", "shot to death"
        if measure in CASUALTY_MEASURES and not passive and lemma not in lex.intransitive:
            if v is head:
                return None  # "a man killed ...": the subject is the agent
            continue
        if lemma == "shoot" and passive and _fatal(v):
            measure = "killed"  # "fatally shot"
        if measure not in CASUALTY_MEASURES:
            measure = next((
                lex.nouns[c.lower_] for c in v.children
                if c.dep_ in ("acomp", "oprd") and lex.nouns.get(c.lower_) in CASUALTY_MEASURES
            ), None)  # "is dead", "was critically injured" read as an adjective
        if measure not in CASUALTY_MEASURES or not _factual(v):
            continue
        if measure == "injured" and _fatal(v):
            measure = "killed"
        if best is None or (measure == "killed" and best[0] != "killed"):
            best = (measure, lemma)
    if best is None or not _factual(head):
        return None
    return verbs, best[0], best[1]


def _factual(verb: Token) -> bool:
    """Reported as done: not negated, not under a modal ("can be killed", "will die"), a
    condition ("if a child is shot") or an intent ("threatened to kill")."""
    marks = lexicon().conditional_marks
    return not (
        _negated(verb)
        or _intended(verb)
        or any(
            (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in marks)
            for c in verb.children
        )
    )
