"""Composition root: builds the store and the services, and (lazily) the GUI.

Qt is imported only inside ``run_gui`` so the command line starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ido_desktop.db.store import Store, open_store
from ido_desktop.domain.model import DeviceInfo
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import REFERENCE_DIR, DataPaths
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
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.services.report_service import ReportService
from ido_desktop.services.settings_service import SettingsService
from ido_desktop.services.signals_service import SignalsService
from ido_desktop.services.spreekuur_service import SpreekuurService
from ido_desktop.services.stats_service import StatsService


@dataclass
class Services:
    """Everything built at start-up. Widgets get only the parts they use."""

    paths: DataPaths
    store: Store
    clock: Clock
    device: DeviceInfo
    reference: ReferenceService
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

    def close(self) -> None:
        self.store.dispose()


def _store_url(paths: DataPaths, database_url: str | None) -> str:
    return database_url or paths.database_url


def initialise(
    paths: DataPaths,
    role: Role,
    name: str,
    database_url: str | None = None,
    clock: Clock | None = None,
) -> Services:
    """Create a new store with this install's identity and the shipped reference data."""
    paths.ensure()
    store = open_store(_store_url(paths, database_url), create=True, backup_dir=paths.backups)
    clock = clock or SystemClock()
    try:
        devices = DeviceService(store.session_factory, clock)
        devices.create_local(role, name)
        public = KeyStore(paths.keys).ensure(role)
        devices.record_key(public.key_id_hex, public.to_text())
    finally:
        store.dispose()
    return open_services(paths, database_url, clock)


def open_services(
    paths: DataPaths, database_url: str | None = None, clock: Clock | None = None
) -> Services:
    """Open an existing store (upgrading it after a backup) and build the services."""
    if database_url is None and not paths.database.exists():
        from ido_desktop.domain.errors import StoreError

        raise StoreError("E_STORE_NOT_INITIALISED", path=str(paths.root))
    store = open_store(_store_url(paths, database_url), backup_dir=paths.backups)
    try:
        clock = clock or SystemClock()
        factory = store.session_factory
        device = DeviceService(factory, clock).local()
        reference = ReferenceService(factory, REFERENCE_DIR)
        reference.update_from_files()
        keystore = KeyStore(paths.keys)
        pairing = PairingService(factory, keystore, reference, device.name, clock)
        return Services(
            paths=paths,
            store=store,
            clock=clock,
            device=device,
            reference=reference,
            settings=SettingsService(factory),
            spreekuren=SpreekuurService(factory, clock, device.device_id),
            consults=ConsultService(factory, clock, device.device_id),
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
        )
    except BaseException:
        store.dispose()
        raise


def run_gui(services: Services, argv: list[str], smoke: bool = False, started: float = 0.0) -> int:
    """Start the desktop program; with ``smoke``, quit once the main window shows its data."""
    from ido_desktop.ui.application import run

    return run(services, argv, smoke=smoke, started=started)
