"""Disk full, read-only media and failing disks, as stable error codes.

SQLite reports these as ``OperationalError`` ("database or disk is full", "attempt to write a
readonly database", "disk I/O error"); PostgreSQL as SQLSTATE 53100 / 25006 / 58030. Services
wrap each transaction in :func:`store_errors`, so the user gets a code with plain words instead
of a stack trace. The transaction is rolled back by then: nothing of the action is stored.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from ido_desktop.domain.errors import StoreError

DISK_FULL, READ_ONLY, WRITE_FAILED = "DISK_FULL", "READ_ONLY", "WRITE_FAILED"

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_KINDS = {13: DISK_FULL, 8: READ_ONLY, 10: WRITE_FAILED, 14: WRITE_FAILED}
_SQLITE_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk i/o error", WRITE_FAILED),
    ("unable to open database file", WRITE_FAILED),
)
_PG_KINDS = {"53100": DISK_FULL, "25006": READ_ONLY, "58030": WRITE_FAILED}
_DB_MODULES = ("sqlite3", "sqlcipher3", "pysqlite3", "psycopg")
_OS_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_OS_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def fault_kind(exc: BaseException) -> str | None:
    """DISK_FULL, READ_ONLY or WRITE_FAILED for a database or file-system write error, else None.

    Constraint violations, programming errors and anything else give None: those are bugs or
    refusals with their own handling, not a medium that cannot take the write.
    """
    if isinstance(exc, OSError):
        if exc.errno in _OS_DISK_FULL:
            return DISK_FULL
        if exc.errno in _OS_READ_ONLY:
            return READ_ONLY
        return WRITE_FAILED if exc.errno is not None else None
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if type(original).__module__.split(".")[0] not in _DB_MODULES:
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate:
        return _PG_KINDS.get(sqlstate)
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(original).lower()
    for fragment, kind in _SQLITE_MESSAGES:
        if fragment in text:
            return kind
    return None


def store_error(exc: BaseException, prefix: str = "E_STORE") -> StoreError | None:
    """The StoreError (``<prefix>_DISK_FULL``, ...) for ``exc``, or None if it is no such fault."""
    kind = fault_kind(exc)
    if kind is None:
        return None
    detail = str(exc.orig if isinstance(exc, DBAPIError) else exc)
    return StoreError(f"{prefix}_{kind}", detail)


@contextmanager
def store_errors(prefix: str = "E_STORE") -> Iterator[None]:
    """Turn a disk-full, read-only or I/O error inside the block into a :class:`StoreError`.

    Use it around a whole transaction (``with store_errors(), factory.begin() as session``), so
    the error arrives after the rollback.
    """
    try:
        yield
    except Exception as exc:
        error = store_error(exc, prefix)
        if error is None:
            raise
        raise error from exc
