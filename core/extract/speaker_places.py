"""Where a speaker is: a town named as where words were said ("addressing a press conference in
Peshawar", "officials in Kabul said", "said in Colombo that ..."), which is the source's place,
never the place of the figures told there."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.scene_words import spot_words
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def _care_words() -> frozenset[str]:
    """Words of where the hurt are treated ("hospital", "medical", "clinic", "health")."""
    rules = load_rules("places")
    words = frozenset(str(w) for w in rules["not_places"]) - _agencies()
    return words | frozenset(str(w) for w in rules["care_staff_words"])


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("event_types")["agencies"])


def where_a_speaker_is(tok: Token) -> bool:
    """ "a senior police officer in Raipur said", "officials in Kabul said": where the source
    sits, not where the figure is; the place an official is "of" is what the official
    speaks for ("the governor of Gwadar said", "the commissioner of Kurram district in the
    province said") and stays."""
    if tok.dep_ == "poss" and tok.ent_type_ in ("GPE", "LOC"):
        # "Ruritania's president said": the country the speaker speaks for, not the scene
        speaker = tok.head
        return speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in cues().attributing
    if spoken_in(tok) or a_titles_province(tok):
        return True  # "told a news briefing at the Provincial Secretariat"
    tok = _unit_of(tok)  # "a commander in X region": the unit's noun holds the "in"
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    speaker = tok.head.head
    if (speaker.lemma_.lower() == "quote" or _a_speech_setting(speaker)) and not (
        speaker.pos_ == "VERB" and fronted(tok.head, speaker)
    ):
        return True  # "TV quoted officials in Tarn as saying", "in Tarn" hung on the verb
    if speaker.lemma_.lower() in cues().attributing and speaker.i < tok.i and any(
        c.dep_ == "ccomp" and c.i > tok.i for c in speaker.children
    ):
        return True  # "said in Colombo that four were killed", not "In Colombo, police say"
    titled = speaker  # "a health worker in X", whatever noun the parser sets it beside
    if speaker.dep_ == "appos":
        speaker = speaker.head  # "said Ema Suryani, a doctor in Lampahan"
    if any(c.lower_ in _care_words() for c in (*titled.lefts, *speaker.lefts)):
        # "hospital officials in Eldmere" speak where the patients are; "taken to the
        # hospital in X, a health worker in X said" speaks where they were taken
        return _cared_for_in(tok)
    if _according_to(speaker):
        return True  # "..., according to a local official in Boulsa"
    if speaker.dep_ == "dobj" and speaker.head.lemma_.lower() == "quote":
        return True  # "TV quoted the disaster centre in Tarn as saying"
    return speaker.dep_ in ("nsubj", "nsubjpass") and (
        speaker.head.lemma_.lower() in cues().attributing
    )


def _cared_for_in(tok: Token) -> bool:
    """The sentence names the town before as where a place of care stands ("evacuated to the
    regional hospital in X")."""
    return any(
        t.i < tok.i
        and t.text == tok.text
        and t.dep_ == "pobj"
        and t.head.lower_ in ("in", "at")
        and t.head.head.lower_ in _care_words()
        for t in tok.sent
    )


def _according_to(speaker: Token) -> bool:
    """The speaker is whom a figure is "according to" ("according to residents and an
    official in X"), the parser hanging "according" as a verb or a preposition."""
    while speaker.head.i != speaker.i and (
        speaker.dep_ in ("conj", "appos")
        or (speaker.dep_ == "pobj" and speaker.head.lower_ == "of")
    ):
        # "a relative of one of the dead and an official in X": the parser may join the
        # official to any noun of the phrase before
        speaker = speaker.head.head if speaker.dep_ == "pobj" else speaker.head
    prep = speaker.head
    return (
        speaker.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.lower_ == "according"
    )


def _unit_of(tok: Token) -> Token:
    """The unit noun a name is written before ("Middle Shabelle region"), else the name."""
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("PROPN", "NOUN"):
        head = head.head
    return head if head.lower_ in _unit_nouns() else tok


@functools.cache
def _unit_nouns() -> frozenset[str]:
    """The nouns a report writes a unit with ("X region", "Y state")."""
    return spot_words().wide_units | {"district"}


def a_titles_province(tok: Token) -> bool:
    """ "The Punjab police chief said", "the Sindh home minister told reporters": the province
    or country a speaker's title names is whom the speaker speaks for, not the scene (a
    town's own police, "the Knightstown police chief", work the case where it happened)."""
    if tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    speaker = tok.head
    while speaker.dep_ == "compound" and speaker.head.i != speaker.i:
        speaker = speaker.head  # "chief" of "Punjab police chief Ali Khan"
    if speaker.dep_ != "nsubj" or speaker.head.lemma_.lower() not in cues().attributing:
        return False
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ == "PROPN":
        first -= 1  # "Khyber Pakhtunkhwa"
    name = tok.doc[first : tok.i + 1].text
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ in _PROVINCE_WORDS and after.dep_ in _TITLE_DEPS:
        # "a Kano state police spokesman": the state, though a town bears its name
        return any(p.level == "admin1" for p in places.candidates(name))
    place = places.lookup(name)
    return place is not None and place.level in ("admin1", "country")


def spoken_in(tok: Token) -> bool:
    """ "talking to media persons in Mardan", "a press conference in Peshawar", "told a
    news briefing at the Provincial Secretariat": where words were said, to an audience or at
    a setting; "a statement issued from Camp Roe in Datu Piang town, Maguindanao": the town
    named before its kind, and the province set beside it."""
    while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "Datu Piang" of "in Datu Piang town", its province set beside it
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "from"):
        return False
    setting = _past_its_time(tok.head.head)
    if setting.pos_ == "VERB" and fronted(tok.head, setting):
        return False  # "In Blantyre, a crash killed 17, the mayor told the BBC": the scene
    if setting.pos_ == "PROPN" and setting.dep_ == "pobj" and spoken_in(setting):
        return True  # "issued from Camp Roe in Datu Piang town": where the camp stands
    if setting.dep_ == "pobj" and (
        setting.head.lower_ == "with" or (setting.head.lower_ == "to" and setting.pos_ == "PROPN")
    ):
        # "a joint briefing with the army in Anantnag", "talking to Dawn in Peshawar"
        # (a paper's name); "talked to aid workers in the camp" met them where they are
        setting = setting.head.head
    if tok.head.lower_ == "from":  # "a video message from Islamabad", not "fled from Kabul"
        if setting.pos_ == "VERB" and setting.dep_ == "acl":
            setting = setting.head  # "a statement issued from Camp Roe"
        return setting.pos_ == "NOUN" and _a_speech_setting(setting)
    if _a_speech_setting(setting) or _a_read_statement(setting):
        return True
    # "speaking to reporters at the Secretariat in Dhaka": the building words were said at
    building = setting.head.head if setting.dep_ == "pobj" and setting.head.lower_ == "at" else None
    return building is not None and building.pos_ == "VERB" and _a_speech_setting(building)


def fronted(prep: Token, verb: Token) -> bool:
    """The phrase opens the sentence before the verb and its subject, and the verb tells no
    clause of its own ("In X, a crash killed 17, the mayor told the BBC", the lead hung on the
    report): the lead's scene, not where the words were said ("told reporters in X")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    opens = prep.i == prep.sent.start or prep.doc[prep.i - 1].is_punct  # "LAHORE: In X, ..."
    # a verb with a clause of its own tells it there ("In Abuja, the army told reporters
    # that 30 were killed in Zamfara"): only a lead the parser hung on the report is fronted
    own = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    return opens and not own and prep.i < verb.i and all(prep.i < s.left_edge.i for s in subjects)


def _past_its_time(setting: Token) -> Token:
    """ "a statement read on Monday evening in Ouagadougou": the parser hangs the town on the
    time the words were said; what was said at that time is what the town is the setting of."""
    while setting.ent_type_ in _TIME_ENTS and setting.dep_ in ("pobj", "npadvmod"):
        setting = setting.head.head if setting.dep_ == "pobj" else setting.head
    return setting


def _a_read_statement(setting: Token) -> bool:
    """ "a statement read on television in X", "a message broadcast in Y": a verb hung on a
    noun of words said tells where those words were given out; a clause of its own ("said in
    a statement that three men were held in Y", with its subject) tells what was said; "the
    information was given in X": a verb whose subject is the words said, too."""
    if setting.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubjpass" and _a_speech_setting(c) for c in setting.children):
        return True
    return (
        setting.dep_ == "acl"
        and not any(c.dep_ in _CLAUSE_DEPS for c in setting.children)
        and setting.head.pos_ == "NOUN"
        and _a_speech_setting(setting.head)
    )


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark"})  # a clause's own subject, "that"
_TIME_ENTS = frozenset({"DATE", "TIME"})  # "on Monday evening in X": the time words were said
_PROVINCE_WORDS = frozenset({"state", "province"})  # a title's province written with its kind
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})  # how a title's words hang together


def _a_speech_setting(head: Token) -> bool:
    """ "addressing a press conference in Peshawar", "a statement issued in Rawalpindi",
    "talking to reporters in Quetta": where words were said, which is the speaker's place."""
    verbs, settings, events = _speech_words()
    if head.pos_ == "VERB":
        return head.lemma_.lower() in verbs
    # "talking to media persons in Mardan": the audience named by its setting's word
    named = any(c.dep_ == "compound" and c.lower_ in settings for c in head.lefts)
    said = head.lemma_.lower() in settings or head.lower_ in settings  # "media", not "medium"
    # "addressing a rally in Lahore"; "an attack on a rally in Quetta" is the rally's scene
    above = head.head.head if head.dep_ == "pobj" else head.head  # "speaking at a ceremony"
    addressed = head.lemma_.lower() in events and above.lemma_.lower() in verbs
    return head.pos_ == "NOUN" and (said or named or addressed)


@functools.cache
def _speech_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``speech_verbs``, ``speech_settings`` and ``speech_events`` of ``rules/places.json``."""
    rules = load_rules("places")
    verbs, settings, events = (
        frozenset(str(w) for w in rules[k])
        for k in ("speech_verbs", "speech_settings", "speech_events")
    )
    return verbs, settings, events


def a_title_beside_a_told_place(
    tok: Token, num: Token, found: Sequence[tuple[Token, str]]
) -> bool:
    """ "The Basra police spokesman said the four were detained in raids in the X and Y
    areas": the town a speaker's title names is whom the speaker speaks for; the figure told
    in the speaker's clause is where that clause puts it, when it names a place of its own."""
    speaker = tok
    while speaker.dep_ in ("compound", "amod", "nmod") and speaker.head.i != speaker.i:
        speaker = speaker.head  # "spokesman" of "Basra police spokesman Ali Hadi"
    verb = speaker.head
    if speaker is tok or speaker.dep_ != "nsubj" or verb.lemma_.lower() not in cues().attributing:
        return False
    titled = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    told = range(verb.left_edge.i, verb.right_edge.i + 1)
    if num.i in titled or num.i not in told:
        return False
    return any(t.i in told and t.i not in titled for t, _ in found)


# Prepositions by which a place hangs on the verb of saying as where it was said ("In
# Mogadishu, the ministry said ...", "told reporters in Quetta that ...").
_SEAT_PREPS = frozenset({"in", "from", "at"})
# Dependencies of the clause a verb of saying tells ("said [that] troops killed 17 ...").
_TOLD_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# Who speaks or is spoken to, on whom the parser may hang where it was said.
_PARTY_DEPS = frozenset({"nsubj", "dobj", "dative"})


def a_seat_beside_a_told_place(
    tok: Token, num: Token, found: Sequence[tuple[Token, str]]
) -> bool:
    """ "In Mogadishu, the ministry said troops killed 17 fighters in villages west of X",
    "told a radio in Pemba that eight bodies were found near Y": the place the verb of
    saying (or who speaks or hears) is set in is where the words were said; the figure the
    told clause holds is where that clause puts it, when it names a place of its own."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in _SEAT_PREPS:
        return False
    verb = head.head.head
    if verb.dep_ in _PARTY_DEPS and verb.head.i != verb.i:
        verb = verb.head  # "told Radio X in Pemba that ...": the parse hangs it on the party
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues().attributing:
        return False
    told = [c for c in verb.children if c.dep_ in _TOLD_DEPS]
    inside = {t.i for clause in told for t in clause.subtree}
    return num.i in inside and any(t.i in inside for t, _ in found)
