"""Issue #11, attribution and detection on sentences we wrote in the manner of South Asian and
US local news: who a figure is attributed to (a person or an organisation, never a dateline,
a number or a stray phrase), and figures in headlines, idioms and furniture. Each text is run
through the whole pipeline (claims and statements), as a checker's report would be."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents
from tests.core.claim_factory import core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2026, 3, 20)

# (text, [(value, measure, attribution)]) for every core figure of the text
ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # reporting frames of South Asian copy
    (
        "The district police officer informed that 14 people were injured in the blast.",
        [(14, "injured", "The district police officer")],
    ),
    ("As per officials, 23 people were killed in the landslide.", [(23, "killed", "officials")]),
    (
        "Nine people were killed in the attack, as per the district administration.",
        [(9, "killed", "the district administration")],
    ),
    ("Per police, four people were wounded.", [(4, "injured", "police")]),
    ("The fare is 50 rupees per person.", []),
    (
        "A statement by ISPR said that four terrorists were killed in the operation.",
        [(4, "killed", "ISPR")],
    ),
    (
        "A press release issued by the district police said 12 suspects were arrested.",
        [(12, "arrested", "the district police")],
    ),
    # a document with no author names no one: the source named before it stands
    (
        "The ISPR said in a statement that an operation was carried out near the border."
        " The statement said that 4 soldiers were martyred.",
        [(4, "killed", "The ISPR")],
    ),
    ("Monday's statement said 5 militants were killed.", [(5, "killed", None)]),
    ("The ISPR in a statement said 3 soldiers embraced martyrdom.", [(3, "killed", "The ISPR")]),
    (
        "Five people were killed in a bomb blast in Quetta, Dawn reported.",
        [(5, "killed", "Dawn")],
    ),
    (
        "The agency quoted the inspector as saying that seven suspects were arrested.",
        [(7, "arrested", "the inspector")],
    ),
    (
        "Reuters quoted a police official as saying that 18 people had been killed.",
        [(18, "killed", "a police official")],
    ),
    (
        "The quake killed 10 people and wounded 70, officials were quoted by the agency as"
        " saying.",
        [(10, "killed", "officials"), (70, "injured", "officials")],
    ),
    (
        '"Two people were hurt," governor Anwar Jafri was quoted as saying.',
        [(2, "injured", "governor Anwar Jafri")],
    ),
    # a headline's source after a colon or dash, or before its clipped clause
    ("7 killed in Verrin blast: police", [(7, "killed", "police")]),
    ("Seven killed in blast — officials", [(7, "killed", "officials")]),
    ("Sixty embraced martyrdom, says governor", [(60, "killed", "governor")]),
    ("Police say 3 dead in overnight shooting", [(3, "killed", "Police")]),
    ("Three people died in the crash — a boy and a woman.", [(3, "killed", None)]),
    # a source that records the figure itself comes before the sentence's frame
    (
        "According to police, 3 people were killed; the hospital put the toll at 5.",
        [(3, "killed", "police"), (5, "killed", "the hospital")],
    ),
    # a figure the next sentence attributes: "This was stated by ..."
    (
        "Nine people died in the collapse. This was stated by the deputy commissioner on Monday.",
        [(9, "killed", "the deputy commissioner")],
    ),
    (
        "Six people died when the roof fell in. The DPO disclosed this while talking to the media.",
        [(6, "killed", "The DPO")],
    ),
    (
        "Nine people died in the collapse. This was a tragedy, the mayor said.",
        [(9, "killed", None)],
    ),
    # a passive reporting verb names its agent
    (
        "The deaths of 12 miners were confirmed by the company.",
        [(12, "killed", "the company")],
    ),
    # never a dateline, a relative pronoun or the figure itself
    (
        "DARROW - Darrow police say two men were shot dead overnight.",
        [(2, "killed", "Darrow police")],
    ),
    (
        "Prosecutors charged a man who police say killed 3 hikers in the forest.",
        [(1, "arrested", None), (3, "killed", "police")],  # the man charged: arrested
    ),
    ("At least 50 reported injured as the quake struck the coast.", [(50, "injured", None)]),
    (
        "QUETTA (APP): Five labourers were killed when their van hit a landmine.",
        [(5, "killed", None)],
    ),
    # a closing report the parser made a conjunct frames the whole sentence
    (
        "Two women were pronounced dead on the spot, and a third died later, officials told"
        " WXYZ News.",
        # "a third" is one more than the two, told by the same officials
        [(2, "killed", "officials"), (1, "killed", "officials")],
    ),
    (
        "Five people were injured in the crash, and the driver fled, police said.",
        [(5, "injured", "police")],
    ),
    ("Three were hurt and police said nothing.", [(3, "injured", None)]),
    ("Two men were killed and police said they are looking for a gunman.", [(2, "killed", None)]),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attribution(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected


def test_other_stories_under_a_list_heading_are_not_claims() -> None:
    text = (
        "Gunmen kill 4 in Darrow market\n\n"
        "DARROW: Gunmen killed four people at a market on Sunday, police said.\n\n"
        "More from Metro\n\n"
        "Six injured as roof collapses in Lahore\n\n"
        "Man shot dead over land dispute in Okara\n\n"
        "The police said 2 suspects were arrested later in the day.\n\n"
        "Most Read\n\n"
        "1. Seven killed in Quetta blast\n"
        "2. Flood toll rises to 40\n"
    )
    claims = run_documents([from_text(text, doc_id="d", path="a.txt", published=PUB)]).claims
    assert [(c.value, c.measure) for c in claims if c.is_core] == [
        (4, "killed"),
        (4, "killed"),
        (2, "arrested"),
    ]
