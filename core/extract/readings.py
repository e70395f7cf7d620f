"""What a figure counts and what happened to it: the counted noun, its predicate, a subset of
another figure ("including two officers"), a toll ("the death toll rose to 24")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.age_lists import age_range_reading
from core.extract.amounts import a_share, after_currency, money
from core.extract.burials import mourned, unrecovered
from core.extract.care import carries_harm
from core.extract.coordination import HELD_OWN_WORDS
from core.extract.custody_counts import headline_custody, held_in_custody, out_of_custody
from core.extract.desk_constructions import desk_construction
from core.extract.either_harms import EITHER_RULE, either_harm
from core.extract.exploded_devices import exploded_devices
from core.extract.factuality import defining, fatal, intended, unreal, wished
from core.extract.fallen import fallen
from core.extract.gapped_parts import gapped_part
from core.extract.harm_groups import adjective_participle, casualty_people
from core.extract.harmed_after import harmed_after
from core.extract.headline_tolls import toll_before_change, toll_by_words
from core.extract.headline_verbs import headline_verb, participle_read_as_past
from core.extract.held_harm import harmed_captives
from core.extract.inverted_clauses import conjunct_on_the_verb
from core.extract.killing_victims import killing_victims
from core.extract.later_deaths import (
    died_after,
    died_in_relative,
    killed_after_clause,
    killed_by_another,
    nearly,
)
from core.extract.losses import bereavement
from core.extract.measures import Reading, counts_things, lexicon
from core.extract.misplaced_figures import (
    count_hung_on_verb,
    listed_before,
    set_after_a_measure,
)
from core.extract.misread_words import (
    hyphened,
    phrasal_before_count,
    qualified_object,
    state_after_object,
)
from core.extract.named_units import listed_beside, named_unit
from core.extract.natural_deaths import natural_death
from core.extract.nlp import negated
from core.extract.numbered_groups import numbered_group, past_part_word
from core.extract.outcome_parts import part_reading
from core.extract.part_totals import MAX_SUBSET_DEPTH, of_counted, total_of
from core.extract.participants import among_group, participant
from core.extract.partitives import (
    harmed_part,
    kept_held,
    of_object,
    part_of_a_count,
    part_or_whole,
)
from core.extract.passives import (
    count_taken_for_a_recipient,
    object_taken_for_a_speaker,
    object_taken_for_a_subject,
    subject_past_insertion,
    subject_taken_for_a_source,
    verb_taken_for_a_participle,
)
from core.extract.phrase_nodes import clause_node
from core.extract.recaptures import escaped_subject
from core.extract.repeated_attacks import attacked_times
from core.extract.restated_groups import EVENT_MEASURES, part_of_group
from core.extract.run_dates import count_before_a_date
from core.extract.shared_heads import shared_head
from core.extract.shared_participles import shared_participle
from core.extract.spared_counts import all_but, released
from core.extract.spoken_tolls import spoken_of_toll
from core.extract.time_rates import RULE as RATE_RULE
from core.extract.time_rates import counted_per_time
from core.extract.tolls import stolen_subject, toll, toll_after_by, toll_after_to
from core.extract.unsaved import unsaved
from core.model import Measure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


HEADLINE_BREAKS = frozenset({":", "—", "–", "--", "|"})
HARM_STATES = frozenset({"dead", "hurt", "injured", "wounded"})  # "1 dead, 2 hurt"
HELD = "held"  # "2 dead, 4 held"
# A harm that stays with the people it befell: a part of the dead or the hurt is dead or hurt
LASTING_HARM = frozenset({"killed", "injured"})
LATER_DEAD = frozenset({"injured", "kidnapped"})  # "were hurt / kidnapped and later killed"
RECORD_WORDS = frozenset({"prior", "previous", "past", "earlier"})
COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # the words a number counts


def read_figure(num: Token, span: Span, _depth: int = 0) -> Reading | None:
    """What the figure counts and what happened to it; None when it counts nothing. A count
    per unit of time ("12 are killed every day") says how often, not how many: "other"."""
    reading = _read_figure(num, span, _depth)
    if reading is None or reading.measure in (None, "other") or not counted_per_time(num):
        return reading
    return Reading(measure="other", noun=reading.noun, anchor=reading.anchor, rule=RATE_RULE)


def _read_figure(num: Token, span: Span, _depth: int) -> Reading | None:
    noun = _counted_noun(num)
    # "fell 6%", "a 12 per cent rise": a share of a count counts no one (asked first: the
    # recogniser tags "73 per cent" as money, for its "cent")
    if a_share(span):
        return Reading(measure="other", noun=noun, anchor=num, rule="share")
    if money(num) or after_currency(span):
        # "$150,000 bail", "Rs 5 million in compensation": an amount of money counts no one.
        return Reading(measure="other", anchor=num, rule="money")
    noun, node = clause_node(num, noun)
    said = (
        part_reading(num)  # "two were shot, one fatally / critically"; "two shootings, one fatal"
        or all_but(num, read_figure)
        or _misparsed(num, noun, node)
        or desk_construction(num, noun, node)
        or numbered_group(span)
        or killing_victims(noun)  # "recorded nine victims across the earlier massacres"
        or attacked_times(noun)  # "has been attacked three times this year"
        or mourned(noun)  # "the first funeral for 10 villagers"
        or age_range_reading(node)  # "Nine kids ages 3 to 16 died"
        or exploded_devices(noun)  # "two car bombs exploded": attacks
        or harmed_after(noun)  # "offloaded nine passengers and shot them dead"
        or spoken_of_toll(num)  # "The army said 40 were killed. Residents spoke of 50."
    )
    if said is not None:
        return said
    # 1. The counted noun is itself a measure: "71 attacks", "1,000 deaths", "32 dead".
    measure = _noun_measure(num, noun)
    if noun is not None and measure is not None:
        return _noun_reading(noun, node, measure)
    # 2. The figure (or its noun) is a participant of a measure predicate; things counted
    # ("800 homes destroyed", "two helicopters evacuating injured") are no people.
    # "2 cops, civilian hurt in blast"; "nine of 40 riders were killed": the part's
    reading = part_or_whole(num, noun, node, participant) or listed_beside(node)
    if reading is not None and noun is not None and counts_things(noun):
        return Reading(measure="other", noun=noun, anchor=num, rule="count:things")
    if reading is not None:
        if _nothing_happened(reading, span):
            return None
        anchor = reading.anchor
        if either_harm(anchor):  # "30 children were killed or maimed": no death toll
            rule = f"{EITHER_RULE}{reading.rule}"
            return Reading(measure="other", noun=noun, anchor=num, rule=rule)
        if reading.measure in LATER_DEAD and (
            fatal(anchor)
            or died_after(anchor, reading.measure)
            or killed_after_clause(anchor, node)
            or died_in_relative(node)
        ):
            # "beaten by a mob and later killed by police": the killing's own doer
            reading.anchor = killed_by_another(anchor, reading.measure) or anchor
            reading.measure = "killed"
            reading.rule += ":fatal"
        reading.noun = reading.noun or noun
        return _part_with_harm(reading, node, num, _depth) or reading
    return _beyond_a_predicate(num, span, noun, node, _depth)


def _nothing_happened(reading: Reading, span: Span) -> bool:
    """ "threatened to kill 10 hostages", "two others were not hurt", "two were nearly
    killed": the harm read did not befall them; "died of natural causes": no harm did."""
    estimate = span.text.lower().startswith(("up to", "as many as"))
    anchor = reading.anchor
    near_death = reading.measure == "killed" and anchor is not None and nearly(anchor)
    return (
        intended(anchor) or negated(anchor) or defining(anchor)
        or unreal(anchor, estimate=estimate) or wished(anchor) or near_death
        or (anchor is not None and natural_death(anchor))  # "two inmates died of old age"
    )


def _noun_reading(noun: Token, node: Token, measure: Measure) -> Reading | None:
    """The reading of a counted noun that is itself a measure."""
    if defining(noun):
        return None  # "mass killings are defined as four or more deaths": a threshold
    # "the deaths of 127 fighters" is read from the verb side below when the noun is the
    # object of a measure verb; a measure noun counts by itself otherwise, but for captives
    # whose own predicate says they died or were hurt ("two hostages were among the dead").
    return harmed_captives(noun, node) or Reading(
        measure=measure, noun=noun, anchor=noun, rule=f"noun:{noun.lemma_.lower()}"
    )


def _beyond_a_predicate(
    num: Token, span: Span, noun: Token | None, node: Token, depth: int
) -> Reading | None:
    """What the figure counts when no predicate of its own says."""
    # 3. A subset of another figure: "including two officers", "12 of them".
    # 4. A toll: "the death toll rose to 24", "the toll stands at 30".
    # 5. A harm they carry when no predicate says what happened: "along with two others who
    # had gunshot wounds"; kin a family lost ("she lost two sons in the blast").
    return (
        unsaved(node)  # "three of the wounded could not be saved": dead, not the group's harm
        or _subset(node, num, noun, depth)
        or harmed_part(num)
        or part_of_group(node, noun)
        or toll(node) or (among_group(noun) if noun is not None else None)
        or conjunct_on_the_verb(node, among_group)  # "Among the dead were a guard and two ..."
        or shared_participle(node)
        or carries_harm(node)
        or bereavement(node, noun)
        or held_in_custody(node)
        or headline_custody(span, noun)
        or _adjacent_harm(span, noun)
        or _including_then(node)
        or toll_by_words(span)
        or listed_before(noun)
        or set_after_a_measure(num)  # "arrests, 940; abductions, 211"
        or (gapped_part(num, read_figure, depth) if depth < MAX_SUBSET_DEPTH else None)
        or _uncategorised(num, noun)
    )


def _part_with_harm(reading: Reading, node: Token, num: Token, depth: int) -> Reading | None:
    """ "12 were treated, including five with gunshot wounds", "found three bodies, two of
    them with gunshot wounds": the wound a part carries says who they were; the harm is the
    total's, dead or hurt."""
    if reading.rule != "with_harm":
        return None
    part = _subset(node, num, reading.noun, depth)
    return part if part is not None and part.measure in LASTING_HARM else None


def _participle_after_of(num: Token) -> Reading | None:
    """ "bodies of two more found near the highway": the parser may make the participle after
    the figure the object of "of"; the figure counts what the noun before "of" names."""
    head = num.head
    if num.dep_ != "nummod" or head.tag_ != "VBN" or head.dep_ != "pobj" or (
        head.head.lower_ != "of"
    ):
        return None
    return participant(head)


def _misparsed(num: Token, noun: Token | None, node: Token) -> Reading | None:
    """What the figure counts where the parser misplaced the words that say it: a verb taken
    for a participle, an object for a subject, a toll's figure hung on the next noun."""
    return (
        verb_taken_for_a_participle(node)
        or object_taken_for_a_subject(node)
        or object_taken_for_a_speaker(node)
        or subject_taken_for_a_source(node)
        or count_taken_for_a_recipient(num)
        or count_hung_on_verb(num)
        or _after_a_toll(num)
        or _partitive(num, noun, node)
        or headline_verb(num) or subject_past_insertion(node)
        or toll_after_to(num)
        or toll_before_change(num)  # "Toll in X boat capsize climbs to 12"
        or toll_after_by(num)
        or fallen(node)  # "the government says 14 soldiers fell"
        or participle_read_as_past(node)
        or escaped_subject(num)
        or _participle_after_of(num)
        or qualified_object(node)  # "detained around a dozen youth"
        or state_after_object(node)  # "left 11 people, including two boys, injured"
        or phrasal_before_count(node)  # "Gunmen on a motorcycle shot dead two shopkeepers"
    )


def _including_then(node: Token) -> Reading | None:
    """ "9 including 4 children killed in blast": a headline's participle after the part the
    total includes, which the parser hung on the part, says what befell the total."""
    lex = lexicon()
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "including":
            continue
        for part in (o for o in prep.children if o.dep_ == "pobj"):
            for acl in part.children:
                measure = lex.verbs.get(acl.lemma_.lower())
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and measure is not None:
                    return Reading(measure=measure, anchor=acl, rule=f"including:{acl.lemma_}")
    return None


def _noun_measure(num: Token, noun: Token | None) -> Measure | None:
    """The measure the counted noun names by itself ("71 attacks", "32 dead"); "lives" only
    when they were lost ("claimed 20 lives", "20 lives were lost"; not "saved 20 lives")."""
    if noun is None:
        return None
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if lemma == "life" and (_life_taker(num, noun).lemma_.lower(), "life") not in lex.idioms:
        return None
    measure = lex.nouns.get(lemma) or lex.nouns.get(noun.lower_) or _conducted(noun)
    for mod in noun.children:
        if mod.dep_ in ("compound", "amod") and (mod.lower_, lemma) in lex.modified_nouns:
            return lex.modified_nouns[(mod.lower_, lemma)]  # "two air raids" are attacks
    if measure == "killed" and unrecovered(noun):
        return "other"  # "12 bodies were never recovered": the missing, no toll of their own
    if measure == "arrested" and any(c.lower_ in RECORD_WORDS for c in noun.children):
        return "other"  # "has four prior arrests": a person's record, no count of arrests
    if measure == "arrested" and out_of_custody(noun):
        return "other"  # "27 detainees fled", "built to hold 800 detainees"
    if measure in EVENT_MEASURES and noun.tag_ == "NN" and num.lower_ == "one":
        return "other"  # "in one incident", "not just one shooting": which one, no count
    return measure


def _conducted(noun: Token) -> Measure | None:
    """ "Joint forces conducted 23 drives": a noun that counts a measure only as the plain
    object of a verb of carrying it out (not "five vaccination drives", "two hard drives")."""
    if noun.dep_ != "dobj" or any(c.dep_ in ("compound", "amod") for c in noun.children):
        return None
    return lexicon().conducted_nouns.get((noun.lemma_.lower(), noun.head.lemma_.lower()))


def _life_taker(num: Token, noun: Token) -> Token:
    """The word "lives" hang on, past the figure of "dozens of lives"."""
    if noun.head.lower_ == "of" and noun.head.head.i == num.i:
        return num.head
    return noun.head


def _partitive(num: Token, noun: Token | None, node: Token) -> Reading | None:
    """ "two of the wounded died": what happened to the part is the predicate's to say; the
    group only describes who they were (a wound the part carries, "two of them with wounds",
    says who in the total's harm they are: a subset, read later)."""
    if not (noun is not None and node.i == num.i and noun.i != num.i):
        return None
    said = participant(node)
    if (
        said is not None
        and said.measure not in (None, "other")
        and said.rule != "with_harm"
        and not (intended(said.anchor) or negated(said.anchor))
    ):
        said.noun = noun
        if said.measure in LATER_DEAD and died_in_relative(node):
            # "wounded one of the gunmen, who died later": the part is among the dead
            said.measure = "killed"
            said.rule += ":fatal"
        return said
    return None


def _subset(node: Token, num: Token, noun: Token | None, depth: int) -> Reading | None:
    """A subset of another figure takes the total's measure: "including two officers"."""
    total = total_of(node, num) if depth < MAX_SUBSET_DEPTH else None
    if total is None:
        return None
    total_reading = read_figure(total, total.doc[total.i : total.i + 1], depth + 1)
    if total_reading is None or total_reading.measure is None:
        return None
    counted = of_counted(num)
    if counted is not None and counted.i == total.i and (
        total_reading.measure not in LASTING_HARM | EVENT_MEASURES
    ) and not (total_reading.measure == "arrested" and kept_held(num)):
        # "five of the 20 arrested were freed": an arrest or a kidnapping can end, and what
        # became of the part is no longer the group's measure; an event stays one ("ten of
        # 58 shootings were at nightclubs"), and so do the held a verb keeps ("of the 20
        # arrested, 12 were charged")
        return None
    return Reading(
        measure=total_reading.measure,
        noun=noun,
        anchor=total_reading.anchor,
        rule="subset",
        total_of=total,
    )


WITH = "with"  # "with four more succumbing": an absolute clause of the figure


def _adjacent_harm(span: Span, noun: Token | None) -> Reading | None:
    """A headline's figure the parse lost: the harm word right after it ("1 dead, 2 hurt",
    "Woman Dead and 2 Hurt") or the harm verb right before it ("Quake Kills 10"); not the
    group of a partitive ("one of the four died")."""
    whole = _partitive_whole(span)
    if whole is not None:
        return whole
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None and after.lower_ == "more" and after.i + 1 < len(doc)
        and (noun is None or noun.i == after.i + 1)  # "with four more succumbing": its noun
    ):
        after = doc[after.i + 1]  # "Toll rises to 9, 4 more held": the word after "more"
    held_something = after is not None and any(
        c.dep_ in HELD_OWN_WORDS and c.i > after.i for c in after.children
    )  # "the two held talks", "4 held hostage" are no arrest
    before = doc[span.start - 1] if span.start > 0 else None
    # "Man who shot 4 arrested": the figure is the object of the verb before it, whose
    # clause the harm word after it is no part of (the man was arrested, not the four)
    objected = before is not None and before.pos_ == "VERB" and span.root.head.i == before.i
    if after is not None and (noun is None or noun.i == after.i) and not (
        held_something or objected
    ):
        measure = _harm_word(after.lower_, after=True) or _absolute_harm(after)
        if measure is not None:
            return Reading(measure=measure, anchor=after, rule=f"adjacent:{after.lower_}")
    if before is not None and noun is None:
        measure = _harm_word(before.lower_, after=False)
        if measure is not None:
            return Reading(measure=measure, anchor=before, rule=f"adjacent:{before.lower_}")
    return None


def _partitive_whole(span: Span) -> Reading | None:
    """ "one of *the four* died": the group a counted part is taken from, a count of its own
    (the verb after it says what befell the part, not the group)."""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.i > prep.head.i and prep.head.like_num:
        # "Six of 16 abducted passengers freed": a harm participle after the whole is its own
        after = span.doc[span.end] if span.end < len(span.doc) else None
        harmed = adjective_participle(after) if after is not None else None
        if after is not None and harmed is not None:
            return Reading(measure=harmed, anchor=after, rule=f"partitive:whole {after.lower_}")
        return Reading(measure="other", anchor=root, rule="partitive:whole")
    return None


def _absolute_harm(word: Token) -> Measure | None:
    """ "the toll rose to 27, with four more succumbing to their injuries", "with two more
    dying": the harm of a "with" clause of its figure, told done (the tagger may read the
    form an adjective, whose lemma is the form itself)."""
    form = word.lower_
    if word.dep_ != "pcomp" or word.head.lower_ != WITH or not form.endswith("ing"):
        return None
    stems = (form[:-3], form[:-3] + "e", form[:-4] + "ie")  # "succumb", "die" of "dying"
    found = (lexicon().verbs.get(s) for s in stems)
    return next((m for m in found if m in ("killed", "injured")), None)


def _harm_word(word: str, *, after: bool) -> Measure | None:
    """The measure of a harm word by its form: after a figure a state or a past participle
    ("dead", "hurt", "killed", "died"), before it a verb ("kills", "killing")."""
    lex = lexicon()
    if after:
        if word in HARM_STATES:
            return lex.nouns.get(word) or lex.verbs.get(word)
        if word == HELD:
            return "arrested"  # a headline's "4 held": South Asian copy's arrested
        stems: tuple[str, ...] = (
            (word[:-1], word[:-2], word[:-3]) if word.endswith("d") else ()
        )
    else:
        stems = (word, word[:-1], word[:-2], word[:-3])  # "kills", "killed", "killing"
    for stem in stems:
        if lex.verbs.get(stem) in ("killed", "injured", "arrested", "kidnapped"):
            return lex.verbs[stem]
    return None


def _uncategorised(num: Token, noun: Token | None) -> Reading:
    """A count of something no measure names, or a bare number left to ellipsis."""
    if noun is not None:
        if noun.pos_ == "PRON":
            return Reading(measure=None, rule="pronoun")
        harmed = _harm_adjective(num, noun)
        if harmed is not None:
            return harmed
        return Reading(measure="other", noun=noun, anchor=noun, rule="count")
    if num.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return Reading(measure="other", anchor=num, rule=num.ent_type_.lower())
    # A bare number that stands for a noun named elsewhere: decided by ellipsis.
    return released(num) or Reading(measure=None, anchor=num, rule="bare")


def _harm_adjective(num: Token, noun: Token) -> Reading | None:
    """ "19 injured people were shifted to hospital", "the 4 dead soldiers": a harm word
    between the number and its noun says what happened when no predicate does."""
    lex = lexicon()
    for child in noun.children:
        if (
            child.dep_ in ("amod", "compound")
            and num.i < child.i < noun.i
            and (child.pos_ in ("ADJ", "VERB") or child.tag_ in ("JJ", "VBN"))
        ):
            m = lex.nouns.get(child.lower_)
            if m == "injured" or (m == "killed" and casualty_people(noun)):
                return Reading(measure=m, noun=noun, anchor=child, rule=f"harmed:{child.lower_}")
    return None


def _noun_as_verb(head: Token) -> bool:
    return head.tag_ == "VBZ" or (
        head.tag_ == "VBN" and head.lower_ in lexicon().suspect_nouns
    )


def _counted_noun(num: Token) -> Token | None:
    head = num.head
    if num.lower_ == "no" and num.dep_ == "det":
        return head  # "no casualties", "no soldiers were killed"
    if (
        num.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod")
        # a plural noun the tagger took for a verb ("leaves 9 inmates dead") or a person
        # noun it took for a participle ("five accused were held") still takes the number
        and (head.pos_ in COUNTED_POS or (num.dep_ == "nummod" and _noun_as_verb(head)))
        and head.i > num.i
        # "7 killed in blast: police": a headline's source after a colon counts nothing;
        # "Five dead, dozens injured": a comma ends the figure's phrase, and so does a
        # preposition ("1 injured in shooting at a county farm" counts no farm)
        and not any(
            t.text in HEADLINE_BREAKS or t.text == "," or (t.pos_ == "ADP" and not hyphened(t))
            for t in num.doc[num.i + 1 : head.i]
        )
        and not count_before_a_date(num, head)  # "up from 634 last year": no count of years
    ):
        if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
            return head.head
        if named_unit(head):  # "Five Border Security Force (BSF) jawans"
            return head.head
        return shared_head(num, past_part_word(num, head))
    if (
        num.dep_ == "nsubj"
        and head.dep_ == "amod"
        and head.tag_ in ("VBD", "VBN")
        and head.i == num.i + 1
        and head.head.pos_ == "NOUN"
        and head.head.i == head.i + 1
    ):
        return head.head  # "Seven escaped prisoners": the parser made the participle a verb
    # "dozens of people", "two of the attackers", "billions of dollars"
    for child in num.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = of_object(child)
            if obj is not None:
                return obj
    return part_of_a_count(num)


def _after_a_toll(num: Token) -> Reading | None:
    """ "the toll had risen to 6 and 22 others were injured": the parser joins the figure after
    the toll's to its conjunct; the noun they share ("others") is the next clause's."""
    first = num.head
    if num.dep_ != "conj" or not first.like_num or toll_after_to(first) is None:
        return None
    noun = _counted_noun(first)
    if noun is None:
        return None
    verb = stolen_subject(noun)
    measure = lexicon().verbs.get(verb.lemma_.lower()) if verb is not None else None
    if verb is not None and measure is not None:
        return Reading(measure=measure, noun=noun, anchor=verb, rule=f"verb:{verb.lemma_}:passive")
    reading = participant(noun)
    if reading is not None:
        reading.noun = reading.noun or noun
    return reading
