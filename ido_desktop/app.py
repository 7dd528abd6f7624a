"""Composition root: opens the store and builds the services.

Qt is never imported here (the program starts in ``ui/application.py``). A service is built
(and its modules imported) the first time it is used: a laptop's start never loads the back
office's, the sync's or the backups' code (docs/performance.md).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from ido_desktop.db import encryption, keyfile
from ido_desktop.db.store import Store, open_store
from ido_desktop.domain.errors import StateError, StoreError
from ido_desktop.domain.model import DeviceInfo
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import REFERENCE_DIR, DataPaths
from ido_desktop.services.clock import Clock, SystemClock
from ido_desktop.services.device_service import DeviceService
from ido_desktop.services.keystore import KeyStore
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.services.vault import PASSPHRASE_ENV, PendingKey, Vault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ido_desktop.services.backup_service import BackupService
    from ido_desktop.services.consult_service import ConsultService
    from ido_desktop.services.enrolment_service import EnrolmentService
    from ido_desktop.services.export_service import ExportService
    from ido_desktop.services.import_service import ImportService
    from ido_desktop.services.pairing_service import PairingService
    from ido_desktop.services.receipt_service import ReceiptService
    from ido_desktop.services.records_service import RecordsService
    from ido_desktop.services.reference_admin import ReferenceAdminService
    from ido_desktop.services.reference_import import ReferenceImportService
    from ido_desktop.services.report_service import ReportService
    from ido_desktop.services.settings_service import SettingsService
    from ido_desktop.services.signals_service import SignalsService
    from ido_desktop.services.spreekuur_service import SpreekuurService
    from ido_desktop.services.stats_service import StatsService


class Services:
    """Everything a started program uses. Widgets get only the parts they use.

    ``device``, ``reference``, ``keystore`` and ``vault`` are built when the store opens; every
    other service on first use.
    """

    def __init__(
        self,
        paths: DataPaths,
        store: Store,
        clock: Clock,
        device: DeviceInfo,
        reference: ReferenceService,
        keystore: KeyStore,
        vault: Vault,
    ) -> None:
        self.paths = paths
        self.store = store
        self.clock = clock
        self.device = device
        self.reference = reference
        self.keystore = keystore
        self.vault = vault

    @property
    def _factory(self) -> sessionmaker[Session]:
        return self.store.session_factory

    @cached_property
    def reference_admin(self) -> ReferenceAdminService:
        """Back office: the reference-data editors."""
        from ido_desktop.services.reference_admin import ReferenceAdminService

        return ReferenceAdminService(self._factory, self.reference, self.clock)

    @cached_property
    def reference_sheets(self) -> ReferenceImportService:
        """Spreadsheets of the reference lists."""
        from ido_desktop.services.reference_import import ReferenceImportService

        return ReferenceImportService(self._factory, self.reference, self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        from ido_desktop.services.settings_service import SettingsService

        return SettingsService(self._factory)

    @cached_property
    def spreekuren(self) -> SpreekuurService:
        from ido_desktop.services.spreekuur_service import SpreekuurService

        return SpreekuurService(self._factory, self.clock, self.device.device_id)

    @cached_property
    def consults(self) -> ConsultService:
        from ido_desktop.services.consult_service import ConsultService

        keep_history = self.device.role is Role.BACKOFFICE
        return ConsultService(
            self._factory, self.clock, self.device.device_id, keep_history=keep_history
        )

    @cached_property
    def stats(self) -> StatsService:
        from ido_desktop.services.stats_service import StatsService

        return StatsService(self._factory)

    @cached_property
    def pairing(self) -> PairingService:
        from ido_desktop.services.pairing_service import PairingService

        def add_recovery(recipient: str) -> None:
            self.vault.set_recovery(self.keystore.store_key(), recipient)

        return PairingService(
            self._factory, self.keystore, self.reference, self.device.name, self.clock, add_recovery
        )

    @cached_property
    def exports(self) -> ExportService:
        from ido_desktop.services.export_service import ExportService

        device = self.device
        return ExportService(
            self._factory, self.keystore, self.pairing, device.device_id, device.name, self.clock
        )

    @cached_property
    def receipts(self) -> ReceiptService:
        from ido_desktop.services.receipt_service import ReceiptService

        return ReceiptService(self._factory, self.pairing, self.device.device_id, self.clock)

    @cached_property
    def imports(self) -> ImportService:
        from ido_desktop.services.import_service import ImportService

        return ImportService(self._factory, self.keystore, self.paths.quarantine, self.clock)

    @cached_property
    def enrolment(self) -> EnrolmentService:
        from ido_desktop.services.enrolment_service import EnrolmentService

        return EnrolmentService(self._factory, self.clock)

    @cached_property
    def records(self) -> RecordsService:
        from ido_desktop.services.records_service import RecordsService

        return RecordsService(self._factory, self.clock, self.device.device_id, self.reference)

    @cached_property
    def reports(self) -> ReportService:
        from ido_desktop.services.report_service import ReportService

        return ReportService(self._factory, self.reference.catalog)

    @cached_property
    def signals(self) -> SignalsService:
        from ido_desktop.services.signals_service import SignalsService

        return SignalsService(self._factory, self.reference.catalog, self.device.name)

    @cached_property
    def backups(self) -> BackupService:
        from ido_desktop.services.backup_service import BackupService

        return BackupService(self.store, self.paths.backups)

    def housekeeping(self) -> bool:
        """What opening the store does besides opening it: the recovery slot of a laptop paired
        before encryption, and the day's first backup if there is none yet (True when taken).

        The command line does it when it opens the store; the program in a worker once its
        window shows: the backup takes longer the larger the store (docs/performance.md).

        Raises:
            StoreError: E_BACKUP_FAILED, E_BACKUP_DISK_FULL, E_BACKUP_READ_ONLY.
        """
        _ensure_recovery(self)
        return _daily_backup(self.store, self.paths)

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


def prepare() -> None:
    """What opening a store needs that does not need its key: the SQLCipher driver loaded and
    the models' mappers configured. The unlock screen has it done while the user types, so the
    passphrase opens the store without waiting for it (docs/performance.md)."""
    from sqlalchemy.dialects.sqlite import pysqlcipher  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    try:
        import sqlcipher3.dbapi2  # noqa: F401
    except ImportError:
        pass  # a PostgreSQL back office can do without; a SQLite store says so when it opens

    import ido_desktop.db.models  # noqa: F401

    configure_mappers()


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
    housekeeping: bool = True,
) -> Services:
    """Unlock and open an existing store (upgrading it after a backup) and build the services.

    Without ``passphrase`` it comes from IDO_PASSPHRASE. ``pending``: its key, already being
    unwrapped (``Vault.unlock_in_background``). Takes the day's first backup unless
    ``housekeeping`` is False: the program does that in a worker (``Services.housekeeping``).
    """
    if database_url is None and not paths.database.exists():
        raise StoreError("E_STORE_NOT_INITIALISED", path=str(paths.root))
    passphrase = passphrase if passphrase is not None else passphrase_from_environment()
    key = unlock_key(paths, database_url, passphrase, pending)
    url = _store_url(paths, database_url)
    store = open_store(url, key=_sqlite_key(url, key), backup_dir=paths.backups)
    try:
        if housekeeping:
            _daily_backup(store, paths)  # before anything is written
        services = _build(paths, store, clock or SystemClock(), Vault(paths.keyfile), key)
        if housekeeping:
            _ensure_recovery(services)
        return services
    except BaseException:
        store.dispose()
        raise


def _daily_backup(store: Store, paths: DataPaths) -> bool:
    from ido_desktop.db import backups

    if store.engine.dialect.name != "sqlite" or not backups.daily_due(paths.backups):
        return False
    backups.backup(store.engine, paths.backups, "daily", store.key)
    return True


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
    return Services(paths, store, clock, device, reference, KeyStore(paths.keys, key), vault)
