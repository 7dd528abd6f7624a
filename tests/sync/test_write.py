"""Writing a sync file to a folder or stick: atomic, verified, and clean after any failure."""

from __future__ import annotations

import errno
import os

import pytest

from ido_desktop.sync import atomic, syncfile
from ido_desktop.sync.errors import SyncError


def test_write_then_read_back(tmp_path, sync_bytes):
    path = syncfile.write_sync_file(tmp_path, "laptop-03-000007.idosync", sync_bytes)
    assert path == tmp_path / "laptop-03-000007.idosync"
    assert path.read_bytes() == sync_bytes
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def fail_with(number: int):
    def fail(*args, **kwargs):
        raise OSError(number, os.strerror(number))

    return fail


@pytest.mark.parametrize(
    ("function", "number", "code"),
    [
        ("fsync", errno.ENOSPC, "E_EXPORT_DISK_FULL"),
        ("write", errno.ENOSPC, "E_EXPORT_DISK_FULL"),
        ("replace", errno.ENOSPC, "E_EXPORT_DISK_FULL"),
        ("replace", errno.EROFS, "E_EXPORT_READ_ONLY"),
        ("open", errno.EROFS, "E_EXPORT_READ_ONLY"),
        ("open", errno.EACCES, "E_EXPORT_READ_ONLY"),
        ("fsync", errno.EIO, "E_EXPORT_WRITE_FAILED"),
        ("replace", errno.EIO, "E_EXPORT_WRITE_FAILED"),
    ],
)
def test_failures_leave_neither_final_nor_temporary_file(
    tmp_path, sync_bytes, monkeypatch, function, number, code
):
    monkeypatch.setattr(atomic.os, function, fail_with(number))
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path, "x.idosync", sync_bytes)
    monkeypatch.undo()
    assert caught.value.code == code
    assert caught.value.params["errno"] == number
    assert list(tmp_path.iterdir()) == []


def test_a_partial_write_followed_by_disk_full_is_cleaned_up(tmp_path, sync_bytes, monkeypatch):
    real_write = os.write
    calls = []

    def write(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[:100]))  # a short write, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", write)
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path, "x.idosync", sync_bytes)
    monkeypatch.undo()
    assert caught.value.code == "E_EXPORT_DISK_FULL"
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_read_back_mismatch_removes_the_file(tmp_path, sync_bytes, monkeypatch):
    monkeypatch.setattr(atomic, "_read_back", lambda path: b"what the stick really holds")
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path, "x.idosync", sync_bytes)
    assert caught.value.code == "E_EXPORT_VERIFY_FAILED"
    assert list(tmp_path.iterdir()) == []


def test_read_back_io_error_removes_the_file(tmp_path, sync_bytes, monkeypatch):
    monkeypatch.setattr(atomic, "_read_back", fail_with(errno.EIO))
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path, "x.idosync", sync_bytes)
    assert caught.value.code == "E_EXPORT_WRITE_FAILED"
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_survives_a_failed_overwrite(tmp_path, sync_bytes, monkeypatch):
    (tmp_path / "x.idosync").write_bytes(b"older export")
    monkeypatch.setattr(atomic.os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(SyncError):
        syncfile.write_sync_file(tmp_path, "x.idosync", sync_bytes)
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["x.idosync"]
    assert (tmp_path / "x.idosync").read_bytes() == b"older export"


@pytest.mark.parametrize("name", ["", ".", "..", "a/b.idosync", "a\\b.idosync"])
def test_bad_file_names_are_refused(tmp_path, sync_bytes, name):
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path, name, sync_bytes)
    assert caught.value.code == "E_EXPORT_BAD_FILENAME"


def test_missing_folder_is_a_write_failure(tmp_path, sync_bytes):
    with pytest.raises(SyncError) as caught:
        syncfile.write_sync_file(tmp_path / "no-stick", "x.idosync", sync_bytes)
    assert caught.value.code == "E_EXPORT_WRITE_FAILED"
