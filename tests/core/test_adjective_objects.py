"""An object written right after a verb's result adjective, "A man shot dead his two sisters"
(issue #11, counts): with a possessive before the object the parser hangs it on "dead", an
adjective's object is no verb's, and the victims went uncounted ("shot dead the two sisters"
counted 2). The object is the verb's now. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import counted

PAPER = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot dead his two sisters in Sialkot on Friday, police said.",
         [("killed", 2.0)]),
        ("The farmer shot dead his three cousins over a land dispute.", [("killed", 3.0)]),
        ("A guard shot dead his wife and two daughters before turning the gun on himself.",
         [("killed", 3.0)]),
        ("Gunmen shot dead their two hostages near the border.", [("killed", 2.0)]),
        # as before: the parser reads these right
        ("Gunmen shot dead two policemen in Quetta.", [("killed", 2.0)]),
        ("A man shot dead the two sisters on Friday.", [("killed", 2.0)]),
        ("A man killed his two sisters on Friday.", [("killed", 2.0)]),
        ("A man shot dead his sister on Friday.", [("killed", 1.0)]),
    ],
)
def test_an_object_after_a_result_adjective_is_the_verbs(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PAPER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective after the object: nothing to re-hang
        ("Police found two men dead in a field near Okara.", [("killed", 2.0)]),
        ("The blast left 12 dead and 30 wounded.", [("killed", 12.0), ("injured", 30.0)]),
        # an adjective with its own complement, no object
        ("The two men were found dead in their car, police said.", [("killed", 2.0)]),
        ("The village was left empty after 40 families fled.", []),
        ("Doctors declared his two sons dead on arrival.", [("killed", 2.0)]),
    ],
)
def test_no_object_after_the_adjective_keeps_its_reading(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PAPER) == expected
