"""``ido-desktop audit`` and the role rules of the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from ido_desktop import cli
from ido_desktop.db.models import Base
from ido_desktop.domain.vocab import Role
from tests.services.sync_helpers import make
from tests.test_cli import run


def test_audit_on_the_command_line(tmp_path, backoffice_db):
    """Back office on SQLite, and on PostgreSQL with --database-url."""
    office, laptop, stick = tmp_path / "office", tmp_path / "laptop", tmp_path / "stick"

    def at_office(*args: str, env: dict[str, str] | None = None):
        url = ("--database-url", backoffice_db) if backoffice_db else ()
        return run(*url, *args, data_dir=office, env=env)

    assert at_office("init", "--role", "backoffice", "--name", "Centrale").returncode == 0
    made = run("init", "--role", "field", "--name", "Laptop 03", data_dir=laptop)
    pub = json.loads(made.stdout)["public_key_path"]
    key_id = json.loads(made.stdout)["key_id"]
    assert at_office("pair", "--out", str(stick / "pair.idopair")).returncode == 0
    assert at_office("trust-device", pub, "--name", "Laptop 03").returncode == 0
    renamed = at_office("rename-device", key_id, "--name", "Laptop 03 Charlois")
    assert renamed.returncode == 0, renamed.stderr
    assert json.loads(renamed.stdout)["name"] == "Laptop 03 Charlois"
    assert at_office("revoke-device", key_id).returncode == 0

    table = at_office("audit")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["Tijdstip", "Door", "Actie", "Onderwerp", "Details"]
    actions = [line.split()[2] for line in lines[2:]]
    assert actions == ["device.revoked", "device.renamed", "device.trusted", "pairing.written"]
    assert all(line.split()[1] == "Centrale" for line in lines[2:])
    assert f"device:{key_id}" in lines[2]

    csv_out = at_office("audit", "--action", "device.renamed", "--format", "csv", "--lang", "en")
    assert csv_out.returncode == 0, csv_out.stderr
    header, row = csv_out.stdout.splitlines()
    assert header == "time,by,action,subject,details"
    assert ",Centrale,device.renamed," in row and '""old_name"": ""Laptop 03""' in row

    out = tmp_path / "logboek.csv"
    written = at_office("audit", "--format", "csv", "--out", str(out), "--subject", "DEVICE:")
    assert written.returncode == 0 and "3 regels" in written.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4

    future = at_office("audit", "--from", "2099-01-01")
    assert future.returncode == 0 and "(geen regels)" in future.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--from", "30-11-2026"), "E_AUDIT_DATE"),
        (("--from", "2026-12-01", "--to", "2026-11-01"), "E_AUDIT_PERIOD"),
        (("--action", "device.deleted"), "E_AUDIT_ACTION"),
    ],
)
def test_wrong_audit_options_are_refused_with_a_reason(tmp_path, capsys, args, code):
    office = make(tmp_path, "office", Role.BACKOFFICE)
    try:
        assert cli.main(["--data-dir", str(tmp_path / "office"), "audit", *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"{code}: ") and len(err) > len(code) + 20
    finally:
        office.close()


def _everything(services) -> dict[str, list]:
    with services.store.engine.connect() as conn:
        return {
            table.name: sorted(map(repr, conn.execute(select(table))))
            for table in Base.metadata.sorted_tables
        }


def test_a_field_install_refuses_every_back_office_command(tmp_path, capsys):
    laptop = make(tmp_path, "laptop", Role.FIELD)
    try:
        pub = str(laptop.keystore.public_key_path)
        key_id = laptop.keystore.public_key().key_id_hex
        before = _everything(laptop)
        commands = {
            "trust-device": ["trust-device", pub, "--name", "Laptop 04"],
            "revoke-device": ["revoke-device", key_id],
            "rename-device": ["rename-device", key_id, "--name", "Laptop 04"],
            "import": ["import", str(tmp_path)],
            "audit": ["audit"],
            "recovery-code": ["recovery-code", str(laptop.paths.keyfile)],
            "retention": ["retention", "--months", "1", "--apply"],
            "pair --out": ["pair", "--out", str(tmp_path / "pair.idopair")],
        }
        assert {c.split()[0] for c in commands} == cli.BACKOFFICE_ONLY | {"pair"}
        for args in commands.values():
            assert cli.main(["--data-dir", str(tmp_path / "laptop"), *args]) == 1, args
            err = capsys.readouterr().err
            assert err.startswith("E_ROLE_BACKOFFICE_ONLY: Dit kan alleen op de backoffice")
            assert _everything(laptop) == before, args
        assert not (tmp_path / "pair.idopair").exists()
    finally:
        laptop.close()
