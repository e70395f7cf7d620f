"""How many of the casualty participants ECB+ annotates a claim finds (recall, not hand gold).

    python benchmarks/ecb_participants.py [--quick] [--exclude FILE] [--rows]

ECB+ (../shared/peer/ecbplus) marks the people of its events as ``HUMAN_PART_PER`` mentions
("three people", "55 others", "at least 12"), linked across reports to the events they take
part in. A casualty participant is such a mention that holds a count (digits, a number word,
"a dozen", "dozens"; not an age alone, "16-year-old", nor a name's ", 61") in a sentence that
holds a harm word (killed, dead, injured, wounded, casualties, ...). Every report is extracted
as ``ecb_fields.py`` extracts it (no publication date); a participant is found when a claim of
a core measure overlaps its words in the report's ``text`` (the annotated tokens aligned to the
text in order). Recall per cluster, then ``participants: X``, the recall over every report.

A second figure, ``victims``, reads the people of events whose cross-document tag names a harm
(``t8_killed_woman``, ``t22_one_wounded``, ``t41b_40_victims``), counted or not ("a woman",
"the receptionist"): the first mention of each in the headline and the first in the body, in a
sentence with a harm word, as a checker counts a victim once per telling.

``--exclude FILE`` leaves out the reports listed under ``"ecb_blind_ids"`` in that JSON file;
``--rows`` lists the missed participants with their sentence (never an excluded report's).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecb_fields import REPORTS, every_third, reports  # noqa: E402 (beside this script)

from core.extract.claims import extract_claims  # noqa: E402
from core.ingest.files import from_text  # noqa: E402
from core.model import Claim  # noqa: E402
from core.pipeline import parse_documents  # noqa: E402
from core.settings import DEFAULT_SETTINGS  # noqa: E402

ECB = ROOT.parent / "shared" / "peer" / "ecbplus"
PARTICIPANT = "HUMAN_PART_PER"
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|score|scores"
)
_COUNT = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# an age is no count: "16 - year - old" (tokens joined), a name's ", 61"
_AGE = re.compile(r"\d+\s*-\s*years?\s*-\s*olds?|,\s*\d{1,3}\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:kill\w*|dead|death\w*|die[ds]?|dying|injur\w*|wound\w*|hurt|casualt\w*|"
    r"fatal\w*|victims?|shot|murder\w*|bodies|toll|the lives)\b",
    re.IGNORECASE,
)
_VICTIM_TAG = re.compile(r"kill|dead|injur|wound|victim", re.IGNORECASE)
_NOUN_REACH = 30  # characters from a figure to the noun it counts ("10 injured Iranian people")
_CLAUSE_BREAK = re.compile(r"[,;:.()\"]|\b(?:and|or|who|which|that|of|to)\b")
_QUOTES = {"``": '"', "''": '"'}
_MAX_GAP = 3  # characters of spacing the detokenised text may put between two tokens


@dataclass(frozen=True, slots=True)
class Participant:
    doc: str
    cluster: str
    text: str
    tag: str | None
    start: int
    end: int
    sentence: str
    victim: bool = False  # the first telling of a victim the tag names (headline or body)


def token_places(xml_file: Path) -> dict[int, tuple[int, int]]:
    """Each token id of the ECB+ XML → (sentence, position in the sentence)."""
    root = ET.parse(xml_file).getroot()
    return {
        int(t.attrib["t_id"]): (int(t.attrib["sentence"]), int(t.attrib["number"]))
        for t in root.iter("token")
    }


def token_offsets(row: dict[str, object]) -> dict[tuple[int, int], tuple[int, int]]:
    """(sentence, position) of every token → its character span in ``text``, found in order;
    a token the detokenised text does not hold where expected is left out."""
    text = str(row["text"])
    sentences = row["sentences"]
    assert isinstance(sentences, list)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    cursor = 0
    for sent in sentences:
        for n, token in enumerate(sent["tokens"]):
            word = _QUOTES.get(token, token)
            at = text.find(word, cursor)
            if at < 0 or at - cursor > _MAX_GAP + 1:
                continue
            spans[(int(sent["sent"]), n)] = (at, at + len(word))
            cursor = at + len(word)
    return spans


def is_count(words: str) -> bool:
    return bool(_COUNT.search(_AGE.sub(" ", words)))


def _first_tellings(row: dict[str, object], first: int) -> set[str]:
    """The mention ids that first tell a victim its tag names, in the headline (the first
    sentence) and in the body."""
    mentions = row["mentions"]
    assert isinstance(mentions, list)
    seen: set[tuple[str, bool]] = set()
    ids = set()
    for m in sorted(mentions, key=lambda m: min(m["t_ids"])):
        tag = m.get("tag_descriptor")
        if m["type"] != PARTICIPANT or m["coref"] != "cross_doc" or not tag:
            continue
        if not _VICTIM_TAG.search(str(tag)):
            continue
        key = (str(m["instance_id"]), int(m["sent"]) == first)
        if key not in seen:
            seen.add(key)
            ids.add(str(m["m_id"]))
    return ids


def participants(row: dict[str, object]) -> list[Participant]:
    """The report's casualty participants with their spans in its text: the counted ones, and
    the first tellings of the victims the tags name."""
    mentions = row["mentions"]
    sentences = row["sentences"]
    assert isinstance(mentions, list)
    assert isinstance(sentences, list)
    words = {int(s["sent"]): " ".join(s["tokens"]) for s in sentences}
    places = token_places(ECB / str(row["file"]))
    offsets = token_offsets(row)
    text = str(row["text"])
    victims = _first_tellings(row, min(words))
    found = []
    for m in mentions:
        victim = str(m["m_id"]) in victims
        if m["type"] != PARTICIPANT or not (victim or is_count(str(m["text"]))):
            continue
        if not _HARM.search(words.get(int(m["sent"]), "")):
            continue
        spans = [offsets[places[t]] for t in m["t_ids"] if places.get(t) in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        found.append(Participant(
            doc=str(row["id"]), cluster=str(row["event_cluster"]), text=text[start:end],
            tag=m.get("tag_descriptor"), start=start, end=end,
            sentence=words[int(m["sent"])], victim=victim,
        ))
    return found


def extract(rows: Sequence[dict[str, object]]) -> dict[str, list[Claim]]:
    docs = [from_text(str(r["text"]), doc_id=str(r["id"])) for r in rows]
    ids = (f"c{n}" for n in range(10**9))
    out: dict[str, list[Claim]] = {}
    for doc, chunks in parse_documents(docs, settings=DEFAULT_SETTINGS):
        claims = extract_claims(chunks, doc, ids=ids, settings=DEFAULT_SETTINGS)
        out[doc.id] = [c for c in claims if c.is_core]
    return out


def is_found(p: Participant, claims: Sequence[Claim], text: str) -> bool:
    """A claim overlaps the mention, or counts its noun: the mention is often the head alone
    ("people" of "killing 10 people"), the claim the figure before it."""
    for c in claims:
        if c.start < p.end and p.start < c.end:
            return True
        between = text[c.end : p.start]
        if 0 <= p.start - c.end <= _NOUN_REACH and not _CLAUSE_BREAK.search(between):
            return True
    return False


def excluded_ids(path: str | None) -> set[str]:
    if not path:
        return set()
    return {str(i) for i in json.loads(Path(path).read_text(encoding="utf-8"))["ecb_blind_ids"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every third report of a cluster")
    parser.add_argument("--exclude", metavar="FILE", help='JSON with "ecb_blind_ids" to leave out')
    parser.add_argument("--rows", action="store_true", help="list the missed participants")
    args = parser.parse_args()
    if not REPORTS.exists():
        print(f"{REPORTS} not found: the benchmark reads ECB+ beside the checkout (../shared)")
        return 2
    left_out = excluded_ids(args.exclude)
    rows = reports()
    rows = [r for r in rows if str(r["id"]) not in left_out]
    if args.quick:
        rows = every_third(rows)
    claims = extract(rows)
    texts = {str(r["id"]): str(r["text"]) for r in rows}
    per_cluster: dict[str, list[bool]] = collections.defaultdict(list)
    victims: list[bool] = []
    for row in rows:
        for p in participants(row):
            hit = is_found(p, claims.get(p.doc, []), texts[p.doc])
            if p.victim:
                victims.append(hit)
            if is_count(p.text):
                per_cluster[p.cluster].append(hit)
            if args.rows and not hit:
                kind = "VICTIM" if p.victim else "MISS  "
                print(f"{kind} {p.doc:12} {p.text!r:28} {p.tag or '-':28} | {p.sentence}")
    print(f"{'cluster':12}{'found':>8}{'of':>6}{'recall':>8}")
    for cluster in sorted(per_cluster):
        marks = per_cluster[cluster]
        print(f"{cluster:12}{sum(marks):>8}{len(marks):>6}{sum(marks) / len(marks):>8.2f}")
    everything = [m for marks in per_cluster.values() for m in marks]
    print(f"victims (first tellings of a harm tag): {_rate(victims)} of {len(victims)}")
    print(f"reports: {len(rows)}, participants: {len(everything)}, found: {sum(everything)}")
    print(f"participants: {_rate(everything)}")
    return 0


def _rate(marks: Sequence[bool]) -> str:
    return f"{sum(marks) / len(marks) if marks else 0.0:.3f}"


if __name__ == "__main__":
    sys.exit(main())
