"""The sync scenario of the issue, as a user runs it on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import run


def test_pair_export_import_receipt_on_the_command_line(tmp_path, backoffice_db):
    """Back office on SQLite, and on PostgreSQL with --database-url (keys stay in --data-dir)."""
    office, laptop, stick = tmp_path / "office", tmp_path / "laptop", tmp_path / "stick"
    stick.mkdir()

    def at_office(*args: str):
        url = ("--database-url", backoffice_db) if backoffice_db else ()
        return run(*url, *args, data_dir=office)

    assert at_office("init", "--role", "backoffice", "--name", "Centrale").returncode == 0
    assert (office / "ido.sqlite3").exists() == (backoffice_db is None)
    assert (office / "keys" / "ido.pub").exists()
    made = run("init", "--role", "field", "--name", "Laptop 03", data_dir=laptop)
    pub = json.loads(made.stdout)["public_key_path"]

    assert at_office("pair", "--out", str(stick / "pair.idopair")).returncode == 0
    paired = run("pair", str(stick / "pair.idopair"), data_dir=laptop)
    assert paired.returncode == 0 and "vingerafdruk" in paired.stderr
    assert at_office("trust-device", pub, "--name", "Laptop 03").returncode == 0
    assert run("demo", "--consultations", "500", data_dir=laptop).returncode == 0
    exported = run("export", "--out", str(stick), data_dir=laptop)
    assert exported.returncode == 0, exported.stderr
    sync_file = Path(json.loads(exported.stdout)["path"])

    imported = at_office("import", str(sync_file), "--receipts-to", str(stick))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(at_office("stats").stdout) == json.loads(run("stats", data_dir=laptop).stdout)
    again = at_office("import", str(stick))
    assert again.returncode == 0 and '"result": "known"' in again.stdout

    tampered = stick / "tampered.idosync"
    data = bytearray(sync_file.read_bytes())
    data[-100] ^= 0xFF
    tampered.write_bytes(bytes(data))
    refused = at_office("import", str(tampered))
    assert refused.returncode == 1
    line = json.loads(refused.stdout)
    assert line["error_code"].startswith("E_SYNC_") and "quarantaine" in line["message"]
    assert json.loads(at_office("stats").stdout)["consultations"] == 500
    assert list((office / "quarantine").iterdir())

    receipt = next(stick.glob("*.idoreceipt"))
    read = run("receipt", str(receipt), "--now", data_dir=laptop)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["still_unacknowledged"] == 0


def test_role_rules(tmp_path):
    laptop = tmp_path / "laptop"
    run("init", "--role", "field", "--name", "L", data_dir=laptop)
    refused = run("import", str(tmp_path), data_dir=laptop)
    assert refused.returncode == 1 and "E_ROLE_BACKOFFICE_ONLY" in refused.stderr
    unpaired = run("export", "--out", str(tmp_path), data_dir=laptop)
    assert unpaired.returncode == 1 and "E_NOT_PAIRED" in unpaired.stderr
    assert run("pair", data_dir=laptop).returncode == 2
