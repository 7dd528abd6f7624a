"""Back office: importing sync files from many laptops, and writing receipts.

Each file is read strictly and its signature checked against an enrolled, not-revoked key
before anything is decrypted; then all its records are applied in one transaction. A refused
file changes no record: it is copied to the quarantine folder with its reason, and the import
log says why. Both outcomes are also written to the audit log (counts and codes only).

Several imports may run at once (back-office PCs on one PostgreSQL database). A laptop's records
only arrive in files signed by that laptop, so imports of one laptop take its enrolled-device row
lock first and run one after the other; different laptops import side by side.
"""

from __future__ import annotations

import gc
import hashlib
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.faults import store_errors
from ido_desktop.db.models import ImportLog
from ido_desktop.db.repositories import (
    audit_repo,
    enrolled_repo,
    report_agg_repo,
    sync_log_repo,
    sync_repo,
)
from ido_desktop.db.schema import KNOWN_REVISIONS
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.sync_model import ImportFileResult, ImportLogEntry
from ido_desktop.services.clock import Clock
from ido_desktop.services.keystore import KeyStore
from ido_desktop.sync import minisign, receipt
from ido_desktop.sync.container import read_bounded
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.records import validate_record_data
from ido_desktop.sync.syncfile import MAX_SYNC_FILE_SIZE, PREFIX, SyncFile, read_sync_file
from ido_desktop.sync.syncfile import write_sync_file as write_verified_file

SYNC_SUFFIX = ".idosync"
Progress = Callable[[int, int, ImportFileResult], None]


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and the ``*.idosync`` files inside any folder given, in name order."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{SYNC_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a file is read and applied.

    An import makes hundreds of thousands of objects that live until it ends (records, rows):
    the collector would walk them again and again for no garbage (a tenth of the import's
    time). Objects are still freed as usual when no longer used; the collector runs again after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        keystore: KeyStore,
        quarantine_dir: Path,
        clock: Clock,
    ) -> None:
        self._session_factory = session_factory
        self._keystore = keystore
        self._quarantine_dir = quarantine_dir
        self._clock = clock

    def import_files(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportFileResult]:
        """Import every file (folders are searched); one transaction per file."""
        files = expand_paths(paths)
        identities = [self._keystore.age_identity()]
        results = []
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            result = self.import_one(path, identities)
            results.append(result)
            if progress is not None:
                progress(index + 1, len(files), result)
        return results

    def import_one(self, path: Path, identities: Sequence[str] | None = None) -> ImportFileResult:
        identities = identities or [self._keystore.age_identity()]
        path = Path(path)
        now = self._clock.now()
        try:
            data = read_bounded(path, MAX_SYNC_FILE_SIZE, PREFIX)
        except SyncError as exc:
            return self._refuse(path, None, "", exc, now)
        sha256 = hashlib.sha256(data).hexdigest()
        with self._session_factory() as session:
            known = sync_log_repo.known_import(session, sha256)
        if known is not None:
            return self._log_known(path, sha256, known, now)
        try:
            with _no_cycle_collection():
                sync_file = self.check(data, identities)
                try:
                    return self._apply(path, sha256, sync_file, now)
                except IntegrityError:
                    # A concurrent import won a race the device lock does not cover (say, two
                    # keys claiming one device id at once). Its work is committed now: try once
                    # more.
                    self._check_file(sync_file)
                    return self._apply(path, sha256, sync_file, now)
        except SyncError as exc:
            return self._refuse(path, data, sha256, exc, now)

    # --- checks ---------------------------------------------------------------------------

    def check(self, data: bytes, identities: Sequence[str] | None = None) -> SyncFile:
        """Read and check a sync file as an import does before applying it; stores nothing.

        Raises:
            SyncError: why the import would refuse the file (a code of ``SYNC_ERROR_CODES``).
        """
        sync_file = read_sync_file(
            data, self._lookup_key, identities or [self._keystore.age_identity()]
        )
        self._check_file(sync_file)
        return sync_file

    def _lookup_key(self, key_id: str) -> minisign.PublicKey:
        with self._session_factory() as session:
            row = enrolled_repo.get(session, key_id)
            if row is None:
                raise SyncError("E_SYNC_UNKNOWN_DEVICE", key_id=key_id)
            if row.revoked_at is not None:
                raise SyncError("E_SYNC_REVOKED_DEVICE", key_id=key_id, name=row.name)
            return minisign.read_public_key(row.public_key)

    def _check_file(self, sync_file: SyncFile) -> None:
        manifest = sync_file.manifest
        if manifest["schema_version"] not in KNOWN_REVISIONS:
            raise SyncError("E_SYNC_SCHEMA_NEWER", schema=manifest["schema_version"])
        with self._session_factory() as session:
            row = enrolled_repo.get(session, manifest["key_id"])
            assert row is not None  # checked by the key lookup
            if row.device_id is not None and row.device_id != manifest["device_id"]:
                raise SyncError("E_SYNC_DEVICE_MISMATCH", name=row.name)
            other = enrolled_repo.by_device_id(session, manifest["device_id"])
            if other is not None and other.key_id != row.key_id:
                raise SyncError("E_SYNC_DEVICE_MISMATCH", name=other.name)
        for line, record in enumerate(sync_file.records, start=1):
            validate_record_data(record, line)

    # --- outcomes -------------------------------------------------------------------------

    def _apply(
        self, path: Path, sha256: str, sync_file: SyncFile, now: datetime
    ) -> ImportFileResult:
        manifest = sync_file.manifest
        span = manifest["revision_range"]
        try:
            with store_errors(), self._session_factory.begin() as session:
                device = enrolled_repo.lock(session, manifest["key_id"])
                if device is None:  # removed since the key lookup
                    raise SyncError("E_SYNC_UNKNOWN_DEVICE", key_id=manifest["key_id"])
                if device.revoked_at is not None:  # revoked since the key lookup
                    raise SyncError("E_SYNC_REVOKED_DEVICE", key_id=device.key_id, name=device.name)
                # Another import of these bytes may have finished while we waited for the lock.
                known = sync_log_repo.known_import(session, sha256)
                if known is not None:
                    session.add(self._known_row(path, sha256, known, now))
                    return self._known_result(path, known, device.name)
                log = ImportLog(
                    file_name=path.name,
                    file_sha256=sha256,
                    imported_at=now,
                    result="imported",
                    device_id=manifest["device_id"],
                    sequence=manifest["sequence"],
                    from_clock=span["from_clock"],
                    to_clock=span["to_clock"],
                    applied=0,
                    unchanged=0,
                    conflicts=0,
                )
                session.add(log)
                session.flush()
                with sync_repo.import_cache(session):
                    with report_agg_repo.bulk_inserts(session):
                        applied = sync_repo.apply_records(
                            session, sync_file.records, log.id, now, sync_file.lines or None
                        )
                    report_agg_repo.mark_records(session, applied.inserted)
                log.applied, log.unchanged = applied.applied, applied.unchanged
                log.conflicts = applied.conflicts
                device.device_id = manifest["device_id"]
                if manifest["sequence"] >= device.last_sequence:  # the laptop's latest file
                    device.config_version = manifest.get("config_version", device.config_version)
                device.last_sequence = max(device.last_sequence, manifest["sequence"])
                device.last_import_at = now
                # Each file holds every revision since the last receipt, so after it the back
                # office holds everything up to its highest clock.
                device.held_through_clock = max(device.held_through_clock, span["to_clock"])
                name = device.name
                audit_repo.add(
                    session,
                    None,
                    AuditAction.SYNC_IMPORTED,
                    f"device:{device.key_id}",
                    {
                        "file": path.name,
                        "name": name,
                        "sequence": manifest["sequence"],
                        "applied": applied.applied,
                        "unchanged": applied.unchanged,
                        "conflicts": applied.conflicts,
                    },
                    now,
                )
        except sync_repo.ForeignRecordError as exc:
            raise SyncError("E_SYNC_RECORD_FOREIGN", record_id=str(exc)) from None
        except sync_repo.MissingParentError as exc:
            raise SyncError("E_SYNC_PARENT_MISSING", record_id=str(exc)) from None
        except sync_repo.RecordDataError as exc:
            record_id, field = exc.args
            raise SyncError(
                "E_SYNC_RECORD_DATA_INVALID", "value too large", record_id=record_id, field=field
            ) from None
        except DataError as exc:  # a value the database refuses that the checks above missed
            raise SyncError("E_SYNC_RECORD_DATA_INVALID", str(exc.orig)) from None
        return ImportFileResult(
            file_name=path.name,
            result="imported",
            device_name=name,
            device_id=manifest["device_id"],
            sequence=manifest["sequence"],
            applied=applied.applied,
            unchanged=applied.unchanged,
            conflicts=applied.conflicts,
        )

    def _log_known(
        self, path: Path, sha256: str, known: ImportLog, now: datetime
    ) -> ImportFileResult:
        with self._session_factory.begin() as session:
            session.add(self._known_row(path, sha256, known, now))
            device = enrolled_repo.by_device_id(session, known.device_id or "")
            name = device.name if device else None
        return self._known_result(path, known, name)

    @staticmethod
    def _known_row(path: Path, sha256: str, known: ImportLog, now: datetime) -> ImportLog:
        return ImportLog(
            file_name=path.name,
            file_sha256=sha256,
            imported_at=now,
            result="known",
            device_id=known.device_id,
            sequence=known.sequence,
            from_clock=known.from_clock,
            to_clock=known.to_clock,
            applied=0,
            unchanged=0,
            conflicts=0,
        )

    @staticmethod
    def _known_result(path: Path, known: ImportLog, device_name: str | None) -> ImportFileResult:
        return ImportFileResult(
            file_name=path.name,
            result="known",
            device_name=device_name,
            device_id=known.device_id,
            sequence=known.sequence,
        )

    def _refuse(
        self, path: Path, data: bytes | None, sha256: str, error: SyncError, now: datetime
    ) -> ImportFileResult:
        quarantined = self._quarantine(path, data, error, now)
        with self._session_factory.begin() as session:
            session.add(
                ImportLog(
                    file_name=path.name,
                    file_sha256=sha256,
                    imported_at=now,
                    result="refused",
                    error_code=error.code,
                    applied=0,
                    unchanged=0,
                    conflicts=0,
                    quarantine_path=str(quarantined) if quarantined else None,
                )
            )
            audit_repo.add(
                session,
                None,
                AuditAction.SYNC_REFUSED,
                f"file:{path.name}",
                {"file": path.name, "error_code": error.code, "quarantined": bool(quarantined)},
                now,
            )
        return ImportFileResult(
            file_name=path.name,
            result="refused",
            error_code=error.code,
            error_params=dict(error.params),
            quarantine_path=str(quarantined) if quarantined else None,
        )

    def _quarantine(
        self, path: Path, data: bytes | None, error: SyncError, now: datetime
    ) -> Path | None:
        stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
        folder = self._quarantine_dir / f"{stamp}-{path.name}"
        if data is None and not path.is_file():
            return None  # nothing to keep: the file is missing or unreadable
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if data is not None:
                (folder / path.name).write_bytes(data)
            else:
                shutil.copyfile(path, folder / path.name)
            (folder / "reason.txt").write_text(
                f"{error.code}\n{error.message}\n{dict(error.params)}\n", encoding="utf-8"
            )
        except OSError:
            return None
        return folder

    # --- receipts -------------------------------------------------------------------------

    def write_receipts(
        self, directory: Path, device_ids: Sequence[str] | None = None
    ) -> list[Path]:
        """Write a signed receipt for every enrolled laptop with imports (or the given ones)."""
        secret = self._keystore.secret_key()
        Path(directory).mkdir(parents=True, exist_ok=True)
        written = []
        with self._session_factory() as session:
            devices = [d for d in enrolled_repo.all_devices(session) if d.device_id]
            if device_ids is not None:
                devices = [d for d in devices if d.device_id in set(device_ids)]
            for device in devices:
                assert device.device_id is not None
                sequences = sorted(sync_log_repo.sequences_seen(session, device.device_id))
                if not sequences:
                    continue
                held = sync_repo.count_held(session, device.device_id, device.held_through_clock)
                data = receipt.build_receipt(
                    {
                        "device_id": device.device_id,
                        "sequences": sequences,
                        "received_through_clock": device.held_through_clock,
                        "record_revisions": held,
                    },
                    secret,
                )
                name = f"ido-{device.key_id.lower()}-{device.held_through_clock}.idoreceipt"
                written.append(write_verified_file(Path(directory), name, data))
        return written

    def recent(self, limit: int = 500) -> list[ImportLogEntry]:
        """The import log, newest first."""
        with self._session_factory() as session:
            return [
                ImportLogEntry(
                    file_name=row.file_name,
                    file_sha256=row.file_sha256,
                    imported_at=row.imported_at,
                    result=row.result,
                    error_code=row.error_code,
                    device_id=row.device_id,
                    sequence=row.sequence,
                    applied=row.applied,
                    unchanged=row.unchanged,
                    conflicts=row.conflicts,
                    quarantine_path=row.quarantine_path,
                )
                for row in sync_log_repo.recent_imports(session, limit)
            ]
