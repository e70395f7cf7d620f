"""Numbers that are no figure of harm, though they sit next to one (issue #11): the ages set
off after people ("two sons, 9 and 12", "the victims, 17 and 19,"). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from core.extract import address_numbers
from tests.core.claim_factory import measured, read_claims

PUB = dt.date(2031, 5, 10)
HARM = ("killed", "injured", "kidnapped", "arrested")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one bare number for each person counted: their ages
        ("The widow said she had lost a daughter and two sons, 9 and 12.", [("killed", 2.0)]),
        ("Police said two men, 24 and 31, were killed in the crash.", [("killed", 2.0)]),
        ("Three hikers, 19, 22 and 40, were hurt by the rockfall on Monday.",
         [("injured", 3.0)]),
        # a list of ages after people no numeral counts
        ("Police said the victims, 17, 19 and 22, were taken to hospital.", []),
        ("The victims, 16 and 18, were wounded in the drive-by on Friday.", []),
        # numbers that do not match the count are a breakdown, still figures
        ("The raid killed five militants, 3 and 2 in two hideouts.",
         [("killed", 5.0), ("killed", 3.0), ("killed", 2.0)]),
        # bare numbers after people with no comma closing them off are counts
        ("The attackers wounded civilians, 17 and 19 in two villages.",
         [("injured", 17.0), ("injured", 19.0)]),
    ],
)
def test_ages_set_off_after_counted_people(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert measured(nlp, text, PUB, HARM) == expected



def _digits_of(nlp: Language, text: str, digits: str) -> bool:
    """Whether the number ``digits`` in ``text`` reads as part of a telephone number."""
    doc = nlp.make_doc(text)
    start = text.index(digits)
    span = doc.char_span(start, start + len(digits), alignment_mode="expand")
    assert span is not None
    return address_numbers.phone_number(span, text, 0)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Anyone with information may contact Sergeant Mia Holt at 907-555-0143.", "907"),
        ("Anyone with information may contact Sergeant Mia Holt at 907-555-0143.", "555"),
        ("Tips may be left with the sheriff's office at (318) 555-0187.", "318"),
        ("Witnesses should ring the incident room on 604.555.0112, police said.", "0112"),
    ],
)
def test_a_telephone_number_is_no_figure(nlp: Language, text: str, digits: str) -> None:
    # the tagger may call a piece of a telephone number a quantity: still no count
    assert _digits_of(nlp, text, digits)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Between 150-200 people were hurt in the stampede on Friday.", "150"),
        ("The 2015-2019 figures show 312 killings in the county.", "312"),
        ("Police said 12 people were killed and 45 were hurt.", "45"),
    ],
)
def test_ranges_and_counts_are_no_telephone(nlp: Language, text: str, digits: str) -> None:
    assert not _digits_of(nlp, text, digits)


def _figures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in read_claims(nlp, text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emergency line dialled beside a count is no more of that count
        ("The gunman killed two people, and a wounded boy called 911 from the kitchen.",
         [("killed", 2.0)]),
        ("Neighbors dialed 911 after hearing shots, and three people were wounded.",
         [("injured", 3.0)]),
        # a local number of seven digits the sentence calls
        ("Anyone with information is asked to call 555-1234 or Crime Stoppers at 222-8477.", []),
    ],
)
def test_a_number_dialled_is_no_figure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people called, texted or expected are counted still
        ("Police called 12 witnesses to testify on Monday.", [("other", 12.0)]),
        ("Organizers expect 500-1000 people at the vigil.", [("other", 500.0)]),
        ("The gunman killed two people and wounded 14 more.",
         [("killed", 2.0), ("injured", 14.0)]),
    ],
)
def test_counts_beside_a_call_stay_figures(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert _figures(nlp, text) == expected
