"""Spreadsheet files of reference lists: XLSX and CSV, Dutch headers, read strictly.

Writing: one sheet named after the list (``Sociale kaart``) with a bold, frozen header row, and
an ``Uitleg`` sheet with the codes of the lists a column refers to. CSV is UTF-8 with a byte
order mark and semicolons, as Dutch Excel writes and reads it.

Reading never trusts the file: its size and (for XLSX) the inflated size of its parts are
bounded before anything is parsed, and a file with too many rows or columns is refused.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference_fields import KIND_TITLES, FieldType, fields
from ido_desktop.sync.atomic import atomic_write

SUFFIXES = (".xlsx", ".csv")
MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_INFLATED = 100 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 60
HELP_SHEET = "Uitleg"


@dataclass(frozen=True)
class SheetData:
    """What a file holds: the sheet's name (XLSX), the header row and the rows below it.

    ``rows`` are (spreadsheet row number, cells as text); empty rows are left out.
    """

    title: str | None
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def check_suffix(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise StateError("E_REF_FILE_TYPE", path=str(path), suffix=suffix or "-")
    return suffix


# --- writing -------------------------------------------------------------------------------


def write_sheet(
    path: Path,
    kind: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    help_rows: Sequence[Sequence[str]] = (),
) -> Path:
    """Write ``rows`` under ``headers`` as XLSX or CSV (from the suffix), atomically.

    Raises:
        StateError: E_REF_FILE_TYPE, E_REF_WRITE_FAILED.
    """
    path = Path(path)
    suffix = check_suffix(path)
    data = _xlsx(kind, headers, rows, help_rows) if suffix == ".xlsx" else _csv(headers, rows)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError as exc:
        raise StateError("E_REF_WRITE_FAILED", str(exc), path=str(path)) from None
    return path


def _csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(
    kind: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    help_rows: Sequence[Sequence[str]],
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = KIND_TITLES[kind][0][:31]
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font, cell.fill = bold, fill
    text_columns = {
        i + 1
        for i, spec in enumerate(fields(kind))
        if spec.type in (FieldType.PHONE, FieldType.CODE)
    }
    for number, cells in enumerate(rows, start=2):
        for column, value in enumerate(cells, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            cell.alignment = Alignment(vertical="top")
            if column in text_columns:
                cell.number_format = "@"  # phone numbers keep their leading 0 in Excel
    for column, header in enumerate(headers, start=1):
        longest = max([len(header)] + [len(str(r[column - 1])) for r in rows if column <= len(r)])
        sheet.column_dimensions[get_column_letter(column)].width = min(max(longest + 2, 8), 50)
    sheet.freeze_panes = "B2"
    if help_rows:
        help_sheet = book.create_sheet(HELP_SHEET)
        for number, cells in enumerate(help_rows, start=1):
            for column, value in enumerate(cells, start=1):
                help_sheet.cell(row=number, column=column, value=value)
        help_sheet.column_dimensions["A"].width = 34
        help_sheet.column_dimensions["B"].width = 60
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- reading -------------------------------------------------------------------------------


def read_sheet(path: Path, sheet_titles: Sequence[str] = ()) -> SheetData:
    """Read the first sheet whose name is in ``sheet_titles`` (else the first sheet).

    Raises:
        StateError: E_REF_FILE_TYPE, E_REF_SHEET_UNREADABLE, E_REF_SHEET_TOO_LARGE,
            E_REF_SHEET_EMPTY.
    """
    path = Path(path)
    suffix = check_suffix(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise StateError("E_REF_SHEET_TOO_LARGE", path=str(path), limit=MAX_ROWS)
        data = path.read_bytes()
    except OSError as exc:
        raise StateError("E_REF_SHEET_UNREADABLE", str(exc), path=str(path)) from None
    title, table = _read_xlsx(data, path, sheet_titles) if suffix == ".xlsx" else _read_csv(data)
    if len(table) > MAX_ROWS + 1 or any(len(r) > MAX_COLUMNS for r in table[:1]):
        raise StateError("E_REF_SHEET_TOO_LARGE", path=str(path), limit=MAX_ROWS)
    numbered = [(n, tuple(c.strip() for c in r)) for n, r in enumerate(table, start=1)]
    numbered = [(n, cells) for n, cells in numbered if any(cells)]
    if not numbered:
        raise StateError("E_REF_SHEET_EMPTY", path=str(path))
    (_, header), *body = numbered
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    rows = tuple((n, _pad(cells, width)) for n, cells in body)
    return SheetData(title, header[:width], rows)


def _pad(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    return (cells + ("",) * width)[:width]


def _read_csv(data: bytes) -> tuple[None, list[list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # an older Excel's "CSV (MS-DOS)"
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        return None, list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise StateError("E_REF_SHEET_UNREADABLE", str(exc)) from None


def _read_xlsx(
    data: bytes, path: Path, sheet_titles: Sequence[str]
) -> tuple[str | None, list[list[str]]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_INFLATED:
                raise StateError("E_REF_SHEET_TOO_LARGE", path=str(path), limit=MAX_ROWS)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except StateError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise StateError("E_REF_SHEET_UNREADABLE", str(exc), path=str(path)) from None
    try:
        wanted = {t.casefold() for t in sheet_titles}
        chosen = next((s for s in book.worksheets if s.title.casefold() in wanted), None)
        sheet = chosen or book.worksheets[0]
        table = []
        for row in sheet.iter_rows(values_only=True):
            table.append([_text(value) for value in row[:MAX_COLUMNS]])
            if len(table) > MAX_ROWS + 1:
                break
        return sheet.title, table
    finally:
        book.close()


def _text(value: object) -> str:
    """A cell's value as the clerk sees it: whole numbers without ``.0``, dates as dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return str(value)
