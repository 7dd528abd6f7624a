"""Records browser: revision history, audit log, indexes for the filters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Only new tables and indexes: no existing row changes. Revisions applied before this migration
have no history rows (their sources were not recorded).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_subject", ["subject"], unique=False)

    op.create_table(
        "record_revision",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_log.id"], name=op.f("fk_record_revision_import_id_import_log")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_revision")),
    )
    with op.batch_alter_table("record_revision", schema=None) as batch_op:
        batch_op.create_index(
            "ix_record_revision_record_id", ["record_id", "revision"], unique=False
        )

    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.create_index("ix_doorverwijzing_category_code", ["category_code"], unique=False)
        batch_op.create_index("ix_doorverwijzing_warmth", ["warmth"], unique=False)

    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.create_index("ix_spreekuur_location_code", ["location_code"], unique=False)

    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_result", ["result"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_result")

    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.drop_index("ix_spreekuur_location_code")

    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.drop_index("ix_doorverwijzing_warmth")
        batch_op.drop_index("ix_doorverwijzing_category_code")

    with op.batch_alter_table("record_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_record_revision_record_id")

    op.drop_table("record_revision")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_subject")

    op.drop_table("audit_log")
