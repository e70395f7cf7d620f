"""Speakers a sentence hands on to the sentences around it: the reporter of a sentence whose
main verb is a report (the next sentence's figures may run on as theirs), a sentence with no
voice of its own that lets them run on, and one that points back at what was said before
("This was stated by the deputy commissioner"). Moved out of ``attribution.py``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs, speaker_of
from core.extract.cues import cues
from core.extract.incident_words import incident_noun
from core.extract.nlp import negated
from core.extract.shown_sources import reports
from core.extract.speakers import a_body, is_nobody
from core.extract.statement_cues import cue_subject, says_it_did
from core.extract.toll_givers import RECORDING_VERBS
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def root_reporter(sent: Span) -> str | None:
    """Who reports in a sentence whose main verb is a report: the next sentence's figures may
    run on as theirs. What someone believes ("police believe it was a robbery") does not."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in reporting_verbs() or lemma in cues().belief or negated(root):
        return None
    if any(c.dep_ == "nsubj" and is_nobody(c) for c in root.children):
        return None  # "No group has claimed responsibility": no one to speak on
    if not reports(root) or _claims_deed(root):
        return None  # "The BLA said it carried out the attack": a claim, no figures vouched
    if reports_nothing(root):
        return None  # "The three-day meeting concluded on Monday.": an end, no report
    subject = cue_subject(root)
    if subject is not None and _kin(subject):
        return None  # "His mother said he loved football. Two others were hurt."
    return speaker_of(root)


# what a report verb reports: a clause, an object ("confirmed the deaths"), a quote after it
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "csubj", "oprd", "attr"})
_OPENS_QUOTE = frozenset({":", '"', "“", "‘", "'"})


def reports_nothing(verb: Token) -> bool:
    """A report verb used with nothing it reports, "The festival concluded peacefully on
    Sunday": no clause, object or quote, nor a colon or quote mark opening what follows."""
    sent = verb.sent
    return not any(c.dep_ in _REPORTED for c in verb.children) and not any(
        t.text in _OPENS_QUOTE for t in sent
    )


@functools.cache
def _kin_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("cues")["kin_speakers"])


def _kin(subject: Token) -> bool:
    """A victim's family or friend: "his mother", "family members", "a family friend"."""
    kin = _kin_words()
    return subject.lemma_.lower() in kin or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in kin for c in subject.children
    )


def a_voice_reports(sent: Span) -> bool:
    """The sentence's main report is a person's or an unnamed speaker's ("..., a police
    spokesman said"), not a body's ("the ministry said"): their words vouch for their own
    paragraph, not for the tallies a later paragraph tells (``spoken_tallies``)."""
    subject = cue_subject(sent.root)
    return subject is not None and not a_body(subject)


def _claims_deed(report: Token) -> bool:
    """What the report says is a deed its speaker claims ("said it carried out the attack"):
    a claim of responsibility, as statements read it, vouches for no figure after it."""
    return any(
        clause.dep_ == "ccomp" and says_it_did(clause, cues()) for clause in report.children
    )


def a_deed(anchor: Token, counted: Token | None) -> bool:
    """The figure's clause tells one deed, its doer the subject ("a car bomb killed 12",
    "gunmen shot three"), not a count of the dead over a span ("31 people died in 2019"):
    a speaker's tally before it does not carry to it when it is of another year."""
    return anchor.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and not c.like_num and (counted is None or c.i != counted.i)
        for c in anchor.children
    )


@functools.cache
def _many_doers() -> frozenset[str]:
    """Subjects that are a body of many doers ("police arrested 1,500"): ``rules/cues.json``
    "many_doer_subjects"."""
    return frozenset(str(w) for w in load_rules("cues")["many_doer_subjects"])


def one_deed(anchor: Token, counted: Token | None) -> bool:
    """The figure's clause tells one deed of one doer ("a suicide bomber killed 40"), not a
    tally of many doers' deeds ("police arrested 1,500", "militants carried out 90 attacks")."""
    return a_deed(anchor, counted) and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and c.lower_ not in _many_doers()
        for c in anchor.children
    )


QUOTE_MARKS = frozenset('"“”‘’')


def voiceless(sent: Span) -> bool:
    """A sentence that goes on about a body that spoke before it, with no voice of its own:
    "it" is its subject, and it holds no report and no quotation ("It gave no details of the
    victims."; not "He died on Thursday.", "Witnesses described bodies in the street."). The
    body's words may go on to the next sentence."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in sent.root.children):
        return False
    return not any(
        t.text in QUOTE_MARKS
        or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in reporting_verbs())
        for t in sent
    )


BACK_REFERENCES = frozenset({"this", "it", "these", "that"})


def back_reference_speaker(sent: Span) -> str | None:
    """Who said what the sentences before said: "This was stated by the deputy commissioner",
    "the DPO disclosed this while talking to the media". The speaker's figures came first."""
    root = sent.root
    given = _information_given(root)
    if given is not None:
        return given
    if _cut_saying(sent):
        return speaker_of(root)  # ", health officials said.": the parser cut it off the lead
    if root.lemma_.lower() not in reporting_verbs() | RECORDING_VERBS or not reports(root):
        return None
    for child in root.children:
        # "This was stated by X", "This information was shared by X", "X disclosed this"
        if child.lower_ in BACK_REFERENCES and child.dep_ in ("nsubjpass", "dobj"):
            return speaker_of(root)
        if _the_incident_told(child):
            return speaker_of(root)  # "Police commander X confirmed the incident."
        if child.dep_ == "nsubjpass" and any(
            d.dep_ == "det" and d.lower_ in BACK_REFERENCES for d in child.children
        ):
            return speaker_of(root)
    return None


def _the_incident_told(child: Token) -> bool:
    """ "confirmed the incident", "the attack was confirmed by X": the incident the
    sentences before told, named again as a whole (the definite incident noun alone; "the
    deaths of 12" has a figure of its own)."""
    return (
        child.dep_ in ("nsubjpass", "dobj")
        and not negated(child.head)  # "police could not confirm the incident"
        # vouched for, not recorded ("registered the quake"), owned ("the rebels acknowledged
        # the attack") nor judged ("condemned the attack")
        and child.head.lemma_.lower() in word_set("cues", "incident_confirming")
        and incident_noun(child)
        and any(d.dep_ == "det" and d.lower_ in BACK_REFERENCES | {"the"} for d in child.children)
        and not any(c.dep_ == "prep" for c in child.children)
    )


def _cut_saying(sent: Span) -> bool:
    """A sentence the parser cut off the clause before at its comma: ", health officials
    said." after "GAZA, June 12 (Reuters) - Israeli airstrikes killed 14 ..." (a dateline
    with its date leads the parser astray): a verb of saying with its speaker and nothing
    said, whose speaker gave the figures before."""
    root = sent.root
    return (
        sent[0].text == ","
        and root.lemma_.lower() in reporting_verbs()
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children)
    )


def _information_given(root: Token) -> str | None:
    """ "The information was given on Thursday by the police commander, Ann Roe": who gave
    what the sentences before told, whatever the verb of giving, named by its agent, or by
    the name set off after it, on whatever word the parser hangs it."""
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if agent is None or not any(
        c.dep_ == "nsubjpass"
        and c.lemma_.lower() in cues().sourceless
        and any(d.dep_ == "det" and d.lower_ in BACK_REFERENCES | {"the"} for d in c.children)
        for c in root.children
    ):
        return None
    name = next(
        (t for t in root.subtree
         if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > agent.i),
        None,
    )
    if name is None:
        return speaker_of(root)
    first = min([c.i for c in name.children if c.dep_ == "compound"], default=name.i)
    return name.doc[first : name.i + 1].text
