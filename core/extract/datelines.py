"""Datelines in parsed sentences ("ISLAMABAD, Pakistan –", "LAHORE:"): where a report was
filed from, which is no place a figure names, and the fallback place of a figure that names
none (``core.extract.claim_places``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.chunk_texts import chunk_text
from core.extract.measures import lexicon
from core.extract.nlp import Chunk, word_ids, words_in
from core.extract.place_initials import initials
from core.extract.place_towns import scene_token
from core.extract.place_words import locative
from core.extract.report_places import LEAD_SENTENCES
from core.extract.speaker_labels import a_speakers_label
from core.ingest.outlets import is_news_outlet
from core.rules import load_rules, word_set
from core.text import places
from core.text.datelines import find_dateline
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.datelines import Dateline


# Tokens a dateline may run to before its dash or colon: "LAHORE, Oct 6 (APP):" is eight.
DATELINE_TOKENS = 10
# "KINSHASA, Democratic Republic of the Congo, May 5 (Reuters) -": a town and a long region
REGION_DATELINE_TOKENS = 16
# what closes a dateline: a dash, a colon, or a wire agency's bracket ("Raipur, Nov 27 (PTI)")
DATELINE_DASHES = ("–", "—", "-", "--", ":", "):")
DATELINE_CLOSES = frozenset({*DATELINE_DASHES, ")"})


def dateline_end(sent: Span) -> int:
    """Token index after a dateline ("ISLAMABAD, Pakistan –"): where the reporter files
    from, not where anything happened. A dateline is a place name or two before a dash that
    opens a clause; a title ("Valdoria Conflict Monitor – Monthly Brief") is not one.
    Remembered on the parsed chunk: claims, sources and statements ask of the same sentence."""
    memo: dict[tuple[int, int], int] = sent.doc.user_data.setdefault("claimdesk_datelines", {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = _dateline_end(sent)
    return memo[key]


def past_dateline(subject: Token, verb: Token) -> Token:
    """ "KABUL (AP) — The United Nations said ...": the parser may make the dateline's town
    the subject and the speaker its apposition (or a conjunct of the dateline's country),
    which runs up to the verb; the speaker is the one after the dateline, a name with no
    clause of its own ("TOWN (AFP) – Gunmen killed 21 ..., an official told AFP" keeps its
    own speaker)."""
    joined = [a for a in subject.subtree if a.dep_ in ("appos", "conj")]
    if not joined:
        return subject  # nothing to move to: no need to find the sentence's dateline
    dateline = dateline_end(subject.sent)
    if subject.i >= dateline:
        return subject
    return next(
        (
            a
            for a in joined
            if a.i >= dateline
            and a.head.i < dateline
            and _runs_to(a, verb)
            and not _tells_a_clause(a)
        ),
        subject,
    )


def _runs_to(speaker: Token, verb: Token) -> bool:
    """The speaker runs up to its verb: nothing between them but commas and the verb's own
    time or manner ("The army on Monday said", "The ministry, in a statement, said")."""
    return all(
        t.is_punct or (t.pos_ not in ("VERB", "AUX") and verb in t.ancestors)
        for t in speaker.doc[speaker.right_edge.i + 1 : verb.i]
    )


# tags of a verb that tells a happening by itself ("Gunmen killed 21 ..."), not a participle
# that describes ("known as UNAMA", "Geneva-based")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _tells_a_clause(speaker: Token) -> bool:
    """A verb of the speaker's own that tells what happened ("Gunmen killed 21 ..."); a
    relative clause or a describing participle only describes the speaker ("The Red Cross,
    which runs the camp, said", "The U.N. mission, known as UNAMA, said")."""
    harm = lexicon().verbs
    for tok in speaker.subtree:
        if tok.pos_ != "VERB" or (tok.tag_ not in _FINITE_TAGS and tok.lemma_.lower() not in harm):
            continue
        path = [tok, *tok.ancestors]
        if not any(t.dep_ == "relcl" for t in path[: path.index(speaker)]):
            return True
    return False


_CLOSE_IDS = word_ids(DATELINE_CLOSES)


def _dateline_end(sent: Span) -> int:
    # only a dash or a bracket can close a dateline: no Token is built for the other words
    for tok in words_in(sent[:REGION_DATELINE_TOKENS], _CLOSE_IDS):
        # a colon ends one too in South Asian copy ("LAHORE:", "QUETTA (APP):")
        # a hyphen inside a word ("Inspector-General", "Sub-Inspector") is no dateline's dash
        glued = tok.text == "-" and not tok.whitespace_ and not sent.doc[tok.i - 1].whitespace_
        if (tok.text in DATELINE_DASHES or _agency_close(tok, sent)) and (
            tok.i > sent.start and not glued
        ):
            before = sent.doc[sent.start : tok.i]
            after = sent.doc[tok.i + 1 : sent.end]
            # the station or agency in brackets ("(CBSNewYork)") may be an organisation; a
            # town in capitals the tagger does not know ("DARROW") may be tagged a noun
            bracketed = _bracketed(before)
            if _town_and_region(before) and any(t.pos_ in ("VERB", "AUX") for t in after):
                return tok.i + 1  # "GOMA, Democratic Republic of Congo (Reuters) -"
            # "Port Harcourt:", "Enugu:": a title-case town NER took for a person, the tagger
            # for a common noun
            if _gazetteer_dateline(before, tok) and any(t.pos_ in ("VERB", "AUX") for t in after):
                return tok.i + 1
            if tok.i - sent.start >= DATELINE_TOKENS:
                return sent.start  # only a country's long name makes a dateline this long
            if (
                # its date ("ELDMERE, 4 May 2031 -") is the day of filing, part of it too
                all(t.pos_ == "PROPN" or t.is_punct or t.is_upper or _a_day(t) for t in before)
                and (
                    not any(
                        t.ent_type_ in ("ORG", "PERSON", "NORP")
                        for t in before
                        # NER misreads capitals, and a short month ("QUETTA, Mar 12:")
                        if t.i not in bracketed and not t.is_upper and not _a_month(t)
                        and not _a_state_abbreviation(t)
                    )
                    # a town, its date and the agency: NER may take the town for a person
                    or (_agency_close(tok, sent) and any(_a_day(t) for t in before))
                    # "Ouagadougou (Burkina Faso) (AFP) –": a wire agency's bracket before
                    # the dash says so, whatever NER takes the town for
                    or _agency_bracket(before)
                )
                # the story after it, or nothing: the dateline parsed as a sentence alone
                and (
                    any(t.pos_ in ("VERB", "AUX") for t in after)
                    or all(t.is_space for t in after)
                )
            ):
                return tok.i + 1
            return sent.start
    return sent.start


def _gazetteer_dateline(before: Span, dash: Token) -> bool:
    """The words before the dash are the dateline the report's reader finds where its line
    starts (a town the gazetteer knows, ``core.text.datelines``), closed by this dash."""
    dateline = find_dateline(chunk_text(before.doc))
    return (
        dateline is not None
        and dateline.start == before.start_char
        and dash.idx < dateline.end <= dash.idx + len(dash.text_with_ws)
    )


def _town_and_region(before: Span) -> bool:
    """ "GOMA, Democratic Republic of Congo (Reuters)", "BUNIA, Ituri province", "CULIACÁN,
    Sinaloa, May 4": a town in capitals, a comma, then a country or province the gazetteer
    knows, however its words are written or tagged, before the date or the agency."""
    words = list(before)
    town = 0
    while town < len(words) and words[town].is_upper and words[town].is_alpha:
        town += 1
    if town == 0 or town >= len(words) or words[town].text != ",":
        return False
    if before.doc[words[0].i : words[town - 1].i + 1].text.lower() in word_set(
        "places", "label_words"
    ):
        return False  # "UPDATE, Kaduna state -": a page label, no town
    region = []
    for t in words[town + 1 :]:
        if t.text in ("(", ","):
            break
        region.append(t)
    rest = words[town + 1 + len(region) :]
    return (
        bool(region)
        and not region[0].is_upper
        and places.resolve(before.doc[region[0].i : region[-1].i + 1].text) is not None
        and all(t.is_punct or t.is_upper or _a_day(t) or t.pos_ == "PROPN" for t in rest)
    )


def _a_day(tok: Token) -> bool:
    """A date's word, also where NER left "Apr 7" unlabelled: the number after a month."""
    if tok.ent_type_ == "DATE":
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(
        tok.like_num and before is not None
        and before.lower_.rstrip(".") in date_words().months
    )


def _a_state_abbreviation(tok: Token) -> bool:
    """ "Kan.", "Okla.": a state's short name after the town ("WICHITA, Kan. -"), which NER
    may run into the organisation after the dash."""
    return tok.text.endswith(".") and any(
        p.level == "admin1" for p in places.candidates(tok.text)
    )


def _a_month(tok: Token) -> bool:
    """A month's word, whole or short ("March", "Mar", "Sept."), which NER may take for a
    person's name."""
    return tok.lower_.rstrip(".") in date_words().months


def _agency_close(tok: Token, sent: Span) -> bool:
    """The bracket closing a wire agency's name with no dash after it, as Indian wire copy
    runs on: "Raipur, Nov 27 (PTI) Three jawans were killed"."""
    nxt = tok.i + 1
    return (
        tok.text == ")"
        and nxt < sent.end
        and sent.doc[nxt].text[:1].isupper()
        and sent.doc[tok.i - 1].is_upper
        and sent.doc[tok.i - 2].text == "("
    )


def _agency_bracket(before: Span) -> bool:
    """Words before a dash that end with a wire agency's name in brackets ("(AFP)",
    "(Reuters)"), after a town's name: a dateline's close."""
    if len(before) < 4 or before[-1].text != ")":
        return False
    opening = next((t for t in reversed(before[:-1]) if t.text == "("), None)
    if opening is None or opening.i <= before.start:
        return False
    return is_news_outlet(before.doc[opening.i + 1 : before.end - 1].text)


def _bracketed(tokens: Span) -> set[int]:
    """Indexes of the tokens inside round brackets."""
    inside, depth = set(), 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(t.i)
    return inside


def dateline_place(chunks: Sequence[Chunk]) -> str | None:
    """Where the report was filed from ("ELDMERE –"): the place of a figure that names none."""
    seen = 0
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            seen += 1
            end = dateline_end(sent)
            # a label in capitals ("UPDATE —") opens a sentence like a dateline, but names
            # no place: the tagger knows a town's name as a proper noun
            filed = sent.doc[sent.start : end - 1]
            if end > sent.start and (
                all(t.pos_ == "PROPN" or t.is_punct for t in filed) or _town_and_region(filed)
            ):
                # the town without its day or its agency: "KANDI (Wire): ..."
                name = re.split(r"[,(]", sent.doc[sent.start : end - 1].text)[0].strip()
                # past the lead, a label ("PREVIOUS:" over an earlier story) is no dateline
                # unless it names a place the gazetteer knows
                if seen > LEAD_SENTENCES and not places.candidates(name):
                    continue
                if end - sent.start == 2 and initials(sent.doc[sent.start], may_open_a_name=False):
                    continue  # "FBI: Violent crime fell": a body's initials over its news
                if end - sent.start >= 2 and a_speakers_label(sent.doc[end - 2]):
                    continue  # "HAMILTON: We heard three shots": who speaks, no bureau
                return name.title() if name.isupper() else name
    return None


@functools.cache
def _bureau_area_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["bureau_area_nouns"])


def away_from_bureau(found: Sequence[tuple[Token, str]], filed: places.Place) -> str | None:
    """ "QUETTA: ... in the Hoshab area of Kech district", "KABUL (Agency): ... a mosque in
    northern Kunduz province": the place a lead names away from the town the report is filed
    from (a bureau covers a region): a town or province elsewhere, or a district or area the
    gazetteer does not list. Not a place that holds the bureau's town ("LAHORE: Punjab police
    said", "TULSA, Okla. - An Oklahoma man") nor a part of it, nor a street or a venue."""
    hints = {k: 1 for k in (filed.country, filed.admin1) if k}
    for tok, name in found:
        if scene_token(tok, name):
            continue
        where = places.resolve(name, hints=hints)
        nouns = _bureau_area_nouns()  # "Kech district", or "Kech" read off it
        # the unit may come before what holds it: "Mir Ali tehsil, North Waziristan"
        area = name.split(",")[0].split()[-1].lower() in nouns or (
            tok.dep_ == "compound" and tok.head.lower_ in nouns
        )
        if where is None:
            if area:
                return name
            continue
        if where.key == filed.key or places.part_of(where, filed):
            return None  # the lead's scene is the bureau's own town
        if area and where.level == "district":
            return name  # "PARACHINAR: ... in Kurram district", the bureau's own district too
        if where.level == "region" and locative(tok):
            # "DAVAO CITY: ... surrendered in eastern Mindanao": an area of several
            # provinces that holds the bureau is what the lead tells of, not the bureau
            return name
        if places.relation(where, filed) == "contains":
            continue
        # a country abroad, another province or a district: a bare town's name may be a
        # part of the bureau's town that a namesake elsewhere bears ("CHICAGO: in Bridgeport")
        if (where.level == "country" and where.country != filed.country) or (
            (area or where.level == "admin1") and where.admin1 != filed.admin1
        ):
            return name
    return None


def follows_on(text: str, prev_end: int, start: int, dateline: Dateline | None) -> bool:
    """Whether a sentence follows the one before with nothing between, or only the dateline
    the parse left out ("QUETTA, May 3 - Two labourers ...": ``regions``)."""
    if prev_end < 0:
        return False
    if dateline is not None and start == dateline.end and prev_end <= dateline.start:
        start = dateline.start
    return not text[prev_end:start].strip()
