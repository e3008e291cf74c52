"""Shared fixtures: paths, and running the real command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


def run_command(args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command with this interpreter's venv on PATH; capture its output."""
    full_env = dict(os.environ)
    full_env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{full_env.get('PATH', '')}"
    full_env.pop("CLAIMCHECK_DB", None)
    full_env.update(env or {})
    return subprocess.run(args, cwd=cwd or REPO_ROOT, env=full_env, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.fixture
def claimcheck_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m claimcheck ARGS`` as a user would."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300):
        return run_command([sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env, timeout=timeout)

    return run
