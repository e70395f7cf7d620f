"""How a source is named in the text: the noun phrase of a speaker or a frame's object, cut to
a label a checker can search for (no dateline, relative clause or apposition; an acronym and a
name after a title kept; a document's author rather than the document). Moved out of
``attribution.py``, which finds which source a figure has."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.claim_places import dateline_end
from core.extract.cues import cues
from core.extract.nlp import month_abbreviation
from core.extract.office_names import rank_word
from core.extract.place_words import PLACE_LABELS
from core.extract.record_sources import clause_named
from core.extract.speakers import bracket_left_open
from core.extract.titled_names import (
    a_place_named,
    a_titled_role,
    named_beside_principal,
    prep_objects,
    titled_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_NAME_WORDS = 4  # words of a person's name after a title ("Const. Ann Marie Roe")
POSSESSIVE = re.compile(r"\s*['’]s?$")


def np_text(tok: Token) -> str:
    toks = [t for t in tok.subtree if t.dep_ not in ("punct",) or t.i not in (tok.left_edge.i,)]
    start, end = toks[0].i, toks[-1].i + 1
    # The parser may hang a dateline on the subject ("DETROIT - Detroit police say"): where
    # the reporter files from is no part of who speaks.
    if start < tok.i:
        start = max(start, min(dateline_end(tok.sent), tok.i))
    # "What officials said was that …": the parser's "what" is no part of who speaks, nor
    # the month of a day before ("On 22nd ult. gunmen shot", parsed "ult. gunmen")
    first = tok.doc[start]
    if start < tok.i and (first.tag_ in ("WP", "WDT") or month_abbreviation(first)):
        start += 1
    start = _past_said_clause(tok, start)
    for child in tok.children:
        # "the FIR registered at the station", "an official who would not give a name": the
        # clause tells about the source, it does not name it
        # ("people who heard the blasts" are named by theirs: ``clause_named``)
        if child.dep_ in ("acl", "relcl") and child.i > tok.i and not (
            child.dep_ == "relcl" and clause_named(tok)
        ):
            end = min(end, child.left_edge.i)
        # "the Geological Survey in Golden", "Ann Roe in Tehran": where a named source is,
        # not who it is ("doctors in Gaza" are named by the place, and keep it)
        if (
            child.dep_ == "prep"
            and child.i > tok.i
            and child.lower_ in ("in", "at")
            and tok.pos_ == "PROPN"
            and any(o.ent_type_ in ("GPE", "LOC") for o in child.children if o.dep_ == "pobj")
        ):
            end = min(end, child.i)
        # "The ISPR in a statement said": the document it spoke in is no part of the speaker,
        # nor the day ("Officials on Thursday put the toll at 19")
        if child.dep_ == "prep" and child.i > tok.i and (
            (
                child.lower_ in ("in", "through")
                and any(o.lemma_.lower() in cues().document_nouns for o in child.children)
            )
            or any(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj")
        ):
            end = min(end, child.i)
    end = max(end, _cut_name_end(tok, start))
    # Relative clauses and long appositions make poor labels: keep up to the first comma or
    # dash, but not one inside a name ("the Bureau of Alcohol, Tobacco and Firearms").
    doc = tok.doc
    for i in range(start, end):
        if doc[i].text in (",", "–", "—") and not (
            doc[i].ent_iob_ == "I" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"
        ):
            end = i
            break
    opened = doc[start:end].text
    if end < len(doc) and doc[end].text == ")" and opened.count("(") > opened.count(")"):
        end += 1  # the parser hung the bracket after an acronym elsewhere
    return doc[start:end].text.strip(" '\"‘’“”")


def _past_said_clause(tok: Token, start: int) -> int:
    """Where the speaker's words start after the clause said, when the parser hung it on
    the speaker ("Six were held, SP R K Iyer said": ``told_clauses.speaker_clause``)."""
    for clause in tok.children:
        if clause.dep_ == "ccomp" and clause.i < tok.i:
            start = max(start, clause.right_edge.i + 1)
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    return start


def _cut_name_end(tok: Token, start: int) -> int:
    """ "data from the Kelmor National Police (KNP) showed" parsed with "Police" hung on the
    verb: where the organisation the tagger reads whole ends, when the noun opens it and the
    rest of it is names; 0 for any other noun."""
    if tok.ent_type_ != "ORG" or tok.pos_ != "PROPN":
        return 0  # the token's own label is its entity's: no scan of the document's entities
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.start < start:
        return 0
    rest = tok.doc[tok.i + 1 : ent.end]
    return ent.end if all(t.pos_ in ("PROPN", "PUNCT") for t in rest) else 0


def without_document(obj: Token, text: str) -> str:
    """ "the Department of Health data" parsed with the data inside the name: the data
    after an organisation's name are its, and no part of it."""
    last = obj.right_edge
    if (
        last.i > obj.i
        and last.text.islower()
        and not last.ent_type_
        and {last.lemma_.lower(), last.lower_} & cues().document_nouns
        and last.doc[last.i - 1].ent_type_ in ("ORG", "NORP")
        and text.endswith(last.text)
    ):
        return strip_article(text[: -len(last.text)].rstrip())
    return text


def strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def possessor_name(author: Token, noun: Token) -> str:
    """The author's name, with the proper words the parser left between its "'s" and the
    document noun: "a Samaritan's Purse press release" is Samaritan's Purse's."""
    doc, end = noun.doc, author.right_edge.i + 1
    if author.dep_ == "poss":
        while end < noun.i and doc[end].dep_ == "compound" and doc[end].text[:1].isupper():
            end += 1
    if end > author.right_edge.i + 1:
        return doc[author.left_edge.i : end].text
    return POSSESSIVE.sub("", np_text(author))


def with_name(obj: Token, text: str) -> str:
    """ "according to police spokesperson Const. Ann Roe": the name the parser cut from the
    title words before it (a person's name right after the phrase) is the source's."""
    c = cues()
    if obj.lemma_.lower() not in c.person_nouns and obj.lower_.rstrip(".") not in c.titles:
        return text
    doc, nxt = obj.doc, obj.right_edge.i + 1
    while nxt < len(doc) and doc[nxt].text in c.abbreviated_titles:
        nxt += 1
    titled = nxt > obj.right_edge.i + 1
    end = nxt
    while (
        end < len(doc)
        and end - nxt < MAX_NAME_WORDS
        and doc[end].text[:1].isupper()
        and (doc[end].ent_type_ == "PERSON" or (titled and doc[end].pos_ == "PROPN"))
    ):
        end += 1
    return f"{text} {doc[obj.right_edge.i + 1 : end].text}" if end > nxt else text


def modifiers_text(noun: Token, author: Token) -> str:
    """The author a document noun's modifiers name, with the words before it that name it
    too: "the interior ministry data" is the interior ministry's, "the Department of Health
    data" the Department of Health's."""
    first = author.left_edge.i
    unnaming = cues().unnaming_words  # "a recent UN report": the UN's, not "recent UN"'s
    while (
        first - 1 >= noun.left_edge.i
        and noun.doc[first - 1].dep_ in ("compound", "amod")
        and noun.doc[first - 1].lower_ not in unnaming
    ):
        first -= 1
    while noun.doc[first].dep_ == "det" and first < author.i:
        first += 1
    text = noun.doc[first : author.right_edge.i + 1].text
    # "the Institute for Conflict Studies (ICS) report": the bracket the acronym opened
    return text + ")" if text.count("(") > text.count(")") else text


def compound_author(noun: Token) -> Token | None:
    """The institution a document noun is compounded with: "an ISPR statement", "the
    police report" (not "the autopsy report", which names a kind of report)."""
    if not noun.text.islower() or not {noun.lemma_.lower(), noun.lower_} & cues().document_nouns:
        return None  # "the Geological Survey" is a name
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and (
            child.ent_type_ in ("ORG", "NORP")
            or child.lemma_.lower() in cues().institution_nouns
            or (child.pos_ == "PROPN" and child.text.isupper())
        ):
            return _kind_after(child, noun) or child
    return None


def _kind_after(first: Token, noun: Token) -> Token | None:
    """ "ministry" of "Kelmor home ministry data": the kind of body a compound run ends on
    after the name that opens it, with no bracket between (not "(KMO)")."""
    doc = noun.doc
    if any(t.is_punct for t in doc[first.i + 1 : noun.i]):
        return None
    return next((
        c for c in noun.lefts
        if c.i > first.i and c.dep_ == "compound" and c.lemma_.lower() in cues().institution_nouns
    ), None)


_NAMING_VERBS = frozenset({"know", "call"})  # "the institute, known as SPS,"


def _known_as(tok: Token) -> str | None:
    """The acronym a participle clause gives the body: "..., known as SPS," "..., called
    NPA"."""
    for clause in tok.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in _NAMING_VERBS:
            continue
        for prep in clause.children:
            name = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if prep.lower_ == "as" and name is not None and name.is_alpha and name.is_upper:
                return name.text
    return None


def with_acronym(tok: Token, text: str) -> str:
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
    named = _name_to_acronym(tok)
    if named is not None and named[1] not in text:
        return f"{text} {named[0]} ({named[1]})"
    known = _known_as(tok)  # "the state prison service, known as SPS,"
    if known is not None and f"({known})" not in text:
        return f"{text} ({known})"
    # "according to the Human Rights Forum, or HRF,": the acronym joined by "or"
    for conj in tok.children:
        if (
            conj.dep_ == "conj"
            and conj.is_alpha
            and conj.text.isupper()
            and conj.i >= 2
            and doc[conj.i - 1].lower_ == "or"
            and doc[conj.i - 2].text == ","
            and f"({conj.text})" not in text
        ):
            return f"{text} ({conj.text})"
    return text


def _name_to_acronym(tok: Token) -> tuple[str, str] | None:
    """ "the U.N. Assistance Mission in Norland (UNAMN)": a name whose acronym in brackets
    closes a place phrase after it; the phrase is part of the name (its words after the head
    noun, and the acronym)."""
    doc, last = tok.doc, tok.right_edge.i
    if not (
        tok.pos_ == "PROPN"
        and last - 3 > tok.i
        and doc[last].text == ")"
        and doc[last - 2].text == "("
        and doc[last - 1].is_alpha
        and doc[last - 1].text.isupper()
    ):
        return None
    tail = doc[tok.i + 1 : last - 2]
    if tail[0].pos_ != "ADP" or any(t.pos_ not in ("ADP", "PROPN", "DET", "CCONJ") for t in tail):
        return None
    return tail.text, doc[last - 1].text


def with_appositive_name(tok: Token, text: str) -> str:
    """ "the military's media wing, ISPR, said": a description whose name follows it between
    commas speaks as that name, the words a checker searches for; a person's post with their
    name ("the police spokesman, Ali Khan, said") as the two are written without the commas
    ("police spokesman Ali Khan said"), the role kept beside the name. An apposition of
    description ("Ali Khan, a spokesman") is not one."""
    titled = titled_person(tok)
    if titled is not None:
        return post_and_name(tok, text, titled.text)
    if tok.pos_ != "NOUN" and not a_titled_role(tok):
        return text
    principal = named_beside_principal(tok)  # "the spokesman of Governor Ali Musa, Ada Obi"
    if principal is not None:
        return post_and_name(tok, text, principal.text)
    # "the police spokesman in Kunduz, Ann Roe, said": the parser may hang the name on the
    # place of the description; a person's name is no place's apposition
    placed = [
        name for obj in prep_objects([tok]) for name in obj.children
        if name.dep_ == "appos" and name.ent_type_ == "PERSON"
        and not a_place_named(name)  # not "..., Kano State,"
    ]
    for child in [*tok.children, *placed]:
        if (
            child.dep_ == "appos"
            and child.i > tok.i
            and child.pos_ == "PROPN"
            and tok.doc[child.left_edge.i - 1].text == ","
        ):
            end = child.i + 1
            if bracket_left_open(tok.doc, child.left_edge.i, child.i):
                end += 1  # "Inter-Services Public Relations (ISPR)": the bracket closed
            name = tok.doc[age_free_start(child) : end].text
            # "the police spokesperson, SP Adamu Musa,": a rank before the name the
            # recogniser left untagged makes it a person's all the same
            ranked = rank_word(tok.doc[child.left_edge.i], cues()) and child.left_edge.i < child.i
            if child.ent_type_ == "PERSON" or ranked:
                return post_and_name(tok, text, name)
            return name
    named = _name_as_conjunct(tok)
    return named if named is not None else text


def ranked_holder(name: Token) -> str | None:
    """ "..., the state police command's spokesperson, SP Adamu Musa, told reporters": a
    ranked name set after a person's post, which the parser hung on the clause before, is
    the post's holder, read with the post; None for any other apposition."""
    post, first = name.head, name.left_edge
    if not (
        name.dep_ == "appos"
        and post.pos_ == "NOUN"
        and post.lemma_.lower() in cues().person_nouns
        and first.i < name.i
        and rank_word(first, cues())
    ):
        return None
    return with_appositive_name(post, np_text(post))


def post_and_name(role: Token, text: str, name: str) -> str:
    """A person's name after the post the description ``text`` of ``role`` gives ("ministry's
    spokesman Tamsin Roye"); the name alone after a post written as a name ("The PPRO, SP Ann
    Roe") or one that is not a single person's own (``_no_own_post``)."""
    if role.pos_ != "NOUN" or not text or text == name or _no_own_post(role):
        return name
    post = strip_article(text)
    for prep in role.children:
        if prep.dep_ == "prep" and prep.i > role.i and prep.lower_ in ("in", "at"):
            # "the police spokesman in Kessa, Ann Roe": where the post is held is no part of
            # it; "the officer in charge of the station" is all post, too long beside a name
            if not any(_a_place(o) for o in prep.children if o.dep_ == "pobj"):
                return name
            post = post.split(f" {prep.text} ", 1)[0]
    for left in role.lefts:
        if left.dep_ == "amod" and any(t.like_num for t in left.subtree):
            # "A 45-year-old farmer, Ann Roe": the age is no part of the post
            age = role.doc[left.left_edge.i : left.right_edge.i + 1].text
            post = post.replace(f"{age} ", "", 1)
    # "Its director, Ann Roe,", "Another resident, Ann Roe,": the pronoun or determiner names
    # no one, as the article
    first, _, rest = post.partition(" ")
    if rest and any(
        t.lower_ == first.lower() and t.dep_ in ("det", "poss") and t.pos_ in ("DET", "PRON")
        for t in role.lefts
    ):
        post = rest
    if first.lower() in cues().possessives and rest:
        post = rest
    # a figure left in the post ("The 30-year-old's ...") is no part of a name a checker
    # searches for, and a source with one loses its claim
    numbers = [t for t in role.subtree if t.like_num and t.i < role.i and not _names_end(t)]
    if any(t.text in post for t in numbers if not _in_an_age(t, role)):
        return name
    return f"{post} {name}"


def _no_own_post(role: Token) -> bool:
    """ "Both officials, Ann Roe and Tom Bale", "One of three witnesses, Ann Roe", "The son of
    former minister Tom Roe, Ann Roe": a post several hold, a counted one, or one told through
    another person is no post of the name's own."""
    if role.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("nummod", "quantmod") and not _names_end(c) for c in role.children
    ):
        return True
    comma = next((t.i for t in role.doc[role.i : role.sent.end] if t.text == ","), role.sent.end)
    # a full name of two words or more ("Tom Roe"), not a single word the recogniser may take
    # for one ("The governor of Kessa")
    return any(
        t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and t.i < comma for t in role.subtree
    )


def _in_an_age(number: Token, role: Token) -> bool:
    return any(
        left.dep_ == "amod" and left.left_edge.i <= number.i <= left.right_edge.i
        for left in role.lefts
    )


def _names_end(number: Token) -> bool:
    """ "a Rescue 1122 spokesperson": a number right after a proper name closes that name, it
    counts no one."""
    return number.i > 0 and number.doc[number.i - 1].pos_ == "PROPN"


def _a_place(obj: Token) -> bool:
    return obj.ent_type_ in PLACE_LABELS or obj.pos_ == "PROPN"


def age_free_start(name: Token) -> int:
    """Where a name set after a post starts, past an age before it ("One survivor, 32-year-old
    Ann Roe,")."""
    start = name.left_edge.i
    for left in name.lefts:
        if left.dep_ == "amod" and any(t.like_num for t in left.subtree):
            start = max(start, left.right_edge.i + 1)
    return start


def _name_as_conjunct(tok: Token) -> str | None:
    """ "the Velmar-based war monitor, the Observatory for Civil Peace (OCP), said": a name
    set after a description between commas that the parser took for a conjunct of it, with no
    "and" or "or" joining them (that would be a list of sources); the whole name with its
    initials, as it is written."""
    if any(c.dep_ in ("cc", "preconj") for c in tok.children):
        return None
    doc = tok.doc
    for child in tok.children:
        if (
            child.dep_ == "conj"
            and child.i > tok.i
            and child.pos_ == "PROPN"
            and child.ent_type_ == "ORG"
            and doc[child.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("conj", "cc") for c in child.children)
        ):
            end = child.right_edge.i + 1
            if doc[child.left_edge.i : end].text.count("(") > doc[
                child.left_edge.i : end
            ].text.count(")") and end < len(doc) and doc[end].text == ")":
                end += 1
            if end < len(doc) and doc[end].text not in (",", ")"):
                return None  # the name runs on into a clause of its own
            return doc[child.left_edge.i : end].text
    return None

