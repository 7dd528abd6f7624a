"""The sociale kaart (and every list) to a spreadsheet and back: XLSX and CSV, Dutch headers,
a preview first, every bad cell named by row and column, a round trip through LibreOffice."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference import REFERENCE_KINDS
from ido_desktop.services.reference_import import ReferenceSheetError


def state(services):
    with services.store.engine.connect() as conn:
        return (
            sorted(
                map(
                    str, conn.execute(text("SELECT kind, code, position, data FROM reference_item"))
                )
            ),
            sorted(map(tuple, conn.execute(text("SELECT kind, version FROM reference_version")))),
            conn.execute(text("SELECT count(*) FROM audit_log")).scalar(),
        )


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


# The file handling does not depend on the database: the many-file tests run on SQLite only.
sqlite_only = pytest.mark.parametrize("backoffice_databases", ["sqlite"], indirect=True)


@sqlite_only
@pytest.mark.parametrize("kind", REFERENCE_KINDS)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_list_exports_and_imports_back_unchanged(office, tmp_path, kind, suffix):
    sheets = office.reference_sheets
    path = sheets.export(kind, tmp_path / f"lijst{suffix}")
    before = state(office)
    preview = sheets.preview(path, kind)
    assert preview.empty and preview.unchanged == len(office.reference_admin.items(kind))
    assert sheets.apply(path, kind).empty
    assert state(office) == before


def test_the_exported_sheet_has_dutch_headers_and_the_codes_explained(office, tmp_path):
    path = office.reference_sheets.export("partners", tmp_path / "sociale-kaart.xlsx")
    book = load_workbook(path)
    sheet = book["Sociale kaart"]
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == [
        "Code",
        "Naam",
        "Categorie",
        "Helpt bij (nl)",
        "Helpt bij (en)",
        "Telefoon",
    ]
    assert {"ma", "zo", "Postcode", "Vervallen"} <= set(headers)
    phone = sheet.cell(row=2, column=6)
    assert phone.value == "14 010" and phone.number_format == "@"
    explained = [row[0].value for row in book["Uitleg"].iter_rows()]
    assert "schulden_geldzaken" in explained


def test_a_spreadsheet_edit_previews_then_applies_in_one_transaction(office, tmp_path):
    sheets = office.reference_sheets
    rows = read_csv(sheets.export("partners", tmp_path / "kaart.csv"))
    header = rows[0]
    col = {name: header.index(name) for name in header}
    by_code = {r[0]: r for r in rows[1:]}
    by_code["huurteam_rotterdam"][col["Telefoon"]] = "010 123 45 67"
    by_code["huurteam_rotterdam"][col["Telefoon is voorlopig"]] = "nee"
    by_code["huurteam_rotterdam"][col["di"]] = "13-17"
    rows.remove(by_code["geldfit"])  # removed from the sheet: retired
    new = [""] * len(header)
    new[col["Naam"]], new[col["Categorie"]] = "Taalcafé Delfshaven", "Taal"
    new[col["Helpt bij (nl)"]], new[col["Telefoon"]] = "Nederlands oefenen", "010 000 1099"
    new[col["Telefoon is voorlopig"]] = "ja"
    rows.append(new)
    path = write_csv(tmp_path / "kaart-bewerkt.csv", rows)

    before = state(office)
    preview = sheets.preview(path)
    assert preview.kind == "partners"
    assert [(a.code, a.label) for a in preview.added] == [
        ("taalcafe_delfshaven", "Taalcafé Delfshaven")
    ]
    [changed] = preview.changed
    assert changed.code == "huurteam_rotterdam"
    assert {"phone", "phone_is_placeholder", "hours.tue"} <= set(changed.fields)
    assert [r.code for r in preview.retired] == ["geldfit"]
    assert state(office) == before  # a preview writes nothing

    sheets.apply(path, actor="Clerk C", expected=preview)
    catalog = office.reference.catalog()
    assert catalog.get("partners", "huurteam_rotterdam").get("phone") == "010 123 4567"
    assert catalog.get("partners", "geldfit").retired
    assert (
        catalog.label(
            "partner_categories", catalog.get("partners", "taalcafe_delfshaven").get("category")
        )
        == "Taal"
    )
    with office.store.engine.connect() as conn:
        audit = conn.execute(
            text("SELECT action, actor FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    assert tuple(audit) == ("reference.imported", "Clerk C")
    # importing the same file again changes nothing (the new row is recognised by its name)
    assert sheets.preview(path).empty


def test_every_invalid_cell_is_named_by_row_and_column_and_nothing_changes(office, tmp_path):
    sheets = office.reference_sheets
    rows = read_csv(sheets.export("partners", tmp_path / "kaart.csv"))
    header = rows[0]
    col = {name: header.index(name) for name in header}
    rows[2][col["Telefoon"]] = "bel maar"
    rows[3][col["Postcode"]] = "12345"
    rows[3][col["wo"]] = "9 - 5"
    rows[5][col["Categorie"]] = "Onbekende categorie"
    rows[6][col["Telefoon is voorlopig"]] = "misschien"
    rows[7][col["Code"]] = rows[8][col["Code"]]
    path = write_csv(tmp_path / "fout.csv", rows)
    before = state(office)
    with pytest.raises(ReferenceSheetError) as refused:
        sheets.preview(path, "partners")
    found = [(p.row, p.column, p.code) for p in refused.value.problems]
    assert found == [
        (3, "Telefoon", "E_REF_PHONE_INVALID"),
        (4, "Postcode", "E_REF_POSTCODE_INVALID"),
        (4, "wo", "E_REF_HOURS_INVALID"),
        (6, "Categorie", "E_REF_UNKNOWN_CODE"),
        (7, "Telefoon is voorlopig", "E_REF_BOOL_INVALID"),
        (9, "Code", "E_REF_SHEET_DUPLICATE_CODE"),
    ]
    with pytest.raises(ReferenceSheetError):
        sheets.apply(path, "partners")
    assert state(office) == before


def test_a_preview_made_before_the_list_changed_is_not_applied(office, tmp_path):
    sheets = office.reference_sheets
    rows = read_csv(sheets.export("courses", tmp_path / "cursussen.csv"))
    rows[1][2] = "Digisterker: Working with e-government services"
    path = write_csv(tmp_path / "cursussen-bewerkt.csv", rows)
    preview = sheets.preview(path)
    stored = office.reference_admin.stored("courses", "veilig_online")
    office.reference_admin.update("courses", "veilig_online", {"provider": "SeniorWeb"}, stored)
    before = state(office)
    with pytest.raises(StateError) as refused:
        sheets.apply(path, expected=preview)
    assert refused.value.code == "E_REF_IMPORT_STALE"
    assert state(office) == before


@sqlite_only
@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"not a spreadsheet", "x.xlsx", "E_REF_SHEET_UNREADABLE"),
        (b"", "leeg.csv", "E_REF_SHEET_EMPTY"),
        (b"Naam;Telefoon\nA;010 123 4567\n", "partners.csv", "E_REF_SHEET_HEADERS"),
        (b"Code;Naam (nl);Naam (en)\nx;X;X\n", "lijst.csv", "E_REF_IMPORT_KIND_UNKNOWN"),
        (b"x", "kaart.ods", "E_REF_FILE_TYPE"),
    ],
)
def test_a_file_that_is_not_a_list_is_refused_with_its_code(office, tmp_path, content, name, code):
    path = tmp_path / name
    path.write_bytes(content)
    before = state(office)
    with pytest.raises(StateError) as refused:
        office.reference_sheets.preview(path)
    assert refused.value.code == code
    assert state(office) == before


def test_a_zip_bomb_is_refused_before_it_is_inflated(office, tmp_path):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (120 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(StateError) as refused:
        office.reference_sheets.preview(path, "partners")
    assert refused.value.code == "E_REF_SHEET_TOO_LARGE"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("LibreOffice (soffice) is missing; .ci/run installs libreoffice-calc-nogui")
    pytest.skip("LibreOffice (soffice) is not installed")


def convert(source: Path, target_format: str, out: Path, profile: Path) -> Path:
    """Open ``source`` in LibreOffice and save it as ``target_format`` (xlsx or csv)."""
    out.mkdir(exist_ok=True)
    filter_name = {
        "xlsx": "xlsx:Calc MS Excel 2007 XML",
        "csv": "csv:Text - txt - csv (StarCalc):59,34,76,1",  # ; separated, UTF-8
    }[target_format]
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            *(["--infilter=CSV:59,34,76,1"] if source.suffix == ".csv" else []),
            "--convert-to",
            filter_name,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / f"{source.stem}.{target_format}"
    assert result.exists(), f"LibreOffice wrote no {result.name}"
    return result


@sqlite_only
def test_a_round_trip_through_libreoffice_keeps_the_list_and_takes_the_edits(office, tmp_path):
    sheets = office.reference_sheets
    profile = tmp_path / "lo-profile"
    exported = sheets.export("partners", tmp_path / "sociale-kaart.xlsx")
    before = state(office)
    # Opened and saved by LibreOffice as a clerk would: nothing changes on import.
    saved = convert(exported, "xlsx", tmp_path / "saved", profile)
    assert sheets.preview(saved).empty
    # Edited (through LibreOffice's CSV) and saved again as XLSX: the edit and a bad row.
    as_csv = convert(saved, "csv", tmp_path / "csv", profile)
    rows = read_csv(as_csv)
    header = rows[0]
    by_code = {r[0]: r for r in rows[1:]}
    by_code["mee_rotterdam"][header.index("Telefoon")] = "010 282 1111"
    by_code["mee_rotterdam"][header.index("Telefoon is voorlopig")] = "nee"
    edited = tmp_path / "edited"
    edited.mkdir()
    good = convert(write_csv(edited / "kaart.csv", rows), "xlsx", tmp_path / "good", profile)
    preview = sheets.preview(good, "partners")
    assert [c.code for c in preview.changed] == ["mee_rotterdam"]
    by_code["mee_rotterdam"][header.index("Postcode")] = "9999"
    bad = convert(
        write_csv(tmp_path / "edited" / "fout.csv", rows), "xlsx", tmp_path / "bad", profile
    )
    with pytest.raises(ReferenceSheetError) as refused:
        sheets.preview(bad, "partners")
    row = rows.index(by_code["mee_rotterdam"]) + 1
    assert [(p.row, p.column) for p in refused.value.problems] == [(row, "Postcode")]
    assert state(office) == before
    sheets.apply(good, "partners", expected=preview)
    assert (
        office.reference.catalog().get("partners", "mee_rotterdam").get("phone") == "010 282 1111"
    )
