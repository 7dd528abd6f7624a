"""Initial schema: device, settings, reference data, spreekuur, consult, vraag, doorverwijzing.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("clock", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_table(
        "reference_item",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "code", name=op.f("pk_reference_item")),
    )
    op.create_table(
        "reference_version",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_reference_version")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "spreekuur",
        sa.Column("location_code", sa.String(length=64), nullable=False),
        sa.Column("staff_code", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_clock", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spreekuur")),
    )
    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.create_index("ix_spreekuur_started_at", ["started_at"], unique=False)

    op.create_table(
        "consult",
        sa.Column("spreekuur_id", sa.String(length=36), nullable=False),
        sa.Column("consult_date", sa.Date(), nullable=False),
        sa.Column("part_of_day", sa.String(length=8), nullable=False),
        sa.Column("duration_band", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("found_via", sa.String(length=32), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("repeat_visit", sa.String(length=8), nullable=False),
        sa.Column("on_behalf_consent", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_clock", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["spreekuur_id"], ["spreekuur.id"], name=op.f("fk_consult_spreekuur_id_spreekuur")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult")),
    )
    with op.batch_alter_table("consult", schema=None) as batch_op:
        batch_op.create_index("ix_consult_consult_date", ["consult_date"], unique=False)
        batch_op.create_index("ix_consult_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_consult_spreekuur_id", ["spreekuur_id"], unique=False)

    op.create_table(
        "vraag",
        sa.Column("consult_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("digid_detail", sa.String(length=64), nullable=True),
        sa.Column("result", sa.String(length=32), nullable=False),
        sa.Column("signal_kind", sa.String(length=64), nullable=True),
        sa.Column("signal_organisation", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_clock", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consult_id"], ["consult.id"], name=op.f("fk_vraag_consult_id_consult")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vraag")),
    )
    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_consult_id", ["consult_id"], unique=False)
        batch_op.create_index("ix_vraag_topic", ["topic"], unique=False)

    op.create_table(
        "doorverwijzing",
        sa.Column("vraag_id", sa.String(length=36), nullable=False),
        sa.Column("partner_code", sa.String(length=64), nullable=True),
        sa.Column("category_code", sa.String(length=64), nullable=True),
        sa.Column("course_code", sa.String(length=64), nullable=True),
        sa.Column("warmth", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_clock", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vraag_id"], ["vraag.id"], name=op.f("fk_doorverwijzing_vraag_id_vraag")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doorverwijzing")),
    )
    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.create_index("ix_doorverwijzing_vraag_id", ["vraag_id"], unique=False)

    op.create_table(
        "vraag_help",
        sa.Column("vraag_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["vraag_id"],
            ["vraag.id"],
            name=op.f("fk_vraag_help_vraag_id_vraag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("vraag_id", "code", name=op.f("pk_vraag_help")),
    )
    with op.batch_alter_table("vraag_help", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_help_code", ["code"], unique=False)

    op.create_table(
        "vraag_organisation",
        sa.Column("vraag_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vraag_id"],
            ["vraag.id"],
            name=op.f("fk_vraag_organisation_vraag_id_vraag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("vraag_id", "code", name=op.f("pk_vraag_organisation")),
    )
    with op.batch_alter_table("vraag_organisation", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_organisation_code", ["code"], unique=False)

    op.create_table(
        "vraag_problem",
        sa.Column("vraag_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["vraag_id"],
            ["vraag.id"],
            name=op.f("fk_vraag_problem_vraag_id_vraag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("vraag_id", "code", name=op.f("pk_vraag_problem")),
    )
    with op.batch_alter_table("vraag_problem", schema=None) as batch_op:
        batch_op.create_index("ix_vraag_problem_code", ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vraag_problem", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_problem_code")

    op.drop_table("vraag_problem")
    with op.batch_alter_table("vraag_organisation", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_organisation_code")

    op.drop_table("vraag_organisation")
    with op.batch_alter_table("vraag_help", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_help_code")

    op.drop_table("vraag_help")
    with op.batch_alter_table("doorverwijzing", schema=None) as batch_op:
        batch_op.drop_index("ix_doorverwijzing_vraag_id")

    op.drop_table("doorverwijzing")
    with op.batch_alter_table("vraag", schema=None) as batch_op:
        batch_op.drop_index("ix_vraag_topic")
        batch_op.drop_index("ix_vraag_consult_id")

    op.drop_table("vraag")
    with op.batch_alter_table("consult", schema=None) as batch_op:
        batch_op.drop_index("ix_consult_spreekuur_id")
        batch_op.drop_index("ix_consult_created_at")
        batch_op.drop_index("ix_consult_consult_date")

    op.drop_table("consult")
    with op.batch_alter_table("spreekuur", schema=None) as batch_op:
        batch_op.drop_index("ix_spreekuur_started_at")

    op.drop_table("spreekuur")
    op.drop_table("setting")
    op.drop_table("reference_version")
    op.drop_table("reference_item")
    op.drop_table("device")
