"""Property test: any mutation of a valid sync file is refused with a known code."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ido_desktop.sync import agecrypt, container, minisign, syncfile
from ido_desktop.sync.errors import SYNC_ERROR_CODES, SyncError

VECTORS = Path(__file__).resolve().parent / "vectors"
GOOD = (VECTORS / "good.idosync").read_bytes()
DEVICE = minisign.read_public_key(VECTORS / "device.pub")
IDENTITY = agecrypt.read_identity(VECTORS / "backoffice-identity.txt")
with zipfile.ZipFile(io.BytesIO(GOOD)) as _archive:
    MEMBERS = [(info.filename, _archive.read(info)) for info in _archive.infolist()]


def lookup(key_id: str) -> minisign.PublicKey:
    if key_id != DEVICE.key_id_hex:
        raise SyncError("E_SYNC_UNKNOWN_DEVICE")
    return DEVICE


@st.composite
def byte_edit(draw, data: bytes) -> bytes:
    """One bit flip, truncation, insertion or deletion somewhere in ``data``."""
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
    if kind == "truncate" or not data:
        return data[: draw(st.integers(0, max(len(data) - 1, 0)))]
    at = draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        out = bytearray(data)
        out[at] ^= 1 << draw(st.integers(0, 7))
        return bytes(out)
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data[:at] + data[at + draw(st.integers(1, 8)) :]


@st.composite
def mutated(draw) -> bytes:
    """A valid file changed at the byte level, or member-wise and re-packed with good CRCs."""
    kind = draw(st.sampled_from(["bytes", "member", "swap", "replace"]))
    if kind == "bytes":
        return draw(byte_edit(GOOD))
    members = list(MEMBERS)
    if kind == "member":
        index = draw(st.integers(0, len(members) - 1))
        name, content = members[index]
        members[index] = (name, draw(byte_edit(content)))
    elif kind == "swap":
        order = draw(st.permutations(range(len(members))))
        members = [members[i] for i in order]
    else:  # one member's content replaced by another's
        source, target = draw(st.integers(0, 2)), draw(st.integers(0, 2))
        members[target] = (members[target][0], members[source][1])
    return container.pack(members)


# The seeded campaign in tests/services/test_import_fuzz.py runs IDO_FUZZ_EXAMPLES files (20,000
# by default, 500,000 in `make fuzz`); Hypothesis, slower per example but shrinking what it
# finds, a tenth of that.
EXAMPLES = max(200, int(os.environ.get("IDO_FUZZ_EXAMPLES", "20000")) // 10)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutations_are_refused_with_a_known_code_or_harmless(data):
    try:
        syncfile.read_sync_file(data, lookup, [IDENTITY])
    except SyncError as exc:
        assert exc.code in SYNC_ERROR_CODES, exc.code
        event(exc.code)  # shown by --hypothesis-show-statistics
    else:
        assert data == GOOD
