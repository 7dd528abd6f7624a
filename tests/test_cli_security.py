"""Passphrases, recovery and backups on the command line, as a script or an IT person runs them."""

from __future__ import annotations

import json
import os

from ido_desktop.db import backups, encryption
from tests.test_cli import run

WITHOUT_ENV = {"IDO_PASSPHRASE": ""}


def test_the_passphrase_comes_from_a_file_or_the_environment(tmp_path):
    store = tmp_path / "laptop"
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("uit-een-bestand\n")
    made = run(
        "--passphrase-file",
        str(secret),
        "init",
        "--role",
        "field",
        "--name",
        "A",
        data_dir=store,
        env=WITHOUT_ENV,
    )
    assert made.returncode == 0, made.stderr
    assert not encryption.is_plain_sqlite(store / "ido.sqlite3")
    by_file = run("--passphrase-file", str(secret), "stats", data_dir=store, env=WITHOUT_ENV)
    assert by_file.returncode == 0, by_file.stderr
    by_env = run("stats", data_dir=store, env={"IDO_PASSPHRASE": "uit-een-bestand"})
    assert json.loads(by_env.stdout) == json.loads(by_file.stdout)


def test_a_wrong_or_missing_passphrase_is_refused_with_a_code(tmp_path):
    store = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "A", data_dir=store).returncode == 0
    wrong = run("stats", data_dir=store, env={"IDO_PASSPHRASE": "helemaal-fout"})
    assert wrong.returncode == 1 and wrong.stderr.startswith("E_PASSPHRASE_WRONG: ")
    missing = run("stats", data_dir=store, env=WITHOUT_ENV)  # no terminal to ask on
    assert missing.returncode == 1 and missing.stderr.startswith("E_PASSPHRASE_REQUIRED: ")
    short = run(
        "init",
        "--role",
        "field",
        "--name",
        "B",
        data_dir=tmp_path / "b",
        env={"IDO_PASSPHRASE": "kort"},
    )
    assert short.returncode == 1 and short.stderr.startswith("E_PASSPHRASE_TOO_SHORT: ")
    assert not (tmp_path / "b" / "ido.sqlite3.key").exists()


def test_the_gui_started_with_a_wrong_passphrase_is_refused_and_changes_nothing(tmp_path):
    # The key is unwrapped in a thread while Qt starts; its error still reaches the user.
    store = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "A", data_dir=store).returncode == 0
    before = (store / "ido.sqlite3.key").read_bytes(), (store / "ido.sqlite3").read_bytes()
    wrong = run(
        "smoke",
        data_dir=store,
        env={"IDO_PASSPHRASE": "helemaal-fout", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert wrong.returncode == 1 and wrong.stderr.startswith("E_PASSPHRASE_WRONG: ")
    # The unlock screen showed ("opening"), the main window never did.
    assert "smoke: first window shown" in wrong.stdout
    assert "main window" not in wrong.stdout
    assert (
        (store / "ido.sqlite3.key").read_bytes(),
        (store / "ido.sqlite3").read_bytes(),
    ) == before


def test_a_forgotten_laptop_passphrase_is_reset_with_the_back_office_code(tmp_path):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    assert run("init", "--role", "backoffice", "--name", "BO", data_dir=office).returncode == 0
    assert run("init", "--role", "field", "--name", "L", data_dir=laptop).returncode == 0
    pairing = tmp_path / "pair.idopair"
    assert run("pair", "--out", str(pairing), data_dir=office).returncode == 0
    assert run("pair", str(pairing), data_dir=laptop).returncode == 0
    assert run("demo", "--consultations", "25", data_dir=laptop).returncode == 0

    recovered = run("recovery-code", str(laptop / "ido.sqlite3.key"), data_dir=office)
    assert recovered.returncode == 0, recovered.stderr
    code = json.loads(recovered.stdout)["recovery_code"]
    reset = run(
        "reset-passphrase",
        "--code",
        code,
        data_dir=laptop,
        env={"IDO_PASSPHRASE": "", "IDO_NEW_PASSPHRASE": "na-het-vergeten"},
    )
    assert reset.returncode == 0, reset.stderr
    stats = run("stats", data_dir=laptop, env={"IDO_PASSPHRASE": "na-het-vergeten"})
    assert json.loads(stats.stdout)["consultations"] == 25
    assert run("stats", data_dir=laptop).returncode == 1  # the old passphrase no longer opens


def test_backup_list_and_restore(tmp_path):
    store = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "A", data_dir=store).returncode == 0
    assert run("demo", "--consultations", "10", data_dir=store).returncode == 0
    made = run("backup", data_dir=store)
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)["backup"]
    assert run("demo", "--consultations", "5", "--seed", "2", data_dir=store).returncode == 0
    listed = [json.loads(line) for line in run("backups", data_dir=store).stdout.splitlines()]
    assert backup in [entry["path"] for entry in listed]

    restored = run("restore", backup, data_dir=store)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(run("stats", data_dir=store).stdout)["consultations"] == 10
    assert not encryption.is_plain_sqlite(store / "ido.sqlite3")

    garbage = tmp_path / "geen-kopie.sqlite3"
    garbage.write_bytes(os.urandom(4096))
    refused = run("restore", str(garbage), data_dir=store)
    assert refused.returncode == 1 and refused.stderr.startswith("E_BACKUP_UNREADABLE: ")
    assert json.loads(run("stats", data_dir=store).stdout)["consultations"] == 10
    for info in backups.list_backups(store / "backups"):
        assert not encryption.is_plain_sqlite(info.path)
