"""Shared by the benchmark scripts: cached stores, opening them, copying them.

Stores are built once into ``bench/.cache/<schema head>-<plain|cipher>/`` and copied into a
temporary folder before a measurement changes them, so every run starts from the same bytes.
After a new schema head, a store whose previous head's cache is complete is not built again
(the 1,000,000-consultation back office takes most of an hour): that cache is copied and the
copy upgraded, as a user's store is upgraded, and its report cells and cubes are computed.
"""

from __future__ import annotations

import inspect
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/x.py` from a checkout without install
    sys.path.insert(0, str(ROOT))

from ido_desktop.app import Services, initialise, open_services  # noqa: E402
from ido_desktop.db import keyfile  # noqa: E402
from ido_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS  # noqa: E402
from ido_desktop.domain.vocab import Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402

CACHE_ROOT = ROOT / "bench" / ".cache"
DEMO_CHUNK = 50_000
PASSPHRASE_DEFAULT = "bench-passphrase"


def cache_dir() -> Path:
    """One cache per schema head and per store kind (SQLCipher needs the passphrase)."""
    kind = "cipher" if os.environ.get("IDO_PASSPHRASE") and _takes_passphrase() else "plain"
    return CACHE_ROOT / f"{HEAD_REVISION}-{kind}"


def _takes_passphrase() -> bool:
    return "passphrase" in inspect.signature(open_services).parameters


def _passphrase_args(function: Callable[..., Any]) -> dict[str, Any]:
    """The lead adds a ``passphrase`` argument (SQLCipher); pass IDO_PASSPHRASE when it is there."""
    if "passphrase" in inspect.signature(function).parameters:
        return {"passphrase": os.environ.get("IDO_PASSPHRASE") or None}
    return {}


# What the calibration gives on this kind of machine when it is quiet (db/keyfile.py): a store
# built while the machine is busy would get a cheaper key file, and its start-up would not compare.
BENCH_KDF = keyfile.KdfParams(memory_kib=256 * 1024, iterations=1)


def create(root: Path, role: Role, name: str) -> Services:
    calibrate = keyfile.calibrate
    keyfile.calibrate = lambda target=None: BENCH_KDF  # type: ignore[assignment]
    try:
        return initialise(DataPaths(root), role, name, **_passphrase_args(initialise))
    finally:
        keyfile.calibrate = calibrate


def open_existing(root: Path) -> Services:
    return open_services(DataPaths(root), **_passphrase_args(open_services))


def fill(services: Services, consultations: int, seed: int = 1, quiet: bool = False) -> None:
    """Add demo consultations in chunks (one transaction each), as a real store grows."""
    demo = DemoService(services.store.session_factory, services.clock, services.device.device_id)
    catalog = services.reference.catalog()
    done, started = 0, time.perf_counter()
    while done < consultations:
        size = min(DEMO_CHUNK, consultations - done)
        demo.generate(size, catalog, seed=seed + done // DEMO_CHUNK)
        done += size
        if not quiet and consultations > DEMO_CHUNK:
            rate = done / (time.perf_counter() - started)
            print(f"    filled {done:>9,} consultations ({rate:,.0f}/s)", file=sys.stderr)


def copy_store(source: Path, target: Path) -> Path:
    """Copy a closed store folder (database, keys, backups) to ``target``."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def build_once(path: Path, build: Callable[[Path], None]) -> Path:
    """Build ``path`` with ``build(tmp)`` unless it is complete already (a ``.done`` marker).

    When the cache of the previous schema head holds it complete, it is upgraded from a copy
    of that instead (:func:`upgrade_copy`)."""
    marker = path / ".done"
    if marker.exists():
        return path
    if path.exists():
        shutil.rmtree(path)
    partial = path.with_name(path.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    previous = _previous_head(path)
    if previous is not None:
        upgrade_copy(previous, partial)
    else:
        partial.mkdir(parents=True)
        build(partial)
    partial.rename(path)
    (path / ".done").write_text("complete\n")
    return path


def _previous_head(path: Path) -> Path | None:
    """``path`` in the cache of the schema head before this one, if it is complete there."""
    if len(KNOWN_REVISIONS) < 2:
        return None
    kind = path.parent.name.rsplit("-", 1)[-1]
    previous = path.parent.with_name(f"{KNOWN_REVISIONS[-2]}-{kind}") / path.name
    return previous if (previous / ".done").exists() else None


def upgrade_copy(source: Path, target: Path) -> None:
    """Copy the stores in ``source`` (without their old backups) to ``target`` and open each
    once, which upgrades it to this schema; then bring its report cells and cubes up to date,
    as a freshly built store has them."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", ".done"))
    for database in sorted(target.glob("*/ido.sqlite3")):
        started = time.perf_counter()
        services = open_existing(database.parent)
        try:
            opened = time.perf_counter()
            days = services.reports.refresh()
        finally:
            services.close()
        print(
            f"    upgraded {target.name.removesuffix('.partial')}/{database.parent.name}"
            f" from {source.parent.name}:"
            f" {opened - started:.0f} s, report cells and cubes of {days} days"
            f" {time.perf_counter() - opened:.0f} s",
            file=sys.stderr,
        )


def field_store(consultations: int) -> Path:
    """A laptop with ``consultations`` demo consultations (not paired)."""

    def build(folder: Path) -> None:
        services = create(folder / "laptop", Role.FIELD, "Bench laptop")
        try:
            fill(services, consultations)
        finally:
            services.close()

    return build_once(cache_dir() / f"field-{consultations}", build) / "laptop"


def paired_stores(consultations: int) -> tuple[Path, Path]:
    """A back office and a paired, trusted laptop holding ``consultations`` (not yet sent)."""

    def build(folder: Path) -> None:
        office = create(folder / "office", Role.BACKOFFICE, "Bench back office")
        laptop = create(folder / "laptop", Role.FIELD, "Bench laptop 01")
        try:
            pairing_file = office.pairing.write_config_file(folder / "office.idopair")
            laptop.pairing.apply(pairing_file)
            office.enrolment.trust(laptop.keystore.public_key_path, "Bench laptop 01")
            fill(laptop, consultations)
        finally:
            office.close()
            laptop.close()

    folder = build_once(cache_dir() / f"pair-{consultations}", build)
    return folder / "office", folder / "laptop"


def backoffice_store(consultations: int) -> Path:
    """A back office holding ``consultations`` (its own demo data) for reports and browsing."""

    def build(folder: Path) -> None:
        services = create(folder / "office", Role.BACKOFFICE, "Bench back office")
        try:
            fill(services, consultations)
        finally:
            services.close()

    return build_once(cache_dir() / f"backoffice-{consultations}", build) / "office"
