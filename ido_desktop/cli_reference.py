"""``ido-desktop reference export KIND --out FILE`` and ``reference import FILE [--apply]``.

Export writes a reference list as a spreadsheet (.xlsx or .csv, Dutch headers); on a laptop it
writes the list the laptop runs, and changes nothing. Import (back office only) prints as JSON
what the file would add, change and retire; with ``--apply`` it does so in one transaction. A
file with invalid cells is refused with exit code 1 and one line per cell on stderr (row,
column, what is wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference import REFERENCE_KINDS
from ido_desktop.messages import cell_message, language
from ido_desktop.services.reference_import import ReferenceSheetError

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK = 0


def add_parser(commands: Any) -> None:
    reference = commands.add_parser(
        "reference",
        help="referentiegegevens als spreadsheet: exporteren, en (backoffice) importeren",
    )
    actions = reference.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="schrijf een lijst als .xlsx of .csv")
    export.add_argument(
        "kind", choices=REFERENCE_KINDS, metavar="KIND", help=", ".join(REFERENCE_KINDS)
    )
    export.add_argument("--out", required=True, help="het bestand (.xlsx of .csv)")
    imp = actions.add_parser(
        "import", help="backoffice: toon wat een spreadsheet verandert; --apply voert het uit"
    )
    imp.add_argument("file", help="de spreadsheet (.xlsx of .csv)")
    imp.add_argument(
        "--kind", choices=REFERENCE_KINDS, help="welke lijst (als de naam dat niet zegt)"
    )
    imp.add_argument("--apply", action="store_true", help="voer de wijzigingen echt uit")
    imp.add_argument("--actor", default="", help="naam voor het logboek")


def run(services: Services, args: argparse.Namespace) -> int:
    if args.action == "export":
        path = services.reference_sheets.export(args.kind, Path(args.out))
        print(json.dumps({"kind": args.kind, "file": str(path)}, ensure_ascii=False))
        return EXIT_OK
    if str(services.device.role) != "backoffice":
        raise StateError("E_ROLE_BACKOFFICE_ONLY")
    sheets = services.reference_sheets
    try:
        if args.apply:
            actor = args.actor or f"cli:{services.device.name}"
            preview = sheets.apply(Path(args.file), args.kind, actor=actor)
        else:
            preview = sheets.preview(Path(args.file), args.kind)
    except ReferenceSheetError as exc:
        lang = language()
        for problem in exc.problems:
            line = cell_message(
                problem.row, problem.column, problem.code, dict(problem.params), lang
            )
            print(f"{problem.code}: {line}", file=sys.stderr)
        raise
    print(json.dumps({**preview.as_json(), "applied": bool(args.apply)}, ensure_ascii=False))
    return EXIT_OK
