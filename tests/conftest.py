"""Shared fixtures: the ../shared folder (skipped when absent) and the spaCy model (marked tests)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FAULTLINE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repo; tests that need it skip in a user's clone where it is absent."""
    if not (SHARED / "SCHEMA.md").exists():
        pytest.skip("../shared is absent (it exists in CI)")
    return SHARED


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def spacy_nlp():
    """The bare spaCy English model (no faultline components)."""
    from faultline.nlp import load_spacy_model

    return load_spacy_model()
