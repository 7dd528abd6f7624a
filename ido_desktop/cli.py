"""The command line (PRODUCT.md 7). Exit codes: 0 success, 1 refused input, 2 wrong usage."""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop import __version__
from ido_desktop.domain.errors import IdoError, StateError
from ido_desktop.messages import message
from ido_desktop.paths import DataPaths

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
MAX_DEMO = 5_000_000
BACKOFFICE_ONLY = {
    "trust-device",
    "revoke-device",
    "rename-device",
    "import",
    "audit",
    "recovery-code",
    "retention",
}
FIELD_ONLY = {"export", "receipt"}
# Commands whose options and code live in a module of their own, imported only when the command
# line names the command or asks for help: the program's start does not load them.
COMMAND_MODULES = {
    "report": "ido_desktop.cli_report",
    "signals": "ido_desktop.cli_signals",
    "audit": "ido_desktop.cli_audit",
    "retention": "ido_desktop.cli_retention",
    "reference": "ido_desktop.cli_reference",
}


def _command_module(command: str) -> Any:
    return importlib.import_module(COMMAND_MODULES[command])


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; for ``argv``, the commands in COMMAND_MODULES that it does not
    name (without ``-h``) get a placeholder that takes no options."""
    words = set(sys.argv[1:] if argv is None else argv)
    everything = bool(words & {"-h", "--help"})
    parser = argparse.ArgumentParser(
        prog="ido-desktop",
        description="IDO Desktop: registratie van consulten voor het Informatiepunt Digitale "
        "Overheid.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="map met de gegevens (standaard: gebruikersmap)")
    parser.add_argument("--database-url", help="SQLAlchemy-URL in plaats van SQLite (backoffice)")
    parser.add_argument(
        "--passphrase-file",
        help="bestand met het wachtwoord (anders IDO_PASSPHRASE of een vraag op het scherm)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="start het programma (standaard)")
    init = commands.add_parser("init", help="maak de gegevensmap en sleutels aan")
    init.add_argument("--role", choices=["field", "backoffice"], required=True)
    init.add_argument("--name", required=True, help="naam van deze installatie, bv. 'Laptop 03'")
    commands.add_parser("whoami", help="rol, naam, apparaat-id en sleutel van deze installatie")
    demo = commands.add_parser("demo", help="vul met realistische, verzonnen consulten")
    demo.add_argument("--consultations", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    commands.add_parser("stats", help="aantallen als JSON")
    smoke = commands.add_parser("smoke", help="start de GUI, wacht op de gegevens, meld de tijd")
    smoke.add_argument(
        "--unlock-screen",
        action="store_true",
        help="begin bij het ontgrendelscherm en typ daar het wachtwoord, zoals een gebruiker",
    )

    pair = commands.add_parser(
        "pair", help="backoffice: schrijf een koppelbestand (--out); laptop: lees er een in"
    )
    pair.add_argument("file", nargs="?", help="laptop: het koppelbestand (.idopair)")
    pair.add_argument("--out", help="backoffice: waar het koppelbestand komt")
    pair.add_argument("--escrow-recipient", help="backoffice: tweede age-ontvanger (age1...)")
    trust = commands.add_parser("trust-device", help="backoffice: schrijf een laptop in")
    trust.add_argument("public_key", help="het publieke sleutelbestand van de laptop (ido.pub)")
    trust.add_argument("--name", required=True)
    revoke = commands.add_parser("revoke-device", help="backoffice: trek een laptop in")
    revoke.add_argument("key_id")
    rename = commands.add_parser(
        "rename-device", help="backoffice: geef een laptop een andere naam"
    )
    rename.add_argument("key_id")
    rename.add_argument("--name", required=True)
    export = commands.add_parser("export", help="laptop: schrijf een synchronisatiebestand")
    export.add_argument("--out", required=True, help="map of USB-stick")
    imp = commands.add_parser("import", help="backoffice: lees synchronisatiebestanden in")
    imp.add_argument("files", nargs="+", help="bestanden of mappen")
    imp.add_argument("--receipts-to", help="schrijf daarna ontvangstbewijzen in deze map")
    rec = commands.add_parser("receipt", help="laptop: lees een ontvangstbewijs in")
    rec.add_argument("file")
    rec.add_argument("--now", action="store_true", help="ontvangen gegevens direct opschonen")
    rec.add_argument(
        "--retention-days", type=int, help="bewaartermijn na ontvangst instellen (standaard 30)"
    )
    change = commands.add_parser("change-passphrase", help="kies een nieuw wachtwoord")
    change.add_argument("--new-passphrase-file", help="bestand met het nieuwe wachtwoord")
    recovery = commands.add_parser(
        "recovery-code", help="backoffice: herstelcode uit het sleutelbestand van een laptop"
    )
    recovery.add_argument("keyfile", help="het sleutelbestand van de laptop (ido.sqlite3.key)")
    reset = commands.add_parser(
        "reset-passphrase", help="nieuw wachtwoord met de herstelcode van de backoffice"
    )
    reset.add_argument("--code", required=True, help="de herstelcode")
    reset.add_argument("--new-passphrase-file", help="bestand met het nieuwe wachtwoord")
    commands.add_parser("backup", help="maak nu een versleutelde reservekopie")
    commands.add_parser("backups", help="toon de reservekopieën")
    restore = commands.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", help="de reservekopie (.sqlite3 in de map backups)")
    for command in COMMAND_MODULES:
        if everything or command in words:
            _command_module(command).add_parser(commands)
        else:
            commands.add_parser(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser(argv).parse_args(argv)  # exits 2 on wrong usage
    command = args.command or "gui"
    paths = DataPaths.from_option(args.data_dir)
    try:
        if command == "init":
            return _init(paths, args)
        if command in ("gui", "smoke"):
            return _gui(paths, args, smoke=command == "smoke", started=started)
        if command == "reset-passphrase":
            return _reset_passphrase(paths, args)
        services = _open(paths, args)
        try:
            _check_role(services, command, args)
            if command in COMMAND_MODULES:
                return int(_command_module(command).run(services, args))
            return COMMANDS[command](services, args)
        finally:
            services.close()
    except IdoError as exc:
        print(f"{exc.code}: {message(exc.code, exc.params)}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader stopped early (``report ... | head``): not an error of ours. Point stdout
        # at /dev/null so Python's own flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _check_role(services: Services, command: str, args: argparse.Namespace) -> None:
    role = str(services.device.role)
    if command == "pair":
        if bool(args.out) == bool(args.file):
            print("pair: geef een bestand (laptop) of --out BESTAND (backoffice)", file=sys.stderr)
            raise SystemExit(EXIT_USAGE)
        command = "trust-device" if args.out else "export"  # same role rules
    if command in BACKOFFICE_ONLY and role != "backoffice":
        raise StateError("E_ROLE_BACKOFFICE_ONLY")
    if command in FIELD_ONLY and role != "field":
        raise StateError("E_ROLE_FIELD_ONLY")


# --- passphrase -----------------------------------------------------------------------------
# From --passphrase-file, else IDO_PASSPHRASE, else asked on the terminal (twice when new).


def _read_passphrase_file(name: str) -> str:
    from ido_desktop.domain.errors import StoreError

    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError("E_PASSPHRASE_FILE", str(exc), path=name) from None
    return text.rstrip("\r\n")


def _given_passphrase(file: str | None, variable: str) -> str | None:
    """The passphrase from ``file``, else from the environment ``variable``; None if neither."""
    if file:
        return _read_passphrase_file(file)
    return os.environ.get(variable) or None


def _ask_passphrase(new: bool) -> str:
    """Ask on the terminal (twice for a new one); without a terminal, E_PASSPHRASE_REQUIRED."""
    import getpass

    from ido_desktop.domain.errors import StoreError

    if not sys.stdin.isatty():
        raise StoreError("E_PASSPHRASE_REQUIRED")
    if not new:
        return getpass.getpass("Wachtwoord: ")
    first = getpass.getpass("Nieuw wachtwoord (8 tekens of meer, of een pincode van 6 cijfers): ")
    if getpass.getpass("Herhaal het nieuwe wachtwoord: ") != first:
        raise StoreError("E_PASSPHRASE_MISMATCH")
    return first


def _passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    from ido_desktop.services.vault import PASSPHRASE_ENV

    return _given_passphrase(args.passphrase_file, PASSPHRASE_ENV) or _ask_passphrase(new)


def _new_passphrase(args: argparse.Namespace) -> str:
    from ido_desktop.services.vault import NEW_PASSPHRASE_ENV

    given = _given_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
    return given or _ask_passphrase(new=True)


def _open(paths: DataPaths, args: argparse.Namespace) -> Services:
    """Unlock and open; on the terminal a wrong passphrase may be tried again, more slowly."""
    from ido_desktop.app import needs_new_passphrase, open_services
    from ido_desktop.domain.errors import StoreError
    from ido_desktop.domain.lock import UnlockThrottle
    from ido_desktop.services.vault import PASSPHRASE_ENV

    throttle = UnlockThrottle()
    asking = not args.passphrase_file and not os.environ.get(PASSPHRASE_ENV)
    while True:
        new = args.database_url is None and paths.database.exists() and needs_new_passphrase(paths)
        if new:
            print("Deze gegevens worden nu versleuteld. Kies een wachtwoord.", file=sys.stderr)
        passphrase = _passphrase(args, new=new)
        try:
            return open_services(paths, args.database_url, passphrase=passphrase)
        except StoreError as exc:
            if exc.code != "E_PASSPHRASE_WRONG" or not asking or throttle.failures >= 4:
                raise
            wait = throttle.failed(time.monotonic())
            print(f"{exc.code}: {message(exc.code, exc.params)}", file=sys.stderr)
            time.sleep(wait)


def _init(paths: DataPaths, args: argparse.Namespace) -> int:
    from ido_desktop.app import initialise
    from ido_desktop.domain.vocab import Role

    services = initialise(
        paths,
        Role(args.role),
        args.name,
        args.database_url,
        passphrase=_passphrase(args, new=True),
    )
    try:
        return _whoami(services, args)
    finally:
        services.close()


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def _whoami(services: Services, _args: argparse.Namespace) -> int:
    device = services.device
    public = services.keystore.public_key()
    _print_json(
        {
            "role": str(device.role),
            "name": device.name,
            "device_id": device.device_id,
            "key_id": public.key_id_hex,
            "fingerprint": public.fingerprint,
            "public_key_path": str(services.keystore.public_key_path),
            "data_dir": str(services.paths.root),
        }
    )
    return EXIT_OK


def _stats(services: Services, _args: argparse.Namespace) -> int:
    _print_json(asdict(services.stats.stats()))
    return EXIT_OK


def _demo(services: Services, args: argparse.Namespace) -> int:
    from ido_desktop.domain.errors import ValidationError
    from ido_desktop.services.demo_service import DemoService

    if not 1 <= args.consultations <= MAX_DEMO:
        raise ValidationError("E_DEMO_COUNT", "consultations", max=MAX_DEMO)
    started = time.perf_counter()
    demo = DemoService(services.store.session_factory, services.clock, services.device.device_id)
    made = demo.generate(args.consultations, services.reference.catalog(), seed=args.seed)
    print(f"{made} consulten gemaakt in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return EXIT_OK


def _pair(services: Services, args: argparse.Namespace) -> int:
    if args.out:
        path = services.pairing.write_config_file(Path(args.out), args.escrow_recipient)
        public = services.keystore.public_key()
        _print_json(
            {
                "pairing_file": str(path),
                "key_id": public.key_id_hex,
                "fingerprint": public.fingerprint,
            }
        )
        return EXIT_OK
    offer = services.pairing.apply(Path(args.file))
    _print_json(asdict(offer))
    if offer.first_pairing:
        print(
            f"Gekoppeld aan backoffice '{offer.backoffice_name}'. Controleer de vingerafdruk "
            f"met de backoffice: {offer.fingerprint}",
            file=sys.stderr,
        )
    return EXIT_OK


def _trust(services: Services, args: argparse.Namespace) -> int:
    info = services.enrolment.trust(Path(args.public_key), args.name)
    _print_json(asdict(info))
    return EXIT_OK


def _revoke(services: Services, args: argparse.Namespace) -> int:
    _print_json(asdict(services.enrolment.revoke(args.key_id)))
    return EXIT_OK


def _rename(services: Services, args: argparse.Namespace) -> int:
    _print_json(asdict(services.enrolment.rename(args.key_id, args.name)))
    return EXIT_OK


def _export(services: Services, args: argparse.Namespace) -> int:
    result = services.exports.export(Path(args.out))
    _print_json(asdict(result))
    return EXIT_OK


def _import(services: Services, args: argparse.Namespace) -> int:
    results = services.imports.import_files([Path(f) for f in args.files])
    refused = 0
    for result in results:
        line = asdict(result)
        if result.error_code:
            refused += 1
            line["message"] = message(result.error_code, result.error_params or {})
        _print_json(line)
    if not results:
        print("Geen synchronisatiebestanden gevonden.", file=sys.stderr)
        return EXIT_REFUSED
    for device in services.enrolment.devices():
        for sequence in device.missing_sequences:
            print(
                f"Let op: synchronisatiebestand {sequence} van {device.name} ontbreekt.",
                file=sys.stderr,
            )
    if args.receipts_to:
        for path in services.imports.write_receipts(Path(args.receipts_to)):
            print(f"ontvangstbewijs: {path}", file=sys.stderr)
    return EXIT_REFUSED if refused else EXIT_OK


def _receipt(services: Services, args: argparse.Namespace) -> int:
    if args.retention_days is not None:
        services.receipts.set_retention_days(args.retention_days)
    result = services.receipts.read_receipt(Path(args.file), purge_now=args.now)
    _print_json(asdict(result))
    return EXIT_OK


def _change_passphrase(services: Services, args: argparse.Namespace) -> int:
    services.vault.change_passphrase(_passphrase(args), _new_passphrase(args))
    print("Het wachtwoord is gewijzigd.", file=sys.stderr)
    return EXIT_OK


def _reset_passphrase(paths: DataPaths, args: argparse.Namespace) -> int:
    from ido_desktop.services.vault import Vault

    Vault(paths.keyfile).reset_with_recovery_code(args.code, _new_passphrase(args))
    print("Het nieuwe wachtwoord is ingesteld.", file=sys.stderr)
    return EXIT_OK


def _recovery_code(services: Services, args: argparse.Namespace) -> int:
    from ido_desktop.db import keyfile
    from ido_desktop.domain.errors import StoreError

    try:
        data = Path(args.keyfile).read_bytes()
    except OSError as exc:
        raise StoreError("E_KEYFILE_MISSING", str(exc), path=args.keyfile) from None
    code = keyfile.recover(data, services.keystore.age_identity())
    _print_json({"recovery_code": code})
    return EXIT_OK


def _backup(services: Services, _args: argparse.Namespace) -> int:
    _print_json({"backup": str(services.backups.backup_now())})
    return EXIT_OK


def _backups(services: Services, _args: argparse.Namespace) -> int:
    for info in services.backups.list():
        _print_json(
            {
                "path": str(info.path),
                "taken_at": info.taken_at.isoformat(),
                "reason": info.reason,
                "size": info.size,
            }
        )
    return EXIT_OK


def _restore(services: Services, args: argparse.Namespace) -> int:
    before = services.backups.restore(Path(args.file).expanduser().resolve())
    _print_json({"restored": args.file, "previous_state_saved_as": str(before)})
    return EXIT_OK


COMMANDS = {
    "whoami": _whoami,
    "stats": _stats,
    "demo": _demo,
    "pair": _pair,
    "trust-device": _trust,
    "revoke-device": _revoke,
    "rename-device": _rename,
    "export": _export,
    "import": _import,
    "receipt": _receipt,
    "change-passphrase": _change_passphrase,
    "recovery-code": _recovery_code,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
}


def _gui(paths: DataPaths, args: argparse.Namespace, smoke: bool, started: float) -> int:
    # No garbage collection until the GUI collects in its own thread (ui/gc_guard.py): start-up
    # makes hundreds of thousands of long-lived objects (SQLAlchemy, Qt, the program) that the
    # collector would walk again and again, about 50 ms (docs/performance.md).
    gc.disable()
    try:
        return _start_gui(paths, args, smoke, started)
    finally:
        gc.enable()
        # The window and the store are closed. Python's shutdown would now run the garbage
        # collector over every object of SQLAlchemy and Qt several times (about 170 ms of CPU);
        # frozen objects are skipped and still freed by reference counting (docs/performance.md).
        gc.freeze()


def _start_gui(paths: DataPaths, args: argparse.Namespace, smoke: bool, started: float) -> int:
    from ido_desktop.services.vault import PASSPHRASE_ENV, Vault

    # Without a passphrase given, the program starts at its unlock screen. With one, the store
    # key is unwrapped in a thread right away (Argon2id, half a second on purpose, releases the
    # GIL) while the program loads (docs/performance.md).
    passphrase = _given_passphrase(args.passphrase_file, PASSPHRASE_ENV)
    typed = None
    if smoke and args.unlock_screen:
        if not passphrase:
            from ido_desktop.domain.errors import StoreError

            raise StoreError("E_PASSPHRASE_REQUIRED")
        passphrase, typed = None, passphrase  # typed into the unlock screen, as a user would
    vault = Vault(paths.keyfile)
    has_store = args.database_url is not None or paths.database.exists()
    pending = (
        vault.unlock_in_background(passphrase)
        if passphrase and has_store and vault.exists()
        else None
    )
    if passphrase:
        # Opening goes on right after the first window shows: load SQLAlchemy first, since
        # once PySide6 is imported its import hook reads the source of every module imported
        # after it (docs/performance.md). The models and the services come after that window.
        import sqlalchemy.orm  # noqa: F401
    from ido_desktop.gui_check import gui_problem

    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = gui_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_REFUSED
    from ido_desktop.ui.application import run

    return run(
        paths,
        args.database_url,
        passphrase,
        sys.argv[:1],
        smoke=smoke,
        started=started,
        pending=pending,
        type_passphrase=typed,
    )


if __name__ == "__main__":
    raise SystemExit(main())
