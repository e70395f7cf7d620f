"""Seconds a fresh process waits for its first place lookup, with the gazetteer index built.

    python benchmarks/cold_start.py [--quick]

Builds the index first if this checkout's sources have none yet (reported on its own line),
then runs the first lookup in fresh processes (import of ``core.text.places`` included): five
times (`--quick`: three), median with min and max. For comparison, the in-memory build the
index replaces is timed once in a fresh process. Last line `first_lookup_s: X`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST_LOOKUP = """
import time
start = time.perf_counter()
from core.text import places
places.lookup("Quetta")
print(time.perf_counter() - start)
"""
IN_MEMORY_BUILD = """
import time
start = time.perf_counter()
from core.text import places
places._build_gazetteer()
print(time.perf_counter() - start)
"""


def seconds(code: str) -> float:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three runs instead of five")
    args = parser.parse_args()
    print(f"index ready after: {seconds(FIRST_LOOKUP):.2f} s (built now if it was missing)")
    build = seconds(IN_MEMORY_BUILD)
    print(f"in-memory build (no index): {build:.2f} s")
    runs = [seconds(FIRST_LOOKUP) for _ in range(3 if args.quick else 5)]
    median = statistics.median(runs)
    print(f"first lookup, fresh process: {median:.3f} s (min {min(runs):.3f}, max {max(runs):.3f})")
    print(f"in_memory_build_s: {build:.2f}")
    print(f"first_lookup_s: {median:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
