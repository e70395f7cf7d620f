"""A wire story filed from a metropolis places its incident beside it ("a shooting south of Los
Angeles", "near Dallas", "north of Chicago"), while a local outlet datelines the suburb
("COMPTON, Calif. —"): the gazetteer's distance and bearing say the suburb lies there, and the
two reports of one incident group (issue #11, grouping). A suburb on the other side, a town
too far, a story placed in the metropolis itself, another kind or another week stay apart.
Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import reported_together as together


def compton() -> str:
    return ("COMPTON, Calif. — Three people were wounded in a drive-by shooting outside a "
            "party on Saturday night, deputies said.\n")


def wire(where: str) -> str:
    return (f"LOS ANGELES (AP) — Three people were wounded in a drive-by shooting at a party "
            f"{where} late Saturday, sheriff's officials said.\n")


EVANSTON = ("EVANSTON, Ill. — A man was shot dead in a parking garage on Friday evening, "
            "police said.\n")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (compton(), wire("south of Los Angeles")),
        (EVANSTON,
         "CHICAGO (AP) — A man was shot dead in a parking garage north of Chicago on Friday "
         "evening, police said.\n"),
        ("IRVING, Texas — Two workers died when a trench collapsed at a construction site on "
         "Tuesday, fire officials said.\n",
         "DALLAS (AP) — Two workers died when a trench collapsed at a construction site near "
         "Dallas on Tuesday, fire officials said.\n"),
        ("IRVING, Texas — A man shot dead his two brothers at their home on Monday, police "
         "said.\n",
         "DALLAS — Two brothers were shot dead at a home in suburban Dallas on Monday, police "
         "said.\n"),
    ],
)
def test_a_suburb_and_a_story_beside_its_metropolis_group(first: str, second: str) -> None:
    assert together(first, second)
    assert together(second, first)


@pytest.mark.parametrize(
    ("first", "second", "days_apart"),
    [
        (compton(), wire("north of Los Angeles"), 0),
        (compton().replace("COMPTON", "RIVERSIDE"), wire("east of Los Angeles"), 0),
        (compton(), wire("in downtown Los Angeles"), 0),
        (compton(), wire("south of Los Angeles"), 8),
        (compton(), wire("in a suburban home far from Los Angeles"), 0),
        (compton(),
         "Three wounded near Los Angeles nightclub\nLOS ANGELES (AP) — Three people were "
         "wounded in a drive-by shooting at a nightclub late Saturday, police said.\n", 0),
        (EVANSTON,
         "CHICAGO (AP) — Two teenagers were killed in a crash on a highway north of Chicago "
         "on Friday evening, police said.\n", 0),
    ],
)
def test_a_suburb_elsewhere_or_another_incident_stays_apart(
    first: str, second: str, days_apart: int
) -> None:
    assert not together(first, second, days_apart)
