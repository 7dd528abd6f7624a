"""Migrations: pytest-alembic's built-in tests, plus our own start-up rules."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from pytest_alembic.tests import (  # noqa: F401  (collected by pytest)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import text

from ido_desktop.db.migrate import alembic_config
from ido_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from ido_desktop.db.store import open_store
from ido_desktop.domain.errors import StoreError

STORED = Path(__file__).parent / "stored"


def test_known_revisions_match_the_alembic_scripts():
    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_new_store_is_at_head_with_wal_foreign_keys_and_full_sync(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'new.sqlite3'}", create=True)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    store.dispose()


@pytest.mark.parametrize("stored", sorted(STORED.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_opens_with_its_data(stored, tmp_path):
    """A database of every released schema is upgraded (after a backup) and keeps its data."""
    copy = tmp_path / "ido.sqlite3"
    shutil.copy(stored, copy)
    before = sqlite3.connect(copy).execute("SELECT count(*) FROM consult").fetchone()[0]
    store = open_store(f"sqlite:///{copy}", backup_dir=tmp_path / "backups")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert conn.execute(text("SELECT count(*) FROM consult")).scalar() == before > 0
    store.dispose()
    if stored.stem != f"schema-{HEAD_REVISION}":
        assert list((tmp_path / "backups").glob("*.sqlite3")), "no backup before the upgrade"


def test_a_store_from_a_newer_program_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "ido.sqlite3"
    open_store(f"sqlite:///{path}", create=True).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    assert refused.value.code == "E_SCHEMA_NEWER"
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    assert refused.value.code == "E_STORE_FOREIGN"


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "ido.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}")
    assert refused.value.code == "E_STORE_UNREADABLE"
    assert path.read_bytes() == b"this is not a database" * 100


def test_the_upgrade_to_0004_marks_every_day_and_the_cells_then_match_the_records(tmp_path):
    """Report cells (0004) of an upgraded store: every consult day is marked; once computed,
    the cells give what counting the records gives."""
    from datetime import date

    from ido_desktop.db.repositories import report_agg_repo, report_repo

    copy = tmp_path / "ido.sqlite3"
    shutil.copy(STORED / "schema-0003.sqlite3", copy)
    store = open_store(f"sqlite:///{copy}", backup_dir=tmp_path / "backups")
    with store.engine.connect() as conn:
        days = conn.execute(text("SELECT count(DISTINCT consult_date) FROM consult")).scalar()
        marked = conn.execute(text("SELECT count(DISTINCT day) FROM report_dirty")).scalar()
        triggers = conn.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        ).scalar()
    assert marked == days > 0 and triggers == 20
    with store.session_factory.begin() as session:
        assert report_agg_repo.refresh(session) == days
    period = (date(2000, 1, 1), date(2099, 12, 31))
    with store.session_factory() as session:
        for keys in ((), ("location",), ("period_month", "organisation"), ("warmth",)):
            cells = report_agg_repo.group_counts(session, *period, keys)
            records = report_repo.group_counts(session, *period, keys)
            assert sorted(cells, key=repr) == sorted(records, key=repr)
    store.dispose()
