"""Builds the package's wheel the way an installer does, from a copy of the checkout.

``pip wheel .`` writes ``build/`` and ``*.egg-info`` next to the sources, so the build runs in
a temporary copy and leaves the checkout as it was.
"""

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a checkout may hold that is not part of the sources (virtualenvs, earlier builds, the
# example site's database and uploads).
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", "db.sqlite3", "media"
)


@dataclass(frozen=True)
class Build:
    wheel: Path
    output: str


def build_wheel(workdir):
    """``pip wheel .`` in a copy of the checkout under ``workdir``: the wheel and pip's output.

    The output is what a person sees at pip's default verbosity. The build uses the
    setuptools of the running environment (no build isolation), so it needs no network;
    the dependencies are not built.
    """
    source = Path(workdir) / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    dist = Path(workdir) / "dist"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--wheel-dir",
            str(dist),
            ".",
        ],
        cwd=source,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    (wheel,) = dist.glob("icm_ebooth-*.whl")
    return Build(wheel, output)
