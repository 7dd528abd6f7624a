"""Shared fixtures: every test gets its own store under tmp_path; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ido_desktop.app import Services, initialise  # noqa: E402
from ido_desktop.domain.vocab import Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, now: datetime | None = None) -> None:
        self.value = now or datetime.now(UTC)

    def now(self) -> datetime:
        return self.value


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "store")


@pytest.fixture
def services(data_paths: DataPaths) -> Iterator[Services]:
    """A freshly initialised field install with the shipped reference data."""
    services = initialise(data_paths, Role.FIELD, "Testlaptop")
    yield services
    services.close()


@pytest.fixture
def open_spreekuur(services: Services):
    """An open spreekuur at the central library, staff code MW07."""
    return services.spreekuren.start("centrale_bibliotheek", "MW07", services.reference.catalog())


# pytest-alembic's built-in migration tests run against a throwaway SQLite file.
@pytest.fixture
def alembic_config():
    from ido_desktop.paths import MIGRATIONS_DIR

    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(tmp_path):
    from ido_desktop.db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'alembic.sqlite3'}")
    yield engine
    engine.dispose()
