"""Mutated sync files through the real import service: refused with a known code, DB unchanged.

The campaign runs ``IDO_FUZZ_EXAMPLES`` mutated files (default 20,000; ``make fuzz`` runs
500,000) through ``ImportService.check``: the whole decision of an import (strict reading,
signature against the enrolled key in the database, decryption, records, schema and device
checks), on one back-office store that is reused. Refused files are not logged or
quarantined there, so "no change to the database" is checked after every file by a cheap
fingerprint (size and modification time of the database file and its WAL: any commit changes
them), and by a full snapshot of the records at the end. A smaller run goes through
``import_one`` (log, quarantine) on SQLite and PostgreSQL.
"""

from __future__ import annotations

import gzip
import os
import time
from collections import Counter
from pathlib import Path

import pytest

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from ido_desktop.sync import agecrypt
from ido_desktop.sync.errors import SYNC_ERROR_CODES, SyncError
from tests.services.sync_helpers import demo, make, snapshot
from tests.sync.mutations import FAMILIES, Mutator, unpack_members

EXAMPLES = int(os.environ.get("IDO_FUZZ_EXAMPLES", "20000"))
SEED = int(os.environ.get("IDO_FUZZ_SEED", "20261128"))
MUTATIONS = 300  # through the whole import, on SQLite and PostgreSQL


def test_mutated_files_never_change_the_database(tmp_path, office, laptop):
    demo(laptop, 20)
    good = Path(laptop.exports.export(tmp_path / "stick").path).read_bytes()
    # The structured mutator, not blind byte edits: those mostly land in the large payload
    # and only ever reach the ZIP checks, whatever the seed.
    mutator = Mutator(good, laptop.keystore.secret_key(), laptop.pairing.recipients(), SEED)
    before = snapshot(office)
    codes: Counter[str] = Counter()
    target = tmp_path / "mutant.idosync"
    while sum(codes.values()) < MUTATIONS:
        family, data = mutator.next()
        if family == "gzip":
            continue  # may be harmless (unused padding bits); the campaign below covers it
        target.write_bytes(data)
        result = office.imports.import_one(target)
        assert result.result == "refused", (family, result)
        assert result.error_code in SYNC_ERROR_CODES
        codes[result.error_code] += 1
        assert snapshot(office) == before
    print(f"{MUTATIONS} mutated files refused with codes {dict(codes)}")
    assert len(codes) >= 8


# --- the campaign --------------------------------------------------------------------------


@pytest.fixture
def paired(tmp_path) -> tuple[Services, Services]:
    """A back office on SQLite with some records already imported, and its laptop."""
    office = make(tmp_path, "backoffice", Role.BACKOFFICE)
    laptop = make(tmp_path, "laptop03", Role.FIELD)
    laptop.pairing.apply(office.pairing.write_config_file(tmp_path / "stick" / "pair.idopair"))
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    yield office, laptop
    laptop.close()
    office.close()


def fingerprint(services: Services) -> tuple[tuple[int, int], ...]:
    database = services.paths.database
    parts = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            stat = path.stat()
        except FileNotFoundError:
            parts.append((0, 0))
        else:
            parts.append((stat.st_size, stat.st_mtime_ns))
    return tuple(parts)


def test_fuzz_campaign_every_mutation_is_refused_with_a_known_code(tmp_path, paired, proof_report):
    office, laptop = paired
    demo(laptop, 3)
    first = Path(laptop.exports.export(tmp_path / "stick").path)
    assert office.imports.import_one(first).result == "imported"  # the back office holds data
    demo(laptop, 2, seed=2)
    good = Path(laptop.exports.export(tmp_path / "stick").path).read_bytes()
    identities = [office.keystore.age_identity()]
    payload = unpack_members(good)[2][1]
    records = office.imports.check(good, identities).records
    mutator = Mutator(
        good, laptop.keystore.secret_key(), laptop.pairing.recipients(), SEED
    ).with_records_stream(agecrypt.decrypt(payload, identities))
    assert gzip.decompress(mutator.gzipped)
    before, print_before = fingerprint(office), snapshot(office)
    codes: Counter[str] = Counter()
    families: Counter[str] = Counter()
    harmless = 0
    started = time.perf_counter()
    for index in range(EXAMPLES):
        family, data = mutator.next()
        families[family] += 1
        try:
            accepted = office.imports.check(data, identities)
        except SyncError as exc:
            assert exc.code in SYNC_ERROR_CODES, (index, family, exc)
            codes[exc.code] += 1
        except Exception as exc:  # noqa: BLE001 - any other exception is the finding
            pytest.fail(f"mutation {index} (seed {SEED}, {family}) raised {exc!r}")
        else:
            # Only a file the device signed can pass, and then only with the same records
            # (for instance a change in the unused padding bits at the end of the gzip stream).
            assert family == "gzip" and accepted.records == records, (index, family)
            harmless += 1
        assert fingerprint(office) == before, f"mutation {index} ({family}) changed the store"
    elapsed = time.perf_counter() - started
    assert snapshot(office) == print_before
    # The fingerprint does see a change: a real import of the good file moves it.
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "good.idosync").write_bytes(good)
    assert office.imports.import_one(tmp_path / "good" / "good.idosync").result == "imported"
    assert fingerprint(office) != before
    refused = sum(codes.values())
    tally = ", ".join(f"{code} {count}" for code, count in codes.most_common())
    proof_report(
        f"fuzzing: {EXAMPLES} mutated sync files through the import checks in {elapsed:.1f} s "
        f"(seed {SEED}): {refused} refused with a known code, {harmless} harmless, 0 other "
        f"exceptions, database unchanged; families {dict(sorted(families.items()))}"
    )
    proof_report(f"fuzzing: codes {tally}")
    assert refused + harmless == EXAMPLES
    assert set(families) == set(FAMILIES)
    assert len(codes) >= 20  # the mutations reach every layer of the reader
