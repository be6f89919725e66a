"""Docs that cannot drift: every CLI command, every setting and the test command are in README."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from romewatch import cli
from romewatch.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _commands() -> list[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_cli_command_is_documented():
    commands = _commands()
    assert len(commands) >= 11
    missing = [c for c in commands if not re.search(rf"`{c}\b", README)]
    assert not missing, f"README does not document: {missing}"


def test_every_setting_is_documented():
    missing = [s.env for s in SETTINGS.values() if s.env not in README]
    assert not missing, f"README does not document: {missing}"


def test_ci_runs_the_readme_test_command():
    assert "make test" in README
    assert re.search(r"^make test\s*$", (ROOT / ".ci" / "run").read_text(), re.MULTILINE)


def test_architecture_names_existing_files():
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    paths = re.findall(r"`((?:romewatch|benchmarks|corpus)/[^`]*)`", text)
    assert paths
    for p in paths:
        for part in p.split(", "):
            assert (ROOT / part.strip().rstrip("/")).exists(), f"ARCHITECTURE.md names a missing path: {part}"
