"""The schema revisions this program knows, so start-up need not load Alembic when current.

A test checks that these match the Alembic scripts in ``migrations/versions``.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0008")
HEAD_REVISION = KNOWN_REVISIONS[-1]
