"""Issue #11, the day sources were "contacted" by a reporter dates the telling, not a
happening: a follow-up's lead that counts its incident back from it ("Three days after the
attack on the camp, the toll has risen, according to sources contacted on Wednesday") is
the attack's, and so are its figures. Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

THU = dt.date(2031, 5, 8)  # the report's day, a Thursday
SUN, WED = dt.date(2031, 5, 4), dt.date(2031, 5, 7)

counts = functools.partial(dated_counts, published=THU)


def test_a_lead_counting_its_attack_back_dates_the_figures_by_it(nlp: Language) -> None:
    text = (
        "Three days after the attack on the army camp at Dalka, the toll has risen, according "
        "to local sources contacted by our radio on Wednesday. At least 20 soldiers were "
        "killed, a local official said. About 30 wounded were evacuated to the regional "
        "hospital."
    )
    assert counts(nlp, text) == [("killed", 20, SUN, SUN), ("injured", 30, SUN, SUN)]


def test_a_day_someone_was_contacted_in_the_story_is_no_lead_day(nlp: Language) -> None:
    # the attack's own day stands; the contact is no telling of the figures
    text = (
        "Gunmen attacked the army camp at Dalka on Wednesday, according to local sources "
        "contacted by our radio. At least 20 soldiers were killed, a local official said."
    )
    assert counts(nlp, text) == [("killed", 20, WED, WED)]
