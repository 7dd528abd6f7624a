"""The municipal quarterly report: sections, suppression, XLSX sheets, the CLI (PRODUCT.md 6)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ido_desktop.cli import main
from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.report import SUPPRESSED, ReportCancelledError, ReportSpec
from ido_desktop.services.quarterly_report import (
    SECTIONS,
    parse_quarter,
    previous_quarter,
    quarter_bounds,
    sheet_name,
)
from tests.services.sync_helpers import demo


def _last_quarter(office) -> tuple[int, int]:
    today = office.consults.today()
    return previous_quarter(today.year, (today.month - 1) // 3 + 1)


@pytest.fixture
def filled(office):
    demo(office, 900, seed=11)
    return office


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_pdf_has_every_section_and_the_explanations(filled, tmp_path):
    year, quarter = _last_quarter(filled)
    path = filled.reports.quarterly_report(
        year, quarter, tmp_path / "q.pdf", "pdf", source="Bibliotheek Rotterdam"
    )
    text = " ".join(_pdf_text(path).split())
    assert (
        f"Kwartaalrapportage Informatiepunt Digitale Overheid, {quarter}e kwartaal {year}" in text
    )
    assert "Bibliotheek Rotterdam" in text
    for heading in ("Kerncijfers", "vorig kwartaal", "Toelichting"):
        assert heading in text
    for number, section in enumerate(SECTIONS, start=1):
        assert f"{number}. {section.nl}" in text
    assert "Een consult kan in meer groepen vallen" in text
    assert "Aantallen van 1 tot en met 4 zijn vervangen door '<5'" in text


def test_the_xlsx_has_a_summary_and_a_sheet_per_section_all_suppressed(filled, tmp_path):
    year, quarter = _last_quarter(filled)
    path = filled.reports.quarterly_report(year, quarter, tmp_path / "q.xlsx", "xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Samenvatting", *(sheet_name(s.nl, set()) for s in SECTIONS)]
    assert book["Samenvatting"]["A1"].value.startswith("Kwartaalrapportage")

    seen_hidden = False
    for name in book.sheetnames[1:]:
        sheet = book[name]
        header = [c.value for c in sheet[5]]
        counts = [i for i, h in enumerate(header) if h in ("Consulten", "Vragen")]
        for row in sheet.iter_rows(min_row=6, values_only=True):
            for i in counts:
                value = row[i] if i < len(row) else None
                assert not (isinstance(value, int) and 0 < value < 5), (name, row)
                seen_hidden = seen_hidden or value == SUPPRESSED
    assert seen_hidden, "demo data for a quarter has some small groups"

    # The location sheet holds the service's own suppressed counts.
    date_from, date_to = quarter_bounds(year, quarter)
    table = filled.reports.build(ReportSpec(date_from, date_to, ("location",))).suppressed()
    sheet = book[sheet_name("Consulten per locatie", set())]
    written = {r[0]: r[1] for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]}
    for row in table.rows:
        assert written[row.labels[0]] == row.consultations


def test_english_and_cancel(filled, tmp_path):
    year, quarter = _last_quarter(filled)
    path = filled.reports.quarterly_report(year, quarter, tmp_path / "q.pdf", "pdf", "en")
    assert "Digital Government Information Point" in " ".join(_pdf_text(path).split())
    with pytest.raises(ReportCancelledError):
        filled.reports.quarterly_report(year, quarter, tmp_path / "no.pdf", cancelled=lambda: True)
    assert not (tmp_path / "no.pdf").exists()


def test_quarters_are_parsed_and_checked(office, tmp_path):
    assert parse_quarter("2026-Q3") == (2026, 3)
    assert parse_quarter("2026K1") == (2026, 1)
    assert previous_quarter(2026, 1) == (2025, 4)
    for bad in ("2026-Q5", "Q3-2026", "2026"):
        with pytest.raises(ValidationError) as caught:
            parse_quarter(bad)
        assert caught.value.code == "E_REPORT_QUARTER"
    with pytest.raises(IdoError) as caught:
        office.reports.quarterly_report(2026, 3, tmp_path / "q.csv", "csv")
    assert caught.value.code == "E_REPORT_FORMAT"


def test_cli_writes_the_quarterly_report(filled, tmp_path, capsys):
    year, quarter = _last_quarter(filled)
    root = filled.paths.root
    args = ["--data-dir", str(root)]
    if filled.store.engine.url.get_backend_name() != "sqlite":
        args += ["--database-url", filled.store.engine.url.render_as_string(hide_password=False)]
    out = tmp_path / "kwartaal.xlsx"
    code = main([*args, "report", "--quarterly", f"{year}-Q{quarter}", "--format", "xlsx",
                 "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert load_workbook(out).sheetnames[0] == "Samenvatting"
    pdf = tmp_path / "kwartaal.pdf"
    assert main([*args, "report", "--quarterly", f"{year}-Q{quarter}", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main([*args, "report", "--quarterly", "2026-Q9", "--out", str(pdf)]) == 1
    assert "2026-Q9" in capsys.readouterr().err
    assert main([*args, "report", "--quarterly", "2026-Q3", "--format", "csv",
                 "--out", str(pdf)]) == 2  # fmt: skip
    assert main([*args, "report", "--quarterly", "2026-Q3", "--by", "location",
                 "--out", str(pdf)]) == 2  # fmt: skip
