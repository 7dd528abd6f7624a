"""Records as sync-file lines: reading a device's changes, applying a file's records.

Works on the tables with SQLAlchemy Core: an export or import touches hundreds of thousands of
rows, and the ORM's identity map would only cost time and memory here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import BigInteger, Integer, String, Table, delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ido_desktop.db.models import (
    Base,
    Conflict,
    RecordRevision,
)
from ido_desktop.db.repositories.bulk_repo import insert_many

KINDS: tuple[str, ...] = ("spreekuur", "consult", "vraag", "doorverwijzing")
META = ("id", "device_id", "revision", "created_at", "updated_at", "updated_clock", "deleted")
TIME_FIELDS = {"created_at", "updated_at", "started_at", "ended_at"}
LIST_TABLES = {
    "organisations": "vraag_organisation",
    "help_forms": "vraag_help",
    "problems": "vraag_problem",
}
PARENTS = {
    "consult": ("spreekuur_id", "spreekuur"),
    "vraag": ("consult_id", "consult"),
    "doorverwijzing": ("vraag_id", "vraag"),
}
CHUNK = 5_000


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(value: str) -> datetime:
    # Python 3.11 reads the "Z" suffix itself, as UTC: one call instead of two per value.
    return datetime.fromisoformat(value)


def _data_columns(kind: str) -> list[str]:
    return [c.name for c in _table(kind).columns if c.name not in META]


def _to_record(kind: str, row: Any, lists: dict[str, dict[str, list[str]]] | None) -> dict:
    mapping = row._mapping
    data: dict[str, Any] = {}
    for name in _data_columns(kind):
        value = mapping[name]
        if isinstance(value, datetime):
            value = format_time(value)
        elif isinstance(value, date):
            value = value.isoformat()
        data[name] = value
    if kind == "vraag" and lists is not None:
        for key in LIST_TABLES:
            data[key] = lists[key].get(mapping["id"], [])
    return {
        "kind": kind,
        "id": mapping["id"],
        "device_id": mapping["device_id"],
        "revision": mapping["revision"],
        "created_at": format_time(mapping["created_at"]),
        "updated_at": format_time(mapping["updated_at"]),
        "updated_clock": mapping["updated_clock"],
        "deleted": bool(mapping["deleted"]),
        "data": data,
    }


def _lists_for(session: Session, vraag_ids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    lists: dict[str, dict[str, list[str]]] = {key: defaultdict(list) for key in LIST_TABLES}
    for key, table_name in LIST_TABLES.items():
        table = _table(table_name)
        order = [table.c.vraag_id, table.c.position if key == "organisations" else table.c.code]
        for start in range(0, len(vraag_ids), CHUNK):
            chunk = vraag_ids[start : start + CHUNK]
            for vraag_id, code in session.execute(
                select(table.c.vraag_id, table.c.code)
                .where(table.c.vraag_id.in_(chunk))
                .order_by(*order)
            ):
                lists[key][vraag_id].append(code)
        if key != "organisations":
            # Sorted here, not by the database: a PostgreSQL collation may order codes otherwise
            # than SQLite, and an identical record must compare equal on both.
            for codes in lists[key].values():
                codes.sort()
    return lists


def records_since(session: Session, device_id: str, after_clock: int) -> Iterator[dict]:
    """Every record of a device changed after ``after_clock``: parents first, tombstones too."""
    for kind in KINDS:
        table = _table(kind)
        rows = session.execute(
            select(table)
            .where(table.c.device_id == device_id, table.c.updated_clock > after_clock)
            .order_by(table.c.updated_clock, table.c.id)
        ).all()
        lists = _lists_for(session, [r.id for r in rows]) if kind == "vraag" else None
        for row in rows:
            yield _to_record(kind, row, lists)


def count_since(session: Session, device_id: str, after_clock: int) -> int:
    total = 0
    for kind in KINDS:
        table = _table(kind)
        total += (
            session.scalar(
                select(func.count())
                .select_from(table)
                .where(table.c.device_id == device_id, table.c.updated_clock > after_clock)
            )
            or 0
        )
    return int(total)


IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def import_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache for the block (a big import), the usual one again after.

    The store's usual cache is a few MiB (SQLite's and SQLCipher's default): a big import's
    inserts into the tables and their indexes would spill pages and read (in an encrypted
    store, decrypt) them back. The cache grows only as far as it is used. PostgreSQL manages
    its own memory.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    restore = f"PRAGMA cache_size = {previous}"
    try:
        yield
    except BaseException:
        # The block's own error is the one to report (a full disk, say), not one of this.
        with suppress(DBAPIError):
            connection.exec_driver_sql(restore)
        raise
    connection.exec_driver_sql(restore)


@dataclass
class ApplyResult:
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    inserted: list[dict] = field(default_factory=list)  # new records, for the report marks


class ForeignRecordError(Exception):
    """A record id is held for another device."""


class MissingParentError(Exception):
    """A record's parent is neither stored nor in the same file."""


class RecordDataError(Exception):
    """A value does not fit its column (too long, too large); args: record id, field."""


INT32_MAX = 2**31 - 1


@cache
def _limits(table: Table) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """The bounded columns of ``table``: (name, max length) of strings, names of 32-bit ints."""
    lengths = tuple(
        (c.name, c.type.length)
        for c in table.columns
        if isinstance(c.type, String) and c.type.length
    )
    small_ints = tuple(
        c.name
        for c in table.columns
        if isinstance(c.type, Integer) and not isinstance(c.type, BigInteger)
    )
    return lengths, small_ints


def _check_fits(table: Table, rows: Sequence[tuple[dict, dict[str, Any]]]) -> None:
    """Refuse what a column cannot hold: PostgreSQL would raise, SQLite would store it anyway.

    ``rows`` pairs each record with its column values (``_row_values``).
    """
    lengths, small_ints = _limits(table)
    for record, values in rows:
        for name, length in lengths:
            value = values.get(name)
            if isinstance(value, str) and len(value) > length:
                raise RecordDataError(record["id"], name)
        for name in small_ints:
            value = values.get(name)
            if isinstance(value, int) and value > INT32_MAX:
                raise RecordDataError(record["id"], name)


# Data fields stored otherwise than as in the sync file, and how; the list fields have tables
# of their own (``_replace_lists``).
_CONVERT: dict[str, Any] = {
    "started_at": parse_time,
    "ended_at": parse_time,
    "consult_date": date.fromisoformat,
}
_SKIP = object()
_CONVERT.update(dict.fromkeys(LIST_TABLES, _SKIP))


def _row_values(record: dict) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": record["id"],
        "device_id": record["device_id"],
        "revision": record["revision"],
        "created_at": parse_time(record["created_at"]),
        "updated_at": parse_time(record["updated_at"]),
        "updated_clock": record["updated_clock"],
        "deleted": record["deleted"],
    }
    for name, value in record["data"].items():
        convert = _CONVERT.get(name)
        if convert is None:
            values[name] = value
        elif convert is not _SKIP:
            values[name] = None if value is None else convert(value)
    return values


def apply_records(
    session: Session,
    records: Sequence[dict],
    import_id: int,
    now: datetime,
    lines: Sequence[str] | None = None,
) -> ApplyResult:
    """Apply records: higher revision replaces, equal is a no-op or a conflict, lower is ignored.

    ``lines`` are the records' canonical JSON lines of the sync file, in the same order: the
    revision history keeps them as they are instead of encoding each record again.

    Raises:
        ForeignRecordError, MissingParentError: the caller refuses the file and rolls back.
    """
    result = ApplyResult()
    by_kind: dict[str, list[tuple[dict, str | None]]] = defaultdict(list)
    texts: Sequence[str | None] = lines if lines is not None else [None] * len(records)
    for record, line in zip(records, texts, strict=True):
        by_kind[record["kind"]].append((record, line))
    for kind in KINDS:
        incoming = by_kind.get(kind, [])
        if incoming:
            _apply_kind(session, kind, incoming, import_id, now, result)
    return result


def _apply_kind(
    session: Session,
    kind: str,
    incoming: list[tuple[dict, str | None]],
    import_id: int,
    now: datetime,
    result: ApplyResult,
) -> None:
    table = _table(kind)
    # Keep only the highest revision of each id within this file.
    latest: dict[str, tuple[dict, str | None]] = {}
    for pair in incoming:
        record = pair[0]
        kept = latest.get(record["id"])
        if kept is None or record["revision"] > kept[0]["revision"]:
            latest[record["id"]] = pair
    # Which ids are stored first (cheap), then the rows of those only: a first import of a
    # laptop's records finds none.
    held = _existing_ids(session, table, list(latest))
    ids = [i for i in latest if i in held]
    stored: dict[str, Any] = {}
    for start in range(0, len(ids), CHUNK):
        for found in session.execute(
            select(table).where(table.c.id.in_(ids[start : start + CHUNK]))
        ):
            stored[found.id] = found
    lists = _lists_for(session, list(stored)) if kind == "vraag" and stored else None
    inserts: list[tuple[dict, str | None]] = []
    replaces: list[tuple[dict, str | None]] = []
    for record_id, pair in latest.items():
        record = pair[0]
        row = stored.get(record_id)
        if row is None:
            inserts.append(pair)
        elif row.device_id != record["device_id"]:
            raise ForeignRecordError(record_id)
        elif record["revision"] > row.revision:
            replaces.append(pair)
        elif record["revision"] == row.revision:
            current = _to_record(kind, row, lists)
            if current == record:
                result.unchanged += 1
            else:
                session.add(
                    Conflict(
                        kind=kind,
                        record_id=record_id,
                        revision=record["revision"],
                        device_id=record["device_id"],
                        stored=current,
                        incoming=record,
                        import_id=import_id,
                        detected_at=now,
                    )
                )
                result.conflicts += 1
        else:
            result.unchanged += 1
    result.unchanged += len(incoming) - len(latest)
    # Each record's column values once: checked, then written.
    insert_rows = [(r, _row_values(r)) for r, _line in inserts]
    replace_rows = [(r, _row_values(r)) for r, _line in replaces]
    _check_fits(table, insert_rows)
    _check_fits(table, replace_rows)
    applied = inserts + replaces
    applied_records = [r for r, _line in applied]
    _check_parents(session, kind, applied_records)
    insert_many(session, table, [values for _record, values in insert_rows])
    result.inserted.extend(record for record, _values in insert_rows)
    for record, values in replace_rows:
        session.execute(update(table).where(table.c.id == record["id"]).values(**values))
    if kind == "vraag":
        _replace_lists(session, [r for r, _line in inserts], [r for r, _line in replaces])
    texts = [line for _r, line in applied]
    add_revisions(
        session,
        applied_records,
        "import",
        now,
        import_id,
        texts=None if None in texts else cast(list[str], texts),
    )
    result.applied += len(applied)
    result.by_kind[kind] = len(applied)


def add_revisions(
    session: Session,
    records: Sequence[dict],
    source: str,
    now: datetime,
    import_id: int | None = None,
    texts: Sequence[str] | None = None,
) -> None:
    """Keep each record (a sync-file record dict) in the revision history, in bulk.

    ``texts``, when given, are the records as canonical JSON (their sync-file lines), kept as
    they are; otherwise each record is encoded by the column's JSON type.
    """
    data: Sequence[Any] = records if texts is None else texts
    rows = [
        {
            "kind": r["kind"],
            "record_id": r["id"],
            "revision": r["revision"],
            "device_id": r["device_id"],
            "source": source,
            "import_id": import_id,
            "recorded_at": now,
            "data": value,
        }
        for r, value in zip(records, data, strict=True)
    ]
    table = _table(RecordRevision.__tablename__)
    insert_many(session, table, rows, encoded=("data",) if texts is not None else ())


def current_records(session: Session, kind: str, ids: Sequence[str]) -> list[dict]:
    """The stored records of one kind as sync-file record dicts."""
    table = _table(kind)
    rows: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        rows.extend(
            session.execute(select(table).where(table.c.id.in_(ids[start : start + CHUNK])))
        )
    lists = _lists_for(session, [r.id for r in rows]) if kind == "vraag" else None
    return [_to_record(kind, row, lists) for row in rows]


def _check_parents(session: Session, kind: str, records: list[dict]) -> None:
    if kind not in PARENTS or not records:
        return
    column, parent_kind = PARENTS[kind]
    wanted = list({r["data"][column] for r in records})
    missing = set(wanted) - _existing_ids(session, _table(parent_kind), wanted)
    if missing:
        raise MissingParentError(sorted(missing)[0])


def _existing_ids(session: Session, table: Table, ids: Sequence[str]) -> set[str]:
    """The ``ids`` that ``table`` holds (its primary key ``id``, a string).

    On SQLite the statement goes to the driver as it is, with one ``?`` per id: SQLAlchemy's
    expansion of a long ``IN`` list costs more than the lookup itself.
    """
    found: set[str] = set()
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        return found
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        sql = f'SELECT id FROM "{table.name}" WHERE id IN ({marks})'  # noqa: S608 (our names)
        found.update(i for (i,) in connection.exec_driver_sql(sql, chunk))
    return found


def _replace_lists(session: Session, inserts: list[dict], replaces: list[dict]) -> None:
    """Write the list rows of new and replaced questions.

    Only replaced questions can have list rows already (the list tables refer to ``vraag``), so
    only theirs are deleted first.
    """
    ids = [r["id"] for r in replaces]
    records = inserts + replaces
    for key, table_name in LIST_TABLES.items():
        table = _table(table_name)
        for start in range(0, len(ids), CHUNK):
            session.execute(delete(table).where(table.c.vraag_id.in_(ids[start : start + CHUNK])))
        rows = []
        for record in records:
            for position, code in enumerate(record["data"][key]):
                row = {"vraag_id": record["id"], "code": code}
                if key == "organisations":
                    row["position"] = position
                rows.append(row)
        insert_many(session, table, rows)


def purge_received(
    session: Session, device_id: str, through_clock: int, updated_before: datetime
) -> int:
    """Hard-delete this device's records the back office holds and that are old enough.

    Children go first; a parent is kept while any of its children is kept.
    """
    purged = 0
    for kind in reversed(KINDS):
        table = _table(kind)
        condition = [
            table.c.device_id == device_id,
            table.c.updated_clock <= through_clock,
            table.c.updated_at < updated_before,
        ]
        if kind == "spreekuur":  # an open spreekuur still gets new consultations
            condition.append(table.c.ended_at.is_not(None))
        child = next((k for k, (col, p) in PARENTS.items() if p == kind), None)
        if child is not None:
            column = PARENTS[child][0]
            condition.append(table.c.id.not_in(select(_table(child).c[column])))
        ids = list(session.scalars(select(table.c.id).where(*condition)))
        if kind == "vraag":
            for table_name in LIST_TABLES.values():
                lt = _table(table_name)
                for start in range(0, len(ids), CHUNK):
                    session.execute(delete(lt).where(lt.c.vraag_id.in_(ids[start : start + CHUNK])))
        for start in range(0, len(ids), CHUNK):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + CHUNK])))
        purged += len(ids)
    return purged


def count_held(session: Session, device_id: str, through_clock: int) -> int:
    """Record revisions of a device the back office holds up to ``through_clock``."""
    total = 0
    for kind in KINDS:
        table = _table(kind)
        total += (
            session.scalar(
                select(func.count())
                .select_from(table)
                .where(table.c.device_id == device_id, table.c.updated_clock <= through_clock)
            )
            or 0
        )
    return int(total)
