"""Crash safety of saving: a writer registering consultations is killed with SIGKILL at random
moments; every consultation whose save was confirmed survives, and the store stays intact."""

from __future__ import annotations

import random
import sys

import pytest

from tests.proof.store_helpers import integrity, reopen, stored_consults

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="the fork server and SIGKILL are Linux"
)

KILLS = 40
SEED = 20261129


def test_sigkill_while_saving_loses_no_confirmed_consultation(
    services, open_spreekuur, forkserver, proof_report
):
    root = str(services.paths.root)
    reopen(services)
    # Calibrate: how long the writer takes to open the store, and to save one consultation.
    calibration = forkserver.run("save", root, "1", kill_after=1.0)
    lines = calibration.output.split()
    assert calibration.killed and lines[0] == "ready", calibration.output
    saved_per_second = max(len(lines) - 1, 1) / 1.0
    rng = random.Random(SEED)
    confirmed: set[str] = set(lines[1:])
    delays, lost, saved_in_run = [], 0, []
    for kill in range(KILLS):
        # From the fork: opening the store (a kill there is interesting too), then saving
        # until a few dozen saves, so kills land in every phase of a transaction.
        delay = rng.uniform(0.05, 0.25 + 40 / saved_per_second)
        run = forkserver.run("save", root, str(SEED + kill), kill_after=delay)
        delays.append(round(delay, 3))
        assert run.killed, f"writer ended by itself: {run.output[-2000:]}"
        # Only whole lines count: a line the kill cut short confirms nothing.
        ids = run.output.split("\n")[:-1][1:]
        confirmed.update(ids)
        saved_in_run.append(len(ids))
        reopen(services)
        assert integrity(services) == "ok", f"kill {kill} after {delay:.3f} s"
        stored, orphans = stored_consults(services)
        missing = confirmed - stored
        lost += len(missing)
        assert not missing, f"kill {kill} after {delay:.3f} s lost {sorted(missing)}"
        assert orphans == 0, f"kill {kill}: a consultation without its questions"
    print(f"kill delays (seed {SEED}): {delays}")
    proof_report(
        f"crash safety: {KILLS} SIGKILLs during save, {len(confirmed)} confirmed consultations, "
        f"{lost} lost, integrity_check ok after every kill (seed {SEED}, "
        f"{min(saved_in_run)}-{max(saved_in_run)} saves per writer)"
    )
    assert services.stats.stats().consultations == len(stored)
