"""The passphrase typed at a real terminal (a pseudo-terminal), as an IT person does it by hand.

The other CLI tests give the passphrase by file or environment; here nothing is given, so the
program must ask on the terminal, without echo, twice for a new one, and again after a mistake.
"""

from __future__ import annotations

import json
import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")

PROMPT = b"Wachtwoord: "
NEW_PROMPT = b"Nieuw wachtwoord"
AGAIN_PROMPT = b"Herhaal het nieuwe wachtwoord: "


def in_terminal(data_dir: Path, *args: str, answers: list[tuple[bytes, str]]) -> tuple[int, bytes]:
    """Run the CLI on a pseudo-terminal; type each answer once its prompt has appeared.

    Returns the exit code and everything the terminal showed (stdout and stderr together)."""
    env = {**os.environ, "LANG": "nl_NL.UTF-8", "IDO_PASSPHRASE": ""}
    command = [sys.executable, "-m", "ido_desktop.cli", "--data-dir", str(data_dir), *args]
    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty, as in a real shell
        os.execve(sys.executable, command, env)
    shown, seen_up_to = b"", 0
    pending = list(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        if pending and pending[0][0] in shown[seen_up_to:]:
            prompt, answer = pending.pop(0)
            seen_up_to = shown.index(prompt, seen_up_to) + len(prompt)
            os.write(fd, answer.encode() + b"\n")
    else:
        os.kill(pid, 9)
        pytest.fail(f"the program did not finish; the terminal showed {shown!r}")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert not pending, f"never asked for {pending}; the terminal showed {shown!r}"
    return os.waitstatus_to_exitcode(status), shown


def init_laptop(store: Path, first: str, second: str) -> tuple[int, bytes]:
    """``init`` of a laptop store, typing the new passphrase and its repetition."""
    return in_terminal(
        store,
        "init",
        "--role",
        "field",
        "--name",
        "Laptop 07",
        answers=[(NEW_PROMPT, first), (AGAIN_PROMPT, second)],
    )


def test_a_new_store_asks_twice_and_never_echoes(tmp_path):
    store = tmp_path / "laptop"
    code, shown = init_laptop(store, "getypt-wachtwoord", "getypt-wachtwoord")
    assert code == 0, shown
    assert b"getypt-wachtwoord" not in shown  # typed without echo
    code, shown = in_terminal(store, "whoami", answers=[(PROMPT, "getypt-wachtwoord")])
    assert code == 0, shown
    assert json.loads(shown[shown.index(b"{") :])["name"] == "Laptop 07"


def test_two_different_new_passphrases_are_refused_and_nothing_is_made(tmp_path):
    store = tmp_path / "laptop"
    code, shown = init_laptop(store, "eerste-wachtwoord", "tweede-wachtwoord")
    assert code == 1 and b"E_PASSPHRASE_MISMATCH: " in shown, shown
    assert not (store / "ido.sqlite3.key").exists()


def test_a_mistyped_passphrase_may_be_typed_again(tmp_path):
    store = tmp_path / "laptop"
    code, shown = init_laptop(store, "goed-wachtwoord", "goed-wachtwoord")
    assert code == 0, shown
    code, shown = in_terminal(
        store,
        "stats",
        answers=[(PROMPT, "fout-wachtwoord"), (PROMPT, "goed-wachtwoord")],
    )
    assert code == 0, shown
    assert b"E_PASSPHRASE_WRONG: " in shown  # told, then asked again
    assert json.loads(shown[shown.index(b"{") :])["consultations"] == 0
