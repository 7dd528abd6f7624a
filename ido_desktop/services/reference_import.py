"""Back office: a reference list to a spreadsheet and back (the sociale kaart, mainly).

Export writes every item, retired ones too (``Vervallen: ja``). Import reads the whole list
back: a row with a known code changes that item, a row without a code (or with a new one) adds
one, a stored item missing from the file is retired. ``preview`` says what would happen, or
refuses with every invalid cell named by row and column; ``apply`` does it in one transaction
with one audit entry, after checking that neither the file nor the list changed since the
preview the clerk saw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.faults import store_errors
from ido_desktop.db.repositories import audit_repo, reference_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import IdoError, StateError
from ido_desktop.domain.reference import REFERENCE_KINDS, ReferenceCatalog
from ido_desktop.domain.reference_cells import field_for_header, from_row, headers, to_cells
from ido_desktop.domain.reference_diff import changed_fields, diff_kind
from ido_desktop.domain.reference_fields import KIND_TITLES, FieldType, fields
from ido_desktop.domain.reference_fields import field as field_spec
from ido_desktop.domain.reference_rules import (
    Problem,
    check_list,
    check_new_code,
    fold,
    make_code,
    normalise,
)
from ido_desktop.services.clock import Clock
from ido_desktop.services.reference_admin import audit_changes, check_kind
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.services.reference_sheet import SheetData, read_sheet, write_sheet


@dataclass(frozen=True)
class CellProblem:
    """One invalid cell: spreadsheet row (1 is the header row) and column header."""

    row: int
    column: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ReferenceSheetError(IdoError):
    """A spreadsheet that cannot be imported; ``problems`` names every invalid cell."""

    def __init__(self, problems: Sequence[CellProblem], file: str) -> None:
        self.problems = tuple(problems)
        first = self.problems[0]
        super().__init__(
            "E_REF_SHEET_INVALID",
            f"{len(self.problems)} invalid cells",
            count=len(self.problems),
            row=first.row,
            column=first.column,
            file=file,
        )


@dataclass(frozen=True)
class PreviewLine:
    code: str
    label: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would change."""

    kind: str
    file_name: str
    added: tuple[PreviewLine, ...]
    changed: tuple[PreviewLine, ...]
    retired: tuple[PreviewLine, ...]
    restored: tuple[PreviewLine, ...]
    unchanged: int
    reordered: bool
    ignored_columns: tuple[str, ...]
    list_version: int  # the version of the list the preview was made against

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.retired or self.restored or self.reordered)

    def as_json(self) -> dict[str, Any]:
        def lines(items: Sequence[PreviewLine]) -> list[dict[str, Any]]:
            return [
                {
                    "code": i.code,
                    "label": i.label,
                    **({"fields": list(i.fields)} if i.fields else {}),
                }
                for i in items
            ]

        return {
            "kind": self.kind,
            "file": self.file_name,
            "list_version": self.list_version,
            "added": lines(self.added),
            "changed": lines(self.changed),
            "retired": lines(self.retired),
            "restored": lines(self.restored),
            "unchanged": self.unchanged,
            "reordered": self.reordered,
            "ignored_columns": list(self.ignored_columns),
        }


def kind_of_sheet(sheet: SheetData, path: Path) -> str:
    """Which list a file holds: its sheet name, its file name, or the only list whose
    columns it has."""
    names = {fold(t): k for k, pair in KIND_TITLES.items() for t in pair}
    names.update({fold(k): k for k in REFERENCE_KINDS})
    for candidate in (sheet.title or "", Path(path).stem.replace("-", " ").replace("_", " ")):
        found = names.get(fold(candidate)) or names.get(fold(candidate).replace(" ", "_"))
        if found:
            return found
    given = {fold(h) for h in sheet.headers if h}
    fitting = [k for k in REFERENCE_KINDS if given and given <= {fold(s.header) for s in fields(k)}]
    if len(fitting) == 1:
        return fitting[0]
    raise StateError("E_REF_IMPORT_KIND_UNKNOWN", path=str(path), known=", ".join(REFERENCE_KINDS))


class ReferenceImportService:
    def __init__(
        self, session_factory: sessionmaker[Session], reference: ReferenceService, clock: Clock
    ) -> None:
        self._session_factory = session_factory
        self._reference = reference
        self._clock = clock

    # --- export ---------------------------------------------------------------------------

    def export(self, kind: str, path: Path) -> Path:
        """Write every item of ``kind`` to ``path`` (.xlsx or .csv). Works on laptops too
        (what they run); changes nothing.

        Raises:
            StateError: E_REF_KIND_UNKNOWN, E_REF_FILE_TYPE, E_REF_WRITE_FAILED.
        """
        check_kind(kind)
        catalog = self._reference.catalog()
        with self._session_factory() as session:
            stored = [dict(r.data) for r in reference_repo.rows(session, kind)]
        rows = [to_cells(kind, item, catalog) for item in stored]
        return write_sheet(Path(path), kind, headers(kind), rows, _help_rows(kind, catalog))

    # --- import ---------------------------------------------------------------------------

    def preview(self, path: Path, kind: str | None = None) -> ImportPreview:
        """What importing ``path`` would change; nothing is written.

        Raises:
            ReferenceSheetError: E_REF_SHEET_INVALID, with every invalid cell.
            StateError: E_REF_FILE_TYPE, E_REF_SHEET_UNREADABLE, E_REF_SHEET_TOO_LARGE,
                E_REF_SHEET_EMPTY, E_REF_SHEET_HEADERS, E_REF_IMPORT_KIND_UNKNOWN.
        """
        sheet, kind = self._read(path, kind)
        with self._session_factory() as session:
            return self._plan(session, kind, sheet, Path(path))[0]

    def apply(
        self,
        path: Path,
        kind: str | None = None,
        actor: str | None = None,
        expected: ImportPreview | None = None,
    ) -> ImportPreview:
        """Import ``path`` in one transaction. With ``expected`` (the preview the clerk saw),
        E_REF_IMPORT_STALE when the file or the list changed since; nothing is written then.
        """
        sheet, kind = self._read(path, kind)
        with store_errors(), self._session_factory.begin() as session:
            version = reference_repo.version_row(session, kind, lock=True)
            preview, items = self._plan(session, kind, sheet, Path(path))
            if expected is not None and preview != expected:
                raise StateError("E_REF_IMPORT_STALE", path=str(path))
            if preview.empty:
                return preview
            rows = {r.code: r for r in reference_repo.rows(session, kind)}
            changes: dict[str, dict[str, tuple[Any, Any]]] = {}
            for position, item in enumerate(items):
                row = rows.get(item["code"])
                if row is None:
                    row = reference_repo.add_item(session, kind, item)
                    changes[item["code"]] = changed_fields({}, item)
                elif row.data != item:
                    changes[item["code"]] = changed_fields(row.data, item)
                    if bool(row.data.get("retired")) != bool(item.get("retired")):
                        changes[item["code"]]["retired"] = (row.retired, bool(item.get("retired")))
                    reference_repo.set_data(row, item)
                row.position = position
            version.version += 1
            audit_repo.add(
                session,
                actor,
                AuditAction.REFERENCE_IMPORTED,
                f"reference:{kind}",
                {
                    "kind": kind,
                    "version": version.version,
                    "file": Path(path).name,
                    "added": len(preview.added),
                    "changed": len(preview.changed),
                    "retired": len(preview.retired),
                    "restored": len(preview.restored),
                    "changes": audit_changes(changes),
                },
                self._clock.now(),
            )
        self._reference.reload()
        return preview

    # --- the plan -------------------------------------------------------------------------

    @staticmethod
    def _read(path: Path, kind: str | None) -> tuple[SheetData, str]:
        titles = [t for pair in KIND_TITLES.values() for t in pair]
        if kind is not None:
            check_kind(kind)
            titles = list(KIND_TITLES[kind])
        sheet = read_sheet(Path(path), titles)
        return sheet, kind or kind_of_sheet(sheet, Path(path))

    def _plan(
        self, session: Session, kind: str, sheet: SheetData, path: Path
    ) -> tuple[ImportPreview, list[dict[str, Any]]]:
        catalog = self._reference.catalog()
        columns = [field_for_header(kind, h) for h in sheet.headers]
        _check_headers(kind, sheet.headers, columns)
        stored_rows = reference_repo.rows(session, kind)
        stored = {r.code: dict(r.data) for r in stored_rows}
        by_label = _codes_by_label(kind, stored, sheet, columns)
        active = catalog.active_codes()
        taken = set(stored)
        problems: list[CellProblem] = []
        row_of: dict[str, int] = {}
        items: list[dict[str, Any]] = []
        for number, cells in sheet.rows:
            code, values, found = from_row(kind, columns, cells, catalog)
            cell = _cells(kind, number)
            problems += [cell(p) for p in found]
            previous = stored.get(code) if code else None
            if code in row_of:
                problems.append(
                    cell(
                        Problem(
                            "code",
                            "E_REF_SHEET_DUPLICATE_CODE",
                            {"value": code, "other": row_of[code]},
                        )
                    )
                )
                continue
            if code and previous is None:
                problems += [cell(p) for p in check_new_code(code, taken)]
            label_text = str(values.get("name") or values.get("nl") or "")
            if not code and fold(label_text) in by_label:
                code = by_label.pop(fold(label_text))  # imported before: the same item again
                previous = stored[code]
            if not code:
                code = make_code(label_text, taken)
            taken.add(code)
            row_of[code] = number
            item, found = normalise(kind, values, active, previous)
            problems += [cell(p) for p in found]
            items.append({"code": code, **item})
        for code, data in stored.items():
            if code not in row_of:
                items.append({**data, "retired": True})
        for problem in check_list(kind, items):
            problems.append(_cells(kind, row_of.get(str(problem.params.get("item")), 0))(problem))
        problems += _in_use(kind, stored, items, row_of, catalog)
        if problems:
            problems.sort(key=lambda p: (p.row, _column_index(kind, p.column)))
            raise ReferenceSheetError(problems, path.name)
        diff = diff_kind(kind, list(stored.values()), items)
        label = {i["code"]: str(i.get("name") or i.get("nl") or i["code"]) for i in items}

        def line(code: str, with_fields: bool = False) -> PreviewLine:
            changed = tuple(f for f in diff.changed.get(code, ()) if with_fields)
            return PreviewLine(code, label.get(code, code), changed)

        changed_only = [c for c in diff.changed if c not in diff.added]
        preview = ImportPreview(
            kind=kind,
            file_name=path.name,
            added=tuple(line(c) for c in diff.added),
            changed=tuple(line(c, True) for c in changed_only),
            retired=tuple(line(c) for c in diff.retired),
            restored=tuple(line(c) for c in diff.restored),
            unchanged=sum(
                1
                for i in items
                if i["code"] in stored
                and i["code"] not in diff.changed
                and i["code"] not in diff.retired
                and i["code"] not in diff.restored
            ),
            reordered=diff.reordered,
            ignored_columns=tuple(
                h for h, c in zip(sheet.headers, columns, strict=True) if c is None and h
            ),
            list_version=reference_repo.version_row(session, kind).version,
        )
        return preview, items


def _codes_by_label(
    kind: str,
    stored: Mapping[str, Mapping[str, Any]],
    sheet: SheetData,
    columns: Sequence[Any],
) -> dict[str, str]:
    """Stored items the file does not name by code, by their Dutch label or name: a row
    without a code that has such a label is that item (a file imported twice adds nothing)."""
    code_column = next(
        (i for i, c in enumerate(columns) if c is not None and c.key == "code"), None
    )
    named = {cells[code_column] for _, cells in sheet.rows} if code_column is not None else set()
    key = "name" if kind == "partners" else "nl"
    return {
        fold(str(data.get(key) or "")): code
        for code, data in stored.items()
        if code not in named and not data.get("retired")
    }


def _cells(kind: str, row: int):  # noqa: ANN202 - a small closure
    def cell(problem: Problem) -> CellProblem:
        try:
            column = field_spec(kind, problem.key).header if problem.key else ""
        except KeyError:
            column = problem.key
        return CellProblem(row, column, problem.code, dict(problem.params))

    return cell


def _column_index(kind: str, header: str) -> int:
    for index, spec in enumerate(fields(kind)):
        if spec.header == header:
            return index
    return -1


def _check_headers(kind: str, given: Sequence[str], columns: Sequence[Any]) -> None:
    present = {c.key for c in columns if c is not None}
    needed = [s for s in fields(kind) if s.type is FieldType.CODE or s.required]
    missing = [s.header for s in needed if s.key not in present]
    if missing:
        raise StateError("E_REF_SHEET_HEADERS", missing=", ".join(missing))
    seen: set[str] = set()
    for header, column in zip(given, columns, strict=True):
        if column is not None and column.key in seen:
            raise StateError("E_REF_SHEET_HEADERS_DUPLICATE", column=header)
        if column is not None:
            seen.add(column.key)


def _in_use(
    kind: str,
    stored: Mapping[str, Mapping[str, Any]],
    items: Sequence[Mapping[str, Any]],
    row_of: Mapping[str, int],
    catalog: ReferenceCatalog,
) -> list[CellProblem]:
    """A partner category may not be retired while active partners use it."""
    if kind != "partner_categories":
        return []
    problems = []
    for item in items:
        code = str(item["code"])
        if item.get("retired") and not stored.get(code, {}).get("retired"):
            users = [p.code for p in catalog.items("partners") if p.get("category") == code]
            if users:
                problem = Problem(
                    "retired",
                    "E_REF_IN_USE",
                    {"item": code, "count": len(users), "first": users[0]},
                )
                problems.append(_cells(kind, row_of.get(code, 0))(problem))
    return problems


def _help_rows(kind: str, catalog: ReferenceCatalog) -> list[list[str]]:
    """The ``Uitleg`` sheet: what the file is, and the codes of the lists columns refer to."""
    rows = [
        [KIND_TITLES[kind][0], "Een rij per item. Een rij zonder code wordt een nieuw item."],
        [
            "",
            "Een item dat u uit de lijst haalt, vervalt (het blijft voor oude registraties).",
        ],
        ["", "Codes veranderen nooit: pas de code van een bestaande rij niet aan."],
        [],
    ]
    for spec in fields(kind):
        if spec.type in (FieldType.REF, FieldType.REF_LIST) and spec.ref_kind:
            rows.append([spec.header, f"code of naam uit {KIND_TITLES[spec.ref_kind][0]}:"])
            rows.extend([item.code, item.nl] for item in catalog.items(spec.ref_kind))
            rows.append([])
        if spec.type is FieldType.HOURS and spec.key == "hours.mon":
            rows.append(
                [
                    "ma ... zo",
                    "openingstijden per dag, bijvoorbeeld 9.00-17.00 of 9.00-12.00, 13.00-17.00;"
                    " leeg is gesloten",
                ]
            )
        if spec.type is FieldType.BOOL:
            rows.append([spec.header, "ja of nee"])
    return rows
