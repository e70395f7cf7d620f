"""A wire's lead that puts the incident only in a region of the country ("at a prison in
southern Sri Lanka") files its figures under the bureau's town for want of a town; a later
sentence that tells where the riot or the unrest started names the scene, which they take
(issue #11, place). A lead that names the bureau's town keeps it. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure in ("killed", "injured")}


@pytest.mark.parametrize("subject", ["The riot", "The unrest", "The violence"])
def test_the_scene_told_after_a_regions_lead(subject: str) -> None:
    text = (
        "Three inmates killed in jail riot\n\n"
        "COLOMBO (Reuters) - Three inmates have been killed and about 20 wounded in a riot at "
        "a prison in southern Sri Lanka, officials said.\n\n"
        f"{subject} started late on Friday at the jail in Matara, a prisons spokesman said."
    )
    assert places_of(text) == {"Matara"}


def test_a_lead_naming_the_bureaus_town_keeps_it() -> None:
    text = (
        "Three inmates killed in jail riot\n\n"
        "COLOMBO (Reuters) - Three inmates have been killed and about 20 wounded in a riot at "
        "a prison in Colombo, officials said.\n\n"
        "The riot started late on Friday at the jail in Matara's old quarter, a prisons "
        "spokesman said."
    )
    assert places_of(text) == {"Colombo"}


def test_unrest_elsewhere_is_no_scene() -> None:
    # "deadly unrest" with no article is another fight, not the one the lead told of
    text = (
        "Three inmates killed in jail riot\n\n"
        "COLOMBO (Reuters) - Three inmates have been killed and about 20 wounded in a riot at "
        "a prison in southern Sri Lanka, officials said.\n\n"
        "Deadly unrest broke out in Galle prison last year, a prisons spokesman said."
    )
    assert "Galle" not in str(places_of(text))
