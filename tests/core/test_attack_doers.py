"""Who did it when the subject of the harm is the attack itself: the people, body or force the
attack's own words name ("A Veskan missile strike" → "Veskan"; "an attack by gunmen" →
"gunmen"), never the attack's whole phrase with its target ("A drone attack on the city of
X"); an attack that names no doer ("The blast killed four") has none. And the town "the
<kind> of" names is the place whatever label NER gave it, with the speaker the parser hung on
the count's "including" part still the source. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from core.extract.attribution import speaker_of
from core.extract.nlp import load_nlp
from core.extract.passives import object_taken_for_a_speaker
from core.settings import DEFAULT_SETTINGS
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 14)


def first(nlp: Language, text: str) -> tuple[str | None, str | None, str | None, str]:
    claim = next(c for c in read_claims(nlp, text, PUB) if c.measure != "other")
    return claim.actor, claim.location, claim.attribution, claim.measure


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Russian missile strike on Kharkiv killed three people.", "Russian"),
        ("Taliban attacks killed 14 soldiers in Kunduz province.", "Taliban"),
        ("An attack by gunmen on a bus killed four people near Quetta.", "gunmen"),
        ("Militant attacks rose to 1,166 in 2030, the institute said.", "Militant"),
        # the attack names no doer: none, not the attack and its target
        ("The blast at the market killed four people.", None),
        ("A bombing at a mosque in Kunduz killed nine worshippers.", None),
        # a state before the attack tells where it was, not who made it
        ("Ohio office shooting kills 1, injures 2", None),
        # ... but a country before the weapon of a strike from afar sent it; the weapon
        # itself is no doer
        ("A US drone strike killed four militants in North Waziristan.", "US"),
        ("A Turkish drone strike killed two fighters in northern Iraq.", "Turkish"),
        ("A drone strike killed four militants in North Waziristan.", None),
        # a people's name the parser hangs on the weapon still names who sent it
        ("A Pakistani drone strike hit a compound in Paktika, killing three men, local "
         "officials said.", "Pakistani"),
        ("A Turkish drone strike on a pickup near Kobani killed three fighters, the SDF "
         "said.", "Turkish"),
        ("An Iranian drone strike on a base near Erbil killed two guards.", "Iranian"),
        # a country's name written out tells where the strike fell, unless the harm is put
        # in another country
        ("A Jordan drone attack on a US outpost killed three American soldiers.", None),
        ("A Yemen drone strike killed four suspected militants on Sunday.", None),
        ("A Ukraine drone strike on a fuel depot in Russia's Bryansk region killed two "
         "workers.", "Ukraine"),
        ("A Kabul suicide bombing killed five people on Monday.", None),
        ("A Texas school shooting left four people dead.", None),
        # an accident or a disaster has no doer by its words; a target's people are no doers;
        # a dateline is no part of the attack's words
        ("An Air India crash killed 40 passengers on Friday.", None),
        ("A Shia mosque bombing killed 14 worshippers in Quetta.", None),
        ("KARACHI - Road accidents killed 12 people in the city last month.", None),
        # a doer's word of its own, a proper noun's plural too
        ("Maoists killed two jawans in an IED blast in Bijapur.", "Maoists"),
        (
            "Rebels of the Rapid Support Forces killed at least 40 people near a camp.",
            "Rebels of the Rapid Support Forces",
        ),
        # a doer that is the subject itself stays whole
        ("Gunmen on motorcycles killed four people in Quetta.", "Gunmen on motorcycles"),
        # a participle or a conjunct with no subject of its own: the doer of its clause
        ("Militants attacked a police post in Kunduz on Monday, killing 5 officers.",
         "Militants"),
        ("Gang members ambushed a bus near Quetta, killing 3 passengers.", "Gang members"),
        ("Gunmen attacked the village and killed 9 people.", "Gunmen"),
        # people armed are doers; a thing armed is none
        ("Armed men stormed a village in Kunduz, killing 9 people.", "Armed men"),
        # takers of people are doers ("abductor_nouns")
        ("Two shopkeepers were shot dead by dacoits in Kunduz on Sunday.", "dacoits"),
        ("Miscreants killed a trader in Kunduz on Sunday.", "Miscreants"),
        # people held to be the doers are doers ("suspected", "alleged")
        ("Suspected herdsmen killed 12 villagers in Kunduz on Tuesday night.",
         "Suspected herdsmen"),
        ("Suspected herdsmen on Tuesday attacked a village in Kunduz, killing 12 people.",
         "Suspected herdsmen"),
        ("An armed robbery left 3 people dead in Quetta.", None),
        # a passive's subject was hit; a disaster, a denied presence, an accuser: no doers
        ("A bus was attacked near Quetta, killing 3 passengers.", None),
        ("The storm hit the coast on Monday, killing 5 people.", None),
        ("No militants were inside the school when it was shelled, leaving 40 people dead.",
         None),
        ("The minister accused the rebels of shelling a market, killing 7 people.", None),
        # a toll moved by a death or a find has no doer in who died or found
        ("Constable Ali Raza, hurt in the blast, died on Monday, raising the toll to 5.", None),
        ("Police found 2 more bodies in the river, bringing the toll to 14.", None),
    ],
)
def test_the_doer_of_an_attack(nlp: Language, text: str, actor: str | None) -> None:
    assert first(nlp, text)[0] == actor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # NER takes the town's name for a language, a work or a person
        ("A drone attack on the southern city of Odesa injured five people.", "Odesa"),
        (
            "Russian strike on Kharkiv kills three, Ukraine says\n\n"
            "A separate drone attack on the southern city of Odesa injured five people.",
            "Odesa",
        ),
        # two names joined after "the city of": no town's
        ("Gunmen injured four people in the city of Light and Hope, a Kabul charity said.",
         "Kabul"),
    ],
)
def test_the_town_a_kind_names(nlp: Language, text: str, place: str) -> None:
    claims = [c for c in read_claims(nlp, text, PUB) if c.measure == "injured"]
    assert [c.location for c in claims] == [place]


def _hung_speaker() -> Doc:
    """ "A drone attack on the port overnight injured five people, including a 10-year-old
    girl, Tarvel Governor Ivan Lorin said on Telegram.": the parser may make the count the
    subject of "said" and hang the speaker on the "including" part as its apposition."""
    nlp = load_nlp(DEFAULT_SETTINGS.model)
    words = ["A", "drone", "attack", "on", "the", "port", "overnight", "injured", "five",
             "people", ",", "including", "a", "girl", ",", "Tarvel", "Governor", "Ivan",
             "Lorin", "said", "on", "Telegram", "."]
    return Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 7, 2, 5, 3, 7, 19, 9, 19, 9, 9, 13, 11, 13, 16, 18, 18, 13, 19, 19, 20,
               19],
        deps=["det", "compound", "nsubj", "prep", "det", "pobj", "advmod", "ccomp", "nummod",
              "nsubj", "punct", "prep", "det", "pobj", "punct", "compound", "compound",
              "compound", "appos", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "ADV", "VERB", "NUM", "NOUN", "PUNCT",
             "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADP",
             "PROPN", "PUNCT"],
        tags=["DT", "NN", "NN", "IN", "DT", "NN", "RB", "VBD", "CD", "NNS", ",", "VBG", "DT",
              "NN", ",", "NNP", "NNP", "NNP", "NNP", "VBD", "IN", "NNP", "."],
        lemmas=["a", "drone", "attack", "on", "the", "port", "overnight", "injure", "five",
                "people", ",", "include", "a", "girl", ",", "Tarvel", "Governor", "Ivan",
                "Lorin", "say", "on", "Telegram", "."],
    )


def test_the_speaker_hung_on_the_part_is_the_source() -> None:
    doc = _hung_speaker()
    reading = object_taken_for_a_speaker(doc[9])  # "five people", the parse's speaker
    assert reading is not None
    assert (reading.measure, reading.anchor) == ("injured", doc[7])
    assert speaker_of(doc[19]) == "Tarvel Governor Ivan Lorin"
