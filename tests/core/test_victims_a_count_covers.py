"""Issue #11, detection: a victim named without a numeral whom a later count of the same
report sums up is no figure of their own: the couple named dead when "three people died in
all", a gunman who "killed himself" when "with the gunman, four people are dead". Not a
victim "also" killed, one of another kind than the count names ("three militants" count no
soldier), those "others" are counted beside, more named than counted, a count of one, a count
before the victim, a tally over a year, "another" victim, or one told "separately".
Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Lind and Tom Lind, both 70, were killed when the van crossed the median near "
         "Hale on Monday. Troopers said three people died in all and two others were hurt.",
         [("killed", 3), ("injured", 2)]),
        ("Carl Moss shot his wife and two sons at their home in Elmwood on Sunday and then "
         "killed himself. With the gunman, four people are dead.",
         [("killed", 2), ("killed", 4)]),
    ],
)
def test_a_victim_a_count_of_the_report_covers_is_no_figure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed in the ambush near Kora on Monday. A civilian was also "
         "killed.", [("killed", 2), ("killed", 1)]),
        ("Three militants were killed in the raid near Kora on Monday. A soldier died in the "
         "exchange of fire.", [("killed", 3), ("killed", 1)]),
        ("A man was wounded in the shooting in Kora on Monday. Two others were wounded.",
         [("injured", 1), ("injured", 2)]),
        # each one named is one claim; "One of them" a figure of its own
        ("Mara Lind and Tom Lind, both 70, were killed in the crash near Kora on Monday. One "
         "of them died at the scene.", [("killed", 1), ("killed", 1), ("killed", 1)]),
        # a count of one sums no one up; a count before may be followed by one more
        ("A woman has died and two men have been hurt after a knife attack in Dunmore on "
         "Friday, police said. Three people were found with stab wounds. One of them died in "
         "hospital a short time later.", [("killed", 1), ("injured", 2), ("killed", 1)]),
        ("Three people were killed in the crash near Kora on Monday. A passenger died in "
         "hospital on Tuesday.", [("killed", 3), ("killed", 1)]),
        ("Protesters gathered in Kora on Monday over the death of a youth in custody. One "
         "person was killed when police fired on the crowd.", [("killed", 1), ("killed", 1)]),
        ("A man was shot dead in Kora on Monday night. The city has recorded 40 homicides "
         "this year.", [("killed", 1), ("killed", 40)]),
        ("Gunfire outside a bar in Kora sent four men to hospital early on Sunday. "
         "Separately, a man was shot in the north of the city on Sunday night.",
         [("injured", 4), ("injured", 1)]),
        # told apart, a victim is no last part of a whole the figures since it break down
        ("Gunfire outside a bar in Kora sent four men to hospital early on Sunday. Three men "
         "were wounded in the car park. Separately, a man was shot in the north of the city "
         "on Sunday night.", [("injured", 4), ("injured", 3), ("injured", 1)]),
        ("Gunfire outside a bar in Kora sent four men to hospital early on Sunday. Three men "
         "were wounded in the car park. A man was shot near the door.",
         [("injured", 4), ("injured", 3)]),
        ("Three people were killed in the shelling of Kora on Monday, medics said. Another "
         "man was killed by a sniper.", [("killed", 3), ("killed", 1)]),
    ],
)
def test_a_victim_no_count_of_the_report_covers_stays(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected
