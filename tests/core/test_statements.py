"""Attributed statements on sentences we wrote (invented places, people and groups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.quotes import find_quotes
from core.extract.statement_attribution import attribution_at
from core.extract.statements import find_statements, may_hold_statement
from core.model import Statement

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def run(nlp: Language, text: str) -> list[Statement]:
    statements = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    for s in statements:
        assert s.content == text[s.start : s.end]
        if s.speaker_start is not None and s.speaker_end is not None:
            assert 0 <= s.speaker_start < s.speaker_end <= len(text)
    return statements


# (text, kind, speaker, speaker_kind, words the content must contain)
POSITIVE = [
    (
        "“The bridge will reopen next week after repairs,” Lena Markov told Radio Vesna.",
        "quote", "Lena Markov", "person", "bridge will reopen",
    ),
    (
        "“We found nothing at the site,” said Tomas Reyl, a police inspector in Darrow.",
        "quote", "Tomas Reyl", "person", "found nothing at the site",
    ),
    (
        '"The convoy was hit twice near the river," Colonel Ivo Brandt said, "and we lost '
        'two trucks."',
        "quote", "Ivo Brandt", "person", "convoy was hit twice",
    ),
    (
        '"The convoy was hit twice near the river," Colonel Ivo Brandt said, "and we lost '
        'two trucks."',
        "quote", "Ivo Brandt", "person", "we lost two trucks",
    ),
    (
        "Anna Petrov, an economist based in Corvale, told reporters that prices will rise. "
        "“The harvest failed in three provinces and imports are delayed.”",
        "reported", "Anna Petrov", "person", "prices will rise",
    ),
    (
        "Anna Petrov, an economist based in Corvale, told reporters that prices will rise. "
        "“The harvest failed in three provinces and imports are delayed.”",
        "quote", "Anna Petrov", "person", "harvest failed",
    ),
    (
        "Governor Sofia Laine visited the flooded district on Monday. “We will rebuild "
        "every school in the valley,” she said.",
        "quote", "Sofia Laine", "person", "rebuild every school",
    ),
    (
        "Karel Voss, a lawyer for the families, said the inquiry was flawed. “Nobody has "
        "been held to account for the deaths,” Voss said.",
        "quote", "Karel Voss", "person", "held to account",
    ),
    (
        "'The talks have collapsed and nobody knows why,' the mediator, Ruth Haldane, said.",
        "quote", "Ruth Haldane", "person", "talks have collapsed",
    ),
    (
        "“The raid was planned for weeks,” a senior police officer, who asked not to be "
        "named, told reporters.",
        "quote", "a senior police officer", "anonymous", "planned for weeks",
    ),
    (
        "A senior ministry official, speaking on condition of anonymity, said the budget "
        "for the dams would be cut.",
        "reported", "A senior ministry official", "anonymous", "budget for the dams",
    ),
    (
        "The Interior Ministry said that 40 people had been detained in the northern "
        "province of Kessa.",
        "reported", "Interior Ministry", "institution", "40 people had been detained",
    ),
    (
        "According to the Kessa Human Rights Commission, at least 12 villages were emptied "
        "in March.",
        "reported", "Kessa Human Rights Commission", "institution", "12 villages were emptied",
    ),
    (
        "Defense Minister Jonas Adler has warned that the army will respond to any further "
        "shelling.",
        "reported", "Jonas Adler", "person", "army will respond",
    ),
    (
        "Helena Ruiz, a doctor in Vell, pointed out that the clinic had run out of insulin "
        "twice this year.",
        "reported", "Helena Ruiz", "person", "run out of insulin",
    ),
    (
        "The Northern Front, a separatist group, claimed responsibility for the bombing in "
        "Vell.",
        "responsibility", "Northern Front", "institution", "responsibility for the bombing",
    ),
    (
        "The Crimson Brigade took responsibility for the ambush on Tuesday.",
        "responsibility", "Crimson Brigade", "institution", "responsibility for the ambush",
    ),
    (
        "Police blamed the Sable Movement for the explosion at the fuel depot.",
        "responsibility", "Police", "institution", "the Sable Movement for the explosion",
    ),
    (
        "The Sable Movement denied any involvement in the attack on the depot.",
        "denial", "Sable Movement", "institution", "any involvement",
    ),
    (
        "Foreign Minister Petra Kolar rejected accusations that her government had armed "
        "the rebels.",
        "denial", "Petra Kolar", "person", "accusations that her government",
    ),
    (
        "The Vell militia has been blamed for the massacre, a charge it has denied.",
        "denial", "The Vell militia", "institution", "a charge it has denied",
    ),
    (
        "Interior Minister Aldo Fenn said the government had nothing to do with the "
        "disappearance of the two journalists.",
        "denial", "Aldo Fenn", "person", "nothing to do with",
    ),
    (
        "The Kessa army said it had “intelligence-based operations” under way in the hills.",
        "reported", "The Kessa army", "institution", "operations",
    ),
    (
        "A statement by the Kessa Election Commission said the vote would be held again in "
        "six districts.",
        "reported", "Kessa Election Commission", "institution", "vote would be held again",
    ),
    (
        "Marek Olsen, a spokesman for the relief agency, described the journey.\n\n“The "
        "first convoy left at dawn and reached the border by noon.\n\n“The second convoy "
        "was stopped at the checkpoint for six hours,” Olsen said.",
        "quote", "Marek Olsen", "person", "second convoy was stopped",
    ),
    (
        "Prime Minister Ilse Borg chaired the meeting in Corvale. The PM then asked a "
        "question: “Who will pay for the new dams?”",
        "quote", "Ilse Borg", "person", "Who will pay",
    ),
    (
        "Marek Olsen, a spokesman for the agency, said: “The first convoy left at dawn.\n\n“The "
        "second convoy was stopped for six hours.”",
        "quote", "Marek Olsen", "person", "dawn.\n\n“The second convoy",
    ),
    (
        "“The situation in the camps is dire,” according to the Vell Red Crescent.",
        "quote", "Vell Red Crescent", "institution", "situation in the camps",
    ),
    (
        "“They told us ‘leave now or die’,” said a villager from Kessa.",
        "quote", "a villager", "anonymous", "‘leave now or die’",
    ),
    (
        "Yuri Tamm, the commander, met reporters. He said the group would not disarm.",
        "reported", "Yuri Tamm", "person", "group would not disarm",
    ),
    (
        "Mara Lind said the suspects were “well trained and well funded”.",
        "quote", "Mara Lind", "person", "were “well trained and well funded”",
    ),
    (
        "The Free Valley Army’s commander was quoted as saying that the truce was over.",
        "reported", "The Free Valley Army’s commander", "anonymous", "truce was over",
    ),
    (
        "Officials in Vell said nine people died, while the opposition said the toll was "
        "higher.",
        "reported", "the opposition", "institution", "the toll was higher",
    ),
    (
        "The Free Valley Army said it carried out the attack, which killed nine policemen.",
        "responsibility", "Free Valley Army", "institution", "carried out the attack",
    ),
    (
        "Responsibility for the attack was claimed by the Free Valley Army.",
        "responsibility", "Free Valley Army", "institution", "claimed",
    ),
    (
        "The Vell army said it had retaken the bridge. It claimed that 40 rebels had been "
        "killed in the fighting.",
        "reported", "The Vell army", "institution", "40 rebels had been killed",
    ),
    (
        "The military’s media wing, ISPR, said eight militants were killed in Kessa.",
        "reported", "ISPR", "institution", "eight militants were killed",
    ),
    (
        "The Vell People’s Front (VPF) said the vote had been rigged. The VPF also claimed "
        "that 40 of its workers had been detained.",
        "reported", "Vell People’s Front (VPF)", "institution", "40 of its workers",
    ),
    (
        "A spokesman for the ministry, Colonel Dan Kirsch, said the fighters had withdrawn.",
        "reported", "Dan Kirsch", "person", "fighters had withdrawn",
    ),
    (
        "Tulsa Police Officer Leland Ashley said the boy had found the gun in a closet.",
        "reported", "Leland Ashley", "person", "found the gun",
    ),
    (
        "A senior Vell People’s Front leader said the talks had failed. “We waited for a "
        "month and nobody came,” the Front leader said.",
        "quote", "A senior Vell People’s Front leader", "anonymous", "nobody came",
    ),
    (
        "Khan accused the Vell police of killing his brother, a charge it has denied.",
        "denial", "the Vell police", "institution", "a charge it has denied",
    ),
    (
        "“Where are the bodies of our sons?” asked Ana Kos, a mother from Vell.",
        "quote", "Ana Kos", "person", "Where are the bodies",
    ),
    (
        "The rebels claimed that government troops had fired first, an allegation the army "
        "rejected.",
        "denial", "the army", "institution", "an allegation the army rejected",
    ),
]


@pytest.mark.parametrize("case", POSITIVE)
def test_statement_found(nlp: Language, case: tuple[str, str, str, str, str]) -> None:
    text, kind, speaker, speaker_kind, words = case
    found = [s for s in run(nlp, text) if words in s.content]
    assert found, f"no statement holds {words!r}: {run(nlp, text)}"
    s = min(found, key=lambda s: s.end - s.start)  # the innermost, as attribution_at reads it
    assert (s.kind, s.speaker, s.speaker_kind) == (kind, speaker, speaker_kind)
    assert s.cue
    assert s.rule


NEGATIVE = [
    "She said nothing.",
    "The spokesman declined to say what happened at the border.",
    "The minister did not say whether troops would be withdrawn from Kessa.",
    "Army says it killed ten militants in Darrow raid\n\nFighting went on in the hills.",
    "The army called the raids “intelligence-based operations” in its weekly summary.",
    "Critics of the so-called “peace dividend” say little has changed in Vell.",
    "She spent the night reading “War and Peace” on the train to Corvale.",
    "Analysts say the ceasefire in the valley is unlikely to hold.",
    "The attacks have claimed the lives of 30 soldiers this year.",
    "The documentary “They Said It Would Never Happen” opens in Corvale on Friday.",
    "Kessa’s ‘new normal’ is a curfew that starts at six.",
    "Rivers rose across the valley after three days of rain.",
    "If the army says that the road is safe, the convoy will leave at dawn.",
    "The said agreement was signed in Corvale in 2019.",
    "Minister says “no deal will be signed” with rebels\n\nTalks resumed in Corvale.",
    "A Kessa judge denied bail for the two men accused of the shooting.",
    "Prosecutors dismissed the charges against the driver on Monday.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("“He told me that the army would win the war,” Ana Kos said.", 1),
        ("“We left at dawn,” Ana Kos said. “Nobody stopped us on the road.”", 2),
        ("“Where are the bodies of our sons?” The police did not answer her.", 0),
    ],
)
def test_statement_count(nlp: Language, text: str, n: int) -> None:
    """Reported speech inside a quote is part of the quote; a cue-less question is nobody's."""
    assert len(run(nlp, text)) == n


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Defense Minister Jonas Adler said the army would respond.", "Defense Minister"),
        ("Anna Petrov, an economist in Corvale, said prices will rise.", "an economist in Corvale"),
        ("A spokesman for the army, Major Ed Kirsch, said troops left.",
         "spokesman for the army Major"),
        ("Karel Voss, a lawyer, said it was flawed. Voss said it would be appealed.", "a lawyer"),
    ],
)
def test_speaker_role(nlp: Language, text: str, role: str) -> None:
    assert {s.speaker_role for s in run(nlp, text)} == {role}


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast at the market.",
        "Nobody has claimed the bombing of the bridge in Vell.",
        "The Crimson Brigade has not claimed responsibility for the ambush.",
        "The attack on the depot has not been claimed.",
    ],
)
def test_no_claim_of_responsibility(nlp: Language, text: str) -> None:
    """What one report says against another that names the claimant: kept, with no speaker."""
    (s,) = run(nlp, text)
    assert (s.kind, s.speaker, s.speaker_kind, s.rule) == ("responsibility", None, None, "no-claim")


@pytest.mark.parametrize(
    "text",
    [
        "The Sable Movement did not deny its involvement in the attack.",
        "The attack was claimed in a video posted on Sunday.",
    ],
)
def test_no_denial_or_claim_without_claimant(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_speaker_role_and_offsets(nlp: Language) -> None:
    text = "Tomas Reyl, a police inspector in Darrow, said the bridge had been mined twice."
    (s,) = run(nlp, text)
    assert s.speaker_role == "a police inspector in Darrow"
    assert s.speaker_start is not None
    assert s.speaker_end is not None
    assert text[s.speaker_start : s.speaker_end] == "Tomas Reyl"
    assert s.content == "the bridge had been mined twice"
    assert s.id == ""
    assert s.document_id == "d1"


def test_tell_cue_names_the_outlet(nlp: Language) -> None:
    text = "“The dam cannot hold another week of rain,” Lena Markov told Radio Vesna."
    (s,) = run(nlp, text)
    assert s.cue == "told Radio Vesna"


def test_offsets_follow_the_chunk(nlp: Language) -> None:
    head = "Rivers rose across the valley.\n\n"
    body = "The Interior Ministry said that 40 people had been detained in Kessa."
    text = head + body
    (s,) = find_statements([Chunk(len(head), nlp(body))], document_id="d1", text=text)
    assert s.content == text[s.start : s.end] == "40 people had been detained in Kessa"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("“One two three,” he said.", ["One two three"]),
        ("It’s the workers’ union, not ‘ours’ at all.", ["ours"]),
        (
            "He said: “We will stay.\n\n“We will not leave,” he added.",
            ["We will stay.\n\n“We will not leave"],
        ),
        ("A \"straight quote\" and a 'single one' here.", ["straight quote", "single one"]),
        ("Nothing quoted in Pakistan's north.", []),
        ("An “unclosed quote runs to the end.\n\nThe next paragraph is narration.", []),
    ],
)
def test_find_quotes(text: str, contents: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == contents


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We will stay,” he said.", True),
        ("The ministry said 40 people were detained.", True),
        ("According to the commission, 12 villages were emptied.", True),
        ("The group claimed responsibility for the blast.", True),
        ("The group denied any role.", True),
        ("Rivers rose across the valley after three days of rain.", False),
        ("Osama Kerr, a political commentator, sounded skeptical.", True),
        ("Rivers rose in Kessa, Vell and Darrow after the rain.", False),
        ("It’s the workers’ union.", False),
    ],
)
def test_may_hold_statement(sentence: str, expected: bool) -> None:
    assert may_hold_statement(sentence) is expected


def _statement(start: int, end: int, speaker: str, kind: str) -> Statement:
    return Statement(
        id="", document_id="d1", start=start, end=end, content="x" * (end - start),
        kind=kind, speaker=speaker, speaker_kind="person",  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (12, 14, "Ana Kos"),  # inside the quote and inside the group's claim: the quote wins
        (2, 4, "Ana Kos"),
        (45, 47, None),  # outside every statement
        (48, 60, None),  # overlaps a statement without lying inside it
    ],
)
def test_attribution_at(start: int, end: int, expected: str | None) -> None:
    statements = [
        _statement(0, 40, "Ana Kos", "quote"),
        _statement(10, 30, "The Front", "responsibility"),
        _statement(50, 55, "Ivo Brandt", "reported"),
    ]
    assert attribution_at(statements, start, end) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a clause a semicolon sets apart is no part of the report after it
        ("Officials put the toll at 12; the Red Crescent said 15 people were killed.",
         "Red Crescent", "15 people were killed"),
        ("The market was looted, residents claimed; the mayor said only that two shops burned.",
         "the mayor", "only that two shops burned"),
    ],
)
def test_a_report_after_a_semicolon_says_only_its_own_clause(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    found = {s.speaker: s.content for s in run(nlp, text)}
    assert found.get(speaker) == content
