"""Shared fixtures: every test gets its own store under tmp_path; Qt runs offscreen."""

from __future__ import annotations

import gc
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Stores are encrypted (db.keyfile): one passphrase for every test store, and Argon2id at its
# cheapest so that thousands of stores do not cost half a second each. Subprocesses inherit both.
os.environ.setdefault("IDO_PASSPHRASE", "test-passphrase")
os.environ.setdefault("IDO_KDF_TARGET_MS", "1")

from ido_desktop.app import Services, initialise  # noqa: E402
from ido_desktop.domain.vocab import Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, now: datetime | None = None) -> None:
        self.value = now or datetime.now(UTC)

    def now(self) -> datetime:
        return self.value


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests run as the program does (ui/gc_guard.py): the garbage collector never starts in a
    worker thread, where deleting Qt objects of the GUI thread crashes the process."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


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


# --- PostgreSQL ----------------------------------------------------------------------------------
# Back-office tests run on SQLite and on a real PostgreSQL server. IDO_TEST_PG_URL names a
# database and a role that may CREATEDB (.ci/run starts one); every test gets fresh databases.

PG_URL_VARIABLE = "IDO_TEST_PG_URL"


def _postgresql_admin_url() -> str:
    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        return url
    reason = (
        f"{PG_URL_VARIABLE} is not set: the PostgreSQL tests need a server, e.g. "
        f"{PG_URL_VARIABLE}=postgresql+psycopg://ido:ido@127.0.0.1:5432/ido (a role that may "
        "CREATEDB); .ci/run starts one"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}. On CI the PostgreSQL tests must run, not be skipped.")
    pytest.skip(reason)


@pytest.fixture
def postgresql_databases() -> Iterator[Callable[[], str]]:
    """Makes fresh, empty PostgreSQL databases on demand; drops them after the test."""
    admin_url = make_url(_postgresql_admin_url())
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    made: list[str] = []

    def new() -> str:
        name = f"ido_t_{secrets.token_hex(6)}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return admin_url.set(database=name).render_as_string(hide_password=False)

    yield new
    with admin.connect() as conn:
        for name in made:
            _drop_database(conn, name)
    admin.dispose()


def _drop_database(conn: Connection, name: str) -> None:
    try:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    except DBAPIError:
        # PostgreSQL 15 refuses FORCE while an autovacuum worker is in the database (not our
        # role). A plain DROP waits for that worker; end our own leftover sessions first.
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


@pytest.fixture
def postgresql_db(postgresql_databases: Callable[[], str]) -> str:
    """The URL of a fresh, empty PostgreSQL database."""
    return postgresql_databases()


@pytest.fixture(params=["sqlite", "postgresql"])
def backoffice_databases(request: pytest.FixtureRequest) -> Callable[[], str | None]:
    """Back-office stores on both databases: a callable giving a new database URL each call
    (None for SQLite: the store's own file under --data-dir)."""
    if request.param == "sqlite":
        return lambda: None
    return request.getfixturevalue("postgresql_databases")


@pytest.fixture
def backoffice_db(backoffice_databases: Callable[[], str | None]) -> str | None:
    """The database URL for a back office: None (SQLite) or a fresh PostgreSQL database."""
    return backoffice_databases()


# --- Proof figures -------------------------------------------------------------------------------
# The crash, fault-injection and fuzzing tests report what they did ("40 SIGKILLs during save, 0
# confirmed consultations lost"); the lines are printed at the end of every run, also without -s.

PROOF_LINES = pytest.StashKey[list[str]]()


@pytest.fixture
def proof_report(request: pytest.FixtureRequest, record_property) -> Callable[[str], None]:
    """Call with one line of figures; it appears in the "proof" section of the test output."""
    lines = request.config.stash.setdefault(PROOF_LINES, [])

    def report(line: str) -> None:
        lines.append(line)
        record_property("proof", line)

    return report


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    lines = config.stash.get(PROOF_LINES, [])
    if lines:
        terminalreporter.section("proof: crash safety, fault injection, fuzzing")
        for line in lines:
            terminalreporter.write_line(line)
