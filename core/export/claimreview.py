"""ClaimReview (schema.org) JSON for the claims a checker has rated."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from core.errors import Errors, ExportError
from core.export.atomic import write_atomic, write_bytes
from core.export.jsonfile import json_bytes
from core.export.rows import source_link, verified_subset
from core.model import Claim, Document, Result

# The verdict scale on schema.org's Rating: 1 (false) … 3 (true). "disputed" and "unclear"
# both mean "not established", so they share the middle and differ by alternateName, which
# is what readers and search engines show.
VERDICT_RATINGS: dict[str, tuple[int, str]] = {
    "false": (1, "False"), "disputed": (2, "Disputed"), "unclear": (2, "Unproven"),
    "verified": (3, "True"),
}


def claimreview_items(
    result: Result,
    *,
    organisation: str,
    organisation_url: str | None = None,
    published: dt.date | None = None,
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim with a verdict (status other than unverified)."""
    if not organisation.strip():
        raise ExportError(Errors.E038)
    docs = {d.id: d for d in result.documents}
    author: dict[str, Any] = {"@type": "Organization", "name": organisation}
    if organisation_url:
        author["url"] = organisation_url
    day = (published or dt.datetime.now(dt.UTC).date()).isoformat()
    items = []
    for claim in result.claims:
        review = result.reviews.get(claim.id)
        if review is None or review.status not in VERDICT_RATINGS:
            continue
        value, name = VERDICT_RATINGS[review.status]
        item_reviewed = _item_reviewed(claim, docs.get(claim.document_id))
        entry: dict[str, Any] = {
            "@type": "ClaimReview",
            "identifier": claim.id,
            "datePublished": day,
            "claimReviewed": claim.sentence.strip(),
            "itemReviewed": item_reviewed,
            "author": author,
            "reviewRating": {
                "@type": "Rating", "ratingValue": value, "bestRating": 3, "worstRating": 1,
                "alternateName": name,
            },
        }
        if review.note:
            entry["reviewBody"] = review.note
        items.append(entry)
    return items


def _item_reviewed(claim: Claim, doc: Document | None) -> dict[str, Any]:
    """The claim reviewed: where it appeared (the source's link, date, headline, outlet) and
    who made it."""
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if doc is not None:
        url = doc.url or source_link(doc)
        if url:
            appearance["url"] = url
        if doc.published:
            appearance["datePublished"] = doc.published.isoformat()
        if doc.title:
            appearance["headline"] = doc.title
        if doc.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": doc.outlet}
    item_reviewed: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if doc is not None and doc.published:
        item_reviewed["datePublished"] = doc.published.isoformat()
    if claim.attribution:
        item_reviewed["author"] = {"@type": "Thing", "name": claim.attribution}
    return item_reviewed


def write_claimreview(
    result: Result,
    target: str | os.PathLike[str],
    *,
    organisation: str,
    organisation_url: str | None = None,
    verified_only: bool = False,
) -> None:
    """ClaimReview JSON-LD (``@graph`` of ClaimReview objects) for the claims with a verdict."""
    subset = verified_subset(result) if verified_only else result
    doc = {
        "@context": "https://schema.org",
        "@graph": claimreview_items(
            subset, organisation=organisation, organisation_url=organisation_url
        ),
    }
    write_atomic(target, lambda fh: write_bytes(fh, json_bytes(doc)))
