"""Helpers for the sync tests: stores for a back office and a laptop, demo data, snapshots."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ido_desktop.app import Services, initialise
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from ido_desktop.services.demo_service import DemoService

RECORD_TABLES = (
    "spreekuur",
    "consult",
    "vraag",
    "doorverwijzing",
    "vraag_organisation",
    "vraag_help",
    "vraag_problem",
)


def make(tmp_path: Path, name: str, role: Role, database_url: str | None = None) -> Services:
    """A new install under ``tmp_path/name``; its store in ``database_url`` when given."""
    return initialise(DataPaths(tmp_path / name), role, name, database_url)


def demo(services: Services, n: int, seed: int = 1) -> None:
    DemoService(services.store.session_factory, services.clock, services.device.device_id).generate(
        n, services.reference.catalog(), seed=seed
    )


def snapshot(services: Services) -> dict[str, list]:
    """Every record row, to prove a refusal changed nothing."""
    with services.store.engine.connect() as conn:
        return {
            t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}"))))  # noqa: S608
            for t in RECORD_TABLES
        }


def counts(services: Services) -> tuple[int, int, int]:
    stats = services.stats.stats()
    return stats.consultations, stats.questions, stats.referrals
