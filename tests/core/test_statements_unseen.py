"""Issue 17: statements on reports written unlike the seeds (sentences we wrote, invented names).

Each text is parsed the way the pipeline parses it: one chunk per paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.quotes import paragraphs
from core.extract.statement_attribution import attribution_at
from core.extract.statements import antecedent_sentences, find_statements
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

    from core.model import Statement

pytestmark = pytest.mark.slow


def run(nlp: Language, text: str) -> list[Statement]:
    chunks = [Chunk(a, nlp(text[a:b])) for a, b in paragraphs(text)]
    return find_statements(chunks, document_id="d1", text=text)


def only(statements: list[Statement], words: str) -> Statement:
    hits = [s for s in statements if words in s.content]
    assert len(hits) == 1, f"{words!r} in {statements}"
    return hits[0]


# (text, words of the content, kind, speaker, speaker kind, cue)
FOUND = [
    # reporting verbs and frames
    (
        "The deputy commissioner informed that nine bodies had been recovered from the river.",
        "nine bodies", "reported", "The deputy commissioner", "anonymous", "informed",
    ),
    (
        "Police informed reporters that the suspect had fled across the border.",
        "the suspect had fled", "reported", "Police", "institution", "informed",
    ),
    (
        "Mayor Anton Rask affirmed that relief would reach every village by Friday.",
        "relief would reach", "reported", "Anton Rask", "person", "affirmed",
    ),
    (
        "The spokesman for the Darrow police indicated that more arrests were likely.",
        "more arrests were likely", "reported", "The spokesman", "anonymous", "indicated",
    ),
    (
        "Governor Sofia Laine visited the ward, highlighting that the injured were receiving care.",
        "the injured were receiving care", "reported", "Sofia Laine", "person", "highlighting",
    ),
    (
        "As per officials, twelve people were killed in the blast near the market.",
        "twelve people were killed", "reported", "officials", "anonymous", "as per",
    ),
    (
        "Twelve people died in the collapse, as per the district administration.",
        "Twelve people died", "reported", "the district administration", "institution", "as per",
    ),
    (
        "Eight people were wounded in the shooting, the Marlow Courier reported.",
        "Eight people were wounded", "reported", "Marlow Courier", "institution", "reported",
    ),
    (
        "The Valley Herald quoted Inspector Rami Osk as saying that the attackers escaped by car.",
        "the attackers escaped", "reported", "Rami Osk", "person", "saying",
    ),
    # a document or a body of reports as the source
    (
        "An official statement said the curfew would be lifted on Monday.",
        "the curfew would be lifted", "reported", "An official statement", "anonymous", "said",
    ),
    (
        "A police statement said the curfew would be lifted on Monday.",
        "the curfew would be lifted", "reported", "police", "institution", "said",
    ),
    (
        "Reports shared by international media said the convoy was attacked twice.",
        "the convoy was attacked twice", "reported", "international media", "institution", "said",
    ),
    (
        "Karel Voss spoke first. “The water is not safe to drink,” according to a leaked memo.",
        "The water is not safe", "quote", "a leaked memo", "anonymous", "according to",
    ),
    (
        "The results of the tests were still pending, the county coroner's office said, as "
        "the inquiry continues.",
        "The results of the tests were still pending", "reported",
        "the county coroner's office", "institution", "said",
    ),
    (
        "“If nothing changes, the anger will spread,” the paper said.",
        "the anger will spread", "quote", "the paper", "institution", "said",
    ),
    (
        "The complaint says the driver sold the rifle a day later.",
        "the driver sold the rifle", "reported", "The complaint", "anonymous", "says",
    ),
    # a surname the tagger may take for a common noun, named in full elsewhere
    (
        "“He loved that park,” Dorries said. A neighbour, Kim Dorries, was there.",
        "He loved that park", "quote", "Kim Dorries", "person", "said",
    ),
    (
        "Ana Rusk spoke to reporters. After two hours, she said, the gunman gave himself up.",
        "the gunman gave himself up", "reported", "Ana Rusk", "person", "said",
    ),
    (
        "The Kessa Foreign Ministry, which said the attacks were unjustified, called for calm.",
        "the attacks were unjustified", "reported", "Kessa Foreign Ministry", "institution",
        "said",
    ),
    (
        "But the lawyer acting for the driver, who has been charged, said that the brakes had "
        "failed.",
        "the brakes had failed", "reported", "the lawyer", "anonymous", "said",
    ),
    # the speaker is never the dateline glued to it
    (
        "DARROW (Vesna Press) — A local family said the water reached the second floor.",
        "the water reached", "reported", "A local family", "anonymous", "said",
    ),
    # unnamed people no list names, sources in the plural with a description
    (
        "The tenant told detectives he was sleeping when the gunfire began.",
        "he was sleeping", "reported", "The tenant", "anonymous", "told detectives",
    ),
    (
        "The driver fled before dawn, according to earlier reports.",
        "The driver fled", "reported", "earlier reports", "anonymous", "according to",
    ),
    (
        "“We treated 30 people with cuts,” added the doctor.",
        "We treated 30 people", "quote", "the doctor", "anonymous", "added",
    ),
    # a single word in scare quotes leaves reported speech reported
    (
        "The neighbour said the tenants were 'partying' in the yard when the fire started.",
        "the tenants were", "reported", "The neighbour", "anonymous", "said",
    ),
    # a denial and reported figures
    (
        "The Vesna Front distanced itself from the bombing in Teravo.",
        "the bombing in Teravo", "denial", "Vesna Front", "institution", "distanced",
    ),
    (
        "Officials revised the death toll down to 31 on Sunday.",
        "toll down to 31", "reported", "Officials", "anonymous", "revised",
    ),
    (
        "The health department confirmed the deaths of 14 people in the fire.",
        "deaths of 14 people", "reported", "The health department", "institution", "confirmed",
    ),
    # what an official announces with its figure is the official's report
    (
        "Lake County Prosecutor Dana Ortiz announced charges against three adults on Monday.",
        "charges against three adults", "reported", "Dana Ortiz", "person", "announced",
    ),
    (
        "Police announced the arrest of two men in the robbery.",
        "the arrest of two men", "reported", "Police", "institution", "announced",
    ),
    # a quoted phrase inside reported speech is reported speech
    (
        "The mayor said the city was “on high alert” after the explosion.",
        "on high alert", "reported", "The mayor", "anonymous", "said",
    ),
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0][:50] for c in FOUND])
def test_found(nlp: Language, case: tuple[str, str, str, str, str, str]) -> None:
    text, words, kind, speaker, speaker_kind, cue = case
    s = only(run(nlp, text), words)
    assert (s.kind, s.speaker, s.speaker_kind) == (kind, speaker, speaker_kind)
    assert s.cue is not None
    assert s.cue.startswith(cue)


# Statements kept in paragraphs that end without a full stop.
UNTERMINATED = [
    # a truncated last paragraph
    (
        "Gunman Kills Two in Darrow\n\nThe shooting began at noon.\n\nPolice said the gunman "
        "fled on foot towards the river, leaving two wounded men behind near the",
        "the gunman fled on foot", "Police",
    ),
    # a caption after the text
    (
        "Flood in Darrow\n\nThe waters rose overnight.\n\nFirefighters carry a man from the "
        "rubble on Tuesday, where the mayor said 12 people had died",
        "12 people had died", "the mayor",
    ),
    # a paragraph ending with an embedded post's date
    (
        "Dam holds\n\nThe town was quiet.\n\nThe minister said on Friday that the dam would "
        "hold. — Vera Lind (@veralind) March 3, 2025",
        "the dam would hold", "The minister",
    ),
]


@pytest.mark.parametrize("case", UNTERMINATED, ids=["truncated", "caption", "embedded-post"])
def test_unterminated_paragraph_keeps_statements(nlp: Language, case: tuple[str, str, str]) -> None:
    text, words, speaker = case
    # the embedded post is its account's quote too (tests/core/test_attribution_frames.py)
    hits = [s for s in run(nlp, text) if words in s.content and s.rule != "signed-post"]
    assert [s.speaker for s in hits] == [speaker]


NONE = [
    # headlines: the first line, a title-case line, a short present-tense line
    "Police say two men were arrested after the raid\n\nThe market reopened on Monday.",
    "The town was quiet.\n\nGunman Kills Two After Mayor Says Curfew Will End\n\nShops reopened.",
    "The town was quiet.\n\nMinister says the dam will hold after the storm\n\nShops reopened.",
    # a "said" with no claim
    "The said bridge was closed on Monday for repairs.",
    "The group did not distance itself from the attack.",
    # a figure object that is no figure
    "Police confirmed the identity of the driver on Monday.",
    "The mayor announced the closure of the bridge on Monday.",
    "Reports say the bridge was closed.",
    "Some said the mayor had lied. Others said the mayor was right.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_reported_figure_inside_a_report_keeps_the_outer_source(nlp: Language) -> None:
    text = (
        "According to the Corvale Institute, there were 40 raids in May, with the army "
        "reporting the deaths of at least 90 fighters."
    )
    statements = run(nlp, text)
    start = text.index("90")
    assert attribution_at(statements, start, start + 2) == "Corvale Institute"


ROLES = [
    # a title abbreviation tied to the name it was introduced with, in any position
    (
        "The minister met Inspector General Hamid Sarro on Monday.\n\nThree suspects were held "
        "overnight. The range IG said the attackers had been identified.",
        "the attackers had been identified", "Hamid Sarro",
    ),
    (
        "Inspector General Hamid Sarro toured the site on Monday.\n\nThe IG said the "
        "attackers had been identified.",
        "the attackers had been identified", "Hamid Sarro",
    ),
]


@pytest.mark.parametrize("case", ROLES, ids=["range-IG", "the-IG"])
def test_role_resolves_to_the_name_introduced(nlp: Language, case: tuple[str, str, str]) -> None:
    text, words, speaker = case
    s = only(run(nlp, text), words)
    assert (s.speaker, s.speaker_kind) == (speaker, "person")


def test_an_unknown_title_stays_anonymous(nlp: Language) -> None:
    s = only(run(nlp, "The IG said the attackers had been identified."), "attackers")
    assert s.speaker_kind == "anonymous"


def test_antecedent_sentences() -> None:
    sentences = [
        "The market was busy.",
        "Interior Minister Rafe Aldo strongly condemned the attack.",
        "The blast shattered windows.",
        "He said the perpetrators would be caught.",
    ]
    assert antecedent_sentences(sentences) == {1}
    # too far back, no pronoun-led reporting clause, or no name before it
    assert antecedent_sentences(["Rafe Aldo spoke.", "A.", "B.", "C.", "He said so."]) == set()
    assert antecedent_sentences(["Rafe Aldo spoke.", "The said bridge fell."]) == set()
    assert antecedent_sentences(["the town slept.", "she said it was fine."]) == set()
    # the verb before the pronoun, and capitals, still count
    assert antecedent_sentences(["Rafe Aldo spoke.", '"We will rebuild," said she.']) == {0}
    assert antecedent_sentences(["Rafe Aldo spoke.", "THEY SAID NOTHING MORE."]) == {0}
    # inverted only after "he" or "she": "said they" and "told it" are no reporting clause
    assert antecedent_sentences(["Rafe Aldo spoke.", "Nothing was done, said they."]) == set()
    assert antecedent_sentences(["Rafe Aldo spoke.", "They told it; explained he."]) == {0}


STORY = """Storm hits Darrow

Heavy rain fell on the valley overnight and a bridge collapsed.

{subject} strongly condemned the delays in the rescue.

The river rose further by the morning.

{pronoun} said the army would arrive within hours.
"""


@pytest.mark.parametrize(
    ("subject", "pronoun", "speaker"),
    [
        ("Mayor Anton Rask", "He", "Anton Rask"),
        ("The Kessa Water Board", "It", "Kessa Water Board"),
        ("The Kessa Water Board", "He", None),  # "he" is never an organisation
    ],
)
def test_pronoun_antecedent_in_a_sentence_with_no_cue(
    subject: str, pronoun: str, speaker: str | None
) -> None:
    """The naming sentence holds no figure and no cue: the pipeline parses it for the pronoun."""
    text = STORY.format(subject=subject, pronoun=pronoun)
    result = run_documents([from_text(text, doc_id="d1", path="story.txt")])
    said = [s for s in result.statements if "army would arrive" in s.content]
    assert [s.speaker for s in said] == ([speaker] if speaker else [])


def test_he_after_according_to_is_the_source_named_there(nlp: Language) -> None:
    text = (
        "Governor Sofia Laine arrived on Monday. The attackers fled towards the hills, "
        "according to Superintendent Ivo Marek. He said the roads had been closed."
    )
    assert only(run(nlp, text), "the roads had been closed").speaker == "Ivo Marek"


def test_he_after_an_inverted_said_x(nlp: Language) -> None:
    """ "…, said Rasid, an official": a person by the appositive, and whom "he" refers to."""
    text = (
        "The hardest-hit place was the valley, where the river swept away a bridge, said Rasid, "
        "an officer of the regional relief agency. He said at least 22 houses were seriously "
        "damaged."
    )
    statements = run(nlp, text)
    assert {(s.speaker, s.speaker_kind) for s in statements} == {("Rasid", "person")}
    assert only(statements, "22 houses").speaker == "Rasid"


ATTRIBUTED = [
    ("As per officials, twelve people were killed in the blast on Monday.", "officials"),
    (
        "The deputy commissioner informed that nine people had been killed in the blast.",
        "The deputy commissioner",
    ),
    (
        "Eight people were wounded in the shooting on Monday, the Marlow Courier reported.",
        "the Marlow Courier",
    ),
    (
        "The Valley Herald quoted Inspector Rami Osk as saying that six people were killed.",
        "Rami Osk",
    ),
    ("DARROW (Vesna Press) — Six people were killed in the blast, officials said.", "officials"),
    # a participle before the subject, which the parser reads as a clause of its own
    (
        "Recently released data compiled by the Vesna Institute shows that 40 people were "
        "killed in such blasts in 2030.",
        "the Vesna Institute",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), ATTRIBUTED)
def test_claim_attribution_classes(sentence: str, speaker: str) -> None:
    """Issue 11's attribution classes: the figure carries the person or organisation."""
    text = f"Blast in Darrow\n\n{sentence}\n"
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")]).claims
    assert claims
    assert {c.attribution for c in claims} == {speaker}


def test_an_abstract_subject_attributes_nothing() -> None:
    text = "Blast in Darrow\n\nThe rioting underlined that 40 people were killed in May.\n"
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")]).claims
    assert claims
    assert all(c.attribution is None for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a dash dateline is where the report was filed, not what the speaker said
        ("MARLOW - At least 12 people were killed in the blast, the governor said on Sunday.",
         "At least 12 people were killed in the blast"),
        ("OSTERN (Vesna Press) — Nine people died in the flood, officials said.",
         "Nine people died in the flood"),
        # a statement that opens on a place in capitals of its own keeps it
        ("The governor said NATO troops would stay in the province.",
         "NATO troops would stay in the province"),
    ],
)
def test_a_dateline_is_no_part_of_a_statement(nlp: Language, text: str, content: str) -> None:
    [statement] = run(nlp, text)
    assert statement.content == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Four people were killed and three others were wounded in a shooting outside a "
            "bar early Sunday, police said.",
            "Four people were killed and three others were wounded in a shooting outside a bar "
            "early Sunday",
        ),
        (
            "A BSF jawan was killed and two others were injured in the exchange of fire, "
            "officials said.",
            "A BSF jawan was killed and two others were injured in the exchange of fire",
        ),
    ],
)
def test_a_report_of_two_joined_clauses_is_one_statement(
    nlp: Language, text: str, content: str
) -> None:
    # the parser may hang each conjunct on "said": the statement still runs past the "and"
    assert [s.content for s in run(nlp, text)] == [content]
