"""Sync state: device keys, enrolled laptops, export and import logs, conflicts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrolled_device",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("held_through_clock", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_enrolled_device")),
        sa.UniqueConstraint("device_id", name=op.f("uq_enrolled_device_device_id")),
    )
    op.create_table(
        "export_log",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("from_clock", sa.BigInteger(), nullable=False),
        sa.Column("to_clock", sa.BigInteger(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_export_log")),
    )
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("error_code", sa.String(length=64), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("from_clock", sa.BigInteger(), nullable=True),
        sa.Column("to_clock", sa.BigInteger(), nullable=True),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("quarantine_path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_log")),
    )
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.create_index("ix_import_log_device_id", ["device_id", "sequence"], unique=False)
        batch_op.create_index("ix_import_log_file_sha256", ["file_sha256"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("stored", sa.JSON(), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_log.id"], name=op.f("fk_conflict_import_id_import_log")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index("ix_conflict_record_id", ["record_id"], unique=False)

    with op.batch_alter_table("consult", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consult_device_clock", ["device_id", "updated_clock"], unique=False
        )

    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("public_key", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("last_sequence", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("held_through_clock", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("last_receipt_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.create_index(
            "ix_doorverwijzing_device_clock", ["device_id", "updated_clock"], unique=False
        )

    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.create_index(
            "ix_spreekuur_device_clock", ["device_id", "updated_clock"], unique=False
        )

    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_device_clock", ["device_id", "updated_clock"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_device_clock")

    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.drop_index("ix_spreekuur_device_clock")

    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.drop_index("ix_doorverwijzing_device_clock")

    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("last_receipt_at")
        batch_op.drop_column("held_through_clock")
        batch_op.drop_column("last_sequence")
        batch_op.drop_column("public_key")
        batch_op.drop_column("key_id")

    with op.batch_alter_table("consult", schema=None) as batch_op:
        batch_op.drop_index("ix_consult_device_clock")

    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_conflict_record_id")

    op.drop_table("conflict")
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_index("ix_import_log_file_sha256")
        batch_op.drop_index("ix_import_log_device_id")

    op.drop_table("import_log")
    op.drop_table("export_log")
    op.drop_table("enrolled_device")
