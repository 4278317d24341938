"""Shared fixtures: paths to the sample article and its expected extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "nordkorea-waffenlieferant.de.txt"
SEED_EXPECTED = ROOT / "tests" / "data" / "nordkorea-waffenlieferant.de.expected.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_TEXT


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


# Property tests explore new random inputs on a developer's machine; in CI
# they replay a fixed set so a run is repeatable.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if __import__("os").environ.get("CI"):
    _hypothesis_settings.load_profile("ci")
