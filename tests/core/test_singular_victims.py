"""Victims named without a numeral (issue #10/#11 on local shooting reports): "a man died",
"Jane Roe, 15, was fatally wounded", lists that sum ("a woman, two men and a boy were
killed" → 4), and the cases that are no count at all. Sentences we wrote; one case per line."""

from __future__ import annotations

import pytest

from core.model import Claim, Document
from core.pipeline import select_regions
from tests.core.claim_factory import casualty_spans, read_claims

Row = tuple[float, str, str]


def claims_of(nlp, text: str) -> list[Claim]:  # type: ignore[no-untyped-def]
    return read_claims(nlp, text, None)



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 9-year-old girl was shot and killed outside her home.",
         [(1, "killed", "A 9-year-old girl")]),
        ("A man died after he was shot in the back.", [(1, "killed", "A man")]),
        ("An elderly woman was injured by a stray round.", [(1, "injured", "An elderly woman")]),
        ("A teenager was critically wounded on the porch.", [(1, "injured", "A teenager")]),
        ("A cashier was fatally wounded during the robbery.", [(1, "killed", "A cashier")]),
        ("A 19-year-old was shot dead near the park.", [(1, "killed", "A 19-year-old")]),
        ("A bystander was shot to death in the parking lot.", [(1, "killed", "A bystander")]),
        ("A driver was hurt when the bullets hit his car.", [(1, "injured", "A driver")]),
        ("A man is dead after a dispute outside a bar.", [(1, "killed", "A man")]),
        ("A woman was wounded and later died at the hospital.", [(1, "killed", "A woman")]),
        ("Tomas Weller, 17, was fatally shot on Friday.", [(1, "killed", "Tomas Weller")]),
        # a name the recogniser does not know as a person
        ("Police say DaNiya Cole was killed while riding in a car.",
         [(1, "killed", "DaNiya Cole")]),
        ("The victim, a 31-year-old man, died at the scene.", [(1, "killed", "a 31-year-old man")]),
        ("One man was killed in the shooting.", [(1, "killed", "One")]),
        # "shot" alone is how news says a victim was wounded; a death in the clause wins
        ("A man was shot in the leg on Friday night.", [(1, "injured", "A man")]),
        ("A 16-year-old was shot outside a store and taken to hospital.",
         [(1, "injured", "A 16-year-old")]),
        ("A teenager was shot and killed on the bridge.", [(1, "killed", "A teenager")]),
        # any harm "to death" killed, whatever its verb
        ("A farmer was trampled to death by an elephant.", [(1, "killed", "A farmer")]),
        ("A porter was crushed to death by a falling crate.", [(1, "killed", "A porter")]),
        # a person named by a role (``role_nouns``), which may also name a suspect
        ("A community leader was shot dead at the camp.", [(1, "killed", "A community leader")]),
        ("A police official was killed in the blast.", [(1, "killed", "A police official")]),
        ("A rights activist was stabbed to death.", [(1, "killed", "A rights activist")]),
        ("A protester was wounded in the clashes.", [(1, "injured", "A protester")]),
        # near miss: an official who speaks is no victim
        ("A local official said five people died.", [(5, "killed", "five")]),
        # people by a trade no ending tells (``victim_nouns``)
        ("A bodyguard was shot dead outside the mosque.", [(1, "killed", "A bodyguard")]),
        ("A delivery agent was stabbed to death after a row over parking.",
         [(1, "killed", "A delivery agent")]),
        ("A chef was wounded when gunmen stormed the restaurant.", [(1, "injured", "A chef")]),
        # near miss: a substance is no one
        ("Two workers died when a chemical agent leaked at the plant.", [(2, "killed", "Two")]),
        # an officer by rank, a rank's abbreviation after an article too
        ("A DSP was martyred in a roadside blast near the checkpost.", [(1, "killed", "A DSP")]),
        ("An ASI was wounded when the raiders opened fire.", [(1, "injured", "An ASI")]),
        ("A havildar was martyred in the exchange of fire.", [(1, "killed", "A havildar")]),
        # an officer by a rank in words
        ("An army lieutenant was killed in an ambush on the highway.",
         [(1, "killed", "An army lieutenant")]),
        ("A rebel leader was killed in a clash with troops.", [(1, "killed", "A rebel leader")]),
        # a suspect or an attacker killed counts among the dead, as a militant does
        ("A gunman was killed when officers returned fire.", [(1, "killed", "A gunman")]),
        ("A robbery suspect was killed in a shootout with police.",
         [(1, "killed", "A robbery suspect")]),
        ("Deputies shot dead an attacker outside the clinic.",
         [(1, "killed", "an attacker")]),
        # near miss: the attacker is the doer, not a victim
        ("A gunman shot two people outside the clinic.", [(2, "injured", "two")]),
        # near miss: a leader who speaks is no victim
        ("Opposition leader Ali Musa said three people were killed.", [(3, "killed", "three")]),
        # "a constable sustained injuries" parsed as one noun phrase
        ("A head constable sustained injuries in the attack on the police station.",
         [(1, "injured", "A head constable")]),
        ("A sub-inspector sustained bullet injuries in the encounter.",
         [(1, "injured", "A sub-inspector")]),
        # a bracketed aside on the person, as a press release writes it, is no list
        ("During the exchange of fire, Sepoy Imran Baig (age 26 years, resident of District "
         "Jhelum), having fought gallantly, embraced shahadat.",
         [(1, "killed", "Sepoy Imran Baig")]),
        # an attempted murder: the person lived
        ("Police are investigating the attempted murder of a man who was shot in both legs.",
         [(1, "injured", "a man")]),
        ("Detectives are investigating the attempted murder of a taxi driver in Eastvale.",
         [(1, "injured", "a taxi driver")]),
        # "breathed her last", the parser hanging "last" as an adverb
        ("A woman breathed her last at the district hospital.", [(1, "killed", "A woman")]),
        ("A labourer who was beaten by a mob breathed his last in hospital.",
         [(1, "killed", "A labourer")]),
        # "another sustained injuries" parsed as one noun phrase
        ("Two guards were shot dead and another sustained bullet injuries in the attack.",
         [(2, "killed", "Two"), (1, "injured", "another")]),
        ("A rickshaw driver was shot dead while another sustained injuries in the firing.",
         [(1, "killed", "A rickshaw driver"), (1, "injured", "another")]),
    ],
)
def test_one_victim_without_a_numeral(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man, two women and a boy were killed.", [(4, "killed", "A man, two women and a boy")]),
        ("A man and a woman were wounded in the exchange.", [(2, "injured", "A man and a woman")]),
        ("A boy and three adults were injured.", [(4, "injured", "A boy and three adults")]),
        # one of a family beside a count is one more of the list
        ("His wife and two neighbors were killed.",
         [(3, "killed", "His wife and two neighbors")]),
        # someone the list cannot count: the figure it states stays as it was
        ("His friend and two neighbors were killed.", [(2, "killed", "two")]),
    ],
)
def test_lists_of_victims_sum(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numeral already counts the victim named beside it
        ("Three people, including a toddler, were killed.", [(3, "killed", "Three")]),
        ("A man was killed and two were wounded.", [(1, "killed", "A man"), (2, "injured", "two")]),
        # negated: no claim from the article (a zero is one only when asked: test_zero_counts)
        ("A woman was not injured in the crash.", []),
        ("A patrol car was shot at but nobody was hit.", []),
        ("A clerk was shot at but not hit.", []),
        ("A woman was not shot, police said.", []),
        ("Police said a man may have been shot.", []),
        # active "shot", like the passive: the victim was hit
        ("An officer shot a man during the struggle.", [(1, "injured", "a man")]),
        ("No one was hurt in the shooting.", []),
        # hypothetical, generic, future, intended
        ("A person can be killed by a single stray bullet.", []),
        ("If a child is shot, call the emergency line.", []),
        ("If a child is killed, the family may sue the city.", []),
        ("A guard will be injured sooner or later, the union warned.", []),
        ("He threatened to kill a neighbor over the noise.", []),
        # the subject is the agent, not the victim: the object is the one killed
        ("A man killed his neighbor with a rifle.", [(1, "killed", "his neighbor")]),
        ("A man was arrested after the shooting.", []),
        # not a person
        ("A dog was killed by the blast.", []),
        ("Main Street was hurt by the closures.", []),
        ("Acme Corp was hurt by the recall.", []),
        # a definite subject with no numeral: who it is, not how many
        ("The officer was injured in the chase.", []),
        # a verdict, and a link to a death, are no harm to death
        ("A farmer was sentenced to death in the capital.", []),
        ("A man was linked to the shooting death of a teenager.", [(1, "killed", "a teenager")]),
    ],
)
def test_no_singular_count(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GVA counts a shooter who kills himself among the dead: so do we, with its own rule
        ("The gunman shot a clerk and then killed himself.",
         [(1, "injured", "a clerk"), (1, "killed", "himself")]),
        ("The shooter later turned the gun on himself.", []),
        ("Police said the boy fatally shot himself in the bedroom.", [(1, "killed", "himself")]),
        # one named by the subject is the dead a checker reads; the gunman above is definite
        ("A man killed himself after the standoff.", [(1, "killed", "A man")]),
        ("Police said 4-year-old Ezra Vance found the gun and fatally shot himself.",
         [(1, "killed", "Ezra Vance")]),
        # "shot herself" alone: hurt, as "was shot" is, when the subject counts her
        ("A 5-year-old girl accidentally shot herself with a rifle.",
         [(1, "injured", "A 5-year-old girl")]),
        ("Tess Moray, 6, shot herself with her uncle's pistol.", [(1, "injured", "Tess Moray")]),
        ("A boy who shot himself on Friday is recovering.", [(1, "injured", "A boy")]),
        # a definite subject or a pronoun may be counted already; a death in the sentence wins
        ("The boy accidentally shot himself in the hand.", []),
        ("Neighbors said the 6-year-old accidentally shot herself in the kitchen.", []),
        ("A girl has died, a week after she accidentally shot herself while playing.",
         [(1, "killed", "A girl")]),
        ("A boy shot himself and died at the hospital.", [(1, "killed", "A boy")]),
        ("A toddler shot himself to death with a gun left in a drawer.",
         [(1, "killed", "A toddler")]),
        # the outcome for the shooter is untold beside his victim's
        ("A man shot himself after killing his wife.", [(1, "killed", "his wife")]),
        ("Police said a 16-year-old may have shot himself.", []),
        # harm done to oneself with a weapon, told by another verb than "shot"
        ("A 3-year-old boy injured himself with his uncle's rifle.",
         [(1, "injured", "A 3-year-old boy")]),
        ("A 40-year-old hunter accidentally wounded himself near the creek.",
         [(1, "injured", "A 40-year-old hunter")]),
        ("DUNMORE, Pa. - A 34-year-old woman wounded herself while cleaning a pistol.",
         [(1, "injured", "A 34-year-old woman")]),
        ("A 24-year-old striker injured himself in training on Friday.", []),
        # "a 3-year-old injured": the parse hangs the article and the age on the verb
        ("Deputies said a 3-year-old injured himself Sunday with a pistol.",
         [(1, "injured", "a 3-year-old")]),
        ("Deputies said a 3-year-old injured himself Sunday on a trampoline.", []),
        # one who shot themself beside another told harmed in a clause of their own
        ("Earlier in March, a girl had wounded herself in the foot and a 13-year-old was "
         "killed by a cousin.", [(1, "injured", "a girl"), (1, "killed", "a 13-year-old")]),
        # the parse strands the second clause's age subject as a conjunct of the first
        ("A girl wounded herself in the foot with a rifle and a 9-year-old was shot by a "
         "neighbor.", [(1, "injured", "A girl"), (1, "injured", "a 9-year-old")]),
        ("A girl wounded herself in the foot with a rifle and a 9-year-old was questioned by "
         "deputies.", [(1, "injured", "A girl")]),
        # the stranded age is the subject of its own verb: the first clause's does not share it
        ("A girl was wounded in March and a 12-year-old was killed in April.",
         [(1, "injured", "A girl"), (1, "killed", "a 12-year-old")]),
        # the same harm in both clauses (round 33 variants): the stranded one is another person
        ("A man was grazed by a bullet and a 2-year-old was hurt in the leg.",
         [(1, "injured", "A man"), (1, "injured", "a 2-year-old")]),
        ("A woman was hit in the arm and a 15-year-old was struck in the back, police said.",
         [(1, "injured", "A woman"), (1, "injured", "a 15-year-old")]),
        ("A man was grazed by a bullet and a 19-year-old was questioned by deputies.",
         [(1, "injured", "A man")]),
    ],
)
def test_shooter_who_kills_himself(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


def test_rule_span_and_provenance(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said Sunday night that a 7-year-old boy was shot and killed."
    [claim] = claims_of(nlp, text)
    assert claim.rule == "singular_victim:indefinite:kill"
    assert (claim.value, claim.qualifier, claim.measure) == (1, "exact", "killed")
    assert text[claim.start : claim.end] == claim.number_text == "a 7-year-old boy"
    [named] = claims_of(nlp, "Ana Ruiz, 15, died on Sunday.")
    assert named.rule.startswith("singular_victim:name:")
    [listed] = claims_of(nlp, "A woman, two men and a boy were killed.")
    assert listed.rule == "victim_list:kill"
    assert listed.value == 4


def test_sentence_without_a_numeral_is_parsed() -> None:
    text = "Shots rang out downtown.\n\nA woman was wounded near the station."
    regions = select_regions(Document(id="d1", text=text), statements=False)
    assert any("A woman was wounded" in text[r.start : r.end] for r in regions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman shot and killed a 6-year-old girl on the porch.",
         [(1, "killed", "a 6-year-old girl")]),
        ("Police said the driver fatally shot a pedestrian.", [(1, "killed", "a pedestrian")]),
        ("The robber shot dead a shopkeeper late on Tuesday.", [(1, "killed", "a shopkeeper")]),
        ("The robber shot a shopkeeper dead on Tuesday.", [(1, "killed", "a shopkeeper")]),
        ("The suspect shot and wounded a cashier.", [(1, "injured", "a cashier")]),
        ("The stray round injured a bystander.", [(1, "injured", "a bystander")]),
        ("The collision left a motorist dead.", [(1, "killed", "a motorist")]),
        ("The gunfire left a woman injured.", [(1, "injured", "a woman")]),
        ("Officers found a man dead inside the car.", [(1, "killed", "a man")]),
        ("Deputies shot and killed Arlo Penning after the chase.", [(1, "killed", "Arlo Penning")]),
        # apposition: the definite relation names the victim, the indefinite counts him
        ("Police say the tenant fatally shot his neighbor, a 52-year-old man.",
         [(1, "killed", "a 52-year-old man")]),
        # named by relation: one person, the possessive is the number's text
        ("Police said he killed his wife before fleeing.", [(1, "killed", "his wife")]),
        # a list of objects sums like a list of subjects
        ("The gunman killed a man and a woman.", [(2, "killed", "a man and a woman")]),
        # relatives listed: one claim for each of them
        ("The man killed his wife and her brother.",
         [(1, "killed", "his wife"), (1, "killed", "her brother")]),
        ("He killed his wife and two children.", [(3, "killed", "his wife and two children")]),
        # the object counts the dead; the numeral still counts the wounded
        ("The blast killed a teenager and wounded two others.",
         [(1, "killed", "a teenager"), (2, "injured", "two")]),
    ],
)
def test_victim_as_object(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shot" alone: hurt, as "was shot" is, in the active as in the passive
        ("A gunman shot a woman outside the store.", [(1, "injured", "a woman")]),
        ("Police said the man shot his girlfriend.", [(1, "injured", "his girlfriend")]),
        ("He threatened to shoot a neighbor.", []),
        # negated, modal, intended
        ("The man did not injure a guard.", []),
        ("He could have killed a child.", []),
        ("Investigators said he planned to kill a coworker.", []),
        # not a person; a definite object says who, not how many
        ("A stray bullet killed a dog.", []),
        ("Officers found a man near the car.", []),
        ("Officers found the man dead inside the car.", []),
        # a suspect named with "the" is the report's suspect, counted where named as one
        ("Officers shot and killed the suspect.", []),
        # a numeral in the sentence already counts the victim
        ("The gunman killed three people, including a teenager.", [(3, "killed", "three")]),
        ("Two men died when a gunman shot and killed a woman.", [(2, "killed", "Two")]),
        # subject and object name the one victim: counted once
        ("A boy died after a gunman shot and killed a boy.", [(1, "killed", "A boy")]),
        # "not fatally": wounded
        ("Her cousin shot his uncle, not fatally, in the arm.", [(1, "injured", "his uncle")]),
        # a list the parse hung under its first member: one would undercount it
        ("The man killed his wife, Rosa Lind, and her brother.", []),
        # a possessive subject is not read as a victim (the object reader only)
        ("His wife said the shots woke her.", []),
    ],
)
def test_no_count_from_object(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


def test_object_rule_and_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A gunman shot and killed a 6-year-old girl."
    [claim] = claims_of(nlp, text)
    assert claim.rule == "object_victim:indefinite:kill"
    assert text[claim.start : claim.end] == "a 6-year-old girl"
    [related] = claims_of(nlp, "He fatally shot his brother.")
    assert related.rule == "object_victim:relation:shoot"
    assert (related.value, related.measure) == (1, "killed")


def test_sentence_naming_a_victim_is_parsed() -> None:
    text = "Lena Marsh died Sunday.\n\nHe killed his wife.\n\nMain Street reopened later."
    regions = select_regions(Document(id="d1", text=text), statements=False)
    parsed = [text[r.start : r.end] for r in regions]
    assert any("Lena Marsh died" in p for p in parsed)
    assert any("killed his wife" in p for p in parsed)
    # a name with no harm word is no cue
    assert not any("Main Street" in p for p in parsed)


def test_a_definite_persons_death_is_parsed() -> None:
    text = (
        "Main Street reopened later.\n\nThe staff mourned the girl's death.\n\n"
        "The road was closed.\n\nThe death of the project saddened Lena Marsh."
    )
    regions = select_regions(Document(id="d1", text=text), statements=False)
    parsed = [text[r.start : r.end] for r in regions]
    assert any("the girl's death" in p for p in parsed)
    # a death noun with no definite person is no cue
    assert not any("the project" in p for p in parsed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victim a relative clause speaks of, when the main clause says nothing of harm
        ("An armed teenager who was fatally shot by a deputy has been identified.",
         [(1, "killed", "An armed teenager")]),
        ("A woman who was wounded in the attack told reporters she heard shots.",
         [(1, "injured", "A woman")]),
        ("A gunman shot a cashier who later died at the hospital.", [(1, "killed", "a cashier")]),
        # the main clause gives the outcome: one victim, counted once
        ("A man who was shot on Monday night has died, police said.", [(1, "killed", "A man")]),
        # a lead names by age alone a victim it has not counted yet
        ("The seven-year-old who was wounded in a backyard shooting has died.",
         [(1, "killed", "The seven-year-old")]),
        # the harm named by a noun
        ("Detectives are looking into the shooting death of a 22-year-old woman.",
         [(1, "killed", "a 22-year-old woman")]),
        ("A woman was charged in the fatal shooting of her 19-year-old cousin.",
         [(1, "killed", "her 19-year-old cousin")]),
        ("The killing of Dara Vance, 31, shocked the neighbourhood.",
         [(1, "killed", "Dara Vance")]),
        # a harm noun's possessor or definite "of" complement (no figure before it)
        ("The deputies learned about the boy's death on Thursday.",
         [(1, "killed", "the boy")]),
        ("Neighbors grieved over the killing of the clerk on Friday.",
         [(1, "killed", "the clerk")]),
        # a person the text calls dead as it names them
        ("Police identified the dead woman as Mary Stone, 44.", [(1, "killed", "the dead woman")]),
        ("The slain cashier had worked at the store for a decade.",
         [(1, "killed", "The slain cashier")]),
        # an indirect question asks how, not whether: the deed is stated
        ("Officers want to learn if the deadly shooting of a toddler in Korsby was an accident.",
         [(1, "killed", "a toddler")]),
        # a patient in critical or stable condition is hurt
        ("A 3-year-old girl is in serious condition after she shot herself.",
         [(1, "injured", "A 3-year-old girl")]),
        ("Nora Pike is in stable condition at a children's hospital.",
         [(1, "injured", "Nora Pike")]),
        ("A man was killed and a woman is in serious condition.",
         [(1, "killed", "A man"), (1, "injured", "a woman")]),
        # one taken to a hospital carrying a wound is a patient, hurt; a death told wins
        ("A man was rushed to Lakeview Hospital with a gunshot wound to the hip.",
         [(1, "injured", "A man")]),
        ("A girl was taken to a nearby clinic with minor injuries.",
         [(1, "injured", "A girl")]),
        ("A driver was airlifted to a trauma center with a gunshot wound and later died.",
         [(1, "killed", "A driver")]),
        # a numeral of the sentence counts the victims already
        ("Two people were killed in the shooting death of a woman and her friend.",
         [(2, "killed", "Two")]),
    ],
)
def test_victims_of_relative_clauses_and_nouns(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking for a man who fled after the shooting.",
        "The youngest of the dead was a boy who died when the roof fell.",
        "Police said a man who was not hurt called 911.",
        "The 17-year-old was arrested on Monday.",
        "Police have not confirmed the death of a second man.",
        "The deaths of a man and his son are being investigated.",
        "He wrote a book about the life of a soldier.",
        "A fatal shooting was reported on Main Street.",
        "The shooting of a music video drew a crowd.",
        "It was the town's second fatal shooting of a teenager this year.",
        "The dead man's brother said he was a kind person.",
        "Police have not identified the dead woman.",
        "The dead woman and her son were found in a car.",
        "If the death of a prisoner is confirmed, the warden will resign.",
        "A man is not in critical condition.",
        "A company is in stable condition after the merger.",
        # a pronoun's or a relative's death, a death denied or only possible
        "Deputies are investigating his death.",
        "Her son's death devastated the family.",
        "Police have not confirmed the boy's death.",
        "The girl's death could have been prevented.",
        # a name's: the victim a count told unnamed, or an earlier one recalled
        "Detectives are investigating Lara Quist's death.",
        # taken to a hospital with no wound, or only possibly
        "A man was taken to the hospital with his wife.",
        "A woman was taken to a hospital for evaluation.",
        "A boy could have been taken to a hospital with injuries.",
    ],
)
def test_no_count_from_relative_clauses_and_nouns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == []


def test_nominal_victim_span_and_date(nlp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tests.core.claim_factory import read_claims

    text = "Detectives are investigating the killing of a 40-year-old man on Sunday night."
    [claim] = read_claims(nlp, text, dt.date(2025, 6, 11))
    assert claim.rule == "nominal_victim:indefinite:killing"
    assert text[claim.start : claim.end] == claim.number_text == "a 40-year-old man"
    assert claim.date_start == claim.date_end == dt.date(2025, 6, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report says the child died: "shot himself" again is no one hurt
        ("A 6-year-old boy fatally shot himself on Sunday. Police say Ezra Vance, 6, "
         "accidentally shot himself in the bedroom.", [(1, "killed", "A 6-year-old boy")]),
        # nothing says she died: hurt
        ("A 3-year-old girl accidentally shot herself with her father's pistol on Sunday. "
         "She was taken to a hospital in stable condition.",
         [(1, "injured", "A 3-year-old girl")]),
        # one shot before any death is told: hurt (the gold counts the state each sentence
        # tells); told after the deaths, maybe one of them
        ("A gunman shot a clerk on Sunday. Two customers were killed.",
         [(1, "injured", "a clerk"), (2, "killed", "Two")]),
        ("Two customers were killed on Sunday. A gunman shot a clerk.", [(2, "killed", "Two")]),
    ],
)
def test_shot_victims_in_a_report(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


def test_a_possessed_death_after_a_count_is_that_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A clerk was shot dead on Friday. Deputies are investigating the clerk's death."
    assert casualty_spans(nlp, text) == [(1, "killed", "A clerk")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by what they were doing: the noun's ending, not a list of words
        ("A teen duck hunter died Sunday after being hit by a stray pellet.",
         [(1, "killed", "A teen duck hunter")]),
        ("A jogger was struck and killed by a stray bullet near the river.",
         [(1, "killed", "A jogger")]),
        ("A cyclist was badly hurt when the shots rang out.", [(1, "injured", "A cyclist")]),
        ("A passer-by was wounded in the crossfire.", [(1, "injured", "A passer-by")]),
        ("Officers shot and killed a shoplifter outside the pharmacy.",
         [(1, "killed", "a shoplifter")]),
        # an age that stands for the person, after a dateline the parser took for the subject
        ("MARLOW, Okla. - A 3-year-old was shot Saturday night at a trailer park, police said.",
         [(1, "injured", "A 3-year-old")]),
        # treated for a wound by an active verb: the patient is hurt
        ("Surgeons were treating a six-year-old for gunshot wounds at Mercy General.",
         [(1, "injured", "a six-year-old")]),
        ("Medics treated a woman for a gunshot wound to the arm.", [(1, "injured", "a woman")]),
    ],
)
def test_a_victim_named_by_doing_or_age(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of life support is how news tells the death; the one shot before is
        # counted hurt there too (the gold counts each harm state a person is told in)
        ("A 15-year-old boy was shot Saturday in Fairview. The boy was taken off life support "
         "Tuesday, his family said.", [(1, "injured", "A 15-year-old boy"), (1, "killed", "boy")]),
        ("A 17-year-old boy shot Friday night in Elmwood was taken off life support Sunday, "
         "police said.", [(1, "killed", "A 17-year-old boy")]),
        ("Two victims were removed from life support on Friday.", [(2, "killed", "Two")]),
        # kept on it: alive, hurt
        ("A 15-year-old girl remains on life support at Mercy Hospital after the shooting.",
         [(1, "injured", "A 15-year-old girl")]),
        ("Two of the victims remain on life support, police said.", [(2, "injured", "Two")]),
        # taken off anything else, on any other support: no one harmed
        ("A deputy was taken off the case after the shooting.", []),
        ("A man was removed from the meeting by security.", []),
        ("A woman remains on support duty at the station.", []),
    ],
)
def test_life_support(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no person: a thing or a settlement the ending does not make one
        "A settlement was hit in the flooding.",
        "Troops moved in, killing an unknown number of protesters.",  # an amount, no person
        "An alligator was shot by a deputy near the boat ramp.",  # an animal
        "A hunter could have been killed by the stray round.",  # modal
        "Medics treated a woman for shock at the scene.",  # no wound
        "Doctors could not treat a boy for his wounds in time.",  # negated
        "MARLOW, Okla. - A 3-year-old was not hurt, police said.",  # negated
    ],
)
def test_no_victim_named_by_doing_or_age(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # struck by what a gun fires, or in a part of the body: hurt, as "was shot" is
        ("A 9-year-old girl was struck by a stray bullet on Sunday.",
         [(1, "injured", "A 9-year-old girl")]),
        ("A man was hit in the leg during the shooting.", [(1, "injured", "A man")]),
        ("Two bystanders were struck by gunfire outside the store.", [(2, "injured", "Two")]),
        # the rounds a victim was hit by, and a part of them, count no one
        ("An autopsy showed the driver was hit by nine bullets, two to the head.", []),
        # died: dead
        ("A woman was struck in the head by a bullet and died at the scene.",
         [(1, "killed", "A woman")]),
        # struck by no round, or hit with no harm; a thing struck
        ("A boy was hit in the face by a ball at practice.", []),
        ("A pedestrian was hit by a car on Main Street.", []),
        ("He was hit with a lawsuit on Monday.", []),
        ("Two homes were struck by bullets on Sunday.", []),
    ],
)
def test_struck_by_a_round(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told by a denial, as "died" is
        ("A man was shot on Elm Street. He did not survive.",
         [(1, "injured", "A man"), (1, "killed", "He")]),
        ("A 4-year-old boy was struck by a car but couldn't be saved.",
         [(1, "killed", "A 4-year-old boy")]),
        ("A teenager was stabbed at a party on Friday and didn't survive his wounds.",
         [(1, "killed", "A teenager")]),
        # foretold, feared, escaped, or outlived no harm
        ("A man was shot on Elm Street. Doctors said he may not survive.",
         [(1, "injured", "A man")]),
        ("A councilman did not survive the vote, and he could not be saved from defeat.", []),
        ("The house could not be saved, firefighters said.", []),
    ],
)
def test_victim_who_did_not_survive(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrasal verb of dying, the particle read as a particle or an adverb
        ("A 3-year-old boy passed away on Sunday.", [(1, "killed", "A 3-year-old boy")]),
        ("Jane Roe, 15, passed away on Sunday after the shooting.",
         [(1, "killed", "Jane Roe")]),
        # shot, then passed away in a later sentence: hurt at the wound, dead at the death
        # (the gold counts each harm state a person is told in)
        ("A 3-year-old boy was shot on Saturday. He passed away Monday at the hospital, "
         "police said.", [(1, "injured", "A 3-year-old boy"), (1, "killed", "He")]),
        # passing by is no death
        ("A woman passed by the store when the shots rang out.", []),
    ],
)
def test_passed_away(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a 16-year-old dead": the parser makes the state the noun, the age the person
        ("The shooting left a 16-year-old dead.", [(1, "killed", "a 16-year-old")]),
        ("The shooting left a 16-year-old injured.", [(1, "injured", "a 16-year-old")]),
        # wished, not done; a count of the measure in the sentence may be this person
        ("Police said a gunman wanted to leave a 16-year-old dead.", []),
        ("The shooting left a 22-year-old wounded and two others hurt.", [(2, "injured", "two")]),
        # "found a boy dead" parsed as a clause of its own: the boy its subject, "dead" its
        # predicate; a definite person may be one counted already
        ("Deputies found a 16-year-old boy dead in the yard on Monday.",
         [(1, "killed", "a 16-year-old boy")]),
        ("Officers found Tomas Weller dead in the basement on Monday.",
         [(1, "killed", "Tomas Weller")]),
        ("Officers found the boy dead in the basement on Monday.", []),
        # the state a participle of harm (round 33 variants): "found a man shot ..."
        ("Police found a 40-year-old man shot dead in an alley early Sunday.",
         [(1, "killed", "a 40-year-old man")]),
        ("Police found a man shot in the chest outside a store early Sunday.",
         [(1, "injured", "a man")]),
        ("Officers found the teen shot in the chest outside the store.", []),
        # after a casualty figure, the one found shot is one of those counted
        ("A man was shot in the chest outside a store on Sunday. Police found a man shot in the "
         "chest when they arrived.", [(1, "injured", "A man")]),
        # "to death" after any verb of harm, as after "shot" (round 33 variants)
        ("A woman was stabbed to death in her apartment on Monday.",
         [(1, "killed", "A woman")]),
        ("Officers found a 30-year-old woman stabbed to death in her apartment.",
         [(1, "killed", "a 30-year-old woman")]),
        ("A man was scared to death by the noise on Monday.", []),
        ("Police found a man shot a clerk in the store.", [(1, "injured", "a clerk")]),
    ],
)
def test_an_age_left_in_a_state(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm carried as the object of a verb whose subject suffers it
        ("A man suffered a gunshot wound to the leg, police said.", [(1, "injured", "A man")]),
        ("A woman sustained non-life-threatening injuries in the shooting.",
         [(1, "injured", "A woman")]),
        ("A man lost his life in the shooting.", [(1, "killed", "A man")]),
        # an agent's idiom counts its object's people, not its subject; no harm named
        ("The gunman took the lives of two teens.", [(2, "killed", "two")]),
        ("A man received a call from the police.", []),
        ("A woman suffered a loss at the market.", []),
        # in a report that counts dead, a gunshot wound the dead carried too is no one hurt;
        # a wound of the living still is
        ("A boy died Sunday. Police say Leo Brant suffered a gunshot wound inside a home.",
         [(1, "killed", "A boy")]),
        ("A boy died Sunday. Police say a woman sustained minor injuries in the shooting.",
         [(1, "killed", "A boy"), (1, "injured", "a woman")]),
    ],
)
def test_a_harm_suffered(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


def test_a_life_lost_is_parsed() -> None:
    text = (
        "The fair closed early.\n\nA man lost his life in the shooting.\n\n"
        '"We lost everything," a vendor said.'
    )
    parsed = [text[r.start : r.end] for r in select_regions(Document(id="d1", text=text),
                                                              statements=False)]
    assert any("lost his life" in p for p in parsed)
    assert not any("lost everything" in p for p in parsed)  # "lost" alone names no harm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second victim "also struck" by the shots, or hit by gunfire
        ("A man was shot on Elm Street. A woman was also struck.",
         [(1, "injured", "A man"), (1, "injured", "A woman")]),
        ("A bystander was hit by gunfire outside the bar.", [(1, "injured", "A bystander")]),
        ("A 12-year-old girl was struck by a stray bullet.",
         [(1, "injured", "A 12-year-old girl")]),
        # struck by what is no shot, or the agent who struck
        ("A local firm struck a deal on Monday.", []),
        ("A councilman was also hit with a fine.", []),
        ("A woman was struck by the news of the closure.", []),
    ],
)
def test_victim_struck_by_gunfire(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("sentence", "parsed"),
    [
        # a harm told by an idiom whose words are common alone: parsed only with all its parts
        ("A woman passed away on Sunday.", True),
        ("A boy remains on life support.", True),
        ("A man did not survive his wounds.", True),
        ("A girl could not be saved.", True),
        ("A council passed a budget for the year.", False),
        ("A group of survivors gathered at the hall.", False),
        ("A charity said it would support the families.", False),
    ],
)
def test_a_harm_idiom_is_parsed_whole(sentence: str, parsed: bool) -> None:
    text = f"The fair closed early.\n\n{sentence}\n\nThe roads reopened later."
    regions = [text[r.start : r.end] for r in select_regions(Document(id="d1", text=text),
                                                               statements=False)]
    assert any(sentence in r for r in regions) is parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's words run from the article to the person, an age's hyphens not counted
        ("A 58-year-old retired teacher was shot on Monday.",
         [(1, "injured", "A 58-year-old retired teacher")]),
        ("A 7-year-old boy was shot on Monday.", [(1, "injured", "A 7-year-old boy")]),
        # too far for one noun phrase: the article alone, as before
        ("A 58-year-old recently retired former high school science teacher was shot on "
         "Monday.", [(1, "injured", "A")]),
    ],
)
def test_the_claims_words_reach_the_person(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen joins the parts of one name: the whole name, not the part after it
        ("Anna-Maria Kessler, 25, was wounded in the shooting.",
         [(1, "injured", "Anna-Maria Kessler")]),
        ("Police said Jon Smith-Roe, 30, was killed on Sunday.",
         [(1, "killed", "Jon Smith-Roe")]),
        # a hyphen before the name's first word joins no part of it
        ("Police said Texas-born Jon Roe, 30, was killed on Sunday.",
         [(1, "killed", "Jon Roe")]),
    ],
)
def test_a_hyphenated_name_is_spanned_whole(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second name after "and", hung on the first name or on its description: one more
        ("Ann Rask, a medic, and Capt. Tom Poe were killed when a mine went off.",
         [(1, "killed", "Ann Rask"), (1, "killed", "Capt. Tom Poe")]),
        ("Senior Trooper Ann Rask, a bomb technician with the State Police, and Capt. Tom Poe "
         "of the Harlow Police Department were killed when a bomb exploded.",
         [(1, "killed", "Senior Trooper Ann Rask"), (1, "killed", "Capt. Tom Poe")]),
        # one person described twice ("a nurse and teacher") is one person
        ("Ann Rask, a nurse and mother of three, was killed when a mine went off.",
         [(1, "killed", "Ann Rask")]),
        ("Ann Rask, a nurse and teacher, was killed when a mine went off.",
         [(1, "killed", "Ann Rask")]),
    ],
)
def test_names_a_list_hangs_on_a_description(  # type: ignore[no-untyped-def]
    nlp, text: str, expected: list[Row]
) -> None:
    assert casualty_spans(nlp, text) == expected
