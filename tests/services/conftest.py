"""Fixtures for the sync tests: a back office and a laptop paired with it."""

from __future__ import annotations

import pytest

from ido_desktop.domain.vocab import Role
from tests.services.sync_helpers import make


@pytest.fixture
def office(tmp_path, backoffice_db):
    """A back office, on SQLite and on PostgreSQL (see ``backoffice_db``)."""
    services = make(tmp_path, "backoffice", Role.BACKOFFICE, backoffice_db)
    yield services
    services.close()


@pytest.fixture
def laptop(tmp_path, office):
    services = make(tmp_path, "laptop03", Role.FIELD)
    pairing = office.pairing.write_config_file(tmp_path / "stick" / "pair.idopair")
    services.pairing.apply(pairing)
    office.enrolment.trust(services.keystore.public_key_path, "Laptop 03")
    yield services
    services.close()
