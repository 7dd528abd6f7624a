"""Fork server for the crash tests: imports the program once, then forks one child per run.

A Python start with the program's imports takes most of a second; forking an already warm
process takes a millisecond, so forty and more kills fit in a few seconds. Every child is a real
process doing real writes, killed with SIGKILL by this server (its parent, so the pid cannot be
reused by another process before the kill).

Protocol: one JSON line per request on stdin, one JSON line per answer on stdout.

    -> {"run": "save" | "backup" | "cli", "args": [...], "out": FILE,
        "kill_after": SECONDS | null, "max_file_size": BYTES | null}
    <- {"pid": N, "killed": BOOL, "status": WAIT_STATUS, "elapsed": SECONDS}

``save ROOT SEED`` registers consultations in the open spreekuur for ever and prints the id of
each one after ``register`` returned (= confirmed), flushed, until a save is refused.
``backup ROOT FOLDER`` backs the store up into FOLDER. ``cli ARGS`` runs
``ido-desktop ARGS`` (``ido_desktop.cli.main``). A child's stdout and stderr go to ``out``.
With ``max_file_size`` the child cannot write files beyond that size: a disk that is full.
"""

from __future__ import annotations

import json
import os
import random
import resource
import select
import signal
import sys
import time
import traceback
from pathlib import Path

from ido_desktop import cli
from ido_desktop.app import Services, open_services
from ido_desktop.db import backups
from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay
from ido_desktop.messages import message
from ido_desktop.paths import DataPaths

TOPICS = (
    ("belastingdienst", "aangifte_inkomstenbelasting"),
    ("toeslagen", "zorgtoeslag"),
    ("digid_logius", "digid"),
)


def open_store(root: str) -> Services:
    """Open an existing store as the command line does (the passphrase from IDO_PASSPHRASE:
    the child inherits the test's environment)."""
    return open_services(DataPaths(Path(root)))


def draft(services: Services, rng: random.Random) -> ConsultDraft:
    questions = []
    for _ in range(rng.randint(1, 3)):
        organisation, topic = rng.choice(TOPICS)
        questions.append(
            QuestionDraft(
                organisations=(organisation,),
                topic=topic,
                digid_detail="wachtwoord" if topic == "digid" else None,
                help_forms=("uitleg",),
                result="opgelost",
            )
        )
    return ConsultDraft(
        consult_date=services.consults.today(),
        part_of_day=rng.choice(list(PartOfDay)),
        duration_band=rng.choice(list(DurationBand)),
        questions=tuple(questions),
    )


def save(root: str, seed: str) -> int:
    services = open_store(root)
    catalog = services.reference.catalog()
    rng = random.Random(int(seed))
    print("ready", flush=True)
    while True:
        try:
            consult_id = services.consults.register(draft(services, rng), catalog)
        except IdoError as exc:
            print(f"refused {exc.code}: {message(exc.code, exc.params)}", flush=True)
            return 1
        print(consult_id, flush=True)  # only now is the consultation confirmed


def backup(root: str, folder: str) -> int:
    services = open_store(root)
    try:
        path = backups.backup(services.store.engine, Path(folder), "proof", services.store.key)
        print(path, flush=True)
    except IdoError as exc:
        print(f"refused {exc.code}: {message(exc.code, exc.params)}", flush=True)
        return 1
    return 0


def _child(request: dict, out: int) -> None:
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    if request.get("max_file_size") is not None:
        # A full disk, for real: writes beyond this size fail with EFBIG (not SIGXFSZ).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
        resource.setrlimit(resource.RLIMIT_FSIZE, (request["max_file_size"], hard))
    code = 70
    try:
        if request["run"] == "save":
            code = save(*request["args"])
        elif request["run"] == "backup":
            code = backup(*request["args"])
        else:
            code = cli.main(request["args"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _wait(pid: int, kill_after: float | None, started: float) -> tuple[bool, int]:
    """Wait for the child; kill it with SIGKILL when it still runs after ``kill_after``."""
    killed = False
    if kill_after is not None:
        try:
            handle = os.pidfd_open(pid)
        except (AttributeError, OSError):
            handle = None
        deadline = started + kill_after
        if handle is not None:
            ready, _, _ = select.select([handle], [], [], max(0.0, deadline - time.monotonic()))
            os.close(handle)
            running = not ready
        else:
            while True:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    return False, status
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.001)
            running = True
        if running:
            os.kill(pid, signal.SIGKILL)  # our own child, not reaped yet: the pid is still its
            killed = True
    _, status = os.waitpid(pid, 0)
    return killed and os.WIFSIGNALED(status), status


def main() -> None:
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
        sys.stdout.flush()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(request, out)
        os.close(out)
        killed, status = _wait(pid, request.get("kill_after"), started)
        answer = {
            "pid": pid,
            "killed": killed,
            "status": status,
            "elapsed": time.monotonic() - started,
        }
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
