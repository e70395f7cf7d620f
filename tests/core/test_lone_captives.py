"""One person kidnapped told without a numeral ("a trader was kidnapped", "gunmen seized a
contractor") is a claim of one kidnapped, as one person arrested is; a verb that may only carry
someone off counts when abductors do it ("taken away by gunmen", not "by ambulance"), and a
definite re-mention ("the trader") counts no one more. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A local trader was kidnapped for ransom in Karachi on Sunday.", "A local trader"),
        ("Gunmen seized a contractor near Turbat on Friday, officials said.", "a contractor"),
        ("A shopkeeper was taken away by gunmen in Panjgur on Monday.", "A shopkeeper"),
        ("Militants abducted a teacher from his home in Tank district on Monday.", "a teacher"),
    ],
)
def test_one_person_kidnapped_is_one_claim(text: str, figure: str) -> None:
    assert (figure, "kidnapped", 1.0) in report_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her injured nephew was taken away by an ambulance crew in serious condition.",
        "Police seized a man's car on Friday.",
        "A driver was taken away by the police for questioning on Monday.",
    ],
)
def test_one_carried_off_by_no_abductor_is_no_captive(text: str) -> None:
    assert [c for c in report_counts(text) if c[1] == "kidnapped"] == []


def test_the_captive_named_again_is_no_new_captive() -> None:
    text = (
        "A trader was kidnapped in Karachi on Sunday. The trader was kidnapped while "
        "returning home, his brother said."
    )
    captives = [c for c in report_counts(text) if c[1] == "kidnapped"]
    assert captives == [("A trader", "kidnapped", 1.0)]
