"""Helpers for the sync tests: stores for a back office and a laptop, demo data, snapshots."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ido_desktop.app import Services, initialise
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from ido_desktop.services.demo_service import DemoService
from ido_desktop.sync import agecrypt, minisign

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


def copy_identity(source: Services, target: Services) -> None:
    """Give ``target`` the signing key and age identity of ``source``, sealed with its own key."""
    keys = target.keystore
    for sealed in (keys.secret_key_path, keys.age_identity_path):
        sealed.unlink(missing_ok=True)
    (keys.keys_dir / "ido.key").write_text(minisign.secret_key_text(source.keystore.secret_key()))
    keys.public_key_path.write_text(source.keystore.public_key().to_text())
    identity = agecrypt.identity_text(source.keystore.age_identity())
    (keys.keys_dir / "age-identity.txt").write_text(identity)
    keys.seal_plain_files()


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
