"""Sources a sentence names outside its grammar: a headline's source after its last colon or
dash ("7 killed in blast: police") or before its first colon ("Police: 3 killed"), and a
closing inverted report the parser misread ("…, informed SSP Ann Roe"). Moved out of
``attribution.py``, which combines them with the "according to" frames."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.claim_places import dateline_end
from core.extract.cues import cues
from core.extract.measures import lexicon
from core.extract.nlp import last_word, word_ids
from core.ingest.outlets import is_news_outlet
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_CLOSING_SOURCE = 4  # words of a headline's source after its colon ("district police")
MAX_INVERTED_WORDS = 7  # words of the speaker after a closing "…, informed SSP Ann Roe"
_BREAKS = word_ids((":", "—", "–", "--", "-"))  # the marks before a headline's source
_COMMA = word_ids((",",))


def closing_source(sent: Span) -> str | None:
    """A headline's source after a last colon or dash: "7 killed in blast: police", "Seven
    killed — officials". A short noun phrase naming people or an organisation, no verb."""
    last = last_word(sent, _BREAKS, sent.start + 1)
    while last is not None and joins_words(sent.doc[last]):
        # "in one of the maximum-security wings": a hyphen inside a word breaks nothing
        last = last_word(sent.doc[sent.start : last], _BREAKS, sent.start + 1)
    if last is None:
        return None
    tail = sent.doc[last + 1 : sent.end]
    words = [t for t in tail if not t.is_punct]
    if (
        not words
        or len(words) > MAX_CLOSING_SOURCE
        # "Three died — two boys and a woman": the dead, not a source; "state-run media":
        # a hyphenated modifier's verb is no verb of the phrase
        or any(
            (t.pos_ in ("VERB", "AUX") and not joins_words(t.doc[t.i - 1]))
            or t.pos_ in ("NUM", "CCONJ")
            or t.like_num
            for t in tail
        )
    ):
        return None
    return tail.text.strip(" .'\"‘’“”") if _named_source(words[-1]) else None


def joins_words(mark: Token) -> bool:
    """A hyphen with no space on either side, between two words ("state-run")."""
    before = mark.doc[mark.i - 1]
    return mark.text == "-" and not before.whitespace_ and not mark.whitespace_


def clipped_before_report(node: Token, verb: Token) -> bool:
    """ "Five children among the dead, health ministry says, as rescuers search rubble": a
    deck line's clipped clause the parser made a second subject of the report after it; the
    nearer subject, after a comma or after the inverted verb ("…, say police"), is the
    source. Not when the report has its own clause
    ("they fired 14 rounds — the autopsy found that ...")."""
    return (
        node.dep_ == "nsubj"
        and node.i < verb.i
        and any(
            c.dep_ == "nsubj"
            and node.i < c.i
            # "Tarija: 12 dead, say police": the report inverted after its comma
            and (c.doc[c.left_edge.i - 1].text == "," or _inverted_after_comma(c, verb))
            for c in verb.children
        )
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def _inverted_after_comma(subject: Token, verb: Token) -> bool:
    """ "…, say police": the verb opens the clause after a comma, its subject after it."""
    return subject.i > verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","


def opening_source(sent: Span) -> str | None:
    """A headline's source before its colon: "Police: 3 killed in mall shooting", "Sheriff:
    gunman kills 1". A short noun phrase naming people or an organisation; a dateline
    ("HARBOUR CITY: …") names where the report is filed from."""
    colon = next((t for t in sent[:MAX_CLOSING_SOURCE + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    head = sent.doc[colon.i - 1]
    named = _named_source(head, by_entity=False) or _defined_acronym(head) or _officers(head)
    if dateline_end(sent) > sent.start and not named:
        return None
    words = [t for t in sent.doc[sent.start : colon.i] if not t.is_punct]
    after = sent.doc[colon.i + 1 : sent.end]
    if (
        # a place in capitals ("ORLAN:") may be tagged an organisation: only words say so
        (head.is_upper and len(head) > 1 and not named)
        or not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in after)
        # "Rebel forces: 58": a table's row, its lone figure counted for the label
        or all(t.like_num or t.is_punct for t in after)
    ):
        return None
    # by its words only: a tagger's organisation before a colon may be a story's name
    # ("Harbour Shooting: …")
    # a town the tagger took for a verb ("Fresno police:") is still a name: NER knows it
    if not named or any(
        (t.pos_ in ("VERB", "AUX", "NUM") and not t.ent_type_) or t.like_num for t in words
    ):
        return None
    return sent.doc[sent.start : colon.i].text.strip(" .'\"‘’“”")


MAX_ACRONYM = 6  # letters of a body's acronym ("ISPR", "NDMA")


def _defined_acronym(head: Token) -> bool:
    """ "ISPR: 11 killed", "CTD: 5 held": a body's acronym (the tagger's organisation, or one
    the text spells out: "... Public Relations (ISPR)"), not a town in capitals ("QUETTA:")
    nor a label ("UPDATE:")."""
    if not (head.is_upper and head.is_alpha and 1 < len(head) <= MAX_ACRONYM):
        return False
    if places.candidates(head.text):
        return False
    return head.ent_type_ == "ORG" or f"({head.text})" in head.doc.text


def _named_source(head: Token, *, by_entity: bool = True) -> bool:
    """The head of a short phrase that names people or an organisation, not the victims."""
    c = cues()
    words_of_head = {head.lemma_.lower(), head.lower_}  # "media" is lemmatised "medium"
    if head.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
        return False
    return (by_entity and head.ent_type_ in ("ORG", "NORP")) or (
        bool(words_of_head & (c.institution_nouns | c.person_nouns))
        and not words_of_head & lexicon().victim_nouns
    )


def closing_report(sent: Span) -> str | None:
    """ "At least 10 killed in clash, officials say": a report closing a headline's clipped
    clause, which the parser may not hang the clause on. After the last comma, a short noun
    phrase naming people or an organisation, then a reporting verb, and nothing more."""
    comma = last_word(sent, _COMMA)
    if comma is None:
        return None
    tail = [t for t in sent.doc[comma + 1 : sent.end] if not t.is_punct and not t.is_space]
    tail = _without_closing_day(tail)  # "…, the agency reported on Monday"
    joined = sum(1 for t in tail if t.doc[t.i - 1].text == "-")  # "state-run" is one word
    if len(tail) < 2 or len(tail) - joined > MAX_CLOSING_SOURCE + 1:
        return None
    verb, words = tail[-1], tail[:-1]
    c = cues()
    if (
        verb.lemma_.lower() not in c.attributing  # "…, a claim the army rejected"
        or verb.lower_ not in c.verb_forms.get(verb.lemma_.lower(), ())
        or any(
            # "the state-run agency": a hyphenated modifier's verb is no verb of the clause
            (t.pos_ in ("VERB", "AUX") and t.doc[t.i - 1].text != "-")
            or t.pos_ in ("NUM", "ADP", "PRON")
            or t.like_num
            for t in words
        )
        # one noun phrase, the source, and no more before the verb
        or any(t.i < words[-1].left_edge.i for t in words)
    ):
        return None
    # a clause the parser hung on the report is read with it, outlets and all ("…, the
    # Gazette reported" carries the source the clause names)
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") and c.i < verb.i for c in verb.children):
        return None
    source = sent.doc[words[0].i : words[-1].i + 1].text
    # a capitalised "State" only: no province's name ends on a lower-case verb
    province = places.resolve(f"{source} {verb.text}") if verb.text[:1].isupper() else None
    if province is not None and province.level in ("admin1", "district", "region"):
        return None  # "..., in Orlu, Imo State.": a province's name, no one who states
    # "…, the Evening Ledger reported": a newspaper's name the tagger may call a title
    return source if _named_source(words[-1]) or is_news_outlet(source) else None


_DAY_WORDS = frozenset({"on", "late", "early", "this", "last"})


def _without_closing_day(tail: list[Token]) -> list[Token]:
    """A closing report's words without the day that may end them ("… reported on Monday",
    "… said late Sunday"): when the report was made, not who made it."""
    end = len(tail)
    while end > 0 and tail[end - 1].ent_type_ in ("DATE", "TIME"):
        end -= 1
    if end == len(tail):
        return tail
    while end > 0 and tail[end - 1].lower_ in _DAY_WORDS:
        end -= 1
    return tail[:end]


def misread_inverted_report(sent: Span) -> str | None:
    """ "The attack killed 7, said a police officer who asked not to be named": a closing
    "said X" whose clause the parser did not hang on it (it took the clause's subject for
    the speaker, and the speaker for an object). The noun phrase after the verb names the
    source when it names people or an organisation."""
    comma = last_word(sent, _COMMA)
    if comma is None or comma + 2 >= sent.end:
        return None
    verb = sent.doc[comma + 1]
    c = cues()
    # "…, blaming Afghan forces for the firing": whom a report blames is no speaker
    if verb.lemma_.lower() not in c.attributing or verb.lower_ not in c.verb_forms.get(
        verb.lemma_.lower(), ()
    ):
        return None
    if any(t.text == ";" for t in sent.doc[verb.i : sent.end]):
        return None  # "12 dead, say police; the agency stands by 9": the next has its own
    if verb.lemma_.lower() == "tell" or any(
        ch.dep_ in ("ccomp", "parataxis", "xcomp") for ch in verb.children
    ):
        return None  # the parser read the report, or it tells someone its content
    head = next(
        # "7 killed in raid, says ISPR": the acronym may be read as a noun of time or manner
        (
            ch for ch in verb.children
            if ch.i > verb.i and ch.dep_ in ("nsubj", "dobj", "attr", "npadvmod")
        ),
        None,
    )
    # after "said" a person noun is the speaker, even one that may name victims elsewhere
    if head is None or not (
        head.ent_type_ in ("PERSON", "ORG", "NORP")
        or {head.lemma_.lower(), head.lower_} & (c.institution_nouns | c.person_nouns)
    ):
        return None
    end = head.i + 1
    while end < sent.end and sent.doc[end].pos_ == "PROPN":
        end += 1  # "a police officer Ann Roe"
    return sent.doc[head.left_edge.i : end].text


def misread_report(sent: Span) -> str | None:
    """ "Police allege Ann Roe, 40, shot two men": a report in the present tense whose verb
    the tagger read as a noun compounded with the name after it. The words before it name the
    source when they name people or an organisation and the sentence's verb comes after."""
    c = cues()
    start = max(sent.start, dateline_end(sent))
    for tok in sent.doc[start : min(sent.end, start + MAX_CLOSING_SOURCE + 1)]:
        if tok.pos_ in ("VERB", "AUX", "NUM", "ADP", "PUNCT") or tok.like_num:
            return None  # a verb the parser read as one, or no bare source before it
        forms = c.verb_forms.get(tok.lemma_.lower(), ())
        present = tok.lower_ in forms and not tok.lower_.endswith(("ed", "ing"))
        if (
            not present
            or tok.i == start
            or tok.pos_ != "NOUN"
            or not tok.text.islower()  # "Oregon State Police" is a name
            or {tok.lemma_.lower(), tok.lower_} & c.document_nouns
        ):
            continue
        after = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if (
            after is not None
            and after.pos_ in ("PROPN", "DET")
            and sent.root.i > tok.i
            and sent.root.pos_ in ("VERB", "AUX")
            and _named_source(sent.doc[tok.i - 1])
        ):
            return sent.doc[start : tok.i].text
        return None
    return None


def inverted_source(sent: Span) -> str | None:
    """ "A soldier was hurt in the gunfight, informed SSP Ann Roe": a closing report with
    its verb before the speaker, which the parser may take for an adjective. After the last
    comma, a reporting verb's past form, then a short noun phrase naming someone."""
    comma = last_word(sent, _COMMA)
    if comma is None:
        return None
    tail = [t for t in sent.doc[comma + 1 : sent.end] if not t.is_punct]
    if len(tail) < 2 or len(tail) > MAX_INVERTED_WORDS + 1:
        return None
    verb, words = tail[0], tail[1:]
    c = cues()
    forms = c.verb_forms.get(verb.lemma_.lower(), ())
    if verb.lower_ not in forms or not verb.lower_.endswith("ed") or verb.lower_ in ("said",):
        return None  # "…, said X" the parser reads itself
    # "…, reported missing by relatives" names what happened, not who says so
    if any(t.pos_ in ("VERB", "AUX", "ADP") or t.like_num for t in words) or not (
        words[-1].pos_ == "PROPN" or _named_source(words[-1])
    ):
        return None
    return sent.doc[words[0].i : words[-1].i + 1].text


def _officers(head: Token) -> bool:
    """ "Deputies: man shot by homeowner", "Cops: teen wounded": a plural of people who speak
    for their office opening a headline, though one of them may be a victim elsewhere."""
    singular = _singular(head.lower_)
    return singular != head.lower_ and singular in cues().person_nouns


def _singular(word: str) -> str:
    """ "deputies" → "deputy", "cops" → "cop": the singular of a regular plural."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def split_opening_source(sent: Span) -> str | None:
    """ "Fresno Police: Teen shot at mall": the parser may cut a headline at its source's
    colon; the source is the sentence before it on the same line (``opening_source`` read
    over both)."""
    doc = sent.doc
    if sent.start == 0 or doc[sent.start - 1].text != ":":
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc[before.start : sent.end].text:
        return None
    return opening_source(doc[before.start : sent.end])
