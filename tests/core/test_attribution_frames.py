"""Issue #11, attribution classes read on dev reports, each tested on sentences we wrote: a
quote that runs over a line break (copy with one sentence a line), a report set in brackets
inside another's words, an opening report whose verb the tagger read as a noun ("Police
allege Ann Roe ..."), what someone believes, a post the report embeds ("— Ann Roe
(@annroe) June 3, 2026"), a speaker named by a description ("the governor said"), and an
office written as a name with its holder after it ("SSP Darrow, Imran Qadir, said"), and a
line that is only a frame ("According to the ministry:").
Positive and negative cases for each; the whole pipeline runs (claims and statements), as a
checker's report would."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.quotes import find_quotes
from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2026, 3, 20)

# (text, [(value, measure, attribution)]) for every core figure of the text
ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # a quote open at the end of a line goes on to the mark that closes it on the next: the
    # figures after it, "he said", are still the speaker's, not a name inside the quote (a
    # one-word name with the role the report gave it: single_names)
    (
        "One woman was killed in the village when a wall fell, said agency official Rani.\n"
        '"A woman was cooking with her son when the wall came down.\n'
        'Her body was found under the bricks," he said.\n'
        "Another three people died in hospital from their injuries, he said.",
        [(1, "killed", "agency official Rani"), (3, "killed", "agency official Rani")],
    ),
    (
        '"We have treated around 40 people with burns," said the nurse, Lina Ortiz.\n'
        '"There are around 20 people badly hurt, some with head wounds.\n'
        'The rest have light cuts."',
        # the treated are hurt too (core.extract.care): both figures are hers
        # the post beside the name, as "said nurse Lina Ortiz" gives it; the quote's next
        # figure is the statement's, whose speaker is named without her post
        [(40, "injured", "nurse Lina Ortiz"), (20, "injured", "Lina Ortiz")],
    ),
    # a quote that closes on its own line carries nothing to the next
    (
        '"The road is closed," said the mayor, Tom Kerr.\n'
        "Two drivers were hurt in the crash on Friday.",
        [(2, "injured", None)],
    ),
    # a report set in brackets is its own voice inside the outer speaker's words
    (
        "Police said there was one arrest (the Gazette says three people were injured).",
        [(1, "arrested", "Police"), (3, "injured", "the Gazette")],
    ),
    (
        "Officials said five people died (the fire chief said earlier that it was four).",
        [(5, "killed", "Officials"), (4, "killed", "the fire chief")],
    ),
    (
        "The mayor said 3 people died (police put the toll at 4).",
        [(3, "killed", "The mayor"), (4, "killed", "police")],
    ),
    # brackets with no report of their own stay in the outer speaker's words
    (
        "Police said four people were hurt (two of them critically) in the crash.",
        [(4, "injured", "Police"), (2, "injured", "Police")],
    ),
    # an opening report the tagger glued to the name after it as a noun compound
    (
        "Prosecutors allege Mark Dunn killed four people at the depot.",
        [(4, "killed", "Prosecutors")],
    ),
    (
        "Police allege Ray Colton, 58, opened fire at a warehouse party Friday, killing one man.",
        [(1, "killed", "Police")],
    ),
    # a name with a verb's form in it ("State") is no report, nor is a document noun
    ("Kerr State Police divers recovered two bodies from the river.", [(2, "killed", None)]),
    ("Police officers Tom Reed and Ann Lee shot two men.", [(2, "injured", None)]),
    # what someone believes, suspects or fears is theirs
    ("Police believe the gunman killed two men.", [(2, "killed", "Police")]),
    (
        "Authorities fear that 30 people were killed in the mudslide.",
        [(30, "killed", "Authorities")],
    ),
    # ... but a belief is no report the next sentence runs on, as "said" is
    ("Police believe it was a robbery. Three people were shot.", [(3, "injured", None)]),
    ("Police said it was a robbery. Three people were shot.", [(3, "injured", "Police")]),
    # a post the report embeds is its account's, whoever the sentences around it name
    (
        "Police said the gunman fled on foot.\n\n"
        "Two people were killed at the mall and he shot himself. pic.twitter.com/xk29Qa"
        " — Dana Whitlock (@DanaWhitlockTV) June 29, 2026\n\n"
        "Officials said four people were hurt.",
        [(2, "killed", "Dana Whitlock"), (4, "injured", "Officials")],
    ),
    (
        "Officers arrested 3 men after the raid — Harbour Police 9th Precinct (@HarbourPD9)"
        " March 2, 2026",
        [(3, "arrested", "Harbour Police 9th Precinct")],
    ),
    # a post that reports someone else's words leaves the figure theirs
    (
        "Fire in Darrow\n\nThe town was quiet.\n\n"
        "The mayor said 5 people died in the fire. — Dana Whitlock (@DanaWhitlockTV)"
        " March 3, 2026",
        [(5, "killed", "The mayor")],
    ),
    # a speaker the sentence names by a description keeps it beside the name it resolves to;
    # a surname or a pronoun gives the name alone
    (
        "A quake hit the island on Sunday.\n"
        '"Only walls fell," Harbour Governor Ali Karimi told a news agency.\n'
        "A radio station quoted the governor as saying five residents were injured.\n"
        "Karimi said 3 people were killed.\n"
        "He said 4 people were missing and 2 were killed.",
        [(5, "injured", "governor Ali Karimi"), (3, "killed", "Ali Karimi"),
         (2, "killed", "Ali Karimi")],
    ),
    # an office written as a name, then who holds it: the person after the comma speaks
    (
        "Senior Superintendent of Police (SSP) Baramulla, Imran Qadir, told a local paper that"
        " 2 militants were killed.",
        [(2, "killed", "Imran Qadir")],
    ),
    ("SSP Anantnag, Salman Javed, said 3 militants were killed.",
     [(3, "killed", "Salman Javed")]),
    ("Deputy Commissioner Kohat, Tariq Mehmood, said 2 people died.",
     [(2, "killed", "Tariq Mehmood")]),
    # ... not an institution's division after its name
    ("Verrin State Police, Salem Division, said 2 people died.",
     [(2, "killed", "Verrin State Police")]),
    # a second source that records its own figure against the first one's ("while X put the
    # toll at 5") is that source's, not part of the first one's words
    (
        "Police said 3 people died, while the hospital put the toll at 5.",
        [(3, "killed", "Police"), (5, "killed", "the hospital")],
    ),
    (
        "Police said 3 people died, while rescue officials confirmed 5 deaths.",
        [(3, "killed", "Police"), (5, "killed", "rescue officials")],
    ),
    (
        "Police said 3 people died and 5 were hurt while the hospital was being evacuated.",
        [(3, "killed", "Police"), (5, "injured", "Police")],
    ),
    # a headline's clipped clause closed by its report, or a report of a clipped passive
    ("At least 10 killed in Kurram clash, officials say", [(10, "killed", "officials")]),
    ("ISPR says 5 terrorists killed in North Waziristan", [(5, "killed", "ISPR")]),
    ("Quake kills 3 in Verrin - state TV", [(3, "killed", "state TV")]),
    # ... but a closing clause that is no report of a source
    ("Five people died in the fire, which officials say", [(5, "killed", None)]),
    ("Three people died on Sunday, he said.", [(3, "killed", None)]),
    # a closing "said X" the parser did not hang the clause on, or set between commas
    (
        "The attack killed 7, said a police officer who asked not to be named.",
        [(7, "killed", "a police officer")],
    ),
    (
        "The number of dead rose to 40, the health ministry said, up from 32 reported earlier.",
        [(40, "killed", "the health ministry")],
    ),
    ("Four were hurt, said to be workers.", [(4, "injured", None)]),
    # ... but a report after the figure's clause with a content of its own frames only that
    (
        "Two men died, and police said, after a search, that three more were missing.",
        [(2, "killed", None)],
    ),
    # who revises, raises or hands out a toll, as a passive's agent or a participle's
    (
        "The death toll was revised to 19 by the civil defence.",
        [(19, "killed", "the civil defence")],
    ),
    ("The toll, given by the ministry, stood at 34.", [(34, "killed", "the ministry")]),
    ("Figures released by the police show 40 people were killed.", [(40, "killed", "the police")]),
    ("The interior ministry announced 12 deaths.", [(12, "killed", "The interior ministry")]),
    # ... not money raised, nor a participle of the people counted
    ("The fund has raised 5,000 dollars for 3 injured boys.", [(3, "injured", None)]),
    ("The suspects, released by the court on bail, had killed 2 men.", [(2, "killed", None)]),
    # a line that is only a frame gives the paragraph after it to its source
    (
        "A blast hit the market.\n\nAccording to the provincial health ministry:\n\n"
        "At least 5 people were killed in the blast and 12 were injured.",
        [(5, "killed", "the provincial health ministry"),
         (12, "injured", "the provincial health ministry")],
    ),
    # ... not a frame with its own clause, which keeps its figures to itself
    (
        "A blast hit the market.\n\nAccording to police, 3 people died.\n\n"
        "Five more were hurt in the stampede.",
        [(3, "killed", "police"), (5, "injured", None)],
    ),
    # a source set against a claim after the comma is no closing report of the figure
    (
        "The rebels claimed to have killed 20 soldiers, a claim the army rejected.",
        [(20, "killed", "The rebels")],
    ),
    # a question, a promise or a threat vouches for no figure
    ("The minister asked why 14 people died in one night.", [(14, "killed", None)]),
    ("The minister said 14 people died in one night.", [(14, "killed", "The minister")]),
    # an outlet citing a source, the citing hung on the reported clause
    (
        "The Associated Press reported that 9 were killed, citing hospital officials.",
        [(9, "killed", "hospital officials")],
    ),
    ("Police said 9 were killed, citing hospital records.", [(9, "killed", "Police")]),
    # a report denied its verb vouches for nothing
    ("Police did not say whether 3 people were arrested.", [(3, "arrested", None)]),
    ("Police would not confirm that 4 people had died.", [(4, "killed", None)]),
    ("Police did not confirm 7 deaths.", [(7, "killed", None)]),
    ("Police confirmed 7 deaths.", [(7, "killed", "Police")]),
    # a victim's family speaks for its own sentence: the next figure is the reporter's
    (
        "A cyclist was struck and killed on Ridge Road on Monday. His sister said he rode to "
        "work every day. Two other riders were hurt in the crash.",
        [(1, "killed", None), (2, "injured", None)],
    ),
    (
        "A cyclist was struck and killed on Ridge Road on Monday. Family members said he rode "
        "to work every day. Two other riders were hurt in the crash.",
        [(1, "killed", None), (2, "injured", None)],
    ),
    (
        "A cyclist was struck and killed on Ridge Road on Monday. Police said he rode to work "
        "every day. Two other riders were hurt in the crash.",
        [(1, "killed", None), (2, "injured", "Police")],
    ),
    # a dash and an "@" that sign nothing
    ("The toll rose to 12 - the highest in years (@ the old mill).", [(12, "killed", None)]),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in ATTRIBUTED], PUB)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attribution(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected


def test_a_quote_runs_over_a_line_break_to_the_mark_that_closes_it() -> None:
    text = '"The wall came down.\nHer body was found later," he said.'
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "The wall came down.\nHer body was found later"


def test_a_mark_that_opens_a_quote_on_the_next_line_does_not_close_the_last() -> None:
    text = 'He said "it was late.\nThen she said "go home" and left.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["go home"]


def test_a_closing_typographic_mark_ends_a_quote_from_the_line_before() -> None:
    text = "“Nobody moved.\nWe waited an hour,” she said."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "Nobody moved.\nWe waited an hour"


@pytest.mark.slow
def test_a_bracketed_aside_never_frames_the_clause_before_it() -> None:
    """ "(police said 4)" is no parenthetical "…, police said, …" over "3 people died"."""
    text = "The mayor said 3 people died (police said 4)."
    claims = core_claims_by_text([text], PUB)[text]
    assert (claims[0].value, claims[0].attribution) == (3, "The mayor")


def test_a_reply_that_and_a_second_that_clause_are_the_speakers() -> None:
    text = (
        "Separately, the home ministry told the Senate in a written reply on Friday that 57 "
        "insurgents had been killed in counter-terrorism operations (CTOs) during March, and "
        "that security forces had conducted 900 CTOs across the province during the month."
    )
    doc = from_text(text, doc_id="d1", published=dt.date(2031, 4, 5))
    found = {c.number_text: c.attribution for c in run_documents([doc]).claims}
    assert found == {"57": "the home ministry", "900": "the home ministry"}
