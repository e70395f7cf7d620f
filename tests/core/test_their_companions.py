"""Issue #11, counts: one person owned by the people a figure counts, listed with them as
the subject of their harm ("Two Khassadar personnel and their driver were killed", "four
soldiers and their commander were martyred"), is one more of them, as he already was as an
object ("killed two lawyers and their driver"). South Asian desk copy names a team's or a
convoy's driver, guard or commander so. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Levies men and their driver were martyred when their vehicle hit a landmine in "
         "Kohlu.", [("Three Levies men and their driver", "killed", 4.0)]),
        ("Two polio workers and their police guard were martyred in the Kulachi area.",
         [("Two polio workers and their police guard", "killed", 3.0)]),
        ("Two traders and their gunman were injured when robbers opened fire in Lyari.",
         [("Two traders and their gunman", "injured", 3.0)]),
        ("Two labourers and their contractor were killed when terrorists opened fire in Shopian.",
         [("Two labourers and their contractor", "killed", 3.0)]),
        ("Four soldiers and their commander were martyred when militants attacked the post in "
         "Bannu.", [("Four soldiers and their commander", "killed", 5.0)]),
        ("Two Khassadar personnel and their driver were killed when their vehicle hit a roadside "
         "bomb in Jamrud.", [("Two Khassadar personnel and their driver", "killed", 3.0)]),
    ],
)
def test_their_companion_is_one_more(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group, a thing, the kin of one person, no harm, an object list as before
        ("Two soldiers and their families were killed in the attack in Bannu.",
         [("Two", "killed", 2.0)]),
        ("Two militants and their vehicle were destroyed in the raid in Bannu.",
         [("Two", "other", 2.0)]),
        ("A policeman and his son were martyred in the attack in Bannu.",
         [("A policeman and his son", "killed", 2.0)]),
        ("Two soldiers and their driver survived the attack in Bannu.", [("Two", "other", 2.0)]),
        ("Gunmen killed two lawyers and their driver in Bannu.",
         [("two lawyers and their driver", "killed", 3.0)]),
        ("Two soldiers were killed and their driver was injured in Bannu.",
         [("Two", "killed", 2.0), ("their driver", "injured", 1.0)]),
        # who attacked them is no one of their company
        ("Two soldiers and their attacker were killed in the clash in Bannu.",
         [("Two", "killed", 2.0)]),
        ("Two shopkeepers and their robber died in the shootout in Bannu.",
         [("Two", "killed", 2.0)]),
    ],
)
def test_near_misses_stay(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected
