"""Fault injection: a full disk and read-only media during save, export and backup.

Each gives a stable error code with plain Dutch words, loses nothing that was saved before,
changes nothing, and leaves no partial file. The faults are real where Linux lets a test make
them without root tricks: SQLite's own "database or disk is full" (``max_page_count``) and
"attempt to write a readonly database" (``query_only``), a file-size limit on a child process
(EFBIG, the signal ignored), and /dev/full (ENOSPC). A read-only folder is ``chmod 0o500``; as
root (CI) that does not stop writes, so there ``os.open`` refuses with EROFS at the boundary.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ido_desktop.app import Services
from ido_desktop.db import backups
from ido_desktop.domain.errors import StoreError
from ido_desktop.messages import message
from ido_desktop.sync.errors import SyncError
from tests.proof.store_helpers import (
    integrity,
    on_every_connection,
    page_count,
    register_one,
    register_until_refused,
    reopen,
    stored_consults,
    take_daily_backup,
)
from tests.services.sync_helpers import demo, snapshot

linux_only = pytest.mark.skipif(
    sys.platform != "linux", reason="fork server, RLIMIT_FSIZE and /dev/full are Linux"
)


@contextmanager
def read_only_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Make ``folder`` refuse new files, as a read-only stick or mount does."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield "chmod 0o500"
        finally:
            folder.chmod(0o700)
        return
    real_open = os.open
    inside = folder.resolve()

    def refusing_open(path, flags, mode=0o777, *, dir_fd=None):
        writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writes and Path(os.fsdecode(path)).resolve().is_relative_to(inside):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refusing_open)
        yield "os.open refuses with EROFS (running as root)"


def assert_dutch(code: str, *words: str) -> None:
    text_nl = message(code, lang="nl")
    assert not text_nl.startswith("Onverwachte fout"), code
    for word in words:
        assert word in text_nl, (code, text_nl)


# --- save ----------------------------------------------------------------------------------


def test_disk_full_while_saving_keeps_every_saved_consultation(
    services, open_spreekuur, proof_report
):
    before, _ = stored_consults(services)
    # SQLite may not grow the file beyond its current size: "database or disk is full".
    with on_every_connection(services, f"PRAGMA max_page_count = {page_count(services)}"):
        confirmed, refused = register_until_refused(services)
    assert refused.code == "E_STORE_DISK_FULL", refused
    assert_dutch(refused.code, "vol", "niets opgeslagen", "probeer het opnieuw")
    reopen(services)
    stored, orphans = stored_consults(services)
    assert stored == before | set(confirmed) and orphans == 0  # none lost, no half one
    assert integrity(services) == "ok"
    # Room again: saving carries on.
    assert register_one(services)
    proof_report(
        f"fault injection: save on a full disk (SQLite max_page_count) -> E_STORE_DISK_FULL "
        f"after {len(confirmed)} saves, 0 lost"
    )


def test_read_only_store_refuses_a_save_and_changes_nothing(services, open_spreekuur):
    register_one(services)
    before = snapshot(services)
    with on_every_connection(services, "PRAGMA query_only = ON"):
        with pytest.raises(StoreError) as refused:
            register_one(services)
        assert refused.value.code == "E_STORE_READ_ONLY"
        with pytest.raises(StoreError, match="E_STORE_READ_ONLY"):
            services.spreekuren.close()
    assert_dutch("E_STORE_READ_ONLY", "alleen-lezen", "niets opgeslagen")
    assert snapshot(services) == before
    assert integrity(services) == "ok"


@linux_only
def test_disk_full_in_a_real_writer_process(services, open_spreekuur, forkserver, proof_report):
    """A writer whose files may not grow (RLIMIT_FSIZE: EFBIG) saves until the disk is full."""
    take_daily_backup(services)
    reopen(services)
    database = services.paths.database
    sizes = [p.stat().st_size for p in database.parent.glob(database.name + "*")]
    run = forkserver.run(
        "save", str(services.paths.root), "3", max_file_size=max(sizes) + 256 * 1024
    )
    lines = run.output.split("\n")[:-1]
    assert run.exit_code == 1 and lines[0] == "ready", run.output
    refusal = lines[-1]
    code = refusal.split()[1].rstrip(":")
    assert code in ("E_STORE_DISK_FULL", "E_STORE_WRITE_FAILED"), refusal
    assert "niets opgeslagen" in refusal
    confirmed = set(lines[1:-1])
    assert confirmed, "the limit left no room for a single save"
    reopen(services)
    stored, orphans = stored_consults(services)
    assert confirmed <= stored and orphans == 0
    assert len(stored) == len(confirmed)  # and the refused one is not there
    assert integrity(services) == "ok"
    proof_report(
        f"fault injection: save in a process limited by RLIMIT_FSIZE -> {code} after "
        f"{len(confirmed)} saves, 0 lost"
    )


# --- export --------------------------------------------------------------------------------


def export_state(laptop: Services) -> tuple[int, int]:
    with laptop.store.engine.connect() as conn:
        logged = conn.execute(text("SELECT count(*) FROM export_log")).scalar_one()
        sequence = conn.execute(text("SELECT last_sequence FROM device")).scalar_one()
    return int(logged), int(sequence)


@linux_only
def test_full_stick_refuses_export_and_leaves_nothing(
    tmp_path, paired_laptop, forkserver, proof_report
):
    laptop = paired_laptop
    demo(laptop, 1000)
    stick = tmp_path / "stick"
    stick.mkdir()
    take_daily_backup(laptop)
    reopen(laptop)
    export = ("--data-dir", str(laptop.paths.root), "export", "--out", str(stick))
    # Room for the store's 32 KiB shared-memory index, not for the sync file (about 85 KiB).
    run = forkserver.run("cli", *export, max_file_size=48 * 1024)
    assert run.exit_code == 1, run.output
    assert "E_EXPORT_DISK_FULL" in run.output and "vol" in run.output
    assert "niets als verzonden gemarkeerd" in run.output
    assert list(stick.iterdir()) == []  # no partial file, no temporary file
    assert export_state(laptop) == (0, 0)
    again = forkserver.run("cli", *export)  # room again: the export goes through
    assert again.exit_code == 0, again.output
    assert [p.name for p in stick.iterdir()] == ["ido-laptop03-000001.idosync"]
    proof_report("fault injection: export to a full stick (RLIMIT_FSIZE) -> E_EXPORT_DISK_FULL")


def test_read_only_stick_refuses_export_and_leaves_nothing(tmp_path, paired_laptop, monkeypatch):
    laptop = paired_laptop
    demo(laptop, 50)
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only_folder(stick, monkeypatch), pytest.raises(SyncError) as refused:
        laptop.exports.export(stick)
    assert refused.value.code == "E_EXPORT_READ_ONLY"
    assert_dutch(refused.value.code, "alleen-lezen", "niets als verzonden gemarkeerd")
    assert list(stick.iterdir()) == []
    assert export_state(laptop) == (0, 0)


def test_read_only_store_during_export_removes_the_written_file(tmp_path, paired_laptop):
    """The file is on the stick before the laptop marks it sent; if marking fails, it goes."""
    laptop = paired_laptop
    demo(laptop, 50)
    stick = tmp_path / "stick"
    stick.mkdir()
    with on_every_connection(laptop, "PRAGMA query_only = ON"):
        with pytest.raises(StoreError) as refused:
            laptop.exports.export(stick)
    assert refused.value.code == "E_STORE_READ_ONLY"
    assert list(stick.iterdir()) == []
    assert export_state(laptop) == (0, 0)
    assert laptop.exports.export(stick).sequence == 1


# --- backup --------------------------------------------------------------------------------


FIXED = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)


def backup(services: Services, folder: Path):
    return backups.backup(services.store.engine, folder, "proof", services.store.key, now=FIXED)


@linux_only
def test_backup_onto_a_full_disk_leaves_no_partial_file(services, open_spreekuur):
    """The backup's file is /dev/full: every write fails with ENOSPC."""
    register_one(services)
    before = snapshot(services)
    folder = services.paths.backups
    folder.mkdir(exist_ok=True)
    there = sorted(folder.iterdir())
    temporary = folder / ".ido-20261129T120000Z-proof.sqlite3.tmp"
    temporary.symlink_to("/dev/full")
    with pytest.raises(StoreError) as refused:
        backup(services, folder)
    assert refused.value.code == "E_BACKUP_DISK_FULL", refused.value
    assert_dutch(refused.value.code, "vol", "niet veranderd")
    assert sorted(folder.iterdir()) == there  # no partial file
    assert snapshot(services) == before and integrity(services) == "ok"
    assert backup(services, folder).exists()  # room again


@linux_only
def test_backup_in_a_process_limited_by_file_size(services, open_spreekuur, forkserver):
    register_one(services)
    take_daily_backup(services)  # opening the store in the child would take it otherwise
    before = snapshot(services)
    folder = services.paths.root / "backups-small"
    reopen(services)
    limit = 64 * 1024  # room for the store's shared-memory index, not for a copy of the store
    assert services.paths.database.stat().st_size > 2 * limit
    run = forkserver.run("backup", str(services.paths.root), str(folder), max_file_size=limit)
    assert run.exit_code == 1, run.output
    assert run.output.split()[1].rstrip(":") in ("E_BACKUP_DISK_FULL", "E_BACKUP_FAILED")
    assert list(folder.iterdir()) == []
    assert snapshot(services) == before and integrity(services) == "ok"
    done = forkserver.run("backup", str(services.paths.root), str(folder))
    assert done.exit_code == 0, done.output


def test_backup_to_a_read_only_folder_is_refused(services, open_spreekuur, monkeypatch):
    register_one(services)
    before = snapshot(services)
    folder = services.paths.backups
    folder.mkdir(exist_ok=True)
    there = sorted(folder.iterdir())
    with read_only_folder(folder, monkeypatch), pytest.raises(StoreError) as refused:
        backup(services, folder)
    assert refused.value.code == "E_BACKUP_READ_ONLY", refused.value
    assert_dutch(refused.value.code, "niet geschreven", "niet veranderd")
    assert sorted(folder.iterdir()) == there
    assert snapshot(services) == before
    assert backup(services, folder).exists()


@linux_only
def test_opening_the_store_on_a_full_disk_says_so(services, forkserver):
    """Not "the store cannot be read, restore a backup": the disk is full, the store is fine."""
    take_daily_backup(services)
    reopen(services)
    run = forkserver.run("cli", "--data-dir", str(services.paths.root), "stats", max_file_size=4096)
    assert run.exit_code == 1, run.output
    assert run.output.startswith("E_STORE_WRITE_FAILED:"), run.output
    assert "E_STORE_UNREADABLE" not in run.output
    assert integrity(services) == "ok"
