"""Sources the parser strands: "Doctors put the figure at 40, while the police report sent to
the ministry in the capital stated that 28 were hurt" parses "the police report sent to ..." as
a clause of its own ("while the report sent ..."), leaving "stated" with no subject; "in X, the
district headquarters, Nepal Police spokesperson Ali Raza told reporters" joins the name to the
place's apposition; "Police say five robbers shot dead in forest clash; villagers allege they
were herdsmen" makes the first report the content of the second; "Recently released data
shows" makes "released data" a clause. Each says where the source the parser lost is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution_headlines import MAX_INVERTED_WORDS, joins_words
from core.extract.cues import cues
from core.extract.office_names import rank_word
from core.extract.source_names import ranked_holder
from core.ingest.outlets import is_news_outlet

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the marks of a contrasting clause that may open on the report's subject
_CONTRAST = frozenset({"while", "whereas", "but"})
_PARTICIPLES = frozenset({"VBN", "VBD"})


def with_stranded(verb: Token) -> tuple[Token, ...]:
    """The verb's children, the subject the parser stranded in a clause before it, and the
    outlet it hung on the participle a passive report takes (``reporting_outlets``)."""
    return (*verb.children, *stranded_subjects(verb), *reporting_outlets(verb))


def reporting_outlets(verb: Token) -> tuple[Token, ...]:
    """ "Nine people were reported killed by state media": the parser hangs the report's
    agent on the participle after it; when it is a news outlet, which reports and does not
    kill, it is the report's ("two suspects were reported killed by police" stays the
    police's deed, with no source)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return ()
    return tuple(
        agent
        for part in verb.children
        if part.dep_ == "xcomp" and part.tag_ == "VBN"
        for agent in part.children
        if agent.dep_ == "agent" and any(
            o.dep_ == "pobj" and is_news_outlet(o.doc[o.left_edge.i : o.i + 1].text)
            for o in agent.children
        )
    )


def stranded_subjects(verb: Token) -> tuple[Token, ...]:
    """The subject of the participle clause ("while the police report sent to X") that ends
    right before a subjectless verb, the clause joined to the sentence before it; none when
    the verb has a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ()
    opened = _participles_noun(verb) or _described_closer(verb)
    if opened is not None:
        return (opened,)
    if verb.dep_ != "conj":
        return ()
    before = verb.i - 1
    for clause in verb.head.children:
        if (
            clause.dep_ == "advcl"
            and clause.tag_ in _PARTICIPLES
            and clause.right_edge.i == before
            and clause.i < verb.i
            and any(m.dep_ == "mark" and m.lower_ in _CONTRAST for m in clause.children)
            and not any(c.dep_ in ("dobj", "ccomp") for c in clause.children)
        ):
            return tuple(c for c in clause.children if c.dep_ == "nsubj")
    return ()


def _participles_noun(verb: Token) -> Token | None:
    """ "Recently released data compiled by the group shows that ...": the parser reads the
    participle before the subject as a clause of its own ("released data") that is the
    verb's subject; the noun it takes as its object is the subject."""
    for clause in verb.children:
        if (
            clause.dep_ == "csubj"
            and clause.tag_ in _PARTICIPLES
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            return next(
                (o for o in clause.children if o.dep_ == "dobj" and o.i == clause.i + 1), None
            )
    return None


def _described_closer(verb: Token) -> Token | None:
    """ "..., a police officer who asked not to be named said": the parser makes the closing
    speaker an object of the clause before the comma, its relative clause running up to the
    verb; a person's or a body's noun right after the comma is the speaker."""
    before = verb.i - 1
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not told or before <= verb.sent.start:
        return None
    c = cues()
    for noun in told[0].subtree:
        clause = next((r for r in noun.children if r.dep_ == "relcl"), None)
        if (
            clause is not None
            and clause.right_edge.i == before
            and noun.lemma_.lower() in c.person_nouns | c.institution_nouns
            and noun.doc[noun.left_edge.i - 1].text == ","
        ):
            return noun
    return None


def no_speaker_subject(tok: Token) -> bool:
    """A subject the parser gave a report that names no one, the one named after it speaks:
    a part of those the clause before counted ("…, some of them by helicopter, a health
    worker told us"), or a clause with a subject of its own ("Six were killed and 15 injured
    when a van overturned near Kot Adu, a Rescue 1122 spokesperson said")."""
    if tok.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return tok.pos_ == "PRON" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PRON" for o in p.children)
        for p in tok.children
    )


def opened_subject(noun: Token, verb: Token) -> bool:
    """The noun is the subject the parser left as the object of a participle opening the
    sentence ("Recently released data ... shows")."""
    opened = _participles_noun(verb)
    return opened is not None and opened.i == noun.i


def last_named(noun: Token) -> Token:
    """The name the parser joined to a place's apposition as its conjunct: "in Larkana, the
    district headquarters, Bangladesh Police spokesperson Ali Raza told reporters" makes
    "Raza" a conjunct of "headquarters"; the speaker is the name that ends the phrase."""
    end = noun.right_edge.i
    named = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return next((c for c in named if c.right_edge.i == end), noun)


SEMICOLON = ";"


def semicolon_between(clause: Token, verb: Token) -> bool:
    """A semicolon that one of the two hangs on stands between the clause and the verb the
    parser made it depend on: the clause is a sentence of its own, not what the verb says."""
    low, high = sorted((clause.i, verb.i))
    return any(
        t.text == SEMICOLON and t.head.i in (clause.i, verb.i)
        for t in clause.doc[low + 1 : high]
    )


def says_its_own(clause: Token, verb: Token) -> bool:
    """ "Kwara government says 18 seized, families say 27": the parser may make the first
    report the content of the second, whose own content comes after it; the clause before
    is a report of its own, not what the verb says."""
    return clause.i < verb.i and any(
        c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children
    )


def participle_head(verb: Token) -> Token | None:
    """ "The front claimed the raid in a video, saying its men had shot 15 guards": the
    verb whose subject a participle's report with no subject of its own has."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head if verb.head.pos_ in ("VERB", "AUX") else None


def relative_object(noun: Token) -> bool:
    """ "the faction that claimed the raid said it shot 12": a noun the parser made a
    second subject of the verb, which is the object of the other subject's relative clause
    (the clause's verb, right before it, has no object of its own)."""
    if noun.dep_ != "nsubj":
        return False
    return any(
        other.i != noun.i and other.dep_ == "nsubj" and clause.dep_ == "relcl"
        and clause.right_edge.i + 1 == noun.left_edge.i
        and not any(c.dep_ in ("dobj", "attr", "ccomp") for c in clause.children)
        for other in noun.head.children
        for clause in other.children
    )


def backshifted_conjunct(node: Token, verb: Token) -> bool:
    """ "An officer said eight raids had been held, and 17 others had been detained": a
    clause the parser joined to a past report itself, in the past perfect the report's own
    clause is told in, is more of what was said (not "…, and 17 were detained": the
    outlet's own narration)."""
    if node.dep_ != "conj" or node.i < verb.i or verb.tag_ != "VBD":
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < node.i]
    return bool(said) and all(_past_perfect(v) for v in (node, said[0]))


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


_BODY_LABELS = frozenset({"ORG", "PERSON"})


def stray_closing_subject(verb: Token) -> str | None:
    """ "..., injuring five others, police and hospital sources informed": the parser may join
    the closing report's subject to the object before the comma; the nouns between that comma
    and the verb, ending in a source noun or making one body's or person's name ("..., the
    Kelmor Observatory for Rights said"), are its subject."""
    doc, c = verb.doc, cues()
    end = verb.i
    while end > verb.sent.start and doc[end - 1].text == ",":
        end -= 1  # "..., the state commissioner, Amir Nadi, said": the name's closing comma
    start = end - 1
    while start > verb.sent.start and doc[start - 1].text != ",":
        start -= 1
    words = doc[start:end]
    if start <= verb.sent.start or not 0 < len(words) <= MAX_INVERTED_WORDS:
        return None
    # "the state-run news agency": the words of a hyphened compound are its modifier's
    nouns = all(
        t.pos_ in ("NOUN", "PROPN", "CCONJ", "DET", "ADJ")
        or joins_words(t)
        or (t.i > 0 and joins_words(t.doc[t.i - 1]))
        for t in words
    )
    if nouns and words[-1].lemma_.lower() in c.person_nouns | c.institution_nouns:
        return words.text
    name = [t for t in words if not (t.pos_ == "DET" and t.ent_iob_ == "O")]
    one_name = (
        bool(name)
        and name[0].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in name[1:])
        and all(t.ent_type_ in _BODY_LABELS for t in name)
    )
    return words.text if (one_name or _a_ranked_name(words)) and words[-1].pos_ == "PROPN" else None


def _a_ranked_name(words: Span) -> bool:
    """ "SP Adamu Musa": a rank, then the capitalised proper nouns of a name the recogniser
    left untagged."""
    return len(words) > 1 and rank_word(words[0], cues()) and all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in words[1:]
    )



def closing_reporter(subject: Token) -> Token | None:
    """ "Gunmen on Monday abducted 25 students ..., the state governor, Abubakar Bello, told
    reporters": the parser joins the closing report to the deed before it, so that the
    deed's subject seems to tell it; the name between the commas before the reporting verb
    (its last word) is who tells."""
    for verb in subject.head.children:
        if verb.dep_ != "conj" or verb.lemma_.lower() not in cues().attributing:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children):
            continue  # its own subject, or what it reports after it: no closing report
        if stray_closing_subject(verb) is not None:
            end = verb.i
            while end > verb.sent.start and verb.doc[end - 1].text == ",":
                end -= 1
            last = verb.doc[end - 1]
            # "the police spokesperson, SP Adamu Musa, told": the post names him too
            return last.head if ranked_holder(last) is not None else last
    return None


# the entities that name who speaks: a body, a person, a people
_SPEAKER_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})


def names_someone(phrase: Token) -> bool:
    """An apposition that may be a speaker ("Amir Nadi", "a Tarnbury-based think tank", "a
    local official"): a name or a noun of people or a body somewhere in it, not a phrase
    that sizes up the figure before it ("the worst year in two decades", "a 30pc rise")."""
    c = cues()
    return any(
        t.pos_ == "PROPN"
        or t.ent_type_ in _SPEAKER_ENTITIES
        or t.lemma_.lower() in c.person_nouns | c.institution_nouns
        for t in phrase.subtree
    )
