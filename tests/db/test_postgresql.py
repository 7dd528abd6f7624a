"""The back office on PostgreSQL: same migrations, same behaviour, imports side by side.

Runs against the server named by IDO_TEST_PG_URL (.ci/run starts one); every test gets fresh
databases. Without it the tests are skipped, except on CI, where they fail. The tests of imports
running at the same time run on SQLite too.
"""

from __future__ import annotations

import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pytest_alembic.tests import (  # noqa: F401  (collected by pytest, here on PostgreSQL)
    test_model_definitions_match_ddl,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import func, select, text

from ido_desktop.app import Services, initialise, open_services
from ido_desktop.db import migrate
from ido_desktop.db.engine import make_engine
from ido_desktop.db.models import Base, Consult, EnrolledDevice, ImportLog
from ido_desktop.db.repositories import sync_repo
from ido_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from ido_desktop.db.store import open_store
from ido_desktop.domain.errors import StoreError
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from ido_desktop.sync import agecrypt, minisign
from tests.services.sync_helpers import counts, demo, make


@pytest.fixture
def alembic_engine(postgresql_db):
    """pytest-alembic's built-in tests imported above run on PostgreSQL in this module."""
    engine = make_engine(postgresql_db)
    yield engine
    engine.dispose()


def _version(url: str) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def test_a_new_store_is_at_head_and_matches_the_models(postgresql_db):
    store = open_store(postgresql_db, create=True, backup_dir=None)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
    store.dispose()


@pytest.mark.skipif(len(KNOWN_REVISIONS) < 2, reason="only one schema revision so far")
def test_an_older_store_is_upgraded_with_its_data_and_no_sqlite_backup(postgresql_db, tmp_path):
    engine = make_engine(postgresql_db)
    with engine.begin() as conn:
        migrate.upgrade(conn, KNOWN_REVISIONS[-2])
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'kept')"))
    engine.dispose()
    store = open_store(postgresql_db, backup_dir=tmp_path / "backups")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM setting WHERE key = 'probe'")).scalar() == (
            "kept"
        )
    store.dispose()
    assert _version(postgresql_db) == HEAD_REVISION
    assert not (tmp_path / "backups").exists()  # PostgreSQL relies on the server's backups


def test_a_store_from_a_newer_program_is_refused_and_left_alone(postgresql_db):
    open_store(postgresql_db, create=True).dispose()
    engine = make_engine(postgresql_db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError) as refused:
        open_store(postgresql_db)
    assert refused.value.code == "E_SCHEMA_NEWER"
    assert _version(postgresql_db) == "9999"


def test_a_foreign_database_is_refused(postgresql_db):
    engine = make_engine(postgresql_db)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (name text)"))
    engine.dispose()
    with pytest.raises(StoreError) as refused:
        open_store(postgresql_db)
    assert refused.value.code == "E_STORE_FOREIGN"


def test_demo_data_and_stats_are_the_same_as_on_sqlite(tmp_path, postgresql_db):
    on_pg = make(tmp_path, "pg", Role.BACKOFFICE, postgresql_db)
    on_sqlite = make(tmp_path, "sqlite", Role.BACKOFFICE)
    assert not on_pg.paths.database.exists() and on_pg.paths.keys.is_dir()
    for services in (on_pg, on_sqlite):
        demo(services, 400, seed=7)
    assert on_pg.stats.stats() == on_sqlite.stats.stats()
    assert on_pg.stats.stats().consultations == 400
    on_pg.close()
    on_sqlite.close()
    with pytest.raises(StoreError) as exists:  # the database is taken: init refuses
        initialise(DataPaths(tmp_path / "pg2"), Role.BACKOFFICE, "Twee", postgresql_db)
    assert exists.value.code == "E_STORE_EXISTS"
    reopened = open_services(DataPaths(tmp_path / "pg"), postgresql_db)
    assert reopened.stats.stats().consultations == 400
    reopened.close()


# --- imports side by side (on both databases) ----------------------------------------------------


@pytest.fixture
def laptop(tmp_path):
    """A laptop paired with the back office whose keys live in ``tmp_path/keys``."""
    office = make(tmp_path, "keys", Role.BACKOFFICE)  # only its keys matter here
    pairing = office.pairing.write_config_file(tmp_path / "stick" / "pair.idopair")
    # The key files are sealed with that store's key; keep plain copies that a new store seals.
    plain = tmp_path / "plain-keys"
    plain.mkdir()
    (plain / "ido.key").write_text(minisign.secret_key_text(office.keystore.secret_key()))
    (plain / "ido.pub").write_text(office.keystore.public_key().to_text())
    (plain / "age-identity.txt").write_text(agecrypt.identity_text(office.keystore.age_identity()))
    office.close()
    services = make(tmp_path, "laptop03", Role.FIELD)
    services.pairing.apply(pairing)
    yield services
    services.close()


def _office(tmp_path: Path, name: str, url: str | None, laptop: Services) -> Services:
    """A new back-office store with the paired keys, the laptop enrolled; SQLite if no url."""
    shutil.copytree(tmp_path / "plain-keys", tmp_path / name / "keys")
    office = initialise(DataPaths(tmp_path / name), Role.BACKOFFICE, "Backoffice", url)
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    return office


def _overlapping_files(tmp_path: Path, laptop: Services) -> list[Path]:
    """Three exports without a receipt in between: each holds everything of the one before."""
    stick = tmp_path / "stick"
    files = []
    demo(laptop, 40, seed=1)
    files.append(Path(laptop.exports.export(stick).path))
    with laptop.store.session_factory() as session:
        consult_id = session.scalars(select(Consult.id).order_by(Consult.id)).first()
    laptop.consults.delete(consult_id)  # a second revision (a tombstone) of records in file 1
    demo(laptop, 30, seed=2)
    files.append(Path(laptop.exports.export(stick).path))
    demo(laptop, 30, seed=3)
    files.append(Path(laptop.exports.export(stick).path))
    return files


def _records(services: Services, device_id: str) -> list[dict]:
    with services.store.session_factory() as session:
        records = list(sync_repo.records_since(session, device_id, 0))
    return sorted(records, key=lambda r: (r["kind"], r["id"]))


def _duplicates(services: Services) -> dict[str, int]:
    keys = {"vraag_organisation": "vraag_id, code", "vraag_help": "vraag_id, code"}
    keys |= {t: "id" for t in ("spreekuur", "consult", "vraag", "doorverwijzing")}
    found = {}
    with services.store.engine.connect() as conn:
        for table, key in keys.items():
            duplicated = f"SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1"
            found[table] = conn.execute(text(f"SELECT count(*) FROM ({duplicated}) d")).scalar()
    return found


def _import_at_once(start: threading.Barrier, services: Services, paths: list[Path]) -> list:
    start.wait(timeout=30)
    return services.imports.import_files(paths)


ORDERS = ([0, 1, 2], [0, 1, 2], [2, 1, 0], [1, 2, 0])


def test_two_imports_of_overlapping_files_at_once_leave_no_duplicates(
    tmp_path, laptop, backoffice_databases
):
    """Two back-office PCs import the same laptop's overlapping files at the same moment."""
    files = _overlapping_files(tmp_path, laptop)
    device_id = laptop.device.device_id
    expected = _records(laptop, device_id)
    for round_, other_order in enumerate(ORDERS):
        url = backoffice_databases()
        first = _office(tmp_path, f"office{round_}", url, laptop)
        second = open_services(first.paths, url)  # another PC: its own engine and connections
        start = threading.Barrier(2)
        with ThreadPoolExecutor(2) as pool:
            jobs = [
                pool.submit(_import_at_once, start, services, [files[i] for i in order])
                for services, order in ((first, [0, 1, 2]), (second, other_order))
            ]
            results = [r for job in jobs for r in job.result(timeout=120)]

        assert sorted(r.result for r in results) == ["imported"] * 3 + ["known"] * 3, round_
        assert _records(first, device_id) == expected  # every record at its latest revision
        assert counts(first) == counts(laptop)
        assert first.stats.stats() == laptop.stats.stats()
        assert _duplicates(first) == dict.fromkeys(_duplicates(first), 0)
        with first.store.session_factory() as session:
            log = session.execute(select(ImportLog.file_sha256, ImportLog.result)).all()
            device = session.scalars(select(EnrolledDevice)).one()
        by_file: dict[str, list[str]] = {}
        for sha256, result in log:
            by_file.setdefault(sha256, []).append(result)
        assert sorted(map(sorted, by_file.values())) == [["imported", "known"]] * 3
        # The device row was not overwritten by a stale read: it names the newest file.
        assert device.last_sequence == 3 and device.device_id == device_id
        with laptop.store.session_factory() as session:
            assert device.held_through_clock == max(
                session.scalar(select(func.max(t.c.updated_clock))) or 0
                for t in (Base.metadata.tables[k] for k in sync_repo.KINDS)
            )
        first.close()
        second.close()


def test_an_import_waits_while_another_holds_the_laptop(tmp_path, laptop, backoffice_db):
    """The device row lock serialises imports of one laptop: the second reads nothing stale."""
    demo(laptop, 20)
    path = Path(laptop.exports.export(tmp_path / "stick").path)
    office = _office(tmp_path, "office", backoffice_db, laptop)
    key_id = laptop.keystore.public_key().key_id_hex
    device = EnrolledDevice.__table__
    # Stands for an import of a newer file (sequence 2) of the same laptop: it holds the device
    # row (PostgreSQL: a row lock; SQLite: the write lock) until it commits.
    holder = make_engine(backoffice_db or office.paths.database_url, key=office.store.key)
    with holder.connect() as conn, ThreadPoolExecutor(1) as pool:
        transaction = conn.begin()
        conn.execute(device.update().where(device.c.key_id == key_id).values(last_sequence=2))
        job = pool.submit(office.imports.import_one, path)
        with pytest.raises(FutureTimeout):
            job.result(timeout=1.0)  # waiting for the other import
        transaction.commit()
        assert job.result(timeout=30).result == "imported"
    holder.dispose()
    assert counts(office) == counts(laptop)
    [info] = office.enrolment.devices()
    assert info.last_sequence == 2  # not overwritten with 1 from a read before the wait
    office.close()
