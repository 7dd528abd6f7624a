"""``reference export`` and ``reference import`` as a script runs them: exit codes, JSON,
refusals naming row and column, back office only for imports."""

from __future__ import annotations

import csv
import json

from tests.test_cli import run


def test_export_preview_apply_and_a_bad_file(tmp_path):
    office = tmp_path / "bo"
    assert run("init", "--role", "backoffice", "--name", "BO", data_dir=office).returncode == 0
    sheet = tmp_path / "kaart.csv"
    exported = run("reference", "export", "partners", "--out", str(sheet), data_dir=office)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout) == {"kind": "partners", "file": str(sheet)}

    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    phone = rows[0].index("Telefoon")
    rows[1][phone] = "010 417 40 00"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    preview = run("reference", "import", str(sheet), data_dir=office)
    assert preview.returncode == 0, preview.stderr
    shown = json.loads(preview.stdout)
    assert shown["applied"] is False and [c["code"] for c in shown["changed"]] == [rows[1][0]]
    applied = run("reference", "import", str(sheet), "--apply", data_dir=office)
    assert applied.returncode == 0 and json.loads(applied.stdout)["applied"] is True
    assert (
        json.loads(run("reference", "import", str(sheet), data_dir=office).stdout)["changed"] == []
    )

    rows[2][phone] = "onbekend"
    rows[3][rows[0].index("Postcode")] = "12"
    bad = tmp_path / "fout.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    refused = run("reference", "import", str(bad), "--apply", data_dir=office)
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert lines[0].startswith("E_REF_PHONE_INVALID: Rij 3, kolom Telefoon:")
    assert lines[1].startswith("E_REF_POSTCODE_INVALID: Rij 4, kolom Postcode:")
    assert lines[-1].startswith("E_REF_SHEET_INVALID:")
    unknown = run("reference", "export", "gemeenten", "--out", str(sheet), data_dir=office)
    assert unknown.returncode == 2


def test_a_laptop_exports_what_it_runs_but_cannot_import(tmp_path):
    laptop = tmp_path / "laptop"
    assert run("init", "--role", "field", "--name", "Laptop 03", data_dir=laptop).returncode == 0
    sheet = tmp_path / "locaties.xlsx"
    assert (
        run("reference", "export", "locations", "--out", str(sheet), data_dir=laptop).returncode
        == 0
    )
    assert sheet.stat().st_size > 0
    refused = run("reference", "import", str(sheet), data_dir=laptop)
    assert refused.returncode == 1 and refused.stderr.startswith("E_ROLE_BACKOFFICE_ONLY")
