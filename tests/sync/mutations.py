"""Seeded mutations of a valid sync file, for the fuzzing campaigns.

Cheap and reproducible (``random.Random(seed)``): a campaign of half a million files costs
minutes, not hours. Each family aims at one layer of the reader:

- ``bytes``: bit flips, truncations, insertions, deletions, overwrites anywhere in the file
  (ZIP structure, CRCs, canonical layout);
- ``member``: one member edited and the ZIP re-packed with correct CRCs (JSON, signature,
  payload hash);
- ``members``: members swapped, dropped, doubled, renamed, replaced or added;
- ``manifest``: one manifest field changed, removed, retyped or added, in canonical JSON, with
  the original signature (manifest checks, signature);
- ``signature``: one line of ``manifest.json.minisig`` edited (signature parsing, trusted
  comment);
- ``resigned``: a manifest field the reader must check against the file or the database
  changed *and signed again with the device key* (payload size and hash, counts, clock range,
  device, key, format, schema);
- ``payload``: the encrypted payload damaged, its size and hash in the manifest updated and the
  manifest signed again (age decryption);
- ``gzip``: the compressed records damaged, encrypted again and signed again (gzip stream).

A mutation never returns the original bytes, and a ``gzip`` edit always changes what the
stream decompresses to (an edit of the unused bits after the last deflate block does not).
Families ``resigned``, ``payload`` and ``gzip`` make files the device itself signed: they
reach the checks after the signature.
"""

from __future__ import annotations

import gzip
import hashlib
import random
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from ido_desktop.db.schema import HEAD_REVISION
from ido_desktop.sync import agecrypt, container, minisign
from ido_desktop.sync.canonical import canonical_json, parse_canonical
from ido_desktop.sync.syncfile import (
    MANIFEST_NAME,
    PAYLOAD_NAME,
    SIGNATURE_NAME,
    sign_manifest,
)

FAMILIES = ("bytes", "member", "members", "manifest", "signature", "resigned", "payload", "gzip")
#: How often each family is drawn: the cheap byte-level ones more, the ones that need signing,
#: encrypting and decrypting (ten times the cost) less.
WEIGHTS = (3, 2, 1, 2, 1, 2, 1, 1)
GZIP_HEADER = 10  # magic, method, flags, mtime, xfl, os: some edits there leave a valid stream

# Manifest fields whose change the reader must notice even when the device signed it.
CHECKED_FIELDS = (
    "format",
    "format_version",
    "schema_version",
    "device_id",
    "key_id",
    "revision_range",
    "record_counts",
    "payload_sha256",
    "payload_size",
)
#: Schema versions the reader does not know (an edit of "0003" could give the known "0002"):
#: the one after this program's head, whichever that is, and some that never will be.
UNKNOWN_SCHEMAS = (f"{int(HEAD_REVISION) + 1:04d}", "9999", "", "00003")


def unpack_members(data: bytes) -> list[tuple[str, bytes]]:
    """The members of a canonical container, parsed by hand (no zipfile overhead)."""
    members, offset = [], 0
    while data[offset : offset + 4] == b"PK\x03\x04":
        size = int.from_bytes(data[offset + 18 : offset + 22], "little")
        name_length = int.from_bytes(data[offset + 26 : offset + 28], "little")
        start = offset + 30
        name = data[start : start + name_length].decode("ascii")
        members.append((name, data[start + name_length : start + name_length + size]))
        offset = start + name_length + size
    return members


class Mutator:
    """Makes mutated versions of ``good``, a valid sync file signed by ``secret``."""

    def __init__(
        self,
        good: bytes,
        secret: minisign.SecretKey,
        recipients: Sequence[str],
        seed: int,
    ) -> None:
        self.good = good
        self.rng = random.Random(seed)
        self.secret = secret
        self.recipients = list(recipients)
        self.members = unpack_members(good)
        assert [m[0] for m in self.members] == [MANIFEST_NAME, SIGNATURE_NAME, PAYLOAD_NAME]
        self.manifest_bytes, self.signature, self.payload = (m[1] for m in self.members)
        self.manifest: dict[str, Any] = parse_canonical(self.manifest_bytes)
        self.gzipped = gzip.compress(b"", mtime=0)  # set by with_records_stream
        self.lines = b""
        self._families: dict[str, Callable[[], bytes]] = {
            "bytes": lambda: self.edit(self.good),
            "member": self._member,
            "members": self._members,
            "manifest": self._manifest,
            "signature": self._signature,
            "resigned": self._resigned,
            "payload": self._payload,
            "gzip": self._gzip,
        }

    def with_records_stream(self, gzipped: bytes) -> Mutator:
        """Give the decrypted payload (gzip stream) so the ``gzip`` family can damage it."""
        self.gzipped = gzipped
        self.lines = gzip.decompress(gzipped)
        return self

    def next(self) -> tuple[str, bytes]:
        """One mutated file and the name of its family."""
        while True:
            family = self.rng.choices(FAMILIES, WEIGHTS)[0]
            data = self._families[family]()
            if data != self.good:
                return family, data

    # --- byte edits -------------------------------------------------------------------------

    def edit(self, data: bytes, start: int = 0) -> bytes:
        """One random edit of ``data`` at or after ``start``."""
        rng = self.rng
        out = bytearray(data)
        if len(out) <= start:
            return bytes(out) + bytes([rng.randrange(256)])
        at = rng.randrange(start, len(out))
        kind = rng.randrange(7)
        if kind == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del out[at:]
        elif kind == 2:
            out[at:at] = rng.randbytes(rng.randint(1, 16))
        elif kind == 3:
            del out[at : at + rng.randint(1, 16)]
        elif kind == 4:
            out[at : at + 8] = rng.randbytes(len(out[at : at + 8]))
        elif kind == 5:  # a copy of another stretch of the data
            source = rng.randrange(len(out))
            out[at:at] = out[source : source + rng.randint(1, 64)]
        else:  # an interesting value: zero, all ones, a length field's edge
            out[at] = rng.choice((0x00, 0xFF, 0x7F, 0x80, 0x01))
        return bytes(out)

    # --- container --------------------------------------------------------------------------

    def _member(self) -> bytes:
        members = list(self.members)
        index = self.rng.randrange(len(members))
        name, content = members[index]
        members[index] = (name, self.edit(content))
        return container.pack(members)

    def _members(self) -> bytes:
        rng = self.rng
        members = list(self.members)
        kind = rng.randrange(6)
        if kind == 0:
            rng.shuffle(members)
        elif kind == 1:
            del members[rng.randrange(len(members))]
        elif kind == 2:
            members.insert(rng.randrange(len(members) + 1), rng.choice(members))
        elif kind == 3:
            index = rng.randrange(len(members))
            name = rng.choice(("../x", "MANIFEST.JSON", "a/", "payload.age ", "manifest.json\x00"))
            members[index] = (name, members[index][1])
        elif kind == 4:
            target = rng.randrange(len(members))
            members[target] = (members[target][0], rng.choice(members)[1])
        else:
            members.insert(rng.randrange(len(members) + 1), ("extra.txt", rng.randbytes(8)))
        return container.pack(members)

    # --- manifest and signature -------------------------------------------------------------

    def _changed_manifest(self, fields: Sequence[str]) -> dict[str, Any]:
        rng = self.rng
        manifest = dict(self.manifest)
        field = rng.choice(fields)
        value = manifest[field]
        kind = rng.randrange(5)
        if kind == 0:
            del manifest[field]
        elif kind == 1:
            manifest["unknown_" + field] = value
        elif kind == 2:  # another type
            manifest[field] = rng.choice((None, True, "1", 1, -1, [], {}, 2**63))
        elif field == "schema_version":
            manifest[field] = rng.choice(UNKNOWN_SCHEMAS)
        elif isinstance(value, bool) or value is None:
            manifest[field] = not value
        elif isinstance(value, int):
            manifest[field] = value + rng.choice((-1, 1, 1000, -(10**6)))
        elif isinstance(value, str):
            manifest[field] = self.edit(value.encode()).decode("utf-8", "replace") or "x"
        elif isinstance(value, dict):
            inner = dict(value)
            key = rng.choice(sorted(inner))
            inner[key] = inner[key] + rng.choice((-1, 1, 7)) if kind == 3 else str(inner[key])
            manifest[field] = inner
        if manifest == self.manifest:
            del manifest[field]
        return manifest

    def _manifest(self) -> bytes:
        manifest = self._changed_manifest(sorted(self.manifest))
        text = canonical_json(manifest)
        if self.rng.random() < 0.1:  # the same content, not canonical
            text = text.replace(b",", b", ", 1)
        return container.pack(
            [(MANIFEST_NAME, text), (SIGNATURE_NAME, self.signature), (PAYLOAD_NAME, self.payload)]
        )

    def _signature(self) -> bytes:
        lines = self.signature.split(b"\n")
        index = self.rng.randrange(len(lines))
        lines[index] = self.edit(lines[index])
        return container.pack(
            [
                (MANIFEST_NAME, self.manifest_bytes),
                (SIGNATURE_NAME, b"\n".join(lines)),
                (PAYLOAD_NAME, self.payload),
            ]
        )

    def signed(self, manifest: dict[str, Any], payload: bytes) -> bytes:
        """A file as the device would sign it: ``manifest`` (made canonical) and ``payload``."""
        manifest_bytes = canonical_json(manifest)
        try:
            signature = sign_manifest(manifest_bytes, manifest, self.secret)
        except (KeyError, TypeError):  # no device or sequence for the trusted comment
            signature = self.signature
        except Exception as exc:  # a comment the signer refuses (line break, too long)
            if getattr(exc, "code", "") != "E_SIG_BAD_COMMENT":
                raise
            signature = self.signature
        return container.pack(
            [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature), (PAYLOAD_NAME, payload)]
        )

    def _resigned(self) -> bytes:
        manifest = self._changed_manifest(CHECKED_FIELDS)
        return self.signed(manifest, self.payload)

    def _with_payload(self, payload: bytes) -> bytes:
        manifest = dict(self.manifest)
        manifest["payload_size"] = len(payload)
        manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        return self.signed(manifest, payload)

    def _payload(self) -> bytes:
        return self._with_payload(self.edit(self.payload))

    def _gzip(self) -> bytes:
        while True:
            damaged = self.edit(self.gzipped, GZIP_HEADER)
            try:  # an edit of the unused bits after the last deflate block damages nothing
                if gzip.decompress(damaged) == self.lines:
                    continue
            except (OSError, EOFError, zlib.error):
                pass
            return self._with_payload(agecrypt.encrypt(damaged, self.recipients))
