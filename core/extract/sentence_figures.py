"""The figures of one sentence as the claim reader takes them: the numbers found in it, capped
at the per-sentence limit, and the elliptical ones ("rose to 263") that borrow the reading of
the figure before them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from core.extract.amounts import a_share
from core.extract.area_items import area_reading
from core.extract.change_amounts import a_change_amount
from core.extract.contrasted_parts import contrasted_part
from core.extract.elided_counts import counting_word
from core.extract.ellipses import an_age, another_deed, elliptical
from core.extract.figures import counts_a_word, zero_figures
from core.extract.listed_people import list_item, named_before
from core.extract.measures import Reading, lexicon
from core.extract.nlp import negated
from core.extract.pair_nouns import counted_pairs
from core.extract.partitives import only_described, part_of_before
from core.extract.ranked_counts import listed_reading
from core.extract.readings import LASTING_HARM, read_figure
from core.extract.respective_counts import respective
from core.extract.verb_particles import without_particle
from core.extract.victim_mentions import ARREST_RULE
from core.extract.victim_names import ROLL_RULE
from core.rules import word_set
from core.settings import Settings
from core.text.numbers import Amount, find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk

# people held, whose part "them" names stays held only where its sentence describes it ("Three
# of them were women"; not "three of them were freed": a holding can end)
HELD = frozenset({"arrested", "kidnapped"})
# the rules of figures counted by their own noun: "seven homicides", "900 murder victims",
# "with 187 victims" of a report that named its victims' kind (``victim_kinds``)
BACK_DETERMINERS = frozenset({"the", "these", "those"})  # "the two", "those three"
COUNTED_BY_NOUN = ("noun:", "victims:", "victim_kind:")
YEAR_DIGITS = 4  # "since October 2030 to 5,200": the low end a year
SINCE = "since"  # "since 2030 to 5,200"


def sentence_figures(
    sent: Span, chunk: Chunk, settings: Settings, crowded: list[int] | None
) -> list[tuple[Amount, Token, Span]]:
    """The sentence's figures (amount, number token, span), up to the per-sentence limit."""
    doc = chunk.doc
    # the chunk's text, sliced: ``Span.text`` joins a Token built for every word
    sent_text = chunk.text[sent.start_char : sent.end_char]
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
            range(len(amounts)), key=lambda i: (not counts_a_word(sent_text, amounts[i]), i)
        )
        amounts = [amounts[i] for i in sorted(ranked[:limit])]
    amounts = [_past_a_dated_start(sent, base, sent_text, a, settings) for a in amounts]
    figures: list[tuple[Amount, Token, Span]] = []
    for found in amounts:
        span = doc.char_span(base + found.start, base + found.end, alignment_mode="expand")
        num_span = doc.char_span(
            base + found.number_start, base + found.number_end, alignment_mode="expand"
        )
        if span is None or num_span is None:
            continue
        amount, span = without_particle(found, num_span.root, span, settings)  # "turned over"
        amount = counted_pairs(amount, num_span.root)  # "two couples": four people
        figures.append((amount, num_span.root, span))
    if settings.zero_counts:
        figures.extend(zero_figures(sent))
    return figures


def _past_a_dated_start(
    sent: Span, base: int, text: str, found: Amount, settings: Settings
) -> Amount:
    """ "the number killed since October 2030 to 52,400": a "range" whose low end is a date's
    year and whose high end is no date is the count after "to" alone (read whole, the year
    dropped the count with it)."""
    if found.qualifier != "range":
        return found
    doc = sent.doc
    first, last = base + found.number_start, base + found.number_end
    low = doc.char_span(first, first + 1, alignment_mode="expand")
    high = doc.char_span(last - 1, last, alignment_mode="expand")
    if low is None or high is None or high.root.ent_type_ == "DATE":
        return found
    year = low.root
    if year.ent_type_ != "DATE" or len(year.text) != YEAR_DIGITS or not year.text.isdigit():
        return found  # "ages 3 to 16": the ages a date entity may take in are no year
    before = doc[year.i - 1] if year.i > 0 else None
    if before is None or not (before.ent_type_ == "DATE" or before.lower_ == SINCE):
        return found  # "arrested 1990 to 2000 suspects": a year only after a month or "since"
    after = year.idx + len(year) - base
    rest = find_amounts(text[after : found.end], settings=settings)
    if len(rest) != 1:
        return found
    own = rest[0]
    return replace(
        own,
        start=own.start + after,
        end=own.end + after,
        number_start=own.number_start + after,
        number_end=own.number_end + after,
    )


def with_ellipsis(
    readings: list[tuple[Amount, Token, Span, Reading]],
    carried: Reading | None = None,
    harm: Reading | None = None,
) -> list[tuple[Amount, Token, Span, Reading]]:
    """Elliptical figures ("compared with 645", "rose to 263") take the reading of the figure
    before them in the sentence; a bare subject of an occurrence verb ("Five have occurred in
    the city") the events the sentence before counted (``carried``), a part of "them" ("Three
    of them were women") the dead or hurt it counted (``harm``); other figures without a
    measure are dropped."""
    resolved: list[tuple[Amount, Token, Span, Reading]] = []
    readings = respective(readings)  # "killed and arrested 142 and 96 militants"
    for at, (amount, num, span, own) in enumerate(readings):
        if resolved and restates(resolved[-1], (amount, span)):
            continue  # "eleven (11) people": one figure, read once
        part = _part_of_them(harm if not resolved else _harm_before(resolved), own, num, span)
        if part is not None:
            resolved.append((amount, num, span, part))
            continue
        listed = (
            # "among them 14 boys, 9 women and 3 nurses": the list's first item's measure
            list_item(num, own, readings, resolved)
            if own.measure is not None
            else listed_reading(num, resolved, carried)
            or area_reading(num, resolved, readings[at + 1 :], carried or harm)
            or named_before(num, resolved)  # "48 of the deaths, herders 112"
        )
        if own.measure is not None or listed is not None:
            resolved.append((amount, num, span, listed or own))  # "followed by Y with 29"
            continue
        prev = contrasted_part(num, resolved) or _conjoined_part(num, resolved) or _last(resolved)
        from_before = prev is None and carried is not None and occurrence_subject(num)
        if from_before:
            prev = carried
        elif prev is None:
            prev = _elided(num)  # "how many were killed: police said 14"
        # Only a counted measure carries over: a stray number after an uncategorised count
        # ("calling 911") is not more of the same.
        # a person a roll names is no count an age after the name goes on with ("the dead
        # were Ana Ruiz, 20; ..."), nor one person arrested told without a numeral ("arrested a
        # man who shot 4")
        if prev is None or prev.measure in (None, "other") or (
            prev.rule.startswith((ROLL_RULE, ARREST_RULE))
        ) or not (
            from_before or elliptical(num) or contrasted_part(num, resolved) is not None
        ):
            continue
        if _no_more_of_them(num, amount, resolved, prev.anchor):
            continue
        borrowed = Reading(
            measure=prev.measure,
            noun=prev.noun,
            anchor=num.head,
            rule=f"ellipsis<{prev.rule}",
            # "of the 11 dead, seven were soldiers and four civilians": a part again
            total_of=prev.total_of,
        )
        resolved.append((amount, num, span, borrowed))
    return resolved


def _no_more_of_them(
    num: Token,
    amount: Amount,
    resolved: list[tuple[Amount, Token, Span, Reading]],
    anchor: Token | None,
) -> bool:
    """The figure borrows nothing from the one before (read at ``anchor``): a fraction ("...
    killed in Zarand in a 6.4 quake"), the same figure said again, or the object of a verb
    that tells what else befell them ("killing nine workers and trapping dozens more")."""
    return (
        not amount.value.is_integer()
        or _said_again(num, amount, resolved)
        or another_deed(num, anchor)
        or an_age(num)  # "one of the gunmen, who was killed, was 19"
        or a_change_amount(num)  # "71 homicides in 2025, up 12 from 2024"
    )


def _part_of_them(whole: Reading | None, own: Reading, num: Token, span: Span) -> Reading | None:
    """A part of the dead or hurt counted before ("22 were injured in the clash, among them six
    police personnel"), not of people held unless described, nor a share ("62 percent of
    them": no count of them)."""
    if whole is None or (whole.measure in HELD and not only_described(num)):
        return None
    if own.measure not in (None, "other") or not part_of_before(num) or _a_share(span):
        return None
    return Reading(
        measure=whole.measure, noun=own.noun, anchor=num.head, rule=f"part_of<{whole.rule}"
    )


def _last(resolved: list[tuple[Amount, Token, Span, Reading]]) -> Reading | None:
    """The reading of the figure read last in the sentence, if any."""
    return resolved[-1][3] if resolved else None


def _elided(num: Token) -> Reading | None:
    """The reading of the words before a bare number that count its noun without a numeral
    ("how many people were killed: police said 14"), when they count a measure."""
    word = counting_word(num)
    if word is None:
        return None
    reading = read_figure(word, word.doc[word.i : word.i + 1])
    return reading if reading is not None and reading.measure not in (None, "other") else None


def _conjoined_part(
    num: Token, resolved: list[tuple[Amount, Token, Span, Reading]]
) -> Reading | None:
    """ "two of them from the border unit and one from the district police", "Two were from
    the army and one from the police": a bare figure set beside a counted part, with its own
    "from" as the part has, is another part of the same whole, whatever figure stands
    between them (a "41st regiment")."""
    if num.dep_ != "conj" or not any(c.dep_ == "prep" for c in num.children):
        return None
    by_token = {tok.i: reading for _, tok, _, reading in resolved}
    head = num.head
    if head.i in by_token:
        return by_token[head.i]
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < head.i), None
    ) if verb is not None else None
    return by_token.get(subject.i) if subject is not None else None


def _harm_before(resolved: list[tuple[Amount, Token, Span, Reading]]) -> Reading | None:
    """The figure right before in the sentence when it counts the dead, the hurt or people
    held."""
    last = resolved[-1][3]
    return last if last.measure in LASTING_HARM | HELD else None


def counted_harm(readings: list[tuple[Amount, Token, Span, Reading]]) -> Reading | None:
    """The last figure of a sentence that counts the dead, the hurt or people held: the group
    a "them" of the next sentence may take a part of ("Seven died. Three of them were
    women."; "Gunmen abducted 20 travellers. Among them were three women.")."""
    return next((r for *_, r in reversed(readings) if r.measure in LASTING_HARM | HELD), None)


def counted_events(readings: list[tuple[Amount, Token, Span, Reading]]) -> Reading | None:
    """The last figure of a sentence counted by its own noun ("seven homicides", "nine
    attacks", "187 victims" of homicide): the events a bare number of the next sentence may
    go on counting."""
    return next(
        (r for *_, r in reversed(readings)
         if r.rule.startswith(COUNTED_BY_NOUN) and r.measure not in (None, "other")),
        None,
    )


def occurrence_subject(num: Token) -> bool:
    """A bare number that is the subject of an occurrence ("Five have occurred", "Six were
    reported in the north", "Four took place at night"): it counts events named before."""
    lex = lexicon()
    verb = num.head
    lemma = verb.lemma_.lower()
    if num.pos_ != "NUM" or any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
        return False
    if lemma not in lex.occurrence_verbs or negated(verb):
        return False
    if lemma == "take":
        return num.dep_ == "nsubj" and any(c.lower_ == "place" for c in verb.children)
    if lemma in ("occur", "happen"):
        return num.dep_ == "nsubj"
    return num.dep_ == "nsubjpass"  # "were reported", "were recorded"


def _said_again(
    num: Token, amount: Amount, resolved: list[tuple[Amount, Token, Span, Reading]]
) -> bool:
    """ "took two guards with them, and the fate of the two is unknown": a bare figure after
    "the" that gives again the value of a figure read before it in its sentence points back
    to those people; no count of its own."""
    return any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in num.children) and any(
        before[0].value == amount.value for before in resolved
    )


def restates(
    before: tuple[Amount, Token, Span, Reading], figure: tuple[Amount, Span]
) -> bool:
    """ "eleven (11) people were hurt": a figure in brackets right after one of the same value
    says it again, as press releases write it; the first one read stands for both."""
    amount, span = figure
    doc = span.doc
    return (
        before[0].value == amount.value
        and before[2].end == span.start - 1
        and doc[span.start - 1].text == "("
        and span.end < len(doc)
        and doc[span.end].text == ")"
    )


def _a_share(span: Span) -> bool:
    """ "62 percent", "40%": the figure with its percent word or sign, inside its span or
    right after it."""
    marks = word_set("measures", "share_marks")
    return a_share(span) or any(t.lower_ in marks for t in span)
