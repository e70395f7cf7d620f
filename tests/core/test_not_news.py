"""A file that is not news (a crash dump, a log, a hex dump, a table of numbers) is refused at
import with a message naming the file and why, and a batch goes on; every report, however
long, hard-wrapped or full of figures, is read. All texts here are invented."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.errors import InputError
from core.ingest import files as ingest
from core.ingest.prose import PROSE_MIN, WORD_MIN, measure, not_news_reason

DUMP_BYTES = 300_000


def crash_dump(size: int = DUMP_BYTES, seed: int = 7) -> str:
    """Log lines, a back trace, registers and a hex dump, as a crashed service leaves them."""
    rng = random.Random(seed)
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < size:
        stamp = (f"2031-05-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
                 f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}")
        address = rng.getrandbits(48)
        pick = rng.randint(0, 4)
        if pick == 0:
            lines.append(f"{stamp} [pid {rng.randint(100, 9999)}] ERROR worker.c:"
                         f"{rng.randint(1, 900)} segfault at {address:#014x} ip "
                         f"{rng.getrandbits(48):016x} error {rng.randint(1, 7)}")
        elif pick == 1:
            lines.append(f"  #{rng.randint(0, 40)}  {address:#018x} in drain_queue "
                         f"(q={rng.getrandbits(40):#x}, n={rng.randint(1, 5000)}) at queue.c:"
                         f"{rng.randint(1, 400)}")
        elif pick == 2:
            cells = " ".join(f"{rng.getrandbits(8):02x}" for _ in range(16))
            lines.append(f"{rng.getrandbits(20):08x}  {cells}  |{'.' * 16}|")
        elif pick == 3:
            lines.append(" ".join(f"r{n}={rng.getrandbits(64):016x}" for n in range(4)))
        else:
            lines.append(f"{stamp} INFO retry {rng.randint(1, 9)} of 9 after "
                         f"{rng.randint(10, 5000)} ms, queue depth {rng.randint(0, 2000)}")
    return "\n".join(lines) + "\n"


def figures_table(rows: int = 400, seed: int = 3) -> str:
    """A spreadsheet saved as text: a header, then districts and counts."""
    rng = random.Random(seed)
    body = [f"D{n:03d},{rng.randint(0, 900)},{rng.randint(0, 3000)},{rng.randint(0, 50)}"
            for n in range(rows)]
    return "district,killed,injured,arrested\n" + "\n".join(body) + "\n"


PARAGRAPHS = (
    "MARROWBY, 4 May 2031 — At least 41 people were killed and 112 injured when a fuel "
    "tanker exploded on the ring road outside Marrowby on Saturday evening, the regional "
    "health office said on Sunday.",
    "The office said 23 of the injured were in a critical condition at the district "
    "hospital, where surgeons worked through the night. Nine children were among the dead, "
    "a spokeswoman told reporters.",
    "Police said the tanker, carrying 30,000 litres of petrol, overturned at about 7 p.m. "
    "and caught fire as residents gathered to collect the spilling fuel. Three nearby "
    "houses and 14 vehicles were destroyed.",
    "\"We heard one loud bang and then the whole road was burning,\" said a shopkeeper who "
    "lost two cousins in the fire. \"People ran in every direction.\"",
    "The toll rose through the night: the fire service first counted 12 bodies, then 27 by "
    "midnight, before the health office gave its figure of 41 on Sunday morning.",
    "Regional governor Ilse Varnholt declared three days of mourning and promised 5,000 "
    "crowns to the family of every victim. She said an inquiry would report within 30 days.",
    "It was the second such disaster on the road in two years. In 2029 a tanker fire near "
    "the same junction killed 18 people, according to the transport ministry.",
    "Transport officials said 2,400 tankers use the ring road every week and that 60 "
    "percent of them are more than 15 years old. Drivers' unions have asked for a ban on "
    "night convoys since 2027.",
)


def long_report(repeats: int = 12, width: int = 72) -> str:
    """A long report with many figures, hard-wrapped at ``width`` like an e-mailed copy,
    with a table of the hospitals' figures in the middle."""
    import textwrap

    parts = ["Tanker fire on Marrowby ring road kills 41", ""]
    for n in range(repeats):
        for paragraph in PARAGRAPHS:
            parts.extend(textwrap.wrap(paragraph.replace("41", str(41 + n)), width))
            parts.append("")
        if n == repeats // 2:
            parts.extend(["Hospital          admitted   critical   discharged",
                          "District          64         17         12",
                          "Eastgate Clinic   31         4          20",
                          "St Oren's         17         2          9", ""])
    return "\n".join(parts)


def transcript() -> str:
    """Speech written down without a full stop, as automatic captions give it."""
    line = ("the governor said the fire killed forty one people and hurt more than a hundred "
            "and that the inquiry would report within thirty days and families would be paid")
    return "\n".join([line] * 40)


def live_blog() -> str:
    """Time-stamped updates, each a sentence or two."""
    updates = [f"{7 + n // 4:02d}:{(n * 13) % 60:02d} The fire service now counts {12 + n} "
               f"dead; {40 + 3 * n} people are in hospital, officials said." for n in range(30)]
    return "Live: Marrowby tanker fire\n\n" + "\n\n".join(updates) + "\n"


@pytest.mark.parametrize("text", [crash_dump(), crash_dump(20_000, seed=11), figures_table(),
                                  "Between 1 and " + "1 and " * 1_000 + "2 were hurt."],
                         ids=["crash dump 300 KB", "crash dump 20 KB", "table of figures",
                              "a chain of numbers"])
def test_text_with_no_sentences_and_mostly_codes_is_not_news(text: str) -> None:
    found = measure(text)
    assert found.prose_share < PROSE_MIN
    assert found.word_share < WORD_MIN
    assert not_news_reason(text)


@pytest.mark.parametrize("text", [long_report(), "\n\n".join(PARAGRAPHS), transcript(),
                                  live_blog(), "Five people were killed. 12 3 0x1f 99"],
                         ids=["long wrapped report", "short report", "transcript",
                              "live blog", "too short to judge"])
def test_every_report_reads_as_news(text: str) -> None:
    assert not_news_reason(text) is None


def test_a_long_report_stays_far_from_the_limits() -> None:
    found = measure(long_report(repeats=40))
    assert found.prose_share > 3 * PROSE_MIN
    assert found.word_share > WORD_MIN + 0.2


def test_a_report_with_a_log_pasted_under_it_is_still_read() -> None:
    # A report quoting part of a log: the report's sentences carry it.
    text = "\n\n".join(PARAGRAPHS) + "\n\n" + crash_dump(1_500)
    assert not_news_reason(text) is None


def test_a_crash_dump_file_is_refused_naming_the_file_and_why(tmp_path: Path) -> None:
    path = tmp_path / "service-crash.txt"
    path.write_text(crash_dump(), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ingest.load(path, doc_id="d1")
    message = str(caught.value)
    assert "service-crash.txt" in message
    assert "does not read as a news report" in message
    assert "in sentences" in message
    assert "numbers, hex or codes" in message


def test_a_long_genuine_report_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "tanker-fire.txt"
    text = long_report(repeats=40)
    assert len(text) > 40_000
    path.write_text(text, encoding="utf-8")
    doc = ingest.load(path, doc_id="d1")
    assert doc.text == text


def test_a_pasted_dump_is_refused_too() -> None:
    with pytest.raises(InputError, match="does not read as a news report"):
        ingest.from_text(crash_dump(5_000), doc_id="p1", title="pasted")


@pytest.mark.slow
def test_a_batch_goes_on_past_a_crash_dump(tmp_path: Path) -> None:
    from core.pipeline import run

    dump = tmp_path / "dump.txt"
    dump.write_text(crash_dump(), encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    result = run([str(dump), str(report)])
    assert [f.path for f in result.failures] == [str(dump)]
    assert "does not read as a news report" in result.failures[0].message
    assert [d.path for d in result.documents] == [str(report)]
    assert 0 < len(result.claims) < 100
