"""The hurt a subject names by relation with no numeral ("his daughter was hospitalized", "her
sister and mother were injured"): one person each, unless a count of the hurt before may be
them; the dead counted before are others. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import casualty_figures as casualties

Row = tuple[float, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His daughter was hospitalized in stable condition, deputies said.", [(1, "injured")]),
        # one claim for each relative the list tells
        ("Her brother and father were wounded by the gunfire.", [(1, "injured"), (1, "injured")]),
        # the dead before are not the hurt: the relation counts on its own
        ("Lena Voss was fatally shot while her aunt and cousin were injured.",
         [(1, "killed"), (1, "injured"), (1, "injured")]),
        ("A clerk was shot dead on Friday. His wife was also hurt in the robbery.",
         [(1, "killed"), (1, "injured")]),
        # a police officer's partner on patrol, named by relation as a colleague is
        ("A police officer was killed and his partner wounded during a traffic stop.",
         [(1, "killed"), (1, "injured")]),
        ("A deputy was shot dead on Monday. His partner was injured in the gunfire.",
         [(1, "killed"), (1, "injured")]),
        # the dead so named whose death the clause ties to the story's shooting
        ("On June 3, a 7-year-old boy was wounded by gunfire while skating, and his uncle "
         "died in the same attack.", [(1, "injured"), (1, "killed")]),
        ("A teen was wounded on Elm Street on Sunday. Her cousin was also killed.",
         [(1, "injured"), (1, "killed")]),
        # a parent told as "mom" or "dad" is a relative like "mother"
        ("Her sister and mom were injured by gunfire.", [(1, "injured"), (1, "injured")]),
    ],
)
def test_a_victim_named_by_relation_counts(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of those a count before gave
        ("Two people were injured in Dunmore. His wife was hospitalized in stable condition.",
         [(2, "injured")]),
        # the dead named so after a toll: one of those it counted ("the same" of something
        # else is no tie to the story's shooting; alone, one victim: test_kin_deaths.py)
        ("Two people died in the crash. His wife died in the crash, the farmer said.",
         [(2, "killed")]),
        ("Three men were shot dead. His brother was killed in the same town.",
         [(3, "killed")]),
        # a partner who speaks, or an organisation's partners: no victims
        ("A partner at the law firm said 3 employees were hurt in the blast.", [(3, "injured")]),
        ("The UN and its partners said 40 people were killed in the floods.", [(40, "killed")]),
        # no harm told, or told as a possibility
        ("His son was not injured, police said.", []),
        ("His daughter could have been killed.", []),
        ("Her husband was arrested and charged with murder.", []),
        # a numeral counts them itself
        ("His two sons were injured.", [(2, "injured")]),
    ],
)
def test_a_victim_named_by_relation_is_no_new_count(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualties(nlp, text) == expected
