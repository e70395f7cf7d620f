"""A list of people kidnapped or arrested that holds a count, beside one person named singly
("A Briton and two Australians were kidnapped", "police arrested a cleric and three
students"), names one more than its count: one figure over the whole list, as a list of the
killed or injured is read (issue #11, counts). A thing taken beside the people, a group no
one can count, a member with a clause of its own and a deed not done stay as they were.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Briton and two Australians were kidnapped near Agadez on Tuesday, police said.",
         [("A Briton and two Australians", "kidnapped", 3.0)]),
        ("An engineer and two labourers were abducted near Turbat on Monday.",
         [("An engineer and two labourers", "kidnapped", 3.0)]),
        ("Gunmen kidnapped a pastor and four worshippers in Kajuru on Sunday.",
         [("a pastor and four worshippers", "kidnapped", 5.0)]),
        ("Bandits abducted two nurses and their driver near Gusau on Friday.",
         [("two nurses and their driver", "kidnapped", 3.0)]),
        ("Police arrested a cleric and three students in Quetta on Monday.",
         [("a cleric and three students", "arrested", 4.0)]),
        ("A lawyer and five activists were detained in Dhaka on Monday, police said.",
         [("A lawyer and five activists", "arrested", 6.0)]),
        ("Gunmen abducted a trader and two of his sons in Kankara on Monday.",
         [("a trader and two of his sons", "kidnapped", 3.0)]),
        ("A pastor and two of his children were kidnapped in Kajuru on Monday.",
         [("A pastor and two of his children", "kidnapped", 3.0)]),
    ],
)
def test_one_beside_a_count_is_one_more(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bus is taken, no one more
        ("Kidnappers seized a bus and 20 passengers near Kaduna on Monday.",
         [("20", "kidnapped", 20.0)]),
        # a thing with a name, an article before it, is no person (a reviewer's near misses)
        ("Police seized two suspects and a Land Cruiser at the checkpoint.",
         [("two", "arrested", 2.0)]),
        ("Police seized two men and a Kalashnikov during the raid.", [("two", "arrested", 2.0)]),
        # a group no one can count leaves the count alone
        ("Gunmen abducted the family and two farm workers in Tsafe on Monday.",
         [("two", "kidnapped", 2.0)]),
        ("Police arrested a gang and three accomplices in Sukkur on Monday.",
         [("three", "arrested", 3.0)]),
        # the woman has a clause of her own
        ("Police arrested three suspects and a woman was released on bail in Okara on Monday.",
         [("three", "arrested", 3.0)]),
        # a definite first member with a count of whom: as before
        ("Troops arrested the commander and two of his aides in Kunduz on Monday.",
         [("the commander", "arrested", 1.0)]),
        # an arrest of one named by "the": he may be one told before
        ("Police arrested the chairman and two others in Pishin on Friday.",
         [("two", "arrested", 2.0)]),
        # a second verb's object is no member
        ("Police arrested two suspects and recovered a pistol in Okara on Monday.",
         [("two", "arrested", 2.0)]),
        # not done: no figure
        ("A suspect and two accomplices will be arrested soon, the police chief said.", []),
        ("Police did not arrest a man and two women who were at the scene.", []),
        # the killed were read so before
        ("A soldier and two civilians were killed near Khost on Monday.",
         [("A soldier and two civilians", "killed", 3.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
