"""One victim mentioned again: "A 15-year-old boy was killed ... The 15-year-old was killed as
he walked home" names one person twice, and the second mention is no new figure. Decided from
the text: the same name, or the same age with a noun that fits; two victims told apart by
nothing ("a man was killed ... a woman was also killed") stay two. One "wounded" who later
died is dead, not hurt; a death told first and the harm told after ("A boy died ... doctors had
been treating a 3-year-old for gunshot wounds") is each measure's first telling, as checkers
count it (a bare "shot" of the dead is settled by ``shot_counts``). ``Victims.earlier`` finds
the mentions.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.extract.appositive_names import appositive_name
from core.extract.chunk_texts import span_text
from core.extract.incident_words import told_apart
from core.extract.victim_names import AGE_UNITS, FOUND_PARTICIPLE, ROLL_RULE, SURNAME, Found
from core.rules import load_rules
from core.text.number_tokens import number_words

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Set as AbstractSet

    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.model import Claim
    from core.text.numbers import Amount

# The readers of one person named without a numeral (core/extract/victims.py, victim_nouns.py)
# (and of one person arrested so, ``lone_arrests``: counted once a report as a victim is)
ARREST_RULE = "singular_arrest:"
CAPTIVE_RULE = "singular_captive:"  # "gunmen abducted a trader": one person kidnapped
SINGULAR_RULES = (
    "singular_victim:", "object_victim:", "nominal_victim:", "self_shot:", ARREST_RULE,
    CAPTIVE_RULE,
)
# The readers of people named without a numeral, one or a list of them
LIST_RULE = "victim_list:"  # "a man and a woman were killed"
DESCRIBED_HURT = "described_hurt:wounded"  # "a wounded girl was taken to hospital"
DESCRIBED_DEAD = "described_dead:"  # "a slain cashier", "the dead woman"
UNNUMBERED_RULES = (*SINGULAR_RULES, LIST_RULE, DESCRIBED_DEAD, DESCRIBED_HURT)
# "One dies", "killed at least one person", "1 injured": a count of one written as a numeral
ONE_NUMERAL = re.compile(r"\b(?:one|1)\b(?!-)", re.IGNORECASE)  # not "a one-year-old"
AGE_WINDOW = 3  # "15-year-old": the number, a hyphen, then the unit
# How a subject names a victim the text may have counted already ("the driver", "he")
DEFINITE = "definite"
DEFINITE_AGED = "singular_victim:definite_aged:"  # "the 6-year-old boy who was shot has died"
INDEFINITE = "singular_victim:indefinite:"
# One victim a later toll may take in: "a worker", "Jon Roe, 19" (``absorbed``)
LONE_RULES = (INDEFINITE, "singular_victim:name:")
ANOTHER = "singular_victim:another:"  # "Three were killed and another injured"
PERSONAL_PRONOUNS = frozenset({"he", "she"})
OTHER_WORDS = frozenset({"other", "another"})  # "the other victim"
INCREMENT_WORDS = frozenset({"more"})  # "one more patient died": an increment, counted
# "the third victim": a member of a group counted before, someone else than the one counted
# hurt, but maybe the death counted already ("One victim died ... the third victim died")
ORDINAL_MEMBERS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
# "a 5th worker": an ordinal in digits; the words are number_words' ordinals ("fifth")
ORDINAL_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th)")
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")  # "fifth", not the fractions "half", "quarter"
TOLL_RULE = "toll:"  # the readers of a toll ("the death toll rose to 11")
# The subject of a toll that refers back to the sentence before: "This raises the toll to 5"
BACK_REFERENCES = frozenset({"this", "that", "it"})
BACK_POSSESSIVES = frozenset({"his", "her"})  # "His death brings the toll to three"
FIRST_RANK = 1  # "a first victim" ranks no one after a count
NAMED_RULE = "singular_victim:name:"  # "Jon Roe, 22, died"
ADJACENT_GAP = 3  # characters between one sentence's end and the next's start
MORE_WORDS = frozenset({"other", "others", "more"})  # "two other men were killed"
# words by which a mention tells someone more than those counted: "another boy", "a second
# girl", "a man was also shot", "police are separately looking into a report of a man shot"
SOMEONE_MORE = MORE_WORDS | OTHER_WORDS | ORDINAL_MEMBERS | {"also", "too", "separately"}
TITLES = frozenset({"mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr"})


@dataclass(frozen=True, slots=True)
class Victim:
    """What names one victim: the measure, the words of a name, an age, a person noun."""

    measure: str
    name: tuple[str, ...]
    age: str | None
    noun: str | None


@functools.cache
def _referring_nouns() -> frozenset[str]:
    words: list[str] = load_rules("measures")["referring_victim_nouns"]
    return frozenset(words)


def victim_of(amount: Amount, span: Span, reading: Reading) -> Victim | None:
    """The victim a figure of one person names without a numeral, if it is one."""
    if amount.value != 1 or not reading.rule.startswith(SINGULAR_RULES):
        return None
    noun = reading.noun
    if noun is None or reading.measure is None:
        return None
    span = appositive_name(span, noun)  # "the victim, Nora Fisk,": Nora Fisk
    named = span.root.pos_ == "PROPN"
    name = tuple(t.lower_ for t in span if t.is_alpha or t.lower_ in TITLES) if named else ()
    name = tuple(w for w in name if w not in TITLES)
    age = _age(noun)
    plain = None if named or noun.lower_ == "old" else noun.lemma_.lower()
    return Victim(measure=reading.measure, name=name, age=age, noun=plain)


def _age(noun: Token) -> str | None:
    """ "a *15*-year-old boy", "*6*-month-old Ana Ruiz", "Jane Roe, *15*,": the age and unit."""
    doc = noun.doc
    for tok in noun.subtree:
        if not tok.like_num or tok.i == noun.i:
            continue
        if tok.dep_ == "appos" and tok.head.i == noun.i:
            return f"{_digits(tok.lower_)} years"
        if tok.i < noun.i:
            window = doc[tok.i + 1 : min(tok.i + 1 + AGE_WINDOW, len(doc))]
            unit = next((t.lower_ for t in window if t.lower_ in AGE_UNITS), None)
            if unit is not None:
                return f"{_digits(tok.lower_)} {unit.rstrip('s')}s"
    return None


def _digits(word: str) -> str:
    """ "two" as "2": "a 2-year-old ... the two-year-old" is one age, however written (and
    "twenty" as "20")."""
    words = number_words()
    value = words.units.get(word) or words.teens.get(word) or words.tens.get(word)
    return str(int(value)) if value is not None else word


def same_victim(earlier: Victim, later: Victim) -> bool:
    """Whether the later mention names the person the earlier one did, in the same measure."""
    return earlier.measure == later.measure and same_person(earlier, later)


def same_person(earlier: Victim, later: Victim) -> bool:
    """Whether two mentions name one person, whatever happened to them: the same name (the
    surname, or a first name alone within the full name; two full names with other first
    names are two people of one family); failing names on both, the same
    age with nouns that fit ("boy" and "victim", not "boy" and "girl")."""
    if earlier.name and later.name:
        short, full = sorted((earlier.name, later.name), key=len)
        if len(short) > 1 and short[0] not in full:
            return False  # "Zoe Hart" after "Mia Hart": a sister ("Officer Jo Roe" is Jo Roe)
        return short[-1] == full[-1] or (len(short) == 1 and short[0] in full)
    if earlier.age is None or earlier.age != later.age:
        return False
    nouns = {earlier.noun, later.noun} - {None}
    return len(nouns) < 2 or bool(nouns & _referring_nouns())


@dataclass(slots=True)
class Victims:
    """The victims a document named so far, indexed by what ``same_victim`` can match on (a
    word of a name, an age), so each new mention meets only its few candidates: a scan of
    every earlier victim grows with the square of a long document."""

    _by_key: defaultdict[str, list[tuple[Victim, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _days: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    _unnamed: dict[str, Victim] = field(default_factory=dict)  # by claim id: "a boy", "a man"

    @staticmethod
    def _keys(victim: Victim) -> list[str]:
        """Where a mention is filed: its last word, every word, a one-word name, its age (and
        its age among the unnamed), as ``same_person`` can match on each."""
        name, keys = victim.name, []
        if name:
            keys += ["last:" + name[-1], *("word:" + w for w in name)]
            keys += ["single:" + name[0]] if len(name) == 1 else []
        if victim.age is not None:
            keys += ["age:" + victim.age] + ([] if name else ["unnamed:" + victim.age])
        return keys

    @staticmethod
    def _wanted(victim: Victim) -> list[str]:
        """Where the earlier mentions of the same person are filed: two names match on their
        last word or a one-word name within the other, so a shared first name or age alone
        ("Jane ..., 15") never lists every victim that has it; a name meets by age only the
        unnamed."""
        name = victim.name
        if not name:
            return ["age:" + victim.age] if victim.age is not None else []
        keys = ["last:" + name[-1], *("single:" + w for w in name)]
        keys += ["word:" + name[0]] if len(name) == 1 else []
        return keys + (["unnamed:" + victim.age] if victim.age is not None else [])

    def earlier(self, victim: Victim) -> list[tuple[Victim, str]]:
        """The earlier mentions of the person ``victim`` names (``same_person``), each with
        the id of its claim."""
        found: dict[str, tuple[Victim, str]] = {}
        for key in self._wanted(victim):
            for v, claim_id in self._by_key.get(key, ()):
                if same_person(v, victim):
                    found[claim_id] = (v, claim_id)
        return list(found.values())

    def add(
        self, victim: Victim, claim_id: str, days: tuple[dt.date, dt.date] | None = None
    ) -> None:
        for key in self._keys(victim):
            self._by_key[key].append((victim, claim_id))
        if not victim.name:
            self._unnamed[claim_id] = victim
        if days is not None:
            self._days[claim_id] = days

    def unnamed(self, claim_id: str) -> Victim | None:
        """The victim the claim counted when it named them by no name ("a 4-year-old girl")."""
        return self._unnamed.get(claim_id)

    def days(self, claim_id: str) -> tuple[dt.date, dt.date] | None:
        """The time the claim of a mention dates the harm to, if the text gave one."""
        return self._days.get(claim_id)


def counted_before(victim: Victim, earlier: list[tuple[Victim, str]]) -> bool:
    """Whether the earlier mentions count ``victim`` already, in its measure: the hurt told
    after a death told first ("A boy died ... Surgeons were treating a 3-year-old for gunshot
    wounds") is that measure's first telling, which the gold counts."""
    return any(v.measure == victim.measure for v, _ in earlier)


def refers_back(
    reading: Reading, *, harmed: bool, dead: bool = False, tolled: bool = False,
    hurt: bool = False,
) -> bool:
    """Whether a definite victim ("the driver died", "she died of her injuries") is one a
    figure before it counted: any casualty figure earlier in the report or in the sentence may
    be that person, so the mention counts only in a report that counted no one before; "the
    other victim" is someone else, and so is "the second victim" when no one was counted
    dead before (``dead``): a death counted before may be this member's. A dead victim named
    by age ("the 7-year-old who was shot Sunday has died") counts unless a toll of the dead
    was given before (``tolled``: "... has died, bringing the death toll to two. The
    16-year-old died late on Wednesday"). One hurt named by age after a group counted hurt
    (``hurt``: "a gunman shot four people ... the 31-year-old victim was struck in the arm") is
    one of them."""
    noun = reading.noun
    words = {c.lower_ for c in noun.children} if noun is not None else set()
    if words & OTHER_WORDS or (words & ORDINAL_MEMBERS and not dead):
        return False
    if reading.rule.endswith(FOUND_PARTICIPLE):
        return harmed  # "... Police found a man shot in the chest": the one counted
    if reading.rule.startswith(DEFINITE_AGED):
        # "... has died, bringing the death toll to two. The 16-year-old, who was stabbed on
        # Tuesday, died late on Wednesday": the victim a death counted before named again
        return (tolled and reading.measure == "killed") or (
            hurt and reading.measure == "injured"
        )
    if reading.rule.startswith(f"{DESCRIBED_DEAD}{DEFINITE}:"):
        # "Two deputies were wounded ... The slain suspect was identified": a death no
        # figure before counted is news; "the slain militant" after a death is that one
        return harmed and dead
    return harmed and reading.rule.startswith(
        (f"singular_victim:{DEFINITE}:", f"object_victim:{DEFINITE}:", f"victim_list:{DEFINITE}:",
         f"nominal_victim:{DEFINITE}:", DESCRIBED_HURT)  # "the boy's death", "a wounded girl"
    )


def lone_hurt(counted: list[tuple[str, str, float]], reading: Reading) -> bool:
    """ "One person is in hospital after being shot ... The teen has died": when the one
    casualty the report counted so far is one person hurt, the definite victim who died is
    news the figure did not count (the figure stays: a numeral is a claim of its own)."""
    if reading.measure != "killed" or len(counted) != 1:
        return False
    _claim_id, measure, value = counted[0]
    return measure == "injured" and value == 1


def unlinked_surname(reading: Reading, earlier: list[tuple[Victim, str]]) -> bool:
    """A lone proper noun read as a victim ("Roe died Sunday") that no earlier full name
    ("Jane Roe, 34, was shot") makes a person: a place or a firm, never a new victim."""
    return f":{SURNAME}:" in reading.rule and not earlier


# The dead found ("found a man dead"): those a count before counted, when there is one
FOUND_RULES = ("object_victim:indefinite:find", "object_victim:indefinite:discover")
# How a victim is named when the figure stands for people named, not counted
_NAMING = (":name:", ":apposition:")
SAME_DAYS = 2  # a named victim's day this far from a count's is the same happening's


def numbered_list(rule: str, text: str) -> bool:
    """A list of victims with a count of people in it ("a police officer and two guards were
    killed", "two farmers and a boy died"): the numeral is a figure a checker checks, never
    one a count before or after it sums up (``restates_count``, ``covered_victims``); an age
    set off after a name ("Jon Roe, 34, and Ann Poe, both 30") counts no one."""
    if not rule.startswith(LIST_RULE):
        return False
    words = text.lower().split()
    return any(
        _cardinal(word) and following[:1].isalpha()
        for word, following in itertools.pairwise(words)
    )


def _cardinal(word: str) -> bool:
    """A count written in digits or number words ("12", "two", "twenty-five")."""
    tables = number_words()
    cardinals = tables.units.keys() | tables.teens.keys() | tables.tens.keys()
    return word.isdigit() or all(part in cardinals for part in word.split("-"))


def restates_count(
    reading: Reading,
    value: float,
    day: dt.date | None,
    numbered: list[Claim],
    *,
    headline_end: int = -1,
) -> bool:
    """People named after a count of their harm ("Two friends were killed ... Ana Ruiz, 31,
    and Bo Poe, 28, died"; "... killing one man. Police named him as Jon Roe, 40, ..."): as
    many as the count or fewer are those counted, no new figure; and a victim named without a
    numeral after a toll of their harm ("The death toll rose to eleven ... A soldier who had
    been among the 10 injured succumbed", "... A sergeant, 34, died at a hospital") is one the
    toll counts; so are the dead found after a count of the dead ("Two people were killed
    ... Deputies found a 19-year-old man dead in the driveway") and the dead a roll names
    after it ("... Police identified the dead as Jon Roe and Bo Poe"). Not a count of another
    day ("at least four children died in 2030 ... Jon Roe, 8, was shot dead in May"), nor a
    headline's count (``headline_end``): "Two dead in shooting" over "A woman and a man were
    killed" is the body's first telling, a row of its own as the headline's is."""
    rule = reading.rule
    listed = rule.startswith(("victim_list:", *FOUND_RULES)) or (
        rule.startswith(SINGULAR_RULES) and any(w in rule for w in _NAMING)
    ) or (rule.startswith(ROLL_RULE) and reading.measure == "killed")  # the hurt count each
    if not (listed or _one_of_a_toll(reading)):
        return False
    return any(
        claim.measure == reading.measure
        and claim.value >= value
        and ((listed and claim.start >= headline_end) or _tolls_them(claim, reading))
        and same_happening(claim, day)
        for claim in numbered
    )


def _tolls_them(claim: Claim, reading: Reading) -> bool:
    """A toll of more than one that counts the victim's kind: any, or the group it names
    ("the toll of militants killed" counts no soldier; a "victim" may be anyone)."""
    if not claim.rule.startswith(TOLL_RULE) or claim.value <= 1:
        return False
    noun = reading.noun
    if claim.subject is None or noun is None:
        return True
    return noun.lemma_.lower() in (claim.subject, *_referring_nouns())


def same_happening(claim: Claim, day: dt.date | None) -> bool:
    """A count of one incident (not a tally over weeks or years) on about the victim's day."""
    start, end = claim.date_start, claim.date_end
    if start is not None and end is not None and (end - start).days > SAME_DAYS:
        return False
    return day is None or start is None or abs((day - start).days) <= SAME_DAYS


def _one_of_a_toll(reading: Reading) -> bool:
    """An unnamed victim a toll may count ("a sergeant"), not "another soldier" or one "also"
    killed, someone more."""
    noun, anchor = reading.noun, reading.anchor
    if not reading.rule.startswith(INDEFINITE):
        return False
    if noun is not None and any(c.lower_ in OTHER_WORDS for c in noun.children):
        return False
    return anchor is None or not any(c.lower_ == "also" for c in anchor.children)


def counted_as_one(
    reading: Reading, tolls: AbstractSet[str | None], numbered: dict[str, set[float]]
) -> bool:
    """One person a numeral counts already: a victim whose sentence gives the toll of their
    harm ("A youth died in hospital, taking the death toll to one"), or an unnamed victim in
    a report whose numerals counted just one in that harm before ("One dies of injuries ... A
    youth injured in the clash died"), unless "another" or "a second" victim or one "also"
    harmed."""
    if reading.measure is None or not reading.rule.startswith(SINGULAR_RULES):
        return False
    if reading.measure in tolls:
        return True  # "a second man died, taking the death toll to three": in the toll
    noun, anchor = reading.noun, reading.anchor
    if noun is not None and any(c.lower_ in OTHER_WORDS for c in noun.children):
        return False
    if anchor is not None and any(c.lower_ == "also" for c in anchor.children):
        return False
    if not reading.rule.startswith(INDEFINITE):
        return False
    if noun_rank(noun) > FIRST_RANK:
        # "One man was killed ... A second man died later": someone after the one counted
        return ranked_within(reading, numbered)
    return numbered.get(reading.measure) == {1.0}


def ranked_within(reading: Reading, numbered: dict[str, set[float]]) -> bool:
    """ "The death toll rose to five ... A fifth worker has succumbed to his burns": an
    ordinal ranks the victim within a count of their harm, and a count before that reaches
    the rank counts them already; after "Four workers died", "a fifth worker died" is one
    more."""
    rank = noun_rank(reading.noun)
    return rank > FIRST_RANK and any(
        value >= rank for value in numbered.get(reading.measure or "", ())
    )


def counted_later(claims: Sequence[Claim]) -> set[str]:
    """ "A fourth victim died Monday ... Police said four people have now died": a victim
    ranked by an ordinal whom a later count of their harm in the report reaches is one that
    count counts, no figure of their own (the ids of such claims)."""
    out: set[str] = set()
    for at, claim in enumerate(claims):
        rank = text_rank(claim.number_text) if claim.rule.startswith(INDEFINITE) else 0
        if (rank > FIRST_RANK and any(
            later.measure == claim.measure
            and later.value >= rank
            and not later.recalls
            and not later.rule.startswith(UNNUMBERED_RULES)
            for later in claims[at + 1 :]
        )) or (claim.rule.startswith(NAMED_RULE) and any(
            _sums_up(claim, later) for later in claims[at + 1 :]
        )):
            out.add(claim.id)
    return out


def _sums_up(named: Claim, later: Claim) -> bool:
    """ "Jon Roe, 22, died Monday evening. The shooting on Saturday killed three people":
    the sentence right after a named victim that counts their harm, more than one and none
    said to be others, sums up the incident with them in it."""
    if (
        later.measure != named.measure
        or later.value < 2
        or later.recalls
        or later.rule.startswith(UNNUMBERED_RULES)
        or not 0 <= later.sentence_start - named.sentence_end <= ADJACENT_GAP
        or _runs_over(later)
    ):
        return False
    after = later.sentence[later.start - later.sentence_start + len(later.number_text) :]
    return not after.split()[:1] or after.split()[0].lower() not in MORE_WORDS


# "the city's 2031 homicide count": the days a running tally spans, more than an incident's
TALLY_DAYS = 31


def _runs_over(later: Claim) -> bool:
    """ "Jon Roe was killed ... The shooting brought the city's 2031 homicide count to 12": a
    tally run over more than a month counts the year, no sum of one incident."""
    start, end = later.date_start, later.date_end
    return start is not None and end is not None and (end - start).days > TALLY_DAYS


def text_rank(words: str) -> float:
    """ "A fourth victim", "a 5th worker": the rank an ordinal among the words gives, or 0."""
    ordinals = number_words().ordinals
    for word in words.lower().split():
        if word in ordinals and word.endswith(ORDINAL_ENDINGS):
            return ordinals[word]
        if (digits := ORDINAL_DIGITS.fullmatch(word)) is not None:
            return float(digits.group(1))
    return 0


def noun_rank(noun: Token | None) -> float:
    """ "a *fifth* worker", "a *5th* victim": the rank an ordinal before the noun gives (not
    "a 4th Street resident", whose ordinal names a street), or 0."""
    if noun is None:
        return 0
    before = (c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "nummod"))
    return next((rank for c in before if (rank := text_rank(c.lower_))), 0)


def numeral_count(number_text: str, value: float) -> bool:
    """Whether a casualty figure counts by a numeral: any count above one, and one only when
    a numeral says it (not a victim named without one: "a girl", "his sister", "himself")."""
    return value != 1 or bool(ONE_NUMERAL.search(number_text))


def completes_breakdown(
    reading: Reading,
    others: Sequence[tuple[str | None, float]],
    wholes: Sequence[tuple[str, str, float]],
) -> bool:
    """ "Four soldiers were killed ... Three died at the scene and another soldier was killed
    when ...": a victim named without a numeral who, with the figures of their harm in the
    same sentence (``others``: measure, value), makes up a whole counted before (``wholes``:
    id, measure, value) is one of that whole, no new victim; so is "another" ("killing four
    officers ... Three guards died at once and another died of his wounds"); never a victim
    of a sentence ``told_apart``."""
    if not reading.rule.startswith((INDEFINITE, ANOTHER)) or reading.measure is None:
        return False
    if reading.anchor is not None and told_apart(span_text(reading.anchor.sent)):
        return False  # "Separately, a man was shot ...": a victim of another incident
    parts = [value for measure, value in others if measure == reading.measure]
    if parts and any(
        measure == reading.measure and value == sum(parts) + 1 for _, measure, value in wholes
    ):
        return True
    return _told_since_the_whole(reading.measure, sum(parts), wholes)


def _told_since_the_whole(
    measure: str, here: float, wholes: Sequence[tuple[str, str, float]]
) -> bool:
    """ "Gunmen killed four people ... Three men died at the scene. A woman died after she was
    taken to a hospital": the figures of the victim's harm told since a whole, each less than
    it, with the victim (and the figures of its own sentence, ``here``) make the whole up."""
    counts = [value for _, m, value in wholes if m == measure]
    for at, whole in enumerate(counts):
        parts = counts[at + 1 :]
        if parts and all(p < whole for p in parts) and sum(parts) + here + 1 == whole:
            return True
    return False


def absorbed(readings: list[Reading], victims: list[tuple[str, str]]) -> list[str]:
    """ "A worker died of his burns on Tuesday. This raises the death toll to five", "Jon
    Roe, 19, died in hospital. His death brings the toll to three": the victims named without
    a numeral in the sentence before (``victims``: id, measure) whom a toll referring back to
    them counts; no new figure. "Another worker died on Tuesday. The
    toll from the two blasts stands at five" keeps them (no reference back)."""
    measures = {
        r.measure
        for r in readings
        if r.rule.startswith(TOLL_RULE)
        and r.anchor is not None
        and any(c.dep_ == "nsubj" and _refers_back(c) for c in r.anchor.children)
    }
    return [claim_id for claim_id, measure in victims if measure in measures]


def _refers_back(subject: Token) -> bool:
    """ "This raises the toll to five", "His death brings the toll to three": a subject that
    points back at the sentence before, or at the person it named."""
    return subject.lower_ in BACK_REFERENCES or any(
        c.dep_ == "poss" and c.lower_ in BACK_POSSESSIVES for c in subject.children
    )


def in_its_toll(reading: Reading, span: Span, tolls: list[Reading]) -> bool:
    """ "One of the injured, a 12-year-old boy, later died, raising the toll to two": the one
    person whose death moves the toll of its harm in the clause hung on it ("raising",
    "bringing the toll to ...") is one that toll counts, no figure of its own, as a victim
    named without a numeral is (``counted_as_one``). "Two of the injured died, raising the
    toll to five" is a count that stays; so is a toll in a clause of its own, and one more
    ("one more patient had died in the night, bringing the toll to 11": the increment is
    counted as such)."""
    anchor = reading.anchor
    if anchor is None or reading.measure is None or not ONE_NUMERAL.fullmatch(span.text):
        return False
    if any(c.lower_ in INCREMENT_WORDS for c in span.root.children):
        return False
    return any(
        toll.measure == reading.measure
        and toll.anchor is not None
        and toll.anchor.dep_ == "advcl"
        and toll.anchor.head.i == anchor.i
        for toll in tolls
    )


def dead_over_hurt(found: list[Found]) -> list[Found]:
    """One person told dead and hurt in one sentence ("the death of a clerk who was
    stabbed": the noun's harm and its relative clause's) is dead: the hurt is how they died."""
    dead = {f[3].noun.i for f in found if f[3].measure == "killed" and f[3].noun is not None}
    return [
        f for f in found
        if not (f[3].measure == "injured" and f[3].noun is not None and f[3].noun.i in dead)
    ]
