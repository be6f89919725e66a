"""Shared fixtures: one spaCy pipeline and one knowledge base per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from romewatch.extract import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def kb():
    from romewatch.kb import load_kb

    return load_kb()
