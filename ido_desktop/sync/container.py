"""The canonical ZIP container shared by sync files, receipts and configuration files.

Writing: every member STORED (no compression), no data descriptor, no extra fields, no comments,
timestamp 1980-01-01 00:00:00, Unix mode 0644, in a fixed order. So the container is a pure
function of its member names and contents.

Reading is strict and refuses, in this order: a file over its size limit, a non-ZIP, duplicate,
unexpected, missing or reordered members, members over their size limit (central directory, then
bounded reading), compressed or encrypted members, unreadable members (CRC-32), and finally any
container that is not byte-identical to the canonical packing of the members it holds.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ido_desktop.sync import minisign
from ido_desktop.sync.canonical import parse_canonical
from ido_desktop.sync.errors import SyncError, container_code
from ido_desktop.sync.fields import integer

DOS_TIME = 0  # 00:00:00
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
VERSION_MADE_BY = (3 << 8) | 20  # Unix, ZIP 2.0
VERSION_NEEDED = 20
EXTERNAL_ATTR = 0o100644 << 16  # regular file, rw-r--r--

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")


@dataclass(frozen=True)
class MemberSpec:
    """A required member: its exact name and the largest size allowed."""

    name: str
    max_size: int


def pack(members: Sequence[tuple[str, bytes]]) -> bytes:
    """Return the canonical ZIP archive of ``members`` (name, content), in the given order."""
    out = bytearray()
    central = bytearray()
    for name, data in members:
        raw_name = name.encode("ascii")
        crc = zlib.crc32(data)
        offset = len(out)
        out += _LOCAL.pack(
            0x04034B50, VERSION_NEEDED, 0, 0, DOS_TIME, DOS_DATE,
            crc, len(data), len(data), len(raw_name), 0,
        )  # fmt: skip
        out += raw_name + data
        central += _CENTRAL.pack(
            0x02014B50, VERSION_MADE_BY, VERSION_NEEDED, 0, 0, DOS_TIME, DOS_DATE,
            crc, len(data), len(data), len(raw_name), 0, 0, 0, 0, EXTERNAL_ATTR, offset,
        )  # fmt: skip
        central += raw_name
    end = _END.pack(0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def unpack(data: bytes, spec: Sequence[MemberSpec], prefix: str, max_total: int) -> list[bytes]:
    """Strictly read a canonical container; return the member contents in ``spec`` order.

    Raises:
        SyncError: ``E_<prefix>_`` TOO_LARGE, NOT_ZIP, MEMBER_DUPLICATE, MEMBER_UNEXPECTED,
            MEMBER_MISSING, MEMBER_ORDER, MEMBER_TOO_LARGE, MEMBER_COMPRESSED,
            MEMBER_ENCRYPTED, MEMBER_CORRUPT, CONTAINER_NOT_CANONICAL.
    """

    def fail(suffix: str, message: str = "", **params: object) -> SyncError:
        return SyncError(container_code(prefix, suffix), message, **params)

    if len(data) > max_total:
        raise fail("TOO_LARGE", size=len(data), limit=max_total)
    # zipfile raises many exception types on hostile input; any of them means "not a ZIP".
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:
        raise fail("NOT_ZIP", f"{type(exc).__name__}: {exc}"[:200]) from None
    names = [info.orig_filename for info in infos]
    wanted = [member.name for member in spec]
    for name, count in Counter(names).items():
        if count > 1:
            raise fail("MEMBER_DUPLICATE", member=name[:100])
    for name in names:
        if name not in wanted:
            raise fail("MEMBER_UNEXPECTED", member=name[:100])
    for name in wanted:
        if name not in names:
            raise fail("MEMBER_MISSING", member=name)
    if names != wanted:
        raise fail("MEMBER_ORDER", members=names)
    for info, member in zip(infos, spec, strict=True):
        if info.file_size > member.max_size or info.compress_size > member.max_size:
            raise fail("MEMBER_TOO_LARGE", member=member.name, limit=member.max_size)
    for info, member in zip(infos, spec, strict=True):
        if info.compress_type != zipfile.ZIP_STORED:
            raise fail("MEMBER_COMPRESSED", member=member.name, method=info.compress_type)
        if info.flag_bits & 0x1:
            raise fail("MEMBER_ENCRYPTED", member=member.name)
    contents = []
    for info, member in zip(infos, spec, strict=True):
        try:
            with archive.open(info) as stream:
                content = stream.read(member.max_size + 1)
        except Exception as exc:  # hostile input, see above
            detail = f"{type(exc).__name__}: {exc}"[:200]
            raise fail("MEMBER_CORRUPT", detail, member=member.name) from None
        if len(content) > member.max_size:
            raise fail("MEMBER_TOO_LARGE", member=member.name, limit=member.max_size)
        contents.append(content)
    if pack(list(zip(wanted, contents, strict=True))) != data:
        raise fail("CONTAINER_NOT_CANONICAL")
    return contents


def read_bounded(path: Path, limit: int, prefix: str) -> bytes:
    """Read a file of at most ``limit`` bytes (E_<prefix>_TOO_LARGE, E_<prefix>_READ_FAILED)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise SyncError(container_code(prefix, "READ_FAILED"), str(exc), path=str(path)) from None
    if len(data) > limit:
        raise SyncError(container_code(prefix, "TOO_LARGE"), path=str(path), limit=limit)
    return data


def parse_document(data: bytes, prefix: str) -> dict[str, Any]:
    """Parse the signed JSON document (E_<prefix>_<doc>_NOT_CANONICAL, with the JSON cause)."""
    try:
        return parse_canonical(data)
    except SyncError as exc:
        code = container_code(prefix, "{doc}_NOT_CANONICAL")
        raise SyncError(code, exc.message, cause=exc.code) from None


def check_format(document: dict[str, Any], prefix: str, name: str, version: int) -> int:
    """Check ``format`` and ``format_version`` before anything else in the document."""
    if document.get("format") != name:
        raise SyncError(container_code(prefix, "FORMAT_UNKNOWN"), expected=name)
    found = integer(document, "format_version", container_code(prefix, "{doc}_INVALID"), 1)
    if found > version:
        raise SyncError(container_code(prefix, "FORMAT_NEWER"), found=found, supported=version)
    return found


_SIGNATURE_CODES = {
    "E_SIG_MALFORMED": "SIGNATURE_MALFORMED",
    "E_SIG_UNSUPPORTED": "SIGNATURE_UNSUPPORTED",
    "E_SIG_KEY_MISMATCH": "SIGNATURE_KEY_MISMATCH",
    "E_SIG_INVALID": "SIGNATURE_INVALID",
    "E_SIG_TRUSTED_COMMENT_INVALID": "TRUSTED_COMMENT_INVALID",
}


def verify_document(
    document: bytes,
    signature_file: bytes,
    public_key: minisign.PublicKey,
    prefix: str,
    *,
    untrusted_comment: str,
    trusted_comment: str,
) -> None:
    """Verify the minisign signature of a document and its exact comments.

    Raises:
        SyncError: ``E_<prefix>_`` SIGNATURE_MALFORMED (also for another untrusted comment),
            SIGNATURE_UNSUPPORTED, SIGNATURE_KEY_MISMATCH, SIGNATURE_INVALID,
            TRUSTED_COMMENT_INVALID, TRUSTED_COMMENT_MISMATCH.
    """
    try:
        found = minisign.verify(document, signature_file, public_key)
    except SyncError as exc:
        code = container_code(prefix, _SIGNATURE_CODES[exc.code])
        raise SyncError(code, exc.message, cause=exc.code, **exc.params) from None
    if minisign.parse_signature(signature_file).untrusted_comment != untrusted_comment:
        raise SyncError(container_code(prefix, "SIGNATURE_MALFORMED"), "untrusted comment")
    if found != trusted_comment:
        raise SyncError(
            container_code(prefix, "TRUSTED_COMMENT_MISMATCH"),
            found=found[:200],
            expected=trusted_comment,
        )
