"""Crash safety of export and import: ``ido-desktop export`` and ``import`` killed with SIGKILL.

Export: afterwards the stick never holds a partial sync file: either no new file, or a complete
one that imports (a hidden temporary file may stay behind; the next export of that name removes
it). Every file the laptop marked as sent is on the stick, byte for byte.

Import: afterwards either all of the file's records are present or none; a re-import completes.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import statistics
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from ido_desktop.app import Services
from tests.proof.processes import Run
from tests.proof.store_helpers import integrity, reopen
from tests.services.sync_helpers import RECORD_TABLES, demo

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="the fork server and SIGKILL are Linux"
)

KILLS = 40
CONSULTATIONS = 500
SEED = 20261130


class KillPlan:
    """Kill moments from a seeded RNG: 40 % anywhere in a run, 60 % in its last sixth, where
    the file is written and the transaction commits. Every eighth run is not killed: it measures
    again how long a run takes (the load of the machine changes that)."""

    def __init__(self, seed: int, first_run: float) -> None:
        self.rng = random.Random(seed)
        self.durations = [first_run]
        self.delays: list[float | None] = []

    def next(self) -> float | None:
        """The kill moment of the next run, or None for a timing run."""
        if len(self.delays) % 8 == 7:
            delay = None
        else:
            duration = statistics.median(self.durations[-3:])
            if self.rng.random() < 0.4:
                delay = self.rng.uniform(0.0, duration)
            else:
                delay = self.rng.uniform(0.83 * duration, 1.02 * duration)
        self.delays.append(None if delay is None else round(delay, 3))
        return delay

    def ran(self, run: Run) -> None:
        if not run.killed:
            self.durations.append(run.elapsed)


def exports_marked_sent(laptop: Services) -> dict[str, str]:
    with laptop.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT file_name, file_sha256 FROM export_log"))
        return {name: sha for name, sha in rows}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sigkill_during_export_leaves_no_partial_file(
    tmp_path, sqlite_office, paired_laptop, forkserver, proof_report
):
    laptop, office = paired_laptop, sqlite_office
    demo(laptop, CONSULTATIONS)
    stick = tmp_path / "stick"
    stick.mkdir()
    reopen(laptop)
    export = ("--data-dir", str(laptop.paths.root), "export", "--out", str(stick))
    calibration = forkserver.run("cli", *export)
    assert calibration.exit_code == 0, calibration.output
    plan = KillPlan(SEED, calibration.elapsed)
    outcomes: Counter[str] = Counter()
    checked: dict[str, str] = {}  # file name -> sha256 of the version already imported
    kill = 0
    while kill < KILLS:
        assert len(plan.delays) < 3 * KILLS, "the kills keep missing the export"
        delay = plan.next()
        run = forkserver.run("cli", *export, kill_after=delay)
        plan.ran(run)
        kill += run.killed
        reopen(laptop)
        assert integrity(laptop) == "ok", f"kill {kill} after {delay} s"
        files = {p.name: p for p in stick.iterdir()}
        strays = [n for n in files if not n.endswith(".idosync") and not n.endswith(".tmp")]
        assert not strays, f"kill {kill}: unexpected files {strays}"
        marked = exports_marked_sent(laptop)
        for name, digest in marked.items():  # marked as sent: on the stick, byte for byte
            assert name in files and sha256(files[name]) == digest, f"kill {kill}: {name}"
        new = []
        for name, path in sorted(files.items()):
            if not name.endswith(".idosync") or checked.get(name) == sha256(path):
                continue
            new.append(name)
            result = office.imports.import_one(path)  # complete: it imports
            assert result.result in ("imported", "known"), (kill, delay, result)
            checked[name] = sha256(path)
        temporaries = any(n.endswith(".tmp") for n in files)
        if delay is None:
            outcomes["timing run, not killed"] += 1
        elif not run.killed:
            outcomes["finished before the kill"] += 1
        elif new and any(name not in marked for name in new):
            outcomes["file complete, not yet marked sent"] += 1
        elif new:
            outcomes["file complete and marked sent"] += 1
        elif temporaries:
            outcomes["only a hidden temporary file"] += 1
        else:
            outcomes["no new file"] += 1
    # The next export after all this completes, cleans up, and imports.
    final = forkserver.run("cli", *export)
    assert final.exit_code == 0, final.output
    assert not [p for p in stick.iterdir() if p.name.endswith(".tmp")]
    reopen(laptop)
    for name, digest in exports_marked_sent(laptop).items():
        assert sha256(stick / name) == digest
    newest = max(stick.glob("*.idosync"))
    assert office.imports.import_one(newest).result in ("imported", "known")
    assert office.stats.stats().consultations == CONSULTATIONS
    print(f"export kill delays (seed {SEED}): {plan.delays}")
    proof_report(
        f"crash safety: {KILLS} SIGKILLs during export ({CONSULTATIONS} consultations), 0 "
        f"partial sync files; outcomes {dict(outcomes)}"
    )


def record_counts(office: Services) -> dict[str, int]:
    with office.store.engine.connect() as conn:
        return {
            table: int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())  # noqa: S608
            for table in RECORD_TABLES
        }


def copy_store(source: Path, target: Path) -> None:
    """Copy a closed SQLite store file (and a WAL a killed writer may have left)."""
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        (target / (source.name + suffix)).unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copy2(part, target / part.name)


def test_sigkill_during_import_leaves_all_or_nothing(
    tmp_path, sqlite_office, paired_laptop, forkserver, proof_report
):
    laptop, office = paired_laptop, sqlite_office
    demo(laptop, CONSULTATIONS)
    (tmp_path / "stick").mkdir()
    sync_file = Path(laptop.exports.export(tmp_path / "stick").path)
    reopen(office)
    database = office.paths.database
    before = record_counts(office)
    pristine = tmp_path / "pristine"
    copy_store(database, pristine)

    def restore() -> None:
        reopen(office)
        copy_store(pristine / database.name, database.parent)

    imports = ("--data-dir", str(office.paths.root), "import", str(sync_file))
    calibration = forkserver.run("cli", *imports)
    assert calibration.exit_code == 0, calibration.output
    reopen(office)
    after = record_counts(office)
    assert after["consult"] == before["consult"] + CONSULTATIONS
    restore()
    plan = KillPlan(SEED, calibration.elapsed)
    outcomes: Counter[str] = Counter()
    kill = 0
    while kill < KILLS:
        assert len(plan.delays) < 3 * KILLS, "the kills keep missing the import"
        delay = plan.next()
        run = forkserver.run("cli", *imports, kill_after=delay)
        plan.ran(run)
        kill += run.killed
        reopen(office)
        assert integrity(office) == "ok", f"kill {kill} after {delay} s"
        counts = record_counts(office)
        assert counts in (before, after), f"kill {kill} after {delay} s: partial {counts}"
        if counts == after:
            if delay is None:
                outcomes["timing run, not killed"] += 1
            else:
                outcomes["all records" if run.killed else "finished before the kill"] += 1
            restore()
        else:
            outcomes["no record"] += 1
    # A re-import after the kills completes.
    final = forkserver.run("cli", *imports)
    assert final.exit_code == 0, final.output
    reopen(office)
    assert record_counts(office) == after and integrity(office) == "ok"
    print(f"import kill delays (seed {SEED}): {plan.delays}")
    proof_report(
        f"crash safety: {KILLS} SIGKILLs during import ({CONSULTATIONS} consultations), 0 "
        f"partial imports; outcomes {dict(outcomes)}; re-import completed"
    )
