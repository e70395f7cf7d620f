"""A second harm verb the parser folded into the first one's object: "the quake killed 12 and
injured dozens" parses "injured" as an adjective of "dozens", the object of "killed", with "12"
its adverb; "killing 20 and wounding scores" makes "wounding" a conjunct of "20" and "20" a
numeral of "scores". Either way the count of the hurt reads as more dead, or not at all.
Re-hung after the parser as "killed 12 people and injured 30" parses: the count the first
verb's object, the second harm word a verb joined to it, the noun after it its object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER, TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_coordinated_harms"
AND = "and"
NUMBER_TAG = "CD"
# how the parser tags the second harm word: an adjective, a participle, a gerund, a past
HARM_TAGS = frozenset({"JJ", "VBN", "VBG", "VBD"})
PAST_ENDINGS = ("ed", "d")  # "wounded" of "wound", "injured" of "injure"


def rehang_coordinated_harms(doc: Doc) -> Doc:
    """Make each harm word after "<count> and" a verb joined to the harm verb before it."""
    from core.extract.measures import lexicon

    verbs = lexicon().verbs
    for at in positions(doc, TAG, (NUMBER_TAG,)):
        num = doc[at]
        if num.i + 3 >= len(doc) or doc[num.i + 1].lower_ != AND:
            continue
        harm, noun = doc[num.i + 2], doc[num.i + 3]
        lemma = _harm_lemma(harm, verbs)
        verb = noun.head
        if (
            lemma is not None
            and noun.dep_ == "dobj"
            and verb.i < num.i
            and verb.pos_ == "VERB"
            and verbs.get(verb.lemma_.lower()) is not None
            and num.head.i != verb.i
            and num.head.i in (harm.i, noun.i)
        ):
            _rehang(verb, num, harm, noun, lemma)
    _rehang_vague_objects(doc, verbs)
    return doc


def _rehang_vague_objects(doc: Doc, verbs: Mapping[str, str]) -> None:
    """ "killed four soldiers and injured scores": the parser reads "injured" as an adjective
    of "scores", a conjunct of the first verb's object, and the hurt read as more dead; the
    harm word becomes a verb joined to the first, the vague count its object."""
    from core.text.qualifiers import qualifier_table

    units = qualifier_table().vague_units
    for at in positions(doc, LOWER, units):
        noun = doc[at]
        if noun.dep_ != "conj" or noun.i < 2:
            continue
        harm, cc, first = doc[noun.i - 1], doc[noun.i - 2], noun.head
        verb = first.head
        lemma = _harm_lemma(harm, verbs)
        if (
            lemma is None
            or cc.lower_ != AND
            or harm.dep_ != "amod"
            or harm.head.i != noun.i
            or first.dep_ != "dobj"
            or verb.pos_ != "VERB"
            or verbs.get(verb.lemma_.lower()) is None
        ):
            continue
        cc.head, cc.dep_ = verb, "cc"
        harm.head, harm.dep_, harm.pos_, harm.lemma_ = verb, "conj", "VERB", lemma
        harm.tag_ = verb.tag_ if verb.tag_ in ("VBD", "VBG") else "VBD"
        noun.head, noun.dep_ = harm, "dobj"


def _harm_lemma(word: Token, verbs: Mapping[str, str]) -> str | None:
    """The harm verb a word is a form of ("injured" JJ of "injure"), None for any other."""
    if word.tag_ not in HARM_TAGS:
        return None
    if word.lemma_.lower() in verbs:
        return word.lemma_.lower()
    form = word.lower_
    return next(
        (form[: -len(end)] for end in PAST_ENDINGS
         if form.endswith(end) and form[: -len(end)] in verbs),
        None,
    )


def _rehang(verb: Token, num: Token, harm: Token, noun: Token, lemma: str) -> None:
    cc = num.doc[num.i + 1]
    for child in [c for c in noun.children if c.i < noun.i and c.i not in (num.i, harm.i)]:
        child.head = num  # "at least" of "at least 12" the parser hung on the noun
    num.head, num.dep_ = verb, "dobj"
    cc.head, cc.dep_ = verb, "cc"
    harm.head, harm.dep_, harm.pos_, harm.lemma_ = verb, "conj", "VERB", lemma
    harm.tag_ = verb.tag_ if verb.tag_ in ("VBD", "VBG") else "VBD"
    noun.head, noun.dep_ = harm, "dobj"
