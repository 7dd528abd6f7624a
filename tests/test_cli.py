"""The command line as a user (or a script) runs it: real processes, real stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None):
    command = [sys.executable, "-m", "ido_desktop.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "LANG": "nl_NL.UTF-8", **(env or {})}
    return subprocess.run(
        command + list(args), capture_output=True, text=True, env=full_env, timeout=120
    )


def test_init_demo_stats_whoami(tmp_path):
    store = tmp_path / "laptop"
    made = run("init", "--role", "field", "--name", "Laptop 03", data_dir=store)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["name"] == "Laptop 03"
    assert run("demo", "--consultations", "1000", data_dir=store).returncode == 0
    stats = run("stats", data_dir=store)
    assert stats.returncode == 0
    counts = json.loads(stats.stdout)
    assert counts["consultations"] == 1000
    assert counts["questions"] >= 1000 and "referrals" in counts
    who = json.loads(run("whoami", data_dir=store).stdout)
    assert who["role"] == "field" and len(who["device_id"]) == 36


def test_init_twice_is_refused_and_changes_nothing(tmp_path):
    store = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "A", data_dir=store).returncode == 0
    before = (store / "ido.sqlite3").read_bytes()
    again = run("init", "--role", "backoffice", "--name", "B", data_dir=store)
    assert again.returncode == 1
    assert "E_STORE_EXISTS" in again.stderr and "niets veranderd" in again.stderr
    assert json.loads(run("whoami", data_dir=store).stdout)["name"] == "A"
    assert (store / "ido.sqlite3").read_bytes() == before


def test_commands_on_a_missing_store_say_how_to_make_one(tmp_path):
    result = run("stats", data_dir=tmp_path / "nothing-here")
    assert result.returncode == 1
    assert "E_STORE_NOT_INITIALISED" in result.stderr and "ido-desktop init" in result.stderr
    english = run("stats", data_dir=tmp_path / "nothing-here", env={"LANG": "en_GB.UTF-8"})
    assert "Create one with" in english.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--role", "laptop", "--name", "X"),
        ("demo",),
        ("frobnicate",),
        ("demo", "--consultations", "many"),
    ],
)
def test_wrong_usage_exits_2(tmp_path, args):
    assert run(*args, data_dir=tmp_path / "s").returncode == 2


def test_demo_refuses_a_silly_count(tmp_path):
    store = tmp_path / "laptop"
    run("init", "--role", "field", "--name", "A", data_dir=store)
    result = run("demo", "--consultations", "0", data_dir=store)
    assert result.returncode == 1 and "E_DEMO_COUNT" in result.stderr
    assert json.loads(run("stats", data_dir=store).stdout)["consultations"] == 0


def test_smoke_starts_the_gui_and_reports_the_time(tmp_path):
    store = tmp_path / "laptop"
    run("init", "--role", "field", "--name", "A", data_dir=store)
    run("demo", "--consultations", "200", data_dir=store)
    result = run("smoke", data_dir=store, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "smoke: main window showed its data after" in result.stdout


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path):
    store = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "A", data_dir=store).returncode == 0
    assert run("demo", "--consultations", "300", data_dir=store).returncode == 0
    command = [sys.executable, "-m", "ido_desktop.cli", "--data-dir", str(store), "stats"]
    env = {**os.environ, "LANG": "nl_NL.UTF-8"}
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert reader.stdout is not None
    reader.stdout.close()  # like `| head` that has read enough (here: nothing)
    _, stderr = reader.communicate(timeout=120)
    assert reader.returncode == 0 and b"Traceback" not in stderr, stderr
