"""The test side of the fork server (``forkserver.py``): start it, run children, read results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

FORKSERVER = Path(__file__).resolve().parent / "forkserver.py"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    output: str
    killed: bool
    status: int
    elapsed: float

    @property
    def exit_code(self) -> int | None:
        return os.waitstatus_to_exitcode(self.status) if not self.killed else None


class ForkServer:
    """Runs ``save`` or ``cli`` children; kills each with SIGKILL after ``kill_after`` s."""

    def __init__(self, workdir: Path) -> None:
        self._workdir = workdir
        self._count = 0
        self._process = subprocess.Popen(
            [sys.executable, str(FORKSERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},  # IDO_PASSPHRASE and all pass on
            cwd=REPO,
        )
        assert json.loads(self._readline()) == {"ready": True}

    def _readline(self) -> str:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the fork server stopped")
        return line

    def run(
        self,
        kind: str,
        *args: str,
        kill_after: float | None = None,
        max_file_size: int | None = None,
    ) -> Run:
        self._count += 1
        out = self._workdir / f"run-{self._count:03d}.out"
        assert self._process.stdin is not None
        request = {
            "run": kind,
            "args": list(args),
            "out": str(out),
            "kill_after": kill_after,
            "max_file_size": max_file_size,
        }
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        answer = json.loads(self._readline())
        return Run(
            out.read_text(encoding="utf-8"), answer["killed"], answer["status"], answer["elapsed"]
        )

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)
