"""Shared fixtures: the shared/ folder (skip when absent), the model (loaded once)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "space-film-article.txt"
EVAL = SHARED / "eval-data"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed is not present")
    return SEED


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL.exists():
        pytest.skip("../shared/eval-data is not present")
    return EVAL


@pytest.fixture(scope="session")
def nlp():
    from claimcheck.nlp import load_model

    return load_model()


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line (``python -m claimcheck``) and capture its output."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], input=input,
                          capture_output=True, cwd=cwd, env=full_env, timeout=600)


@pytest.fixture
def cli():
    return run_cli
