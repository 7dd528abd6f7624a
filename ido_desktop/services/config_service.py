"""Back office: "Configuratie voor laptops": what a new configuration file would bring, and to
which laptops.

Every configuration file written is kept with the reference lists it carried (``config_issue``,
migration 0008). Laptops report the configuration version they run in their sync files
(format version 2), so the back office can say, per laptop, what changed since its version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import enrolled_repo, reference_repo
from ido_desktop.domain.reference_diff import KindDiff, diff_blocks, reference_block
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.services.reference_service import ReferenceService


@dataclass(frozen=True)
class LaptopConfig:
    """One enrolled laptop and the configuration it runs."""

    key_id: str
    name: str
    config_version: int | None  # None: no sync file of format version 2 yet
    latest: int  # the newest configuration written (0: none yet)
    revoked: bool
    changes: tuple[KindDiff, ...] | None  # since its version; None when not known

    @property
    def outdated(self) -> bool:
        return self.config_version is not None and self.config_version < self.latest


@dataclass(frozen=True)
class ConfigOverview:
    latest: int
    pending: tuple[KindDiff, ...]  # changed since the newest file (what a new file adds)
    laptops: tuple[LaptopConfig, ...]


class ConfigService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        reference: ReferenceService,
        pairing: PairingService,
    ) -> None:
        self._session_factory = session_factory
        self._reference = reference
        self._pairing = pairing

    def overview(self) -> ConfigOverview:
        current = reference_block(self._reference.catalog())
        with self._session_factory() as session:
            last = reference_repo.last_config_issue(session)
            latest = last.version if last else 0
            pending = tuple(diff_blocks(last.reference, current)) if last else ()
            snapshots: dict[int, tuple[KindDiff, ...] | None] = {}
            laptops = []
            for device in enrolled_repo.all_devices(session):
                version = device.config_version
                if version is not None and version not in snapshots:
                    issue = reference_repo.config_issue(session, version)
                    snapshots[version] = (
                        tuple(diff_blocks(issue.reference, current)) if issue else None
                    )
                laptops.append(
                    LaptopConfig(
                        key_id=device.key_id,
                        name=device.name,
                        config_version=version,
                        latest=latest,
                        revoked=device.revoked_at is not None,
                        changes=snapshots.get(version) if version is not None else None,
                    )
                )
        return ConfigOverview(latest, pending, tuple(laptops))

    def write(self, out: Path, escrow_recipient: str | None = None) -> Path:
        """Write the signed configuration file with the current lists (as ``pair --out``)."""
        return self._pairing.write_config_file(out, escrow_recipient)


def summary_counts(diffs: Sequence[KindDiff]) -> dict[str, dict[str, int]]:
    """kind -> added/changed/retired/restored counts, for the audit log and the command line."""
    return {d.kind: d.counts() for d in diffs}
