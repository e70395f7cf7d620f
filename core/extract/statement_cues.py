"""Reporting cues in the parse: the cue verb or frame of a statement, its subject and its
content."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from core.extract.cues import Cues, cues
from core.extract.datelines import dateline_end, past_dateline
from core.extract.nlp import negated
from core.extract.passives import past_a_count
from core.extract.recording_lands import place_records
from core.extract.speakers import a_body, describing, statement_author
from core.extract.stranded_sources import stranded_subjects
from core.extract.toll_givers import raised_by_deaths
from core.model import StatementKind
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# "according to X", "as per X": (frame word, its preposition), from rules/cues.json.
@functools.cache
def according_frames() -> frozenset[tuple[str, ...]]:
    """The two-word frames that attribute their clause to their object ("according to",
    "as per"), read on first use."""
    return frozenset(tuple(f.split()) for f in cues().according_frames if len(f.split()) == 2)


_CONTENT_DEPS = frozenset(
    {"dobj", "dative", "iobj", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt", "agent"}
)


def _infinitive(tok: Token) -> bool:
    return tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def is_cue(tok: Token, c: Cues) -> bool:
    """A reporting verb that reports something here (not part of a name, not conditional)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in c.reporting:
        return False
    if tok.ent_type_ or (tok.text[:1].isupper() and not tok.is_sent_start):
        return False  # "Sayed" lemmatised as "say": a verb is never part of a name
    if any(ch.dep_ == "mark" and ch.lower_ in ("if", "unless", "whether") for ch in tok.children):
        return False  # "if the army says that …" reports nothing
    if (
        tok.lemma_.lower() in c.predicate
        and tok.tag_ == "VBN"
        and not any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in tok.children)
    ):
        return False  # "the woman accused of killing two" is the accused, not an accuser
    particle = c.phrasal.get(tok.lemma_.lower())
    if particle is not None and not any(
        ch.dep_ == "prt" and ch.lower_ == particle for ch in tok.children
    ):
        return False
    # "two men, said to be traders, were shot dead": a description, no report
    return not negated(tok) and not _infinitive(tok) and not describing(tok)


def cue_subject(tok: Token) -> Token | None:
    """The subject of a verb, climbing out of participles and 'by asking' phrases.

    Of two subjects ("Islamabad, Pakistan – The military has said") the one nearest the verb:
    the other is a dateline.
    """
    quoted = quoting_object(tok)
    if quoted is not None:
        return quoted  # "Quoting officials, the agency reported …": the officials' words
    cur = tok
    for _ in range(4):
        subjects = [ch for ch in cur.children if ch.dep_ == "nsubj"]
        if subjects:
            subj = min(subjects, key=lambda ch: abs(ch.i - cur.i))
            if subj.lower_ in ("which", "who", "that") and cur.dep_ == "relcl":
                noun = cur.head  # "the ministry, which said …"
                # "said Ann Roe, a farmer who said …": the one the apposition describes
                named = noun.dep_ == "appos" and noun.head.pos_ == "PROPN"
                return noun.head if named else noun
            # "kidnapped 40 worshippers, residents ... said"; "KABUL (AP) — The UN said"
            return past_a_count(past_dateline(subj, cur))
        stranded = stranded_subjects(cur)  # "…, while the report sent to X stated that …"
        if stranded:
            return stranded[0]
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
            head = added_to(cur) or cur.head
            if head.lemma_.lower() == "quote":  # "quoted X saying", "X was quoted as saying"
                return quoted_object(head)
            cur = head
            continue
        break
    return None


def added_to(participle: Token) -> Token | None:
    """ "Police said the bomber was 20, adding that 3 were held": the parser may hang a
    closing "adding" on the clause the report says; the one who adds is the reporter of that
    clause, not its subject ("…told police she called 911, saying …" may be hers)."""
    clause = participle.head
    report = clause.head
    if (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and participle.lemma_.lower() == "add"  # "…, saying …" may be the clause's subject's
        and clause.dep_ == "ccomp"
        and report.i < clause.i < participle.i
        and report.lemma_.lower() in cues().attributing
        and participle.doc[participle.i - 1].text == ","
    ):
        return report
    return None


def quoted_object(verb: Token) -> Token | None:
    """Whom "quote" quotes. Of a name the parser split in two objects ("quoted Superintendent
    of Police | Ann Roe as saying"), the name after the title; the body that quotes its own
    ("The army quoted its commander as saying": ``quoting_body``)."""
    objs = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    body = quoting_body(verb)
    if body is not None:
        return body
    people = [o for o in objs if o.ent_type_ == "PERSON"]
    if people:
        return people[0]
    first, last = objs[0], objs[-1]
    split = last.i > first.i and last.left_edge.i == first.right_edge.i + 1
    return last if split and last.pos_ == "PROPN" else first


# a possessive that sends its noun back to the one who quotes it, and whether that one is
# plural: "The army quoted its commander", "The rebels quoted their leader"
_OWN_POSSESSIVES = {"its": False, "their": True}


def quoting_body(verb: Token) -> Token | None:
    """ "The army quoted its commander as saying ...", "its spokesman was quoted by the
    ministry as saying": a body quoting its own man speaks through him, and "its commander"
    names no one a checker can look up; the body does. The possessive must agree with the
    body ("its" a singular one, "their" a plural one: "the agency quoted their relatives" are
    someone else's), and the noun name one of a body's own men (``own_men_nouns``: "Police
    quoted their relatives" are the victims'). A man the report names ("quoted its spokesman,
    Ali Reza,", "its CEO Musa Bello") is the source himself."""
    objs = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    owner = next((c for c in objs[0].children if c.dep_ == "poss"), None) if objs else None
    if len(objs) != 1 or owner is None or owner.lower_ not in _OWN_POSSESSIVES:
        return None
    if _named(objs[0]) or objs[0].lemma_.lower() not in word_set("cues", "own_men_nouns"):
        return None
    quoter = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    agent = next((ch for ch in verb.children if ch.dep_ == "agent"), None)
    if quoter is None and agent is not None:
        quoter = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if quoter is None or quoter.pos_ == "PRON":
        return None
    plural = quoter.tag_ in ("NNS", "NNPS") or "Plur" in quoter.morph.get("Number", [])
    return quoter if plural == _OWN_POSSESSIVES[owner.lower_] else None


def _named(quoted: Token) -> bool:
    """The quoted man told by his name: a person's name ("its CEO Musa Bello") or a name set
    beside the noun ("its spokesman, Ali Reza,")."""
    return quoted.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in quoted.children
    )


CONTRAST_MARKS = frozenset({"while", "whereas", "but", "although", "though"})


def contrasting_voice(verb: Token) -> bool:
    """A report by another speaker set against the clause it hangs on: "the army said 2
    soldiers died, while the rebels claimed to have killed 20", "…, while the hospital put the
    toll at 5". The parser may put it inside the first speaker's words; it is the second
    speaker's."""
    c = cues()
    return (
        verb.dep_ in ("advcl", "conj")
        and verb.lemma_.lower()
        in c.reporting | c.responsibility_verbs | c.figure_reporting | c.figure_reporting_of
        and any(ch.dep_ in ("mark", "cc") and ch.lower_ in CONTRAST_MARKS for ch in verb.children)
        and any(ch.dep_ == "nsubj" and ch.pos_ != "PRON" for ch in verb.children)
    )


def bracketed_voice(verb: Token) -> bool:
    """A report set in brackets inside another's words: "police said one man was held (a
    local paper says three were hurt)", "(the hospital put the toll at 5)". An aside in its
    own voice, not the outer speaker's."""
    c = cues()
    if verb.lemma_.lower() not in c.reporting | c.figure_reporting | c.figure_reporting_of:
        return False
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    opened = doc[first].text == "(" or (first > 0 and doc[first - 1].text == "(")
    closed = doc[last].text == ")" or (last + 1 < len(doc) and doc[last + 1].text == ")")
    return opened and closed and first > verb.sent.start


def parenthetical(verb: Token) -> bool:
    """A report that interrupts the clause it frames ("The autopsy was pending, the office
    said, as …"): no clause of its own, and not an aside in brackets with its own content
    ("the mayor said 3 died (police said 4)")."""
    return (
        verb.dep_ == "parataxis"
        and not any(ch.dep_ == "ccomp" for ch in verb.children)
        and not (
            bracketed_voice(verb)
            and any(ch.dep_ not in ("punct", "nsubj", "advmod") for ch in verb.children)
        )
    )


def other_voices(clause: Token) -> set[int]:
    """The tokens of the contrasting reports inside a reported clause (``contrasting_voice``),
    and of the reports it sets in brackets (``bracketed_voice``)."""
    return {
        t.i
        for v in clause.subtree
        if contrasting_voice(v) or bracketed_voice(v)
        for t in v.subtree
    }


_QUOTING = frozenset({"quoting", "citing"})


def _quoting_word(tok: Token) -> bool:
    """ "Quoting" as the parser may tag it at a sentence start: a verb, an adjective, a name."""
    return tok.lower_ in _QUOTING


def _says_a_clause(quoting: Token) -> bool:
    """ "quoting a local official as saying that 30 others were wounded": the one quoted
    says the clause after "saying", not what the report told before (that is the report's
    own); "quoting an official as saying." alone vouches for the report's clause."""
    return any(
        prep.lower_ == "as" and say.lemma_.lower() == "say" and any(
            c.dep_ == "ccomp" for c in say.children
        )
        for prep in quoting.children
        for say in prep.children
    )


def quoting_object(verb: Token) -> Token | None:
    """Whom a report says it quotes: "Quoting officials, the agency said", "the Daily Courier
    reported, citing police" (the parser may also take "Quoting" for a modifier of the
    officials)."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and _quoting_word(child):
            if _says_a_clause(child):
                return None  # "..., Dawn reported, quoting X as saying that 30 were hurt"
            obj = quoted_object(child)
            if obj is not None:
                return obj
        # "the agency reported quoting officials": no comma, the parser takes "quoting" for
        # the object's modifier, as it does at the front
        if (child.i < verb.i or child.dep_ == "dobj") and child.pos_ in ("NOUN", "PROPN") and any(
            _quoting_word(m) for m in child.children if m.i < child.i
        ):
            return child
        if child.dep_ == "nsubj":
            # "reports quoting Levies officials had put the toll at three": the officials'
            found = (quoted_object(a) for a in child.children
                     if a.dep_ == "acl" and _quoting_word(a))
            obj = next((o for o in found if o is not None), None)
            if obj is not None:
                return obj
    return None


def cue_text(tok: Token, c: Cues) -> str:
    """The cue as the statement shows it: with its particle, and who was told ("told reporters")."""
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


def complement_tokens(tok: Token) -> list[Token]:
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


def trim_statement(tokens: Iterable[Token]) -> list[Token]:
    """The tokens of a statement in order, without the punctuation and joiners around them,
    nor a dateline the statement's sentence opens with."""
    ts = sorted(set(tokens), key=lambda t: t.i)
    if not ts:
        return []
    doc = ts[0].doc
    first, last = ts[0].i, ts[-1].i
    first = max(first, dateline_end(doc[first].sent))  # "MARLOW - ..." is where it was filed
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


def says_it_did(clause: Token, c: Cues) -> bool:
    """'(the group said) it/we carried out the attack': a speaker claiming an attack."""
    subjects = [ch for ch in clause.children if ch.dep_ == "nsubj"]
    return bool(
        clause.lemma_.lower() in c.perpetration_verbs
        and subjects
        and subjects[0].lower_ in ("it", "we", "they")
        and not negated(clause)
        and any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.attack_nouns for ch in clause.children)
    )


def frame_object(tok: Token) -> bool:
    """The X of "according to X" / "as per X"."""
    prep = tok.head
    return bool(
        tok.dep_ == "pobj"
        and tok.lower_ not in cues().pronouns
        and (prep.head.lower_, prep.lower_) in according_frames()
    )


def _reflexive_from(verb: Token) -> bool:
    """ "distanced itself from": a reflexive object and a 'from' phrase."""
    return any(
        ch.dep_ == "dobj" and ch.lower_.endswith(("self", "selves")) for ch in verb.children
    ) and any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in verb.children)


def _reported_figure(obj: Token, c: Cues) -> bool:
    """An object that is a figure: a toll noun ('the death toll'), a counted noun phrase or a
    bare number ('spoke of 50')."""
    return obj.lemma_.lower() in c.figure_objects or obj.like_num or any(
        t.like_num and t.dep_ == "nummod" for t in obj.subtree
    )


def nothing_to_do(tokens: Sequence[Token]) -> bool:
    """'had nothing to do with': the denial idiom, read from the parse."""
    for t in tokens:
        if t.lower_ == "nothing" and t.head.lemma_ == "have":
            for sub in t.subtree:
                if sub.lemma_ == "do" and any(
                    ch.dep_ == "prep" and ch.lower_ == "with" for ch in sub.children
                ):
                    return True
    return False


# A statement cue: its kind, rule, the token naming the speaker, and its content when the
# verb's own complements are not it.
ClaimCue: TypeAlias = "tuple[StatementKind, str, Token | None, list[Token]]"


def responsibility_cue(tok: Token, objs: list[Token], c: Cues) -> ClaimCue | None:
    lemma = tok.lemma_.lower()
    obj_lemmas = {o.lemma_.lower() for o in objs}
    if lemma in c.responsibility_verbs and obj_lemmas & c.responsibility_objects:
        return "responsibility", "claimed-responsibility", cue_subject(tok), []
    if lemma == "claim" and obj_lemmas & c.attack_nouns:
        return "responsibility", "claimed-attack", cue_subject(tok), []
    if lemma == "claim" and any(
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
        speaker = agents[0] if agents else None
        return "responsibility", "attack-claimed-by", speaker, list(tok.subtree)
    if lemma in c.blame_verbs and objs:
        return "responsibility", "blamed", cue_subject(tok), []
    return None


def denial_cue(tok: Token, objs: list[Token], c: Cues) -> ClaimCue | None:
    lemma = tok.lemma_.lower()
    obj_lemmas = {o.lemma_.lower() for o in objs}
    if lemma in c.denial_verbs and not obj_lemmas & c.not_rejected.get(lemma, frozenset()):
        # "an allegation the group has denied"
        content = list(tok.head.subtree) if tok.dep_ == "relcl" else []
        return "denial", "denied", cue_subject(tok), content
    if lemma in c.rejection_verbs and obj_lemmas & c.rejection_objects - c.not_rejected.get(
        lemma, frozenset()
    ):
        return "denial", "rejected-accusation", cue_subject(tok), []
    if (
        lemma in c.rejection_verbs
        and tok.dep_ == "relcl"
        and tok.head.lemma_.lower() in c.rejection_objects
    ):  # "an allegation the army rejected"
        return "denial", "rejected-accusation", cue_subject(tok), list(tok.head.subtree)
    if lemma in c.distancing_verbs and _reflexive_from(tok):
        # "the group distanced itself from …"
        return "denial", "distanced-from", cue_subject(tok), []
    return None


def figure_cue(tok: Token, objs: list[Token], c: Cues) -> ClaimCue | None:
    """ "officials revised the toll down to 31", "confirmed the deaths of 14"; in the
    passive, "the deaths of 14 were confirmed by the army": the figure is the subject, the
    agent the one who reports it, and the subject what is said."""
    if tok.lemma_.lower() not in c.figure_reporting | c.figure_reporting_of:
        return None
    agent = _passive_agent(tok)
    if agent is not None and not objs:
        objs = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
    if (
        not any(ch.dep_ in ("ccomp", "xcomp") for ch in tok.children)
        and any(_reported_figure(o, c) for o in objs)
        and not place_records(tok)
        and not raised_by_deaths(tok)  # "a boy died, raising the toll to 12": no one's report
    ):
        if agent is not None:
            return "reported", "reported-figure", agent, list(objs[0].subtree)
        return "reported", "reported-figure", cue_subject(tok), []
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The one a passive verb's "by" names ("was confirmed by the army"), or None; a time
    the "by" names is none ("were reported by late Sunday", "by Tuesday evening"), nor a
    bare means of sending ("were reported by text message", "by phone"), nor a record or
    test the figure rests on ("were confirmed by dental records", "by autopsy reports")."""
    if not any(ch.dep_ == "auxpass" for ch in verb.children):
        return None
    return next((
        o for a in verb.children if a.dep_ == "agent"
        for o in a.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
        and not (o.lemma_.lower() in word_set("cues", "sending_means")
                 and not any(ch.dep_ in ("det", "poss") for ch in o.children))
        and not {o.lemma_.lower(), o.lower_} & word_set("cues", "record_means")
    ), None)




def shown_count(node: Token, verb: Token) -> bool:
    """ "Police records show six bomb attacks", "the ministry's figures show 40
    abductions": a counted noun that is the object of what an authored document or figure
    shows is what it says."""
    c = cues()
    return (
        node.dep_ == "dobj"
        and node.i > verb.i
        and _counted(node)
        # "KARACHI: KRM's report, released on Monday, showed ...": past the dateline
        and any(
            _authored_material(past_dateline(s, verb), c)
            for s in verb.children if s.dep_ == "nsubj"
        )
    )


def _counted(noun: Token) -> bool:
    """ "six bomb attacks", "a 34 percent rise", "a rise of 34 percent": a noun that holds
    its figure, on itself or on the measure beside it."""
    if any(ch.dep_ == "nummod" for ch in noun.children):
        return True
    measures = [
        ch for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod") and ch.i < noun.i
    ] + [
        o for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "of"
        for o in ch.children if o.dep_ == "pobj"
    ]
    return any(ch.dep_ == "nummod" for m in measures for ch in m.children)


def _authored_material(subject: Token, c: Cues) -> bool:
    """ "police records", "the ministry's figures", "data from the army": a document or a
    figure whose author the subject names (not "the figures" alone)."""
    words = {subject.lemma_.lower(), subject.lower_}
    return bool(words & (c.document_nouns | c.figure_objects)) and (
        # "police records", "the KRM report", not "the latest poll numbers"
        any(ch.dep_ in ("compound", "nmod") and a_body(ch) for ch in subject.children)
        or statement_author(subject) is not None  # "X's", "released by X", "from X", "of X"
    )


