"""CSV and XLSX files of a report and of the KB list. Callers pass suppressed tables.

CSV is plain data for other programs: a comma-separated UTF-8 file (with a byte-order mark so
Excel shows accents), labels not codes, shares as percentages with a decimal point, the totals
line last. XLSX is for people: title, period, the table and the notes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ido_desktop.domain.report import (
    SHARE_COLUMNS,
    Cell,
    KbItem,
    ReportTable,
    Share,
)
from ido_desktop.domain.report_labels import (
    format_day,
    format_period,
)


def _csv_value(value: Cell | Share, is_share: bool) -> str:
    if value is None:
        return ""
    if is_share and isinstance(value, float):
        return f"{value * 100:.1f}"
    return str(value)


def _write_text(text: str, path: Path | None) -> str:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8-sig", newline="")
    return text


def write_csv(table: ReportTable, path: Path | None = None) -> str:
    """The table as CSV text, also written to ``path`` when given."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.columns)
    offset = len(table.columns) - len(table.totals.values())
    shares = {offset + i for i in SHARE_COLUMNS}
    for cells in table.cell_rows():
        writer.writerow(_csv_value(v, i in shares) for i, v in enumerate(cells))
    return _write_text(buffer.getvalue(), path)


def write_kb_csv(items: Sequence[KbItem], path: Path | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("onderdeel", "omschrijving", "aantal"))
    for item in items:
        writer.writerow((item.section, item.label, item.value))
    return _write_text(buffer.getvalue(), path)


# --- XLSX. ---------------------------------------------------------------------------------------

_HEADER_FILL = "1F4E79"
_STRIPE_FILL = "EEF3F8"


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    return {
        "title": Font(bold=True, size=14, color=_HEADER_FILL),
        "bold": Font(bold=True),
        "header_font": Font(bold=True, color="FFFFFF"),
        "header_fill": PatternFill("solid", fgColor=_HEADER_FILL),
        "stripe": PatternFill("solid", fgColor=_STRIPE_FILL),
        "right": Alignment(horizontal="right"),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "top_line": Border(top=Side(style="thin"), bottom=Side(style="double")),
        "muted": Font(italic=True, color="555555"),
    }


def write_xlsx(table: ReportTable, path: Path, title: str) -> Path:
    """One sheet: title, period, the table with a bold header and totals, and the notes."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    style = _styles()
    en = table.language == "en"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Report" if en else "Rapport"
    sheet["A1"] = title
    sheet["A1"].font = style["title"]
    period = format_period(table.spec.date_from, table.spec.date_to, table.language)
    sheet["A2"] = ("Period: " if en else "Periode: ") + period
    made = format_day(table.generated_at.date(), table.language)
    sheet["A3"] = ("Generated on " if en else "Gemaakt op ") + made
    sheet["A3"].font = style["muted"]

    header_row = 5
    labels = len(table.columns) - len(table.totals.values())
    for col, name in enumerate(table.columns, start=1):
        cell = sheet.cell(row=header_row, column=col, value=name)
        cell.font, cell.fill = style["header_font"], style["header_fill"]
        if col > labels:
            cell.alignment = style["right"]
    lines = table.cell_rows()
    for r, cells in enumerate(lines, start=header_row + 1):
        is_total = r == header_row + len(lines)
        for c, value in enumerate(cells):
            cell = sheet.cell(row=r, column=c + 1, value=value)
            if c >= labels:
                cell.alignment = style["right"]
                if isinstance(value, float):
                    cell.number_format = "0.0%"
                elif isinstance(value, int):
                    cell.number_format = "#,##0"
            if is_total:
                cell.font, cell.border = style["bold"], style["top_line"]
            elif (r - header_row) % 2 == 0:
                cell.fill = style["stripe"]

    note_row = header_row + len(lines) + 2
    sheet.cell(row=note_row, column=1, value="Notes" if en else "Toelichting").font = style["bold"]
    for i, note in enumerate(table.notes(), start=1):
        sheet.cell(row=note_row + i, column=1, value=note)

    for col in range(1, len(table.columns) + 1):
        values = [table.columns[col - 1]] + [str(line[col - 1] or "") for line in lines]
        width = max(len(v) for v in values) + 2
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = min(max(width, 10 if col > labels else 14), 48)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def write_kb_xlsx(
    items: Sequence[KbItem], path: Path, date_from: date, date_to: date, language: str = "nl"
) -> Path:
    """The KB list: section headings in bold, one figure per line."""
    from openpyxl import Workbook

    style = _styles()
    en = language == "en"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KB registration" if en else "KB-registratie"
    sheet["A1"] = "Figures for the KB registration form" if en else "Cijfers voor de KB-registratie"
    sheet["A1"].font = style["title"]
    period = format_period(date_from, date_to, language)
    sheet["A2"] = ("Period: " if en else "Periode: ") + period
    sheet["A3"] = (
        "Order approximates the KB Bibliotheekmonitor form; check it against the form."
        if en
        else "Volgorde benadert het formulier van de KB Bibliotheekmonitor; controleer dit."
    )
    sheet["A3"].font = style["muted"]
    row, section = 5, None
    for item in items:
        if item.section != section:
            section = item.section
            row += 1 if section else 0
            sheet.cell(row=row, column=1, value=section).font = style["bold"]
            row += 1
        sheet.cell(row=row, column=1, value=item.label)
        cell = sheet.cell(row=row, column=2, value=item.value)
        cell.alignment = style["right"]
        if isinstance(item.value, int):
            cell.number_format = "#,##0"
        row += 1
    sheet.cell(row=row + 1, column=1, value="<5: 1 tot en met 4" if not en else "<5: 1 to 4")
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 12
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
