"""What "shot" did to the people it counts ("fatally shot", "shot dead", "shot and killed":
dead; "four people were shot": hurt), and harm "to death"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import fatal
from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

FATAL_DEEDS = frozenset({"fatal", "deadly", "lethal"})  # "the fatal shooting of two men"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def shot_measure(verb: Token) -> Measure | None:
    """What "shot" did to its people: killed when the clause says so ("fatally shot", "shot
    dead", "shot and killed"), else hurt, as news uses it ("four people were shot"); nothing
    when they were only fired at ("were shot at")."""
    lex = lexicon()
    if any(c.dep_ == "prep" and c.lower_ == "at" and not list(c.children) for c in verb.children):
        return None
    if splits_its_toll(verb):
        return None
    deadly = fatal(verb) or to_death(verb) or any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "advcl", "ccomp")
        for c in verb.children
    ) or _dead_after(verb)
    # "were shot and killed"; not "were shot and wounded, and a suspect was killed", whose
    # killing has a subject of its own
    killed_too = any(
        c.dep_ == "conj"
        and lex.verbs.get(c.lemma_.lower()) == "killed"
        and not any(s.dep_ in _SUBJECTS for s in c.children)
        for c in verb.children
    )
    if deadly or killed_too:
        return "killed"
    return "other" if charged_with(verb) else "injured"


def downed_things(verb: Token) -> bool:
    """ "78 had been shot down": a phrasal verb news uses of drones and missiles brought
    down, whose bare count stands for them, not for people ("Gunmen shot down three
    farmers" names its people; "shot down the lane" has "down" as a preposition)."""
    lemma = verb.lemma_.lower()
    phrasals = word_set("measures", "downing_phrasals")
    if not any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in phrasals for c in verb.children):
        return False
    # what was brought down is named in the sentence or the one before ("launched 112
    # drones ...; 78 were shot down"); "12 marchers were shot down in the street" are people
    doc, start = verb.doc, verb.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    craft = word_set("measures", "downed_nouns")
    return any(t.lemma_.lower() in craft for t in doc[before : verb.sent.end])


# the prepositions by which a charge names its deed ("accused of", "charged with", "arrested
# for", "pleaded guilty to", "charged in the shooting of")
CHARGE_PREPOSITIONS = frozenset({"of", "with", "for", "to", "in"})


def charged_with(deed: Token) -> bool:
    """The deed is what a charge names ("accused of shooting three clerks", "charged with
    robbing and shooting two clerks", "arrested in the shooting of four men"): a charge names
    the deed, not its outcome, which news tells apart ("charged with murder"); "shooting"
    there says those people were hit, not that they lived."""
    while deed.dep_ == "conj":
        deed = deed.head
    prep = deed.head
    if deed.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep":
        return False
    charge = prep.head
    if charge.dep_ == "dobj":
        charge = charge.head  # "arrested a man for shooting": the parse may hang it on him
    return prep.lower_ in CHARGE_PREPOSITIONS and charge.lemma_.lower() in lexicon().charge_words


def shooting_of(owner: Token) -> Measure:
    """ "the shooting of four men": those shot, as "four men were shot" reads (hurt, unless
    the deed is called deadly, or only hit when a charge names it)."""
    if any(c.dep_ == "amod" and c.lower_ in FATAL_DEEDS for c in owner.children):
        return "killed"
    return "other" if charged_with(owner) else "injured"


def _dead_after(verb: Token) -> bool:
    """ "shot dead two policemen", "Four shot dead at wedding": "dead" right after "shot" says
    they died, wherever the parser hung it (on the object, or on a headline's noun "shot")."""
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "dead"


def splits_its_toll(verb: Token) -> bool:
    """"Shot three people, killing one": the three are everyone hit, dead and hurt, and the
    clause that follows counts its part; the total is no count of either."""
    lex = lexicon()
    return any(
        c.dep_ in ("advcl", "conj", "xcomp")
        and lex.verbs.get(c.lemma_.lower()) in ("killed", "injured")
        and any(o.dep_ == "dobj" and (o.like_num or any(n.dep_ == "nummod" for n in o.children))
                for o in c.children)
        for c in verb.children
    ) or has_fatal_part(verb)


def fatal_part(num: Token) -> bool:
    """ "four people were shot, two (of them) fatally": a number the verb's clause says was
    hit fatally, a part of those hit: dead."""
    if not num.like_num or num.dep_ == "nummod":
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return any(
        c.dep_ == "advmod" and c.lower_ in lexicon().fatal_adverbs for c in num.children
    ) or (  # "23 shot, 4 fatally": the parser may hang the adverb on the verb
        after is not None and after.dep_ == "advmod" and after.lower_ in lexicon().fatal_adverbs
    )


def has_fatal_part(verb: Token) -> bool:
    """The verb's own clause counts a part of its people hit fatally (whatever the parser
    hung that part on: the verb, its subject, a comma)."""
    for tok in verb.subtree:
        if fatal_part(tok):
            owner = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if owner is not None and owner.i == verb.i:
                return True
    return False


def to_death(verb: Token) -> bool:
    """ "were shot / stabbed / beaten to death": the harm killed them; "sentenced to death"
    (a charge word) or "condemned to death" is a verdict, not a death."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.charge_words or lemma == "condemn" or verb.pos_ != "VERB":
        return False
    if lemma in word_set("measures", "figurative_death_verbs"):
        return False  # "frightened her to death"
    # "to death", "to his death"; not "connected to the shooting death of a girl"
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ == "death" and all(m.dep_ == "poss" for m in g.children)
            for g in c.children
        )
        for c in verb.children
    )


# Dependents "dead" takes in "shot dead" (the object reader accepts the parser's odder
# attachments of "shot dead a shopkeeper").
DEAD_OF_SUBJECT = frozenset({"oprd", "acomp", "advmod", "xcomp"})
DEAD_OF_OBJECT = DEAD_OF_SUBJECT | {"ccomp", "advcl", "prep"}


def shot_dead(verb: Token, deps: frozenset[str]) -> bool:
    """ "shot dead"; "shot / stabbed / beaten to death" (a verb of harm, not "scared")."""
    if to_death(verb) and verb.lemma_.lower() in lexicon().verbs:
        return True
    # "shot dead Ravi Kumar": the parser may hang "dead" on the name after it
    return verb.lemma_.lower() == "shoot" and (_dead_after(verb) or any(
        (c.dep_ in deps and c.lower_ == "dead")
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in verb.children
    ))
