"""Which database and file-system errors are a full disk, read-only media or a failing disk."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from ido_desktop.db.engine import make_engine
from ido_desktop.db.faults import fault_kind, store_error, store_errors
from ido_desktop.domain.errors import StoreError
from ido_desktop.messages import message


class _PgError(Exception):
    """Looks like a psycopg error: module and SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


_PgError.__module__ = "psycopg.errors"


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "DISK_FULL"),
        (OSError(errno.EFBIG, "File too large"), "DISK_FULL"),
        (OSError(errno.EROFS, "Read-only file system"), "READ_ONLY"),
        (OSError(errno.EACCES, "Permission denied"), "READ_ONLY"),
        (OSError(errno.EIO, "Input/output error"), "WRITE_FAILED"),
        (sqlite3.OperationalError("database or disk is full"), "DISK_FULL"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "READ_ONLY"),
        (sqlite3.OperationalError("disk I/O error"), "WRITE_FAILED"),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
         "DISK_FULL"),
        (_PgError("53100"), "DISK_FULL"),
        (_PgError("25006"), "READ_ONLY"),
        (_PgError("23505"), None),  # a unique violation is no fault of the medium
        (IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed")), None),
        (sqlite3.OperationalError("no such table: consult"), None),
        (ValueError("database or disk is full"), None),  # not a database error
    ],
)  # fmt: skip
def test_fault_kind(error, kind):
    assert fault_kind(error) == kind


def test_every_store_fault_code_has_dutch_and_english_words():
    for kind in ("DISK_FULL", "READ_ONLY", "WRITE_FAILED"):
        code = f"E_STORE_{kind}"
        for lang in ("nl", "en"):
                assert "({code})" not in message(code, lang=lang), code
                assert not message(code, lang=lang).startswith(("Onverwachte", "Unexpected"))


def test_store_error_names_the_code_by_prefix():
    error = store_error(OSError(errno.ENOSPC, "No space left on device"), "E_BACKUP")
    assert error is not None and error.code == "E_BACKUP_DISK_FULL"


def test_other_errors_pass_through_unchanged():
    with pytest.raises(KeyError), store_errors():
        raise KeyError("x")


def test_a_read_only_postgresql_transaction_is_e_store_read_only(postgresql_db):
    engine = make_engine(postgresql_db)
    try:
        with pytest.raises(StoreError) as refused, store_errors(), engine.begin() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text("CREATE TABLE t (x integer)"))
        assert refused.value.code == "E_STORE_READ_ONLY"
    finally:
        engine.dispose()
