"""Fixtures for the proof tests: a fork server whose children are killed with SIGKILL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from tests.proof.processes import ForkServer
from tests.services.sync_helpers import make


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
