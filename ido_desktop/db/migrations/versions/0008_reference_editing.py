"""Reference data maintained in the back office: shipped baseline, configuration history.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01

- ``reference_item.shipped``: the item as the program last shipped it (None for items the back
  office made or a laptop received in a configuration). A program update takes a shipped change
  only in the fields the back office left as shipped (a three-way merge per field).
- ``reference_version.shipped_version``: the version of the shipped file last merged.
- ``config_issue``: every configuration file the back office wrote, with the reference data it
  carried, so it can show what a laptop on an older version has not received yet.
- ``enrolled_device.config_version``: the configuration version a laptop reported in its last
  sync file (sync format version 2).

Until now reference data was only ever taken from the shipped files (or, on a laptop, from a
configuration file), so every stored item starts with itself as its shipped baseline.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reference_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shipped", sa.JSON(), nullable=True))
    with op.batch_alter_table("reference_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shipped_version", sa.Integer(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("enrolled_device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("config_version", sa.Integer(), nullable=True))
    op.create_table(
        "config_issue",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reference", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_config_issue")),
    )
    op.execute("UPDATE reference_item SET shipped = data")
    op.execute("UPDATE reference_version SET shipped_version = version")


def downgrade() -> None:
    op.drop_table("config_issue")
    with op.batch_alter_table("enrolled_device", schema=None) as batch_op:
        batch_op.drop_column("config_version")
    with op.batch_alter_table("reference_version", schema=None) as batch_op:
        batch_op.drop_column("shipped_version")
    with op.batch_alter_table("reference_item", schema=None) as batch_op:
        batch_op.drop_column("shipped")
