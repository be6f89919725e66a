"""Worst-case inputs: how long extraction takes on degenerate pages, one line per shape.

Usage: python benchmarks/worst_case.py [--scale N]

Scraped pages and PDF extractions sometimes carry thousands of blank lines, a menu blanked to
spaces, a wall of punctuation or a list of hundreds of names. A regular expression that tries every
way of splitting such a run between its optional parts turns a page into minutes of work (one did,
in round 12, on a run of blanks before a dateline). This prints the seconds and the seconds per
thousand characters for each shape, so a rule that goes quadratic or worse shows up as a jump
between --scale 1 and --scale 2 (time should roughly double, not quadruple).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from romewatch.extract.pipeline import extract_text

LEAD = "THE HAGUE, 12 June 2025 - Austria condemned the sanctions imposed on the Court.\n"
TAIL = "Chile said it would keep supporting the Court.\n"


def shapes(n: int) -> dict[str, str]:
    """Each degenerate shape at size ``n`` (about n thousand characters where the shape allows)."""
    return {
        "blank lines": LEAD + "\n" * (1000 * n) + TAIL,
        "lines of spaces": LEAD + (" " * 80 + "\n") * (12 * n) + TAIL,
        "one run of spaces": LEAD + " " * (1000 * n) + "\n" + TAIL,
        "tabs": LEAD + "\t" * (1000 * n) + "\n" + TAIL,
        "dashes": LEAD + "-" * (1000 * n) + "\n" + TAIL,
        "one unpunctuated line": LEAD + "the court and the states parties " * (30 * n) + "\n" + TAIL,
        "bullets": LEAD + "".join(f"- Item {i} of the list;\n" for i in range(40 * n)) + TAIL,
        "full stops": LEAD + ". " * (500 * n) + "\n" + TAIL,
        "commas": LEAD + ", " * (500 * n) + "\n" + TAIL,
        "quotation marks": LEAD + '"' * (1000 * n) + "\n" + TAIL,
        "brackets": LEAD + "(" * (500 * n) + ")" * (500 * n) + "\n" + TAIL,
        "capitals": LEAD + "UNITED NATIONS HUMAN RIGHTS COUNCIL " * (28 * n) + "\n" + TAIL,
        "list of states": LEAD + ", ".join(["Austria", "Chile", "Kenya", "Peru"] * (35 * n)) + " signed it.\n",
        "numbers": LEAD + " ".join(str(i) for i in range(200 * n)) + "\n" + TAIL,
        "dates": LEAD + " ".join(["12 June 2025,"] * (75 * n)) + "\n" + TAIL,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="size of each shape, in steps of about 1000 characters")
    args = parser.parse_args()
    extract_text(LEAD + TAIL)  # load the model and the knowledge base before timing
    print(f"{'shape':24s} {'chars':>8s} {'seconds':>8s} {'s/1000 chars':>13s}")
    for name, text in shapes(args.scale).items():
        start = time.perf_counter()
        extract_text(text)
        took = time.perf_counter() - start
        print(f"{name:24s} {len(text):8d} {took:8.2f} {1000 * took / len(text):13.4f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
