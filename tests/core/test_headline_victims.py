"""A victim a report's headline names (round 32): one person with no article ("Teen shot near
school", "6-year-old who accidentally shot himself in garage dies"), and the body's first telling of
a person the headline named, which counts again. Reports we wrote, run through the pipeline."""

from __future__ import annotations

from tests.core.claim_factory import REPORT_DAY, core_claims_by_text

Row = tuple[float, str, str]

HEADLINED: dict[str, list[Row]] = {
    "Toddler injured in shooting has died\n\nPolice said the shots came from a car.":
        [(1, "killed", "Toddler")],
    "Teen shot near school\n\nPolice said the shots came from a car.": [(1, "injured", "Teen")],
    "6-year-old who accidentally shot himself in garage dies\n\nPolice said the gun was loaded.":
        [(1, "killed", "6-year-old")],
    "Toddler who shot himself with uncle's pistol remains on life support\n\nPolice said the "
    "gun was loaded.":
        [(1, "injured", "Toddler")],
    # the body's first telling counts as well: a checker reads the headline apart
    "Man killed in Elm Park\n\nELM PARK, Ohio - A man was killed on Sunday, police said.":
        [(1, "killed", "Man"), (1, "killed", "A man")],
    # a picture's caption set above the story stands as its headline
    "Relatives say a 5-year-old boy shot himself in the foot. (Photo: KXYZ)\n\nELM PARK, "
    "Ohio - Relatives say a 5-year-old boy shot himself in the foot late Sunday.":
        [(1, "injured", "a 5-year-old boy"), (1, "injured", "a 5-year-old boy")],
    "Man found shot to death in Elm Park parking lot\n\nPolice said the shots came from a car.":
        [(1, "killed", "Man")],
    "Teen's death ruled accidental\n\nPolice said the gun was loaded.": [(1, "killed", "Teen")],
    # the person is the one charged; the harm is another's, the man's its harm noun tells
    "Teen charged in shooting death of man\n\nPolice said the teen was arrested.": [
        (1, "killed", "man")],
    "Boy not hurt in shooting\n\nPolice said shots were fired.": [],
    "Police say teen may have been shot\n\nPolice said shots were fired.": [],
    # a later body mention of the headline's victim, after the body told its own first
    "Jon Roe, of Elm Park, died of a gunshot wound\n\nProsecutors charged a man who fatally "
    "shot a 14-year-old boy while hunting.\n\nJon Roe, of Elm Park, died on Sept. 13, the "
    "coroner said.": [(1, "killed", "Jon Roe"), (1, "killed", "a 14-year-old boy")],
    # the harm is another person's, or the deed's alone
    "Mother of teen killed in shooting speaks out\n\nPolice said shots were fired.": [],
    "Man gets life for killing teen\n\nPolice said shots were fired.": [],
    "Teen in custody after shooting\n\nPolice said shots were fired.": [],
    # a verb of leaving puts its bare person in a state (round 33); beside a count of another
    # harm the person is one more, not folded into the count
    "Officer-involved shooting leaves man dead\n\nPolice said shots were fired.":
        [(1, "killed", "man")],
    "Bakery Shooting Leaves Woman Dead and 2 Hurt\n\nPolice said shots were fired.":
        [(1, "killed", "Woman"), (2, "injured", "2")],
    "Woman dead, 3 hurt in Fenwick bakery shooting\n\nPolice said shots were fired.":
        [(1, "killed", "Woman"), (3, "injured", "3")],
    # round 33 variants: a degree before the state; a headline the parse runs on into the body
    "Fenwick shooting leaves toddler critically injured\n\nPolice said shots were fired.":
        [(1, "injured", "toddler")],
    "Crash leaves teen dead, 3 injured\n\nPolice said the car hit a pole.":
        [(1, "killed", "teen"), (3, "injured", "3")],
    "Fire leaves family homeless\n\nOfficials said the house burned.": [],
    # the person's harm is the one the count tells, or the state is no harm
    "Man shot, 2 hurt in Fenwick\n\nPolice said shots were fired.": [(2, "injured", "2")],
    "Storm leaves town dark\n\nPolice said trees fell.": [],
    # the headline's first person does the harm; the bare person nouns it is done to count
    "Husband kills wife and stepson in Dunmore\n\nPolice said the gun was loaded.":
        [(1, "killed", "wife"), (1, "killed", "stepson")],
    "Boy accidentally shoots, kills cousin in Tyler\n\nPolice said the gun was loaded.":
        [(1, "killed", "cousin")],
    "Grandfather fatally shoots grandson in Tyler\n\nPolice said shots were fired.":
        [(1, "killed", "grandson")],
    # no bare person is done the harm: nobody counted, the doer least of all
    "Father kills dog in Dunmore\n\nPolice said the gun was loaded.": [],
    "Man shoots his way out of jail\n\nPolice said shots were fired.": [],
    # a body line, not a headline: "a" names one there
    "The fair closed early.\n\nTeen shot near school\n\nThe roads reopened later.": [],
}


def test_one_a_headline_names_bare() -> None:
    claims = core_claims_by_text(list(HEADLINED), REPORT_DAY)
    read = {
        text: [(c.value, c.measure, c.number_text) for c in cs
               if c.measure in ("killed", "injured")]
        for text, cs in claims.items()
    }
    assert read == HEADLINED


OPENED = {
    # an article opening a headline's clause still names one person
    "A teen killed, two hurt in Tyler crash\n\nPolice closed the road.":
        [(1, "killed", "A teen"), (2, "injured", "two")],
    # beside a victim the parse read, the later clause's someone else
    "A man dead, another hurt in Tyler shooting\n\nPolice closed the road.":
        [(1, "killed", "A man"), (1, "injured", "another hurt")],
    # the same harm the parse read is told once ("fatally" tells the verb's)
    "Boy, 9, fatally shoots himself in Tyler\n\nPolice said the gun was loaded.":
        [(1, "killed", "himself")],
}


def test_an_article_opens_a_headlines_clause() -> None:
    claims = core_claims_by_text(list(OPENED), REPORT_DAY)
    read = {
        text: [(c.value, c.measure, c.number_text) for c in cs
               if c.measure in ("killed", "injured")]
        for text, cs in claims.items()
    }
    assert read == OPENED
