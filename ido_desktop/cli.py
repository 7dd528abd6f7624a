"""The command line (PRODUCT.md 7). Exit codes: 0 success, 1 refused input, 2 wrong usage."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict

from ido_desktop import __version__
from ido_desktop.messages import message
from ido_desktop.domain.errors import IdoError
from ido_desktop.paths import DataPaths

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
MAX_DEMO = 5_000_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ido-desktop",
        description="IDO Desktop: registratie van consulten voor het Informatiepunt Digitale "
        "Overheid.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="map met de gegevens (standaard: gebruikersmap)")
    parser.add_argument("--database-url", help="SQLAlchemy-URL in plaats van SQLite (backoffice)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="start het programma (standaard)")
    init = commands.add_parser("init", help="maak de gegevensmap en sleutels aan")
    init.add_argument("--role", choices=["field", "backoffice"], required=True)
    init.add_argument("--name", required=True, help="naam van deze installatie, bv. 'Laptop 03'")
    commands.add_parser("whoami", help="rol, naam en apparaat-id van deze installatie")
    demo = commands.add_parser("demo", help="vul met realistische, verzonnen consulten")
    demo.add_argument("--consultations", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    commands.add_parser("stats", help="aantallen als JSON")
    commands.add_parser("smoke", help="start de GUI, wacht op de gegevens, meld de tijd")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)  # exits 2 on wrong usage
    command = args.command or "gui"
    paths = DataPaths.from_option(args.data_dir)
    try:
        if command == "init":
            return _init(paths, args)
        if command in ("gui", "smoke"):
            return _gui(paths, args, smoke=command == "smoke", started=started)
        from ido_desktop.app import open_services

        services = open_services(paths, args.database_url)
        try:
            if command == "whoami":
                return _whoami(services)
            if command == "demo":
                return _demo(services, args)
            if command == "stats":
                print(json.dumps(asdict(services.stats.stats()), sort_keys=True))
                return EXIT_OK
        finally:
            services.close()
    except IdoError as exc:
        print(f"{exc.code}: {message(exc.code, exc.params)}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_USAGE


def _init(paths: DataPaths, args: argparse.Namespace) -> int:
    from ido_desktop.app import initialise
    from ido_desktop.domain.vocab import Role

    services = initialise(paths, Role(args.role), args.name, args.database_url)
    try:
        return _whoami(services)
    finally:
        services.close()


def _whoami(services) -> int:  # type: ignore[no-untyped-def]
    device = services.device
    print(
        json.dumps(
            {
                "role": str(device.role),
                "name": device.name,
                "device_id": device.device_id,
                "data_dir": str(services.paths.root),
            },
            ensure_ascii=False,
        )
    )
    return EXIT_OK


def _demo(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from ido_desktop.domain.errors import ValidationError
    from ido_desktop.services.demo_service import DemoService

    if not 1 <= args.consultations <= MAX_DEMO:
        raise ValidationError("E_DEMO_COUNT", "consultations", max=MAX_DEMO)
    started = time.perf_counter()
    made = DemoService(
        services.store.session_factory, services.clock, services.device.device_id
    ).generate(args.consultations, services.reference.catalog(), seed=args.seed)
    print(f"{made} consulten gemaakt in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return EXIT_OK


def _gui(paths: DataPaths, args: argparse.Namespace, smoke: bool, started: float) -> int:
    import os

    from ido_desktop.gui_check import gui_problem

    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = gui_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_REFUSED
    from ido_desktop.app import open_services, run_gui

    services = open_services(paths, args.database_url)
    try:
        return run_gui(services, sys.argv[:1], smoke=smoke, started=started)
    finally:
        services.close()


if __name__ == "__main__":
    raise SystemExit(main())
