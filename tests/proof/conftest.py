"""Fixtures for the proof tests: a fork server whose children are killed with SIGKILL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from tests.services.sync_helpers import make

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


@pytest.fixture
def forkserver(tmp_path: Path) -> Iterator[ForkServer]:
    workdir = tmp_path / "runs"
    workdir.mkdir()
    server = ForkServer(workdir)
    yield server
    server.close()


@pytest.fixture
def sqlite_office(tmp_path: Path) -> Iterator[Services]:
    """A back office on SQLite (its store is one file the crash tests can copy back)."""
    services = make(tmp_path, "backoffice", Role.BACKOFFICE)
    yield services
    services.close()


@pytest.fixture
def paired_laptop(tmp_path: Path, sqlite_office: Services) -> Iterator[Services]:
    services = make(tmp_path, "laptop03", Role.FIELD)
    pairing = sqlite_office.pairing.write_config_file(tmp_path / "pairing" / "pair.idopair")
    services.pairing.apply(pairing)
    sqlite_office.enrolment.trust(services.keystore.public_key_path, "Laptop 03")
    yield services
    services.close()
