"""Composition root: builds the store and the services, and (lazily) the GUI.

Qt is imported only inside ``run_gui`` so the command line starts without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ido_desktop.db import backups, encryption, keyfile
from ido_desktop.db.store import Store, open_store
from ido_desktop.domain.errors import StateError, StoreError
from ido_desktop.domain.model import DeviceInfo
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import REFERENCE_DIR, DataPaths
from ido_desktop.services.backup_service import BackupService
from ido_desktop.services.clock import Clock, SystemClock
from ido_desktop.services.consult_service import ConsultService
from ido_desktop.services.device_service import DeviceService
from ido_desktop.services.enrolment_service import EnrolmentService
from ido_desktop.services.export_service import ExportService
from ido_desktop.services.import_service import ImportService
from ido_desktop.services.keystore import KeyStore
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.services.receipt_service import ReceiptService
from ido_desktop.services.records_service import RecordsService
from ido_desktop.services.reference_admin import ReferenceAdminService
from ido_desktop.services.reference_import import ReferenceImportService
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.services.report_service import ReportService
from ido_desktop.services.settings_service import SettingsService
from ido_desktop.services.signals_service import SignalsService
from ido_desktop.services.spreekuur_service import SpreekuurService
from ido_desktop.services.stats_service import StatsService
from ido_desktop.services.vault import PASSPHRASE_ENV, PendingKey, Vault


@dataclass
class Services:
    """Everything built at start-up. Widgets get only the parts they use."""

    paths: DataPaths
    store: Store
    clock: Clock
    device: DeviceInfo
    reference: ReferenceService
    reference_admin: ReferenceAdminService  # back office: the editors
    reference_sheets: ReferenceImportService  # spreadsheets of the lists
    settings: SettingsService
    spreekuren: SpreekuurService
    consults: ConsultService
    stats: StatsService
    keystore: KeyStore
    pairing: PairingService
    exports: ExportService
    receipts: ReceiptService
    imports: ImportService
    enrolment: EnrolmentService
    records: RecordsService
    reports: ReportService
    signals: SignalsService
    vault: Vault
    backups: BackupService

    def close(self) -> None:
        self.store.dispose()

    def lock(self) -> None:
        """Close the database and forget the key; every use until ``unlock`` is refused."""
        self.store.lock()
        self.keystore.forget()

    def unlock(self, passphrase: str, pending: PendingKey | None = None) -> None:
        """Raises StoreError E_PASSPHRASE_WRONG; nothing changes then. ``pending``: the key of
        ``passphrase``, already being unwrapped (``Vault.unlock_in_background``)."""
        key = pending.key() if pending is not None else self.vault.unlock(passphrase)
        self.store.unlock(key)
        self.keystore.remember(key)

    def reset_passphrase(self, code: str, new: str) -> None:
        """A new passphrase with the back office's recovery code; unlocks as well."""
        key = self.vault.reset_with_recovery_code(code, new)
        self.store.unlock(key)
        self.keystore.remember(key)

    @property
    def locked(self) -> bool:
        return self.store.locked


def passphrase_from_environment() -> str:
    """The passphrase in IDO_PASSPHRASE (automation and tests), or E_PASSPHRASE_REQUIRED."""
    value = os.environ.get(PASSPHRASE_ENV)
    if not value:
        raise StoreError("E_PASSPHRASE_REQUIRED")
    return value


def _store_url(paths: DataPaths, database_url: str | None) -> str:
    return database_url or paths.database_url


def initialise(
    paths: DataPaths,
    role: Role,
    name: str,
    database_url: str | None = None,
    clock: Clock | None = None,
    passphrase: str | None = None,
) -> Services:
    """Create a new store with this install's identity, its key and the shipped reference data.

    Without ``passphrase`` it comes from IDO_PASSPHRASE.
    """
    passphrase = passphrase if passphrase is not None else passphrase_from_environment()
    keyfile.check_passphrase_strength(passphrase)
    if (database_url is None and paths.database.exists()) or paths.keyfile.exists():
        raise StoreError("E_STORE_EXISTS")
    paths.ensure()
    vault = Vault(paths.keyfile)
    key = vault.create(passphrase)
    url = _store_url(paths, database_url)
    try:
        store = open_store(url, key=_sqlite_key(url, key), create=True, backup_dir=paths.backups)
    except BaseException:
        paths.keyfile.unlink(missing_ok=True)  # nothing was made: init may simply be run again
        raise
    clock = clock or SystemClock()
    try:
        devices = DeviceService(store.session_factory, clock)
        devices.create_local(role, name)
        public = KeyStore(paths.keys, key).ensure(role)
        devices.record_key(public.key_id_hex, public.to_text())
    except BaseException:
        store.dispose()
        raise
    return _build(paths, store, clock, vault, key)


def needs_new_passphrase(paths: DataPaths) -> bool:
    """True for a store from before encryption: its first start sets the passphrase."""
    return not paths.keyfile.exists()


def unlock_key(
    paths: DataPaths,
    database_url: str | None,
    passphrase: str,
    pending: PendingKey | None = None,
) -> bytes:
    """The store key for ``passphrase`` (from ``pending`` when it is already being unwrapped);
    a store from before encryption is encrypted now.

    Raises:
        StoreError: E_PASSPHRASE_WRONG, E_PASSPHRASE_TOO_SHORT, E_KEYFILE_INVALID,
            E_ENCRYPTION_FAILED.
    """
    vault = Vault(paths.keyfile)
    if pending is not None and pending.passphrase == passphrase:
        key = pending.key()
    else:
        key = vault.unlock(passphrase) if vault.exists() else vault.create(passphrase)
    if database_url is None and encryption.is_plain_sqlite(paths.database):
        encryption.encrypt_store(paths.database, key, paths.backups)
    KeyStore(paths.keys, key).seal_plain_files()
    return key


def open_services(
    paths: DataPaths,
    database_url: str | None = None,
    clock: Clock | None = None,
    passphrase: str | None = None,
    pending: PendingKey | None = None,
) -> Services:
    """Unlock and open an existing store (upgrading it after a backup) and build the services.

    Without ``passphrase`` it comes from IDO_PASSPHRASE. ``pending``: its key, already being
    unwrapped (``Vault.unlock_in_background``). Takes the day's first backup.
    """
    if database_url is None and not paths.database.exists():
        raise StoreError("E_STORE_NOT_INITIALISED", path=str(paths.root))
    passphrase = passphrase if passphrase is not None else passphrase_from_environment()
    key = unlock_key(paths, database_url, passphrase, pending)
    url = _store_url(paths, database_url)
    store = open_store(url, key=_sqlite_key(url, key), backup_dir=paths.backups)
    try:
        if store.engine.dialect.name == "sqlite" and backups.daily_due(paths.backups):
            backups.backup(store.engine, paths.backups, "daily", store.key)
        services = _build(paths, store, clock or SystemClock(), Vault(paths.keyfile), key)
        _ensure_recovery(services)
        return services
    except BaseException:
        store.dispose()
        raise


def _sqlite_key(url: str, key: bytes) -> bytes | None:
    return key if url.startswith("sqlite") else None  # PostgreSQL: the server's own protection


def _ensure_recovery(services: Services) -> None:
    """A laptop paired before encryption gets its recovery slot on the next start."""
    if services.device.role is Role.FIELD and not services.vault.has_recovery():
        try:
            recipient = services.pairing.recipients()[0]
        except StateError:
            return  # not paired yet: pairing adds the slot
        services.vault.set_recovery(services.keystore.store_key(), recipient)


def _build(paths: DataPaths, store: Store, clock: Clock, vault: Vault, key: bytes) -> Services:
    factory = store.session_factory
    device = DeviceService(factory, clock).local()
    reference = ReferenceService(factory, REFERENCE_DIR, device.role, clock)
    reference.update_from_files()
    keystore = KeyStore(paths.keys, key)

    def add_recovery(recipient: str) -> None:
        vault.set_recovery(keystore.store_key(), recipient)

    pairing = PairingService(factory, keystore, reference, device.name, clock, add_recovery)
    return Services(
        paths=paths,
        store=store,
        clock=clock,
        device=device,
        reference=reference,
        reference_admin=ReferenceAdminService(factory, reference, clock),
        reference_sheets=ReferenceImportService(factory, reference, clock),
        settings=SettingsService(factory),
        spreekuren=SpreekuurService(factory, clock, device.device_id),
        consults=ConsultService(
            factory, clock, device.device_id, keep_history=device.role is Role.BACKOFFICE
        ),
        stats=StatsService(factory),
        keystore=keystore,
        pairing=pairing,
        exports=ExportService(factory, keystore, pairing, device.device_id, device.name, clock),
        receipts=ReceiptService(factory, pairing, device.device_id, clock),
        imports=ImportService(factory, keystore, paths.quarantine, clock),
        enrolment=EnrolmentService(factory, clock),
        records=RecordsService(factory, clock, device.device_id, reference),
        reports=ReportService(factory, reference.catalog),
        signals=SignalsService(factory, reference.catalog, device.name),
        vault=vault,
        backups=BackupService(store, paths.backups),
    )


def run_gui(
    paths: DataPaths,
    database_url: str | None,
    passphrase: str | None,
    argv: list[str],
    smoke: bool = False,
    started: float = 0.0,
    pending: PendingKey | None = None,
) -> int:
    """Start the desktop program (at its unlock screen without ``passphrase``); with ``smoke``,
    quit once the main window shows its data. ``pending``: the key of ``passphrase``, already
    being unwrapped."""
    from ido_desktop.ui.application import run

    return run(paths, database_url, passphrase, argv, smoke=smoke, started=started, pending=pending)
