"""Pairing and configuration files: the back office writes them, a laptop pins and applies them.

The first file a laptop applies pins the back-office signing key (its fingerprint is shown to
confirm); later files are accepted only when signed by that key and newer than the last one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import audit_repo, reference_repo, settings_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference import REFERENCE_KINDS
from ido_desktop.domain.reference_diff import KindDiff, diff_blocks, reference_block
from ido_desktop.domain.sync_model import PairingOffer
from ido_desktop.services.clock import Clock
from ido_desktop.services.keystore import KeyStore
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.sync import agecrypt, minisign, pairing
from ido_desktop.sync.atomic import export_error
from ido_desktop.sync.container import read_bounded
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.syncfile import write_sync_file

PINNED_KEY = "backoffice_public_key"
BACKOFFICE_NAME = "backoffice_name"
RECIPIENTS = "recipients"
CONFIG_VERSION = "config_version"
ISSUED_VERSION = "issued_config_version"
MAX_CONFIG_CANDIDATES = 20  # configuration files looked at on one stick


class PairingService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        keystore: KeyStore,
        reference: ReferenceService,
        device_name: str,
        clock: Clock,
        on_paired: Callable[[str], None] | None = None,
    ) -> None:
        self._on_paired = on_paired  # gets the back office's age recipient (recovery slot)
        self._session_factory = session_factory
        self._keystore = keystore
        self._reference = reference
        self._device_name = device_name
        self._clock = clock

    # --- back office ----------------------------------------------------------------------

    def write_config_file(self, out: Path, escrow_recipient: str | None = None) -> Path:
        """Write a signed pairing/configuration file with keys, recipients and reference data.

        The new configuration version and an audit entry are committed once the file is
        written.
        """
        recipients = [self._keystore.age_recipient()]
        if escrow_recipient:
            recipients.append(agecrypt.parse_recipient(escrow_recipient.strip()))
        with self._session_factory.begin() as session:
            version = int(settings_repo.get(session, ISSUED_VERSION, "0") or 0) + 1
            settings_repo.put(session, ISSUED_VERSION, str(version))
            reference = reference_block(reference_repo.load_catalog(session))
            previous = reference_repo.last_config_issue(session)
            changes = diff_blocks(previous.reference, reference) if previous else []
            reference_repo.add_config_issue(session, version, self._clock.now(), reference)
            data = pairing.build_config(
                {
                    "config_version": version,
                    "backoffice_name": self._device_name,
                    "recipients": recipients,
                    "reference": reference,
                },
                self._keystore.secret_key(),
            )
            # Written inside the transaction: a file that cannot be written leaves neither a
            # used version number nor an audit entry behind.
            out = Path(out)
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise export_error(exc, out) from None
            written = write_sync_file(out.parent, out.name, data)
            audit_repo.add(
                session,
                None,
                AuditAction.PAIRING_WRITTEN,
                f"pairing:{version}",
                {
                    "config_version": version,
                    "file": written.name,  # no folder: it may hold a user name
                    "escrow_recipient": bool(escrow_recipient),
                    "reference_versions": {k: v["version"] for k, v in reference.items()},
                    "changes_since_previous": {d.kind: d.counts() for d in changes},
                },
                self._clock.now(),
            )
        return written

    # --- laptop ---------------------------------------------------------------------------

    def issued_version(self) -> int:
        """Back office: the newest configuration version written (0: none yet)."""
        with self._session_factory() as session:
            return int(settings_repo.get(session, ISSUED_VERSION, "0") or 0)

    def inspect(self, path: Path) -> PairingOffer:
        """Read and verify a configuration file without applying it."""
        config, first = self._read(path)
        public = minisign.read_public_key(config["backoffice_public_key"])
        return PairingOffer(
            backoffice_name=config["backoffice_name"],
            key_id=public.key_id_hex,
            fingerprint=public.fingerprint,
            config_version=config["config_version"],
            first_pairing=first,
            reference_kinds=len(config["reference"]),
        )

    def apply(self, path: Path) -> PairingOffer:
        """Pin the back-office key (first time) and apply recipients and reference data."""
        config, _first = self._read(path)
        offer = self.inspect(path)
        with self._session_factory.begin() as session:
            current = int(settings_repo.get(session, CONFIG_VERSION, "0") or 0)
            if config["config_version"] <= current:
                raise SyncError("E_CONFIG_OLDER", current=current, offered=config["config_version"])
            settings_repo.put(session, PINNED_KEY, config["backoffice_public_key"])
            settings_repo.put(session, BACKOFFICE_NAME, config["backoffice_name"])
            settings_repo.put(session, RECIPIENTS, json.dumps(config["recipients"]))
            settings_repo.put(session, CONFIG_VERSION, str(config["config_version"]))
            # The back office's lists, as they are: the configuration version orders them, so
            # a kind is replaced even when the laptop's shipped list had a higher number. Codes
            # no longer in a list stay as retired (old records keep resolving).
            for kind, block in config["reference"].items():
                if kind in REFERENCE_KINDS:
                    reference_repo.replace_kind(session, kind, block["version"], block["items"])
        self._reference.forget_catalog()
        if self._on_paired is not None:
            self._on_paired(config["recipients"][0])
        return offer

    def find_update(self, folder: Path) -> tuple[Path, PairingOffer] | None:
        """Laptop: the newest configuration file in ``folder`` (a stick) that is signed by the
        pinned back office and newer than the one it runs; None when there is none.

        A laptop not paired yet is offered nothing here: first pairing shows the fingerprint.
        Files that are damaged, foreign or older are passed over.
        """
        if self.pinned_key() is None:
            return None
        current = self.config_version()
        best: tuple[Path, PairingOffer] | None = None
        try:
            candidates = sorted(Path(folder).glob("*.idopair"))[:MAX_CONFIG_CANDIDATES]
        except OSError:
            return None
        for path in candidates:
            try:
                offer = self.inspect(path)
            except SyncError:
                continue
            if offer.config_version > current and (
                best is None or offer.config_version > best[1].config_version
            ):
                best = (path, offer)
        return best

    def changes_in(self, path: Path) -> list[KindDiff]:
        """Laptop: what applying a configuration file would change in its lists."""
        config, _first = self._read(path)
        with self._session_factory() as session:
            current = reference_block(reference_repo.load_catalog(session))
        return diff_blocks(current, config["reference"])

    def pinned_key(self) -> minisign.PublicKey | None:
        with self._session_factory() as session:
            text = settings_repo.get(session, PINNED_KEY)
        return minisign.read_public_key(text) if text else None

    def recipients(self) -> list[str]:
        with self._session_factory() as session:
            text = settings_repo.get(session, RECIPIENTS)
        if not text:
            raise StateError("E_NOT_PAIRED")
        return list(json.loads(text))

    def config_version(self) -> int:
        """Laptop: the version of the configuration it runs (0 before the first one)."""
        with self._session_factory() as session:
            return int(settings_repo.get(session, CONFIG_VERSION, "0") or 0)

    def backoffice_name(self) -> str | None:
        with self._session_factory() as session:
            return settings_repo.get(session, BACKOFFICE_NAME)

    def _read(self, path: Path) -> tuple[dict[str, Any], bool]:
        data = read_bounded(Path(path), pairing.MAX_CONFIG_FILE_SIZE, pairing.PREFIX)
        pinned = self.pinned_key()
        return pairing.read_config(data, pinned), pinned is None
