"""Atomic file writes: a temporary file in the same folder, fsync, rename, fsync the folder.

A reader never sees a half-written file under the final name: either the old state or the whole
new file. On any failure the temporary file is removed.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import secrets
from pathlib import Path

from ido_desktop.sync.errors import SyncError

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def export_error(exc: OSError, path: Path) -> SyncError:
    """Map an OSError of a write to E_EXPORT_DISK_FULL, E_EXPORT_READ_ONLY or _WRITE_FAILED."""
    if exc.errno in _DISK_FULL:
        code = "E_EXPORT_DISK_FULL"
    elif exc.errno in _READ_ONLY:
        code = "E_EXPORT_READ_ONLY"
    else:
        code = "E_EXPORT_WRITE_FAILED"
    return SyncError(code, str(exc), path=str(path), errno=exc.errno)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename itself.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _remove_stale_temporaries(path: Path) -> None:
    """Remove temporary files a killed earlier write of this very name left behind."""
    try:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            _remove_quietly(stale)
    except OSError:
        pass


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` atomically; the file has ``mode`` from its creation on.

    Raises:
        OSError: whatever the file system reports; the temporary file is gone by then.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_directory(path.parent)


def _read_back(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if hasattr(os, "posix_fadvise"):  # Drop the page cache so we read what the device holds.
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_verified(directory: Path, filename: str, data: bytes) -> Path:
    """Write ``data`` atomically as ``directory/filename``, then read it back and compare.

    Raises:
        SyncError: E_EXPORT_BAD_FILENAME, E_EXPORT_DISK_FULL, E_EXPORT_READ_ONLY,
            E_EXPORT_WRITE_FAILED, E_EXPORT_VERIFY_FAILED. Nothing is left under the final
            name or as a temporary file after a failure.
    """
    if not filename or filename in {".", ".."} or "/" in filename or "\\" in filename:
        raise SyncError("E_EXPORT_BAD_FILENAME", filename=filename)
    path = Path(directory) / filename
    _remove_stale_temporaries(path)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise export_error(exc, path) from exc
    try:
        ok = hashlib.sha256(_read_back(path)).digest() == hashlib.sha256(data).digest()
    except OSError as exc:
        _remove_quietly(path)
        raise export_error(exc, path) from exc
    if not ok:
        _remove_quietly(path)
        raise SyncError("E_EXPORT_VERIFY_FAILED", path=str(path))
    return path
