"""Reports on several fields: report cubes per combination of consultation fields.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

``report_cube`` holds the report counts per day and combination of the values of a few
consultation-level fields (``report_agg_repo.CUBES``) or of a pair of question-level fields
(``report_agg_repo.PAIR_CUBES``, in ``value_a`` and ``value_b``), ``report_month_cube`` their
sums per whole month. They are derived like the report cells of 0004 and kept current by the same
mechanism: the triggers of 0004 mark changed days in ``report_dirty`` and
``report_agg_repo.refresh`` recomputes cells and cubes of those days. No new triggers. The
upgrade marks every day that holds consultations, so the first report after it computes cells
and cubes once; days that retention reduced keep their cells and get no cubes (their records
are gone), and reports refuse or fall back as before for them.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_KEYS = ("age_band", "language", "channel", "repeat_visit", "found_via", "duration_band")
_COUNTS = ("consultations", "questions", "referred", "warm", "referrals")


def _columns(period: str, reduced: bool) -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(period, sa.Date(), nullable=False),
        sa.Column("cube", sa.String(length=16), nullable=False),
        sa.Column("location_code", sa.String(length=64), nullable=True),
        *(sa.Column(key, sa.String(length=32), nullable=True) for key in _KEYS),
        sa.Column("value_a", sa.String(length=80), nullable=True),
        sa.Column("value_b", sa.String(length=80), nullable=True),
        *([sa.Column("reduced", sa.Boolean(), nullable=False)] if reduced else []),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _COUNTS),
    ]


def upgrade() -> None:
    op.create_table(
        "report_cube",
        *_columns("day", reduced=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_cube")),
    )
    with op.batch_alter_table("report_cube", schema=None) as batch_op:
        batch_op.create_index("ix_report_cube_cube_day", ["cube", "day"], unique=False)
        batch_op.create_index("ix_report_cube_day", ["day"], unique=False)
    op.create_table(
        "report_month_cube",
        *_columns("month", reduced=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_month_cube")),
    )
    with op.batch_alter_table("report_month_cube", schema=None) as batch_op:
        batch_op.create_index("ix_report_month_cube_cube_month", ["cube", "month"], unique=False)
    op.execute(
        "INSERT INTO report_dirty (day) SELECT DISTINCT c.consult_date FROM consult c"
        " WHERE NOT EXISTS (SELECT 1 FROM report_dirty d WHERE d.day = c.consult_date)"
    )


def downgrade() -> None:
    with op.batch_alter_table("report_month_cube", schema=None) as batch_op:
        batch_op.drop_index("ix_report_month_cube_cube_month")
    op.drop_table("report_month_cube")
    with op.batch_alter_table("report_cube", schema=None) as batch_op:
        batch_op.drop_index("ix_report_cube_day")
        batch_op.drop_index("ix_report_cube_cube_day")
    op.drop_table("report_cube")
