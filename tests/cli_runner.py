"""Running the real `agenda` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_agenda(*args: str, db: str | None = None, cwd: Path | None = None,
               input_text: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if db:
        env["AGENDA_DB"] = db
    return subprocess.run(
        [sys.executable, "-m", "agenda", *args], capture_output=True, text=True, env=env,
        cwd=cwd, input=input_text, timeout=timeout, check=False,
    )
