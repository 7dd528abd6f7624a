"""Mutated sync files through the real import service: refused with a known code, DB unchanged."""

from __future__ import annotations

import random
from pathlib import Path

from ido_desktop.sync.errors import SYNC_ERROR_CODES
from tests.services.sync_helpers import demo, snapshot

MUTATIONS = 300


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    kind = rng.choice(["flip", "truncate", "insert", "delete"])
    at = rng.randrange(len(out))
    if kind == "flip":
        out[at] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        del out[at:]
    elif kind == "insert":
        out[at:at] = rng.randbytes(rng.randint(1, 8))
    else:
        del out[at : at + rng.randint(1, 8)]
    return bytes(out)


def test_mutated_files_never_change_the_database(tmp_path, office, laptop):
    demo(laptop, 20)
    good = Path(laptop.exports.export(tmp_path / "stick").path).read_bytes()
    rng = random.Random(20261128)
    before = snapshot(office)
    codes: dict[str, int] = {}
    target = tmp_path / "mutant.idosync"
    for _ in range(MUTATIONS):
        data = mutate(good, rng)
        target.write_bytes(data)
        result = office.imports.import_one(target)
        if data == good:
            continue
        assert result.result == "refused", result
        assert result.error_code in SYNC_ERROR_CODES
        codes[result.error_code] = codes.get(result.error_code, 0) + 1
        assert snapshot(office) == before
    print(f"{MUTATIONS} mutated files refused with codes {codes}")
    assert len(codes) >= 3
