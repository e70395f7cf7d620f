"""One victim a headline names without an article: "Toddler injured in shooting has died", "Teen
shot near school", "6-year-old who accidentally shot himself in garage dies". Body text names one
person with "a" ("a 4-year-old boy was shot", ``victim_names.one_victim``); a headline drops the
article, so its first noun phrase, a person or an age, is that one person when a harm word follows
it. The parse of a headline is often wrong ("dies" read as a noun), so the harm is read from its
words after the person, not from the tree."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from core.extract.attribution_headlines import opening_source
from core.extract.chunk_texts import span_text
from core.extract.headline_objects import done_to_others, harmed_objects
from core.extract.measures import Reading, lexicon
from core.extract.other_incidents import INDEFINITE_ARTICLES
from core.extract.person_nouns import a_victim_word, person_noun
from core.extract.victim_names import Found, an_age, victim_figure
from core.rules import word_set
from core.text.lines import a_title

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from core.model import Measure

# how far into the headline its person may stand ("Little boy ...", "Englewood teen ...")
MAX_LEADING_WORDS = 3
AGE_TOKENS = 5  # "4 - year - old"
# The words of a headline that say its person died, or was hurt; "shot" or "stabbed" alone is
# hurt
DEATH_LEMMAS = frozenset({"die", "kill", "slay", "murder"})
DEATH_WORDS = frozenset({"dies", "died", "dead", "fatally", "killed", "slain"})
HURT_LEMMAS = frozenset({"injure", "wound", "hurt", "shoot", "stab", "hospitalize"})
HURT_WORDS = frozenset({
    "shot", "stabbed", "injured", "wounded", "hurt", "critical", "hospitalized"
})
# the states a verb of leaving puts its person in ("leaves man dead")
STATE_WORDS = frozenset({"dead", "injured", "wounded", "hurt"})
# verbs that may stand between the person and the harm ("man found shot", "boy who was shot")
LINKING_LEMMAS = frozenset({"be", "have", "find"})
# the tags of a headline's first word the tagger takes a person noun for ("Man", "Boy, 9,",
# "Gunman Dead")
TITLE_TAGS = frozenset({"NNP", "NN", "UH", "JJ"})
# what opens a later clause of a headline on one more person ("..., Another Wounded")
ANOTHER_WORDS = frozenset({"another"})
# the marks that join a headline's clauses ("Teen Killed, Another Wounded", "...; Two Hurt")
CLAUSE_MARKS = frozenset({",", ";"})
# the roles of a noun that something was done to ("Man Who Shot Teen Dies")
OBJECT_DEPS = frozenset({"dobj", "attr", "dative"})
# what the bare person noun of a headline has none of: an article, a possessive, a count
BARE_NOT = frozenset({"det", "poss", "nummod", "quantmod", "conj"})
# a headline that denies or supposes the harm counts no one ("Boy not hurt", "Teen may have
# been shot")
DOUBT_WORDS = frozenset({"not", "n't", "no", "never", "may", "might", "could", "would"})


# "... was wounded at a sleepover. (Photo: KXYZ)": a picture's caption set above the
# story as its headline
CAPTION_CREDIT = re.compile(r"\((?:AP |File )?(?:Photo|Image|Video)s?\b[^()\n]*\)\s*$")


def headline_end(text: str) -> int:
    """Where the report's headline ends: its first line, when the line has no closing stop
    (or is a picture's caption) and the body follows it; -1 for none."""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0:
        return -1
    line = text[first:line_end]
    return line_end if a_title(line) or CAPTION_CREDIT.search(line) else -1


def headline_line(text: str, start: int, words: str) -> bool:
    """Whether the sentence of ``words`` at ``start`` of the report is its headline (the
    first one of it; the parse may run a sentence on over the line break)."""
    first = len(text) - len(text.lstrip())
    # "Fresno Police: Teen shot at mall": the parse may cut the line at its source's colon
    after_source = "\n" not in text[first:start] and text[first:start].rstrip().endswith(":")
    return (start == first or after_source) and start + len(words.rstrip()) <= headline_end(text)


def headline_victim(sent: Span, *, later: bool = False) -> Found | None:
    """The one person a headline (or a ``later`` clause of it) names by a bare noun or age
    ahead of its harm, counted in the graver measure its words tell; None when the headline
    denies or supposes the harm, or an act other than the harm stands between them ("Teen
    charged in shooting")."""
    person = _bare_person(sent) or _harmed_subject(sent) or (_another(sent) if later else None)
    if person is None or any(t.lower_ in DOUBT_WORDS for t in sent):
        return None
    harm = _own_harm(sent, person)
    if harm is None:
        # "Teen held after store clerk shot dead": the first person did something else; the
        # one harmed is named further on
        person = _harmed_subject(sent, after=person.i)
        if person is not None and person.dep_ == "pobj":
            person = None  # "Mother of teen killed ...": the headline is the mother's
        harm = _own_harm(sent, person) if person is not None else None
    if person is None or harm is None:
        return None
    if done_to_others(harm, person):
        return None  # "Father kills son": the person is the one who kills
    measures = {_measure(t) for t in sent[harm.i - sent.start :]}
    measure: Measure = "killed" if "killed" in measures else "injured"
    first = _listed_before(person, sent)
    if first is not None:  # "Woman, daughter killed in Meerut": a list of bare persons
        count = 1 + sum(1 for t in sent.doc[first.i : person.i] if t.text == ",")
        reading = Reading(measure=measure, noun=first, anchor=harm,
                          rule=f"victim_list:headline:{harm.lower_}")
        return victim_figure(sent, sent.doc[first.i : person.i + 1], float(count), reading,
                             noun=person)
    span = sent.doc[person.left_edge.i : person.i + 1]
    reading = Reading(measure=measure, noun=person, anchor=harm,
                      rule=f"singular_victim:headline:{harm.lower_}")
    return victim_figure(sent, span, 1.0, reading)


def _listed_before(person: Token, sent: Span) -> Token | None:
    """The first of the bare persons a headline lists before ``person`` by commas ("Woman,
    daughter killed", "Husband, wife found murdered"): a list of one person each, read by the
    words' order (the parse of a headline is no guide); None when there is none."""
    doc, first = person.doc, None
    i = person.i - 1
    while i - 1 >= sent.start and doc[i].text == "," and a_victim_word(doc[i - 1]):
        first = doc[i - 1]
        i -= 2
    return first



def _own_harm(sent: Span, person: Token) -> Token | None:
    """The first harm word after the person, unless an act of theirs or another person
    stands between ("Teen charged in ...", "Mother of teen killed ...")."""
    harm = next((t for t in sent[person.i + 1 - sent.start :] if _measure(t)), None)
    if harm is None or any(_between(t) for t in sent.doc[person.i + 1 : harm.i]):
        return None
    return harm


def _harmed_subject(sent: Span, after: int = -1) -> Token | None:
    """ "Family Grieves After Grandson Dies In Crash", "Funeral Held After Nephew Dies": a
    bare person noun further on right before a harm word of its own, read by the words' order
    as the parse of a headline is no guide; not the object of a deed ("Man Who Shot Teen
    Dies")."""
    for tok, nxt in itertools.pairwise(sent):
        if (
            tok.i > max(sent.start, after)
            and _measure(nxt)
            and tok.dep_ not in OBJECT_DEPS
            and person_noun(tok)
            and not any(c.dep_ in BARE_NOT for c in tok.children)
        ):
            return tok
    return None


def _another(clause: Span) -> Token | None:
    """ "Teen Killed, Another Wounded": a later clause of the headline that opens on
    "another" names one more person."""
    first = clause[0]
    return first if first.lower_ in ANOTHER_WORDS else None


def clauses(sent: Span) -> list[Span]:
    """ "Teen Killed, Another Wounded In ...": the clauses a headline joins by a comma or a
    semicolon, as a body joins them by "and": parts that each tell a harm of their own ("Boy,
    9, Wounded ..." is one)."""
    doc, parts, start = sent.doc, [], sent.start
    for tok in sent:
        # "Man shot, killed after ...": a harm word right after the comma joins the one
        # before it ("shot and killed"), no clause of its own
        if tok.text in CLAUSE_MARKS and _tells_harm(doc[start : tok.i]) and _tells_harm(
            doc[tok.i + 1 : sent.end]
        ) and not (tok.i + 1 < sent.end and _measure(doc[tok.i + 1])):
            parts.append(doc[start : tok.i])
            start = tok.i + 1
    return [*parts, doc[start : sent.end]]


def _tells_harm(words: Span) -> bool:
    return any(_measure(t) for t in words)


def _between(tok: Token) -> bool:
    """A word between the person and the harm that gives the harm to someone else: an act
    of the person's ("Teen charged in ...", "Man gets life for ..."), or another person
    ("Mother of teen killed ...")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() not in LINKING_LEMMAS:
        return not _to_death(tok)  # "Youth Hacked To Death": the harm, whatever the verb
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().victim_nouns


def _bare_person(sent: Span) -> Token | None:
    """The headline's first noun when it names one person with no article, possessive or
    count: a person noun ("Toddler", "Little boy") or an age ("4-year-old")."""
    for tok in sent[: MAX_LEADING_WORDS + AGE_TOKENS]:
        if any(a.i != tok.i and an_age(a) for a in (tok.head, tok.head.head)):
            continue  # "4", "year": the words of an age
        if tok.pos_ in ("NOUN", "PROPN") or an_age(tok) or _titled_person(tok, sent):
            if not (an_age(tok) or person_noun(tok) or _titled_person(tok, sent)):
                return None
            if any(
                c.dep_ in ("poss", "nummod", "conj") or (c.dep_ == "det" and not _opening(c))
                for c in tok.children
            ):
                return None
            if tok.dep_ == "compound" or _hyphened(tok):
                return None  # "Officer-involved shooting ...": a modifier, no person
            if tok.i - sent.start - _age_tokens(tok) > MAX_LEADING_WORDS:
                return None
            return tok
    return None


def _opening(det: Token) -> bool:
    """ "A teen killed, two hurt": an article opening the clause, as a body's sentence is
    written; the person is still one named singly."""
    return det.i == det.sent.start and det.lower_ in INDEFINITE_ARTICLES


def _hyphened(tok: Token) -> bool:
    """ "Officer-involved": the word a hyphen joins to the next."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not an_age(tok)


def _to_death(verb: Token) -> bool:
    return any(
        p.lower_ == "to" and any(o.lower_ == "death" for o in p.children) for p in verb.children
    )


def _titled_person(tok: Token, sent: Span) -> bool:
    """ "Man killed in ...", "Boy, 9, Wounded ...", "Cyclist Dies ...": the first word of the
    headline or of a clause of it, capitalised as any first word is, a person noun the tagger
    may take for a name, an adjective or an exclamation; "Suspect Killed", "Gunman Dead": one
    who did harm, harmed, is counted as anyone (the body names him where he did it)."""
    if tok.i != sent.start or tok.tag_ not in TITLE_TAGS:
        return False
    lex = lexicon()
    people = lex.people_nouns | lex.suspect_nouns | lex.abductor_nouns
    return tok.lower_ in people or person_noun(tok, first=True)


def _age_tokens(tok: Token) -> int:
    """The words an age spans before its "old" ("4 - year -")."""
    return AGE_TOKENS - 1 if an_age(tok) else 0


def _measure(tok: Token) -> Measure | None:
    """The harm a word of the headline tells; not a gerund ("Teen in custody after
    shooting"), which names the deed, not who it befell; "death" only of the person's
    ("Teen's death ruled accidental")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.tag_ == "VBG" or low.endswith("ing"):
        return None
    if low in DEATH_WORDS or lemma in DEATH_LEMMAS or _verb_of_death(tok) or (
        # "Teen's death ...", "Man found shot to death"
        low == "death" and (tok.head.lower_ == "to" or any(c.dep_ == "poss" for c in tok.children))
    ):
        return "killed"
    if low in HURT_WORDS or lemma in HURT_LEMMAS:
        return "injured"
    return None


def _verb_of_death(tok: Token) -> bool:
    """ "Soldier Martyred": a verb the lexicon reads as a killing ("martyr", "behead"), or a
    phrasal one with its particle after it ("Bank executive gunned down")."""
    lex = lexicon()
    if tok.pos_ != "VERB":
        return False
    if lex.verbs.get(tok.lemma_.lower()) == "killed":
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and lex.phrasal.get((tok.lemma_.lower(), after.lower_)) == "killed"


def headline_victims(
    sent: Span, text: str, offset: int, counted: Sequence[Reading] = ()
) -> list[Found]:
    """ "Toddler injured in shooting has died": the headline's one person with no article, one
    for each of its clauses ("Teen Killed, Another Wounded"); "Woman dead, 2 hurt", "Shooting
    leaves woman dead and 2 hurt": beside a count of another harm (``counted``: the readings
    of the headline's casualty figures), or of the same harm told by a word of its own
    ("Soldier Martyred, Two Terrorists Killed"), the person is one more."""
    sent = _headline_words(sent, text, offset)
    if not headline_line(text, offset + sent.start_char, span_text(sent)):
        return []
    sent = _after_source(sent)  # "Police: Man fatally shot in ...": the source's line
    parts = clauses(sent)
    found = [
        f for i, part in enumerate(parts) if (f := headline_victim(part, later=i > 0)) is not None
    ] or [f for f in (left_victim(sent),) if f is not None]
    if found:
        return [f for f in found if not _in_a_count(f[3], counted)]
    # "Husband kills wife and stepson": the one who does the harm, those it is done to
    if any(t.lower_ in DOUBT_WORDS for t in sent):
        return []
    measures = {r.measure for r in counted}
    return [f for f in harmed_objects(sent) if f[3].measure not in measures]


def _after_source(sent: Span) -> Span:
    """The headline's words after a source it opens with ("Police:", "Deputies:"), whose
    person comes first in what the source says."""
    if opening_source(sent) is None:
        return sent
    colon = next(t for t in sent if t.text == ":")
    return sent.doc[colon.i + 1 : sent.end]


def _in_a_count(person: Reading, counted: Sequence[Reading]) -> bool:
    """Whether a figure of the headline may count the person: one of the same harm told by the
    same word ("Teen among 3 killed", "Boy, 2 others killed") or by none."""
    return any(
        r.measure == person.measure
        and (r.anchor is None or person.anchor is None or r.anchor.i == person.anchor.i)
        for r in counted
    )


def _headline_words(sent: Span, text: str, offset: int) -> Span:
    """The sentence's words up to the headline's line break: a headline with no closing
    stop the parse ran on into the body ("Gunfire left man dead\n\nPolice said ...")."""
    end = headline_end(text) - offset
    if end < 0 or sent.end_char <= end:
        return sent
    last = next((t.i for t in sent if t.idx >= end), sent.end)
    return sent.doc[sent.start : last]


def left_victim(sent: Span) -> Found | None:
    """ "Bakery Gunfire Leaves Clerk Dead": a verb of leaving, a bare person, the state they were
    left in, word by word (the parser takes "Clerk Dead" for a name)."""
    states = lexicon().state_verbs
    for verb in sent:
        if verb.lemma_.lower() not in states or verb.i + 2 >= sent.end:
            continue
        person, state = sent.doc[verb.i + 1], sent.doc[verb.i + 2]
        if state.lower_ in word_set("measures", "severity_adverbs") and state.i + 1 < sent.end:
            state = sent.doc[state.i + 1]  # "leaves toddler critically injured"
        measure = _measure(state)
        if not (person_noun(person) or person.lower_ in lexicon().victim_nouns) or (
            measure is None or state.lower_ not in STATE_WORDS
        ):
            continue
        reading = Reading(measure=measure, noun=person, anchor=verb,
                          rule=f"singular_victim:headline:{verb.lemma_.lower()}")
        return victim_figure(sent, sent.doc[person.i : person.i + 1], 1.0, reading)
    return None
