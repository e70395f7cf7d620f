"""What the sentence reader (``claims``) carries from one sentence to the next within a
document, and the sentence it is reading with what its figures share."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.extract.nlp import Chunk
from core.extract.place_towns import ROUNDUP_DAYS
from core.extract.recording_lands import place_records
from core.extract.release_areas import Release
from core.extract.retold_incidents import a_retold_day
from core.extract.tally_scope import Tally
from core.extract.venue_places import Venue
from core.extract.victim_mentions import Victims
from core.model import Claim, Document, Measure
from core.settings import Settings
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a statistics report sets its figures against the year before its period, no further back
COMPARED_YEAR_DAYS = 366

@dataclass(slots=True)
class ClaimContext:
    """What carries from one sentence to the next within a document."""

    prev_end: int = -1
    period: Period | None = None
    # a past incident's time a blank line ended, for a later "By the end of the month" (told_back)
    recalled: Period | None = None
    location: str | None = None
    # the place carried before sentences that tell only where people were arrested: the
    # place a later victim's figure goes on with ("One other victim is still in hospital")
    before_arrest: tuple[str | None] | None = None
    # the time carried before sentences that date only arrests: the time a later victim's
    # figure goes on with ("Three men were arrested last week. The journalist was shot ...")
    period_before_arrest: tuple[Period | None] | None = None
    attribution: str | None = None
    paragraph_start: int = -1
    incident: Period | None = None  # the day of the report's incident, read from its lead
    located_on: Period | None = None  # the day of the sentence that gave the place carried
    location_at: int = -1  # where in the text the sentence that gave the place carried starts
    # the sentence that gave the place carried told one incident ("in a single raid"): its
    # scene, which no period figure of a review after it takes (``one_incidents``)
    located_by_incident: bool = False
    # the area a statistics release covers: its lead's, else the report's (``release_areas``)
    release: Release = dataclasses.field(default_factory=Release)
    incident_told: bool = False  # a sentence so far gave it
    incident_happened: bool = False  # ... as the day of a happening, not of a report
    reported: Period | None = None  # the day the sentence before gives a report
    # the victims named without a numeral so far: a later mention of one is no new figure
    victims: Victims = dataclasses.field(default_factory=Victims)
    # where the report's headline ends (-1: none), and the claims of victims it named: the
    # body's first telling of such a victim counts again, as a checker reads the headline
    # apart (``counted_victims.told_apart``)
    headline_end: int = -1
    headline_ids: set[str] = dataclasses.field(default_factory=set)
    # the claims of a victim counted hurt who a later sentence says died
    withdrawn: set[str] = dataclasses.field(default_factory=set)
    # the victims named without a numeral in the last sentence with figures, (id, measure):
    # "This raises the death toll to five" counts them (``victim_mentions.absorbed``)
    lone_victims: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    # the claims that count the hurt only because "shot" does (``shot_counts``)
    bare_shot: set[str] = dataclasses.field(default_factory=set)
    harmed: bool = False  # a casualty figure counted so far: "the driver died" may be them
    # one counted so far outside the headline: the body's first "a wounded girl" is the
    # body's own telling, whatever harm the headline told (``counted_victims``)
    body_harmed: bool = False
    # an arrest counted so far outside the headline: "the man was booked" may be that person
    arrested: bool = False
    counted: list[tuple[str, str, float]] = dataclasses.field(default_factory=list)  # casualties
    # the casualties counted by a numeral so far: people named after one may be those counted
    numbered: list[Claim] = dataclasses.field(default_factory=list)
    # the values each casualty measure's numerals so far gave ("One dies of injuries": {1})
    numbered_values: dict[str, set[float]] = dataclasses.field(default_factory=dict)
    # the groups counted so far in a core measure, (value, noun lemma) -> measure: "the three
    # militants" said again (``restatements``)
    restatable: dict[tuple[float, str], Measure] = dataclasses.field(default_factory=dict)
    # the casualty figures so far that are no part of another: the wholes a later part is of
    wholes: list[tuple[str, str, float]] = dataclasses.field(default_factory=list)
    # the areas named so far, by kind ("district" → "Kurram district"): "in the district"
    areas: dict[str, str] = dataclasses.field(default_factory=dict)
    # the days of the last count of people held or of raids: the days a part of them ("two
    # of those detained") was held on, or the raids named again found things (``held_parts``)
    held: Period | None = None
    # the area and time of the tally the sentences before count over
    tally: Tally | None = None
    # the events the sentence before counted by their own noun ("seven homicides"), which a
    # bare number may go on counting ("Five have occurred in the city")
    events: Reading | None = None
    # the dead or hurt the sentence before counted: "Three of them were women" is a part
    harm: Reading | None = None
    # the victims the report named by their kind ("victims of homicide"), which a bare
    # "with 187 victims" of any sentence after goes on counting
    victim_kind: Reading | None = None
    # where a sentence with no figure says the incident happened ("The blast occurred near X")
    scene_told: str | None = None
    # the building the sentence before counted at, whose place the next may give
    venue: Venue | None = None
    # the report names a kidnapping anywhere: "three still held" are captives
    kidnapping: bool = False
    # a figure counted captives so far (a headline's bare "34 still held" too): "46 people
    # were taken" after it are captives
    captives: bool = False
    # the report's parsed chunks: a total that rose runs to the last day they give of its
    # measure (``gathered_counts``)
    chunks: tuple[Chunk, ...] = ()
    # the month or longer the lead's figures count over in a report of statistics
    # (``statistic_periods``), and whether the lead was read
    statistic: Period | None = None
    # the same, or a lead's toll alone counted over a quarter or longer ("claimed 1,200
    # lives in 2031"): the period the report's later figures count over
    counted_over: Period | None = None
    lead_read: bool = False
    # the source of the report's first figures when they were a tally ("96 attacks in
    # January, according to a think tank's report"): a later paragraph's tally a place
    # records with no source of its own restates it
    recorder: str | None = None
    recorder_read: bool = False
    # the recorder is a headline's bare description ("..., says think tank"): the lead's
    # own source, when its first sentence after the headline gives one, names it better
    headline_recorder: bool = False
    # the time and place carried before a statistics review turned to an incident it retells
    # on its own day (``retold_incidents``): what its next paragraph counts over again
    retold: tuple[Period | None, str | None] | None = None
    # the running span the lead counted over ("since 2030") and the closed one a later
    # sentence cut it off to ("between January 2030 and June 2032"), with where that
    # sentence starts: the figures before it dated by the running span count over the closed
    cut: tuple[Period, Period, int] | None = None

    def read_lead(
        self, period: Period | None, *, headline: bool = False, voiced: bool = False
    ) -> None:
        """A sentence with figures has been read, over ``period``, with the source the
        context now carries: the recorder is the lead's, the first sentence that counts, when
        a body gives its tally (a person's or an unnamed speaker's words, ``voiced``, vouch
        for their paragraph only); a ``headline``'s bare description ("..., says think tank")
        gives way to the source of the lead's tally after it ("..., according to an annual
        report")."""
        if not self.lead_read:
            return
        tally = period is not None and (period.end - period.start).days > ROUNDUP_DAYS
        if not self.recorder_read:
            self.recorder_read = True
            self.recorder = self.attribution if tally and not voiced else None
            self.headline_recorder = headline and bare_description(self.recorder)
        elif self.headline_recorder and not headline:
            self.headline_recorder = False
            if tally and self.attribution:
                self.recorder = None if voiced else self.attribution

    def carried_to(self, here: SentenceReading, tally: Period | None = None) -> str | None:
        """The speaker the report carries to the sentence: the paragraph's, else for a tally a
        place records ("Velmar recorded 29 attacks") the lead's recorder, as for a figure of a
        statistics report counted over a stretch (``tally``, "in the third quarter", "the
        previous year") up to the end of the report's period, which no one else gives."""
        if here.same_paragraph:
            return self.attribution
        if place_records(here.sent.root) or self._within_statistic(tally):
            return self.recorder
        return None

    def _within_statistic(self, tally: Period | None) -> bool:
        """The tally lies in the report's period or the year before it, the one its figures
        are compared with; a total of older years is background the outlet gives."""
        return (
            self.statistic is not None
            and tally is not None
            and (tally.end - tally.start).days > ROUNDUP_DAYS
            and tally.end <= self.statistic.end
            and (self.statistic.start - tally.end).days <= COMPARED_YEAR_DAYS
        )

    def sentence_opened(self, *, contiguous: bool, same_paragraph: bool) -> None:
        """A sentence after a gap in the text (``contiguous`` false) carries nothing over it;
        one opening a paragraph ends the telling of an incident a review retold on its day
        (the review's period and the place carried before it go on)."""
        if not contiguous:
            self.new_passage()
        if same_paragraph:
            return
        if self.retold is not None and a_retold_day(self.period, self.counted_over):
            self.period, self.location = self.counted_over, self.retold[1]
        self.retold = None

    def new_passage(self) -> None:
        """A gap in the text: what a sentence hands the next one does not carry over it."""
        self.period = self.reported = self.location = self.attribution = self.tally = None
        self.before_arrest = self.period_before_arrest = None
        self.events = self.harm = self.venue = None


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """One sentence being read, with what its figures share: time, places and speaker."""

    sent: Span
    chunk: Chunk
    document: Document
    settings: Settings
    home: str | None
    same_paragraph: bool
    periods: list[tuple[Token, Period, bool]]
    places: list[tuple[Token, str]]
    attribution: str | None  # "according to ..." anywhere in the sentence
    scopes: list[tuple[Token, str]]  # "nationwide", "the country": a tally's area

    @property
    def start(self) -> int:
        return self.chunk.offset + self.sent.start_char

    @property
    def text(self) -> str:
        # the chunk's text, sliced: ``Span.text`` joins a Token built for every word
        return self.chunk.text[self.sent.start_char : self.sent.end_char].rstrip()


def bare_description(source: str | None) -> bool:
    """ "security think tank", "report": a headline's source told by lower-case words alone,
    with no article, which names no body."""
    words = (source or "").split()
    return bool(words) and words[0].lower() not in ("the", "a", "an") and all(
        w.isalpha() and w[1:].islower() and (n == 0 or w.islower()) for n, w in enumerate(words)
    )
