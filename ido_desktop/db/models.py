"""SQLAlchemy models (PRODUCT.md 4.1-4.3). Changes go through Alembic migrations only.

No ``from __future__ import annotations`` here, on purpose: SQLAlchemy would then evaluate every
``Mapped[...]`` annotation from its text, a fifth of the mapping's cost at each start
(docs/performance.md). A relationship to a class defined further down names it in quotes.
"""

import re
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ido_desktop.domain.errors import StoreError

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """What every synchronised record carries (PRODUCT.md 4.1, last bullet)."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_clock: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Device(Base):
    """This install (``is_local``); later also the laptops a back office knows."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(80))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Grows by one with every write, so edits order correctly even when the wall clock jumps.
    clock: Mapped[int] = mapped_column(BigInteger, default=0)
    # Sync (PRODUCT.md 5): this install's signing key, its last exported sequence number, and
    # the clock up to which the back office holds its records (from the last receipt).
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    public_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    held_through_clock: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    last_receipt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class EnrolledDevice(Base):
    """Back office: a laptop whose public key was enrolled; bound to its device id on import."""

    __tablename__ = "enrolled_device"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    public_key: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    device_id: Mapped[str | None] = mapped_column(ID, nullable=True, unique=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    held_through_clock: Mapped[int] = mapped_column(BigInteger, default=0)
    # The configuration version the laptop reported in its last sync file (migration 0008).
    config_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceItem(Base):
    """One coded item of reference data; ``data`` is the item as in the data file.

    ``shipped`` is the item as the program last shipped it (migration 0008): a program update
    changes only the fields the back office left as shipped. None for items the back office made.
    """

    __tablename__ = "reference_item"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    shipped: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ReferenceVersion(Base):
    """The version of one kind (one more with every change) and of the shipped file merged."""

    __tablename__ = "reference_version"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    shipped_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ConfigIssue(Base):
    """Back office: a configuration file it wrote, with the reference data it carried."""

    __tablename__ = "config_issue"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)


class Spreekuur(RecordMixin, Base):
    __tablename__ = "spreekuur"

    location_code: Mapped[str] = mapped_column(String(64))
    staff_code: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_spreekuur_started_at", "started_at"),
        Index("ix_spreekuur_device_clock", "device_id", "updated_clock"),
        Index("ix_spreekuur_location_code", "location_code"),
    )


class Consult(RecordMixin, Base):
    __tablename__ = "consult"

    spreekuur_id: Mapped[str] = mapped_column(ForeignKey("spreekuur.id"))
    consult_date: Mapped[date] = mapped_column(Date)
    part_of_day: Mapped[str] = mapped_column(String(8))
    duration_band: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    found_via: Mapped[str] = mapped_column(String(32))
    age_band: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    repeat_visit: Mapped[str] = mapped_column(String(8))
    on_behalf_consent: Mapped[bool] = mapped_column(Boolean, default=False)

    questions: Mapped[list["Vraag"]] = relationship(
        back_populates="consult", order_by="Vraag.position"
    )

    __table_args__ = (
        Index("ix_consult_consult_date", "consult_date"),
        Index("ix_consult_spreekuur_id", "spreekuur_id"),
        Index("ix_consult_created_at", "created_at"),
        Index("ix_consult_device_clock", "device_id", "updated_clock"),
    )


class Vraag(RecordMixin, Base):
    __tablename__ = "vraag"

    consult_id: Mapped[str] = mapped_column(ForeignKey("consult.id"))
    position: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str] = mapped_column(String(32))
    topic: Mapped[str] = mapped_column(String(64))
    digid_detail: Mapped[str | None] = mapped_column(String(64), nullable=True)
    result: Mapped[str] = mapped_column(String(32))
    signal_kind: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signal_organisation: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")

    consult: Mapped["Consult"] = relationship(back_populates="questions")
    organisations: Mapped[list["VraagOrganisation"]] = relationship(
        cascade="all, delete-orphan", order_by="VraagOrganisation.position"
    )
    help_forms: Mapped[list["VraagHelp"]] = relationship(cascade="all, delete-orphan")
    problems: Mapped[list["VraagProblem"]] = relationship(cascade="all, delete-orphan")
    referrals: Mapped[list["Doorverwijzing"]] = relationship(
        back_populates="vraag", order_by="Doorverwijzing.created_at"
    )

    __table_args__ = (
        Index("ix_vraag_consult_id", "consult_id"),
        Index("ix_vraag_topic", "topic"),
        Index("ix_vraag_result", "result"),
        Index("ix_vraag_device_clock", "device_id", "updated_clock"),
    )


class VraagOrganisation(Base):
    """Organisation(s) of a question: part of the question record, not a record of its own."""

    __tablename__ = "vraag_organisation"

    vraag_id: Mapped[str] = mapped_column(
        ForeignKey("vraag.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_vraag_organisation_code", "code"),)


class VraagHelp(Base):
    __tablename__ = "vraag_help"

    vraag_id: Mapped[str] = mapped_column(
        ForeignKey("vraag.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = (Index("ix_vraag_help_code", "code"),)


class VraagProblem(Base):
    __tablename__ = "vraag_problem"

    vraag_id: Mapped[str] = mapped_column(
        ForeignKey("vraag.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = (Index("ix_vraag_problem_code", "code"),)


class Doorverwijzing(RecordMixin, Base):
    __tablename__ = "doorverwijzing"

    vraag_id: Mapped[str] = mapped_column(ForeignKey("vraag.id"))
    partner_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    category_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    course_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    warmth: Mapped[str] = mapped_column(String(32))

    vraag: Mapped["Vraag"] = relationship(back_populates="referrals")

    __table_args__ = (
        Index("ix_doorverwijzing_vraag_id", "vraag_id"),
        Index("ix_doorverwijzing_device_clock", "device_id", "updated_clock"),
        Index("ix_doorverwijzing_category_code", "category_code"),
        Index("ix_doorverwijzing_warmth", "warmth"),
    )


class ExportLog(Base):
    """Laptop: every sync file written, by sequence number."""

    __tablename__ = "export_log"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    file_name: Mapped[str] = mapped_column(String(200))
    file_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_clock: Mapped[int] = mapped_column(BigInteger)
    to_clock: Mapped[int] = mapped_column(BigInteger)
    record_count: Mapped[int] = mapped_column(Integer)


class ImportLog(Base):
    """Back office: every file ever offered for import, with its result."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(String(16))  # imported | known | refused
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    device_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    from_clock: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_clock: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    quarantine_path: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_import_log_file_sha256", "file_sha256"),
        Index("ix_import_log_device_id", "device_id", "sequence"),
    )


class Conflict(Base):
    """Back office: the same revision of a record arrived with different content."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(ID)
    revision: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ID)
    stored: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    import_id: Mapped[int] = mapped_column(ForeignKey("import_log.id"))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_conflict_record_id", "record_id"),)


class RecordRevision(Base):
    """Back office: every revision of a record it applied, and where that revision came from.

    ``data`` is the whole record as in a sync file (``sync_repo``'s record dict): an import keeps
    the record's canonical JSON line of the file as it is, other sources the dict as encoded by
    the JSON type (same content, other spacing). ``source`` is ``import`` (with ``import_id``),
    ``local`` or ``correction`` (made in the records browser).
    """

    __tablename__ = "record_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(ID)
    revision: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ID)
    source: Mapped[str] = mapped_column(String(16))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("import_log.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_record_revision_record_id", "record_id", "revision"),)


class AuditLog(Base):
    """Back office: who changed what by hand. Append-only: rows are never updated or deleted."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(64))  # stable code, e.g. "record.corrected"
    subject: Mapped[str] = mapped_column(String(80))  # e.g. "consult:<id>"
    details: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_log_subject", "subject"),)


# --- Append-only, enforced --------------------------------------------------------------------
# Any UPDATE or DELETE of an audit entry that goes through SQLAlchemy (ORM unit of work, bulk
# statements, Core or text SQL) is refused before it reaches the database.

_CHANGES_AUDIT_LOG = re.compile(
    r"\s*(?:UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|REPLACE\s+INTO"
    r"|INSERT\s+OR\s+REPLACE\s+INTO)\s+(?:ONLY\s+)?(?:\w+\.)?[\"`\[]?audit_log\b",
    re.IGNORECASE,
)


def _refuse_audit_change(*_args: Any) -> None:
    raise StoreError("E_AUDIT_APPEND_ONLY", "audit entries are never changed or removed")


@event.listens_for(Engine, "before_cursor_execute")
def _guard_audit_log(
    _conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    if _CHANGES_AUDIT_LOG.match(statement):
        _refuse_audit_change()


event.listen(AuditLog, "before_update", _refuse_audit_change)
event.listen(AuditLog, "before_delete", _refuse_audit_change)
class ReportCell(Base):
    """Report counts per day, location and value of one dimension (migration 0004).

    A derived table: ``report_agg_repo`` computes it from the records of the days that
    triggers marked in ``report_dirty``. ``dim`` is a report key (``report_repo.KEYS`` minus
    periods and location) or ``*`` for the day's totals; ``value`` is the group key, ``None``
    where a consultation has none. The counts of a consultation are in exactly one
    (day, location) cell, so summing cells gives exact distinct counts. Rows with ``reduced``
    are what retention kept of purged records: never recomputed, always counted.
    """

    __tablename__ = "report_cell"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    location_code: Mapped[str] = mapped_column(String(64))
    dim: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(String(80), nullable=True)
    reduced: Mapped[bool] = mapped_column(Boolean, default=False)
    consultations: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    warm: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_report_cell_dim_day", "dim", "day"),
        Index("ix_report_cell_day", "day"),
    )


class ReportMonthCell(Base):
    """The report cells of a whole month added up (``month`` is its first day): what reports
    read for the whole months of a period, so a year is a few hundred rows per value."""

    __tablename__ = "report_month_cell"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    month: Mapped[date] = mapped_column(Date)
    location_code: Mapped[str] = mapped_column(String(64))
    dim: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(String(80), nullable=True)
    consultations: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    warm: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_report_month_cell_dim_month", "dim", "month"),)


class ReportCube(Base):
    """Report counts per day and combination of several consultation fields (migration 0005).

    Derived like :class:`ReportCell`, for reports on two or three fields: ``cube`` names a set of
    consultation-level keys (``report_agg_repo.CUBES``) and a row holds the counts of one
    combination of their values on one day; the columns of keys outside the cube stay ``None``.
    Those keys have one value per consultation, so every consultation is in exactly one row per
    cube and day, and rows add up to exact distinct counts. A cube of a pair of question-level
    keys (``report_agg_repo.PAIR_CUBES``) holds their values in ``value_a`` and ``value_b``;
    its rows add up over days only. ``reduced`` as in ``ReportCell``.
    """

    __tablename__ = "report_cube"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    cube: Mapped[str] = mapped_column(String(16))
    location_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    age_band: Mapped[str | None] = mapped_column(String(32), nullable=True)
    language: Mapped[str | None] = mapped_column(String(32), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    repeat_visit: Mapped[str | None] = mapped_column(String(32), nullable=True)
    found_via: Mapped[str | None] = mapped_column(String(32), nullable=True)
    duration_band: Mapped[str | None] = mapped_column(String(32), nullable=True)
    value_a: Mapped[str | None] = mapped_column(String(80), nullable=True)
    value_b: Mapped[str | None] = mapped_column(String(80), nullable=True)
    reduced: Mapped[bool] = mapped_column(Boolean, default=False)
    consultations: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    warm: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_report_cube_cube_day", "cube", "day"),
        Index("ix_report_cube_day", "day"),
    )


class ReportMonthCube(Base):
    """The cube rows of a whole month added up (``month`` is its first day)."""

    __tablename__ = "report_month_cube"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    month: Mapped[date] = mapped_column(Date)
    cube: Mapped[str] = mapped_column(String(16))
    location_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    age_band: Mapped[str | None] = mapped_column(String(32), nullable=True)
    language: Mapped[str | None] = mapped_column(String(32), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    repeat_visit: Mapped[str | None] = mapped_column(String(32), nullable=True)
    found_via: Mapped[str | None] = mapped_column(String(32), nullable=True)
    duration_band: Mapped[str | None] = mapped_column(String(32), nullable=True)
    value_a: Mapped[str | None] = mapped_column(String(80), nullable=True)
    value_b: Mapped[str | None] = mapped_column(String(80), nullable=True)
    consultations: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    warm: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_report_month_cube_cube_month", "cube", "month"),)


class ReportDirty(Base):
    """Days whose report cells must be recomputed; written by triggers (migration 0004)."""

    __tablename__ = "report_dirty"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_report_dirty_day", "day"),)
