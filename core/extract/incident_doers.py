"""Who did it when the subject of the harm is the attack itself ("A Russian missile strike
killed three", "A drone attack on the city of X injured five", "Taliban attacks rose to
90"): the doer is what the attack's own words before it name (a people, a body, a force),
never the attack's whole phrase with its target; an attack that names none ("The blast
killed four") has no doer in its sentence. The candidates for a doer: a verb's subject and
passive agent, a measure noun's "by"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.incident_words import death_verbs, harm_verbs
from core.extract.measures import counts_things, lexicon, people_noun
from core.extract.nlp import compound_start
from core.extract.place_words import attack_verbs, bombardment_weapons
from core.extract.plural_forms import singular_of
from core.extract.scene_statements import doing_verbs
from core.extract.struck_victims import fired_things
from core.extract.surrenders import REFLEXIVES
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# the words before an attack's noun that may name who made it
_BEFORE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# the labels of a name that may make an attack: a people, a body, a person, a state
DOER_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def actor_candidates(anchor: Token, noun: Token | None, *, bereft: bool) -> list[Token]:
    """The subject and passive agent of a verb, or the "by" object of a measure noun; no
    subject that suffered the harm (``bereft``: "security forces lost 455 personnel")."""
    if anchor.pos_ in ("VERB", "AUX"):
        return _verb_candidates(anchor, noun, bereft=bereft)
    candidates: list[Token] = []
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    # "Militants carried out 52 attacks", "troops conducted 40 operations"
    verb = anchor.head
    if anchor.dep_ == "dobj" and verb.lemma_.lower() in doing_verbs():
        candidates.extend(c for c in verb.children if c.dep_ == "nsubj")
    return candidates


def _verb_candidates(verb: Token, noun: Token | None, *, bereft: bool) -> list[Token]:
    """``actor_candidates`` of a verb: its subject, its passive agent, or the doers of the
    deed a passive harm came of."""
    candidates: list[Token] = []
    doer = _sharing_subject(verb)
    if doer is not None and not bereft:
        candidates.append(doer)
    for child in verb.children:
        # not the counted people, nor a phrase holding them ("4 of their fighters died")
        # nor a bare number: the count itself ("and three injured"), not "Three of the
        # attackers" (a part of a group of doers)
        if child.dep_ == "nsubj" and not _holds(child, noun) and not bereft and (
            child.pos_ != "NUM" or any(c.dep_ == "prep" for c in child.children)
        ):
            candidates.append(child)
        if child.dep_ == "agent":
            # "killed by rubber bullets fired by police": who fired them
            candidates.extend(
                d
                for c in child.children
                if c.dep_ == "pobj"
                for d in (_users(c) or _senders(c) or [c])
            )
    if candidates:
        return candidates
    if _passive(verb) or _suffered(verb, noun):
        return _passive_doers(verb, noun)
    told = _told_harm(verb)
    if told is not None:
        return _passive_doers(verb, noun) or _passive_doers(told, noun)
    return candidates


def _told_harm(verb: Token) -> Token | None:
    """The passive that tells a harm as feared, reported or believed ("14 people were feared
    killed when herdsmen invaded a village"): the parser hangs the clause of the deed on it
    or on the harm."""
    head = verb.head
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and _own_passive(head):
        return head
    return None


def _holds(phrase: Token, noun: Token | None) -> bool:
    """The noun is the phrase's head or lies in it."""
    return noun is not None and phrase.left_edge.i <= noun.i <= phrase.right_edge.i


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# the words that open the clause of the deed a passive harm came of ("when militants ambushed")
_DEED_MARKS = frozenset({"when", "as", "after"})
_DEVICE_PREPS = frozenset({"in", "by"})  # "in a blast triggered by X", "by a bomb planted by Y"


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle that shares one's auxiliary ("were killed and three
    injured": the parser makes "three" the participle's subject)."""
    if _own_passive(verb):
        return True
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "dobj") for c in verb.children)
        and _own_passive(verb.head)
    )


def _own_passive(verb: Token) -> bool:
    """The verb has a passive's subject or auxiliary of its own."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _suffered(verb: Token, noun: Token | None) -> bool:
    """The counted people are the subject: the verb tells what they suffered ("Five people
    died", "Two policemen embraced martyrdom", "another sustained injuries"), as a passive
    does, and the clause of how it came names the doer."""
    return any(
        c.dep_ == "nsubj" and (_holds(c, noun) or c.pos_ == "NUM") for c in verb.children
    )


def _deed_clause(child: Token) -> bool:
    """A clause that tells how the harm came ("when ...", "after ...")."""
    return child.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in _DEED_MARKS for m in child.children
    )


def _passive_doers(verb: Token, noun: Token | None) -> list[Token]:
    """The doers of a passive harm's circumstance; with no clause of its own, those of the
    harm it is coordinated with ("Two were killed and three injured when militants ambushed
    a convoy": the clause hangs on one harm of the pair and tells the deed of both). A clause
    shared by the pair did no harm to its doers' own side ("Four militants were killed and two
    soldiers injured when troops raided a hideout": the soldiers fell to the militants)."""
    found = _circumstance_doers(verb)
    own = bool(found) or any(_deed_clause(c) for c in verb.children)
    if own and _own_passive(verb):
        return found  # a passive of its own, as before
    if not own:
        found = [d for harm in _coordinated_passives(verb) for d in _circumstance_doers(harm)]
    return [d for d in found if noun is None or not _one_side(d, noun)]


def _one_side(doer: Token, noun: Token) -> bool:
    """The doer and the counted people are of one side of a fight ("troops", "soldiers")."""
    words = {singular_of(doer.lemma_.lower()), singular_of(noun.lemma_.lower())}
    return any(words <= word_set("measures", side) for side in _SIDES)


_SIDES = ("armed_side_nouns", "force_side_nouns")


def _coordinated_passives(verb: Token) -> list[Token]:
    """The passive harms the verb is coordinated with: its head and its conjuncts."""
    pair = [verb.head] if verb.dep_ == "conj" else []
    pair += [c for c in verb.children if c.dep_ == "conj"]
    return [
        v
        for v in pair
        if v.i != verb.i
        and v.lemma_.lower() in harm_verbs()
        and (_passive(v) or _suffered(v, None))
    ]


def _circumstance_doers(verb: Token) -> list[Token]:
    """Who did the deed a passive harm came of: the subject of its "when" clause ("Three
    soldiers were killed when militants ambushed a patrol"), or the agent of the participle
    that names the device ("when their car hit a bomb planted by X", "in a blast triggered by
    Y"), or the attack it came in, whose own words may name its doer ("in a Taliban attack",
    "in an Israeli strike")."""
    found: list[Token] = []
    for child in verb.children:
        if _deed_clause(child):
            # a deed ("ambushed", "opened fire", "shot"), not "as troops continued their push"
            # not one told of before ("died days after she accidentally shot herself"): the
            # pronoun stands for someone named earlier, most often the victim
            if _a_deed(child):
                found += [
                    s
                    for s in child.children
                    if s.dep_ == "nsubj" and s.lower_ not in _told_before()
                ]
            found += _device_agents(child)
        elif child.dep_ == "prep" and child.lower_ in _DEVICE_PREPS:
            objects = [p for p in child.children if p.dep_ == "pobj"]
            found += [a for p in objects for a in _device_agents(p)]
            found += [p for p in objects if child.lower_ == "in" and an_attack(p)]
    return found


def _told_before() -> frozenset[str]:
    """The pronouns of someone named before ("he", "they")."""
    return cues().person_pronouns | cues().institution_pronouns


def _a_deed(verb: Token) -> bool:
    """The verb tells an attack or a harm: "ambushed", "stormed", "opened fire", "shot",
    "hurled a grenade"."""
    lemma = verb.lemma_.lower()
    if lemma in word_set("measures", "throwing_verbs") and not _thrown_at_people(verb):
        return False  # "a worker threw a switch", "police threw a cordon around the crowd"
    return (
        lemma in harm_verbs()
        or lemma in attack_verbs()
        or lemma in word_set("dates", "scene_attack_verbs")
        or lemma in word_set("measures", "weapon_deed_verbs")  # "hurled a grenade"
    )


def _thrown_at_people(verb: Token) -> bool:
    """What is thrown is a weapon ("hurled a grenade", "threw stones") or is thrown at people
    ("threw acid on two women", "threw a chair at her")."""
    if any(c.dep_ == "dobj" and a_weapon(c) for c in verb.children):
        return True
    return any(
        people_noun(o) or an_agent_word(o) or o.lower_ in cues().person_pronouns
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _AT_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    )


_AT_PREPS = ("at", "on", "upon", "onto", "into", "toward", "towards")


def a_weapon(thing: Token) -> bool:
    """A weapon ("bullet", "stone", "bomb", "rocket"): measures.json weapon_things and the
    'struck' rounds and missiles."""
    lemma = thing.lemma_.lower()
    return lemma in fired_things() or lemma in word_set("measures", "weapon_things")


def _users(thing: Token) -> list[Token]:
    """The "by" objects of the participles of using the thing on people ("a bomb planted by
    militants", "a car driven by a drunk man"), not of owning or making it ("a dog owned by
    her neighbour", "a train operated by the railway")."""
    return [o for o in _device_agents(thing) if _a_use(o.head.head)]


def _a_use(participle: Token) -> bool:
    """A participle of using a thing on people: a deed, or measures.json device_use_verbs."""
    lemma = participle.lemma_.lower()
    return _a_deed(participle) or lemma in word_set("measures", "device_use_verbs")


def _senders(thing: Token) -> list[Token]:
    """ "killed by a police bullet", "by an army shell": the doer words before a thing fired
    (not "a police car": no doer)."""
    if thing.lemma_.lower() not in fired_things():
        return []
    return [c for c in thing.children if c.dep_ in ("compound", "amod") and an_agent_word(c)]


def _device_agents(node: Token) -> list[Token]:
    """The "by" objects of the participles below ``node`` ("a bomb planted by X")."""
    return [
        obj
        for agent in node.subtree
        if agent.dep_ == "agent" and agent.head.dep_ == "acl"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def _sharing_subject(verb: Token) -> Token | None:
    """ "Militants attacked a checkpoint, killing 5 officers (and wounding 8)": a participle or
    a conjunct with no subject of its own has the doer of the clause it hangs on, when that
    clause is active (a passive's subject is what was hit: "A bus was attacked, killing 3")."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in cues().figure_objects for c in verb.children):
        return None  # "died on Monday, raising the toll to 5": a toll moved, no deed of theirs
    node = verb
    while not any(c.dep_ in _SUBJECTS for c in node.children) and node.head.i != node.i and (
        node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG")
    ):
        node = node.head
    if node.i == verb.i or node.lemma_.lower() in _NO_DEEDS | cues().attributing | death_verbs():
        return None  # "X was inside", "X said / accused Y of bombing ..., killing 7": no doer
    told = None if _a_deed(node) else _deed_told_before(verb)
    if told is not None and (_a_deed(told) or node.lemma_.lower() in _seeking_verbs()):
        # "searching for a gunman who opened fire on a crowd, killing one"; a clause on what
        # the subject above came at tells none ("A bomber walked into a mosque that was
        # crowded, killing 30": the bomber)
        return told.head
    # the subject nearest the verb: the parser may give a clause two ("Reports detail how
    # a boy got a gun and shot himself")
    subject = max((c for c in node.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if subject is None or any(c.lower_ == "no" for c in subject.children):
        return None  # "No militants were inside the school ..., leaving 40 dead"
    return subject


def _seeking_verbs() -> frozenset[str]:
    return word_set("cues", "seeking_verbs")


def _deed_told_before(verb: Token) -> Token | None:
    """A relative clause that ends right before the participle (or the first of its
    conjuncts): "Police are searching for a gunman who opened fire on a crowd, killing one
    and wounding three", "a driver who fled the scene, leaving two dead". The parser hangs the
    participle on the clause above, whose subject did nothing of it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    return next(
        (t for t in verb.doc[before].ancestors if t.dep_ == "relcl" and t.right_edge.i == before),
        None,
    )


# verbs whose subject is no doer of a harm told after them ("accused the army of bombing X,
# killing 7", "reports detail how ..."): being, accusing, describing
_NO_DEEDS = frozenset({"be", "accuse", "blame", "detail", "describe", "recount"})


def an_agent_word(word: Token) -> bool:
    """A word of a doer ("militants", "troops"), a proper noun's plural too ("Rebels of
    the Rapid Support Forces": the tagger leaves "Forces" its own lemma), or people armed
    ("Armed men", "masked youths": ``armed_modifiers``) or held to be the doers ("suspected
    herdsmen": ``suspect_words``)."""
    # "shot dead by dacoits", "Miscreants kidnapped ...": the takers of people are doers too
    agents = lexicon().agent_nouns | lexicon().abductor_nouns
    lemma = word.lemma_.lower()
    if lemma in agents or (word.pos_ == "PROPN" and singular_of(lemma) in agents):
        return True
    # "Suspected herdsmen killed 12": people a report holds to be the doers
    doers = word_set("measures", "armed_modifiers") | word_set("event_types", "suspect_words")
    return people_noun(word) and word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in doers for c in word.children
    )


def tells_a_harm(verb: Token) -> bool:
    """A saying verb that tells a harm with its object ("bandits claimed the lives of 12
    villagers"): a deed, not a saying; or the passive that tells its subject's harm ("Five
    people were believed injured when a mob attacked", the parser's anchor), the deed's
    clause hanging on it."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    return any(
        (c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in lex.idioms)
        or (c.dep_ in ("oprd", "xcomp") and c.tag_ == "VBN" and c.lemma_.lower() in lex.verbs)
        for c in verb.children
    )


def holds_an_agent(phrase: Token) -> bool:
    """The phrase names doers ("Gunmen on motorcycles", "armed men of the group"), not a
    thing of theirs ("a police car hit their motorbike": the car, no doer)."""
    # a weapon's are ("Police bullets killed two protesters")
    thing = phrase.pos_ == "NOUN" and counts_things(phrase) and not a_weapon(phrase)
    return any(
        an_agent_word(t)
        for t in phrase.subtree
        if not (thing and t.head.i == phrase.i and t.dep_ in ("compound", "amod"))
    )


def _an_arrest(verb: Token) -> bool:
    """A verb of an arrest or a charge ("were arrested", "were charged", "rounded up")."""
    lemma, lex = verb.lemma_.lower(), lexicon()
    phrasal = {lex.phrasal.get((lemma, c.lower_)) for c in verb.children if c.dep_ == "prt"}
    return "arrested" in phrasal | {lex.verbs.get(lemma)} or lemma in lex.charge_words


def a_persons_agent(cand: Token, anchor: Token) -> bool:
    """The "by" of the figure's own harm is people ("shot dead by robbers", "stabbed to death
    by her husband", "beaten by classmates"), people who did the deed ("a man shot and killed
    his wife"), or people a relative clause tells did a deed ("two men who stormed a shop,
    killing the owner"): who did it, though no word of a doer; a thing or a beast is none
    ("killed by a stray bullet", "mauled by stray dogs", "a truck hit two boys")."""
    if cand.pos_ != "NOUN" or not people_noun(cand):
        return False
    if cand.dep_ == "pobj" and cand.head.dep_ == "agent":
        verb = cand.head.head
        # "killed by a bullet fired by his brother": who fired the bullet of the harm's "by"
        device = verb.head if verb.dep_ == "acl" else verb
        return verb.i == anchor.i or (
            device.dep_ == "pobj"
            and device.head.dep_ == "agent"
            and device.head.head.i == anchor.i
            and _a_use(verb)  # not "mauled by a dog owned by her neighbour"
        )
    if cand.dep_ == "nsubj" and _a_deed(cand.head) and not _own_passive(cand.head):
        # "a man shot and killed his wife", "a teenager stabbed two classmates": a harm done
        # to others (not "a boy shot himself", nor "... and two partners wounded", the
        # parser's subject of a harm with no object: the counted people)
        verbs = [anchor, *(c for c in anchor.children if c.dep_ == "conj")]  # "shot and killed"
        objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        # the deed of another's clause did the harm, not an arrest ("Two men were arrested
        # after a man shot three people")
        elsewhere = cand.head.i != anchor.i and not _an_arrest(anchor)
        return (bool(objects) or elsewhere) and not any(
            o.lower_ in REFLEXIVES for o in anchor.children if o.dep_ == "dobj"
        )
    # "searching for two men who stormed a shop, killing the owner": people of a deed
    return any(c.dep_ == "relcl" and _a_deed(c) for c in cand.children)


def an_attack(noun: Token) -> bool:
    """The subject is an attack ("strike", "shelling", "blast"), not an accident or a
    disaster ("crash", "floods")."""
    attacks = word_set("places", "doer_attack_nouns")
    return noun.lemma_.lower() in attacks or noun.lower_ in attacks


def attack_doer(noun: Token, after: int = 0) -> str | None:
    """The words before the attack's noun that name its doer ("Russian missile" of "A
    Russian missile strike", "Taliban" of "Taliban attacks"), from the first such word to
    the last, none before ``after`` (a dateline: "KARACHI - Militant attacks"); only weapons
    may stand between them and the noun ("A Shia mosque bombing": the mosque's people, the
    target's); None when they name none."""
    agents = lexicon().agent_nouns
    weapons = bombardment_weapons()
    # the words before a weapon are the attack's too ("A Tarvan drone strike": the parser
    # may hang "Tarvan" on "drone")
    lefts = [w for c in noun.lefts for w in ([*c.lefts, c] if c.lower_ in weapons else [c])]
    doers = [
        c
        for c in lefts
        if c.dep_ in _BEFORE_DEPS
        and c.left_edge.i >= after
        # "A Tarvan drone strike": the drone is the weapon, not who sent it
        and (_a_doers_name(c) or _a_striking_state(c, noun)
             or (an_agent_word(c) and c.lower_ not in weapons))
        and not _against(c)
        and _next_to(c, noun)
    ]
    if not doers:
        return _by_doer(noun, agents)
    first, last = doers[0], doers[-1]
    start = min(t.i for t in first.subtree)
    doc = noun.doc
    # a hyphen inside a name stays ("al-Shabab"), as the words' own spacing does
    words = [
        t
        for t in doc[start : last.i + 1]
        if t.dep_ not in ("det", "punct", "case")
        or (t.text == "-" and not doc[t.i - 1].whitespace_)
    ]
    return "".join(t.text_with_ws for t in words).strip() or None


def _against(word: Token) -> bool:
    """ "An anti-Muslim attack", "an anti-Shia bombing": the people the attack was against,
    not who made it."""
    doc = word.doc
    after_anti = word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "anti"
    return after_anti or word.lower_.startswith("anti-")


_MISREAD_TOWN_LABELS = frozenset({"ORG", "PERSON"})
_TOWN_LEVELS = frozenset({"city", "district", "admin1"})
_SUBJECT_TOWN_LEVELS = frozenset({"city", "district"})  # a town, not a province


def a_town_subject(cand: Token) -> bool:
    """A town the parser made a second subject ("Clashes between militias in the Libyan
    capital Tripoli killed 27"): a town does no deed; a country may ("Russia struck"), and
    so may a capital that is its verb's only subject, the state it seats ("Moscow launched
    missiles, killing 4")."""
    if cand.ent_type_ != "GPE" or cand.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "nsubj" and c.i < cand.i for c in cand.head.children):
        return False
    found = places.lookup(cand.text)
    return found is not None and found.level in _SUBJECT_TOWN_LEVELS


def _next_to(word: Token, noun: Token) -> bool:
    """Only doer words or weapons stand between the word and the attack's noun."""
    weapons = bombardment_weapons()
    return all(
        t.lower_ in weapons or _a_doers_name(t) or an_agent_word(t) or t.is_punct
        for t in noun.doc[word.i + 1 : noun.i]
    )


def _a_doers_name(word: Token) -> bool:
    """A people's, a body's or a person's name; a state's only as the possessor ("Russia's
    strike"): "a Michigan office shooting" tells where, not who."""
    if word.ent_type_ == "GPE":
        return word.dep_ == "poss"
    if word.ent_type_ in _MISREAD_TOWN_LABELS and word.dep_ != "poss":
        # "Zaporizhzhia attack kills three": a town NER took for a body's or a person's name
        # tells where, as a state's does
        found = places.lookup(word.text)
        if found is not None and found.level in _TOWN_LEVELS:
            return False
    return word.ent_type_ in DOER_LABELS


def _a_striking_state(word: Token, noun: Token) -> bool:
    """A country's name before the weapon of a strike from afar ("A US drone strike", "an
    Israel missile strike"): the state that sent it, not where it fell ("a Kabul suicide
    bombing", "a Michigan office shooting": no weapon between, or a town)."""
    if word.ent_type_ != "GPE" or word.dep_ != "compound":
        return False
    between = noun.doc[word.i + 1 : noun.i]
    if not between or not all(t.lower_ in bombardment_weapons() for t in between):
        return False
    found = places.lookup(word.text)
    if found is None or found.level != "country":
        return False
    # a name written out ("A Jordan drone attack on a base", "a Pakistan drone strike in
    # Khost") tells where it fell, unless the sentence puts the harm in another country
    # ("A Ukraine drone strike killed two in Belgorod"); a short form is the state ("US")
    return word.text.isupper() or any(
        (at := places.lookup(t.doc[compound_start(t, t.sent.start) : t.i + 1].text)) is not None
        and at.country != found.country
        for t in word.sent
        if t.dep_ in ("pobj", "poss") and t.pos_ == "PROPN" and t.i != word.i
    )


def _by_doer(noun: Token, agents: frozenset[str]) -> str | None:
    """ "An attack by gunmen on a bus": the doer "by" names after the attack's noun."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (
                obj.ent_type_ in DOER_LABELS or obj.lemma_.lower() in agents
            ):
                words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "punct")]
                return " ".join(t.text for t in words)
    return None
