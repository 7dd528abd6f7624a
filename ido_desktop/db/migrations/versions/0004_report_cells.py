"""Reports on a million consultations: pre-aggregated report cells kept current by triggers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

``report_cell`` holds the report counts per day, location and dimension value, and
``report_month_cell`` their sums per whole month;
``report_dirty`` lists the days whose cells must be recomputed. Triggers on every record table
add the day of each changed consultation to ``report_dirty``, so every write path (registration,
import, correction, demo data, retention) is covered without the write code knowing; the cells
are recomputed by ``report_agg_repo.refresh`` before a report is read. The upgrade marks every
day that holds consultations, so the first report after it computes all cells once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Per record table: how a changed row ``r`` leads to the consult day(s) it counts in.
# (table, day expression, joins from r)
_SOURCES: tuple[tuple[str, str, str], ...] = (
    ("consult", "r.consult_date", ""),
    ("vraag", "c.consult_date", "JOIN consult c ON c.id = r.consult_id"),
    *(
        (
            table,
            "c.consult_date",
            "JOIN vraag v ON v.id = r.vraag_id JOIN consult c ON c.id = v.consult_id",
        )
        for table in ("vraag_organisation", "vraag_help", "vraag_problem", "doorverwijzing")
    ),
    ("spreekuur", "c.consult_date", "JOIN consult c ON c.spreekuur_id = r.id"),
)
_EVENTS = (
    ("ins", "INSERT", ("NEW",)),
    ("upd", "UPDATE", ("OLD", "NEW")),
    ("del", "DELETE", ("OLD",)),
)
_NOT_MARKED = "NOT EXISTS (SELECT 1 FROM report_dirty d WHERE d.day = {day})"


# The same for SQLite's row triggers: ``{ref}`` is NEW or OLD.
_SQLITE_SOURCES: dict[str, str] = {
    "consult": "SELECT {ref}.consult_date AS day",
    "vraag": "SELECT c.consult_date AS day FROM consult c WHERE c.id = {ref}.consult_id",
    **{
        table: "SELECT c.consult_date AS day FROM vraag v JOIN consult c ON c.id = v.consult_id"
        " WHERE v.id = {ref}.vraag_id"
        for table in ("vraag_organisation", "vraag_help", "vraag_problem", "doorverwijzing")
    },
    "spreekuur": "SELECT DISTINCT c.consult_date AS day FROM consult c"
    " WHERE c.spreekuur_id = {ref}.id",
}


def _sqlite_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER) per table and event: row triggers reading NEW/OLD."""
    found = []
    for table, _day, _joins in _SOURCES:
        for short, event, refs in _EVENTS:
            if table == "spreekuur" and event == "INSERT":
                continue  # a new spreekuur has no consultations yet
            body = " ".join(
                "INSERT INTO report_dirty (day) SELECT m.day FROM ("
                + _SQLITE_SOURCES[table].format(ref=ref)
                + f") m WHERE m.day IS NOT NULL AND {_NOT_MARKED.format(day='m.day')};"
                for ref in refs
            )
            name = f"trg_report_dirty_{table}_{short}"
            found.append(
                (
                    name,
                    f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW BEGIN {body} END",
                )
            )
    return found


def _postgresql_triggers() -> list[tuple[str, str, str]]:
    """(name, table, CREATE ...) : statement triggers over transition tables, one per event.

    They add their days even when already marked: a day marked by a transaction that is
    refreshing at the same time could otherwise be cleared without this change in it.
    """
    found = []
    for table, day, joins in _SOURCES:
        for short, event, refs in _EVENTS:
            if table == "spreekuur" and event == "INSERT":
                continue
            name = f"trg_report_dirty_{table}_{short}"
            selects = " UNION ".join(
                f"SELECT {day} AS day FROM {ref.lower()}_rows r {joins}" for ref in refs
            )
            function = (
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"INSERT INTO report_dirty (day) SELECT DISTINCT m.day FROM ({selects}) m "
                "WHERE m.day IS NOT NULL; "
                "RETURN NULL; END $$"
            )
            referencing = " ".join(f"{ref} TABLE AS {ref.lower()}_rows" for ref in refs)
            trigger = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            )
            found.append((name, table, function + ";\n" + trigger))
    return found


def upgrade() -> None:
    op.create_table(
        "report_cell",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("location_code", sa.String(length=64), nullable=False),
        sa.Column("dim", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=80), nullable=True),
        sa.Column("reduced", sa.Boolean(), nullable=False),
        sa.Column("consultations", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("referred", sa.Integer(), nullable=False),
        sa.Column("warm", sa.Integer(), nullable=False),
        sa.Column("referrals", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_cell")),
    )
    with op.batch_alter_table("report_cell", schema=None) as batch_op:
        batch_op.create_index("ix_report_cell_dim_day", ["dim", "day"], unique=False)
        batch_op.create_index("ix_report_cell_day", ["day"], unique=False)
    op.create_table(
        "report_month_cell",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("location_code", sa.String(length=64), nullable=False),
        sa.Column("dim", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=80), nullable=True),
        sa.Column("consultations", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("referred", sa.Integer(), nullable=False),
        sa.Column("warm", sa.Integer(), nullable=False),
        sa.Column("referrals", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_month_cell")),
    )
    with op.batch_alter_table("report_month_cell", schema=None) as batch_op:
        batch_op.create_index("ix_report_month_cell_dim_month", ["dim", "month"], unique=False)
    op.create_table(
        "report_dirty",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_dirty")),
    )
    with op.batch_alter_table("report_dirty", schema=None) as batch_op:
        batch_op.create_index("ix_report_dirty_day", ["day"], unique=False)

    if op.get_context().dialect.name == "postgresql":
        for _name, _table, ddl in _postgresql_triggers():
            for statement in ddl.split(";\n"):
                op.execute(statement)
    else:
        for _name, ddl in _sqlite_triggers():
            op.execute(ddl)
    op.execute("INSERT INTO report_dirty (day) SELECT DISTINCT consult_date FROM consult")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for name, table, _ddl in _postgresql_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for name, _ddl in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("report_dirty", schema=None) as batch_op:
        batch_op.drop_index("ix_report_dirty_day")
    op.drop_table("report_dirty")
    with op.batch_alter_table("report_month_cell", schema=None) as batch_op:
        batch_op.drop_index("ix_report_month_cell_dim_month")
    op.drop_table("report_month_cell")
    with op.batch_alter_table("report_cell", schema=None) as batch_op:
        batch_op.drop_index("ix_report_cell_day")
        batch_op.drop_index("ix_report_cell_dim_day")
    op.drop_table("report_cell")
