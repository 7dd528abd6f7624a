"""Every path the program uses, from one place. ``--data-dir`` overrides the defaults."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

APP_NAME = "ido-desktop"
APP_AUTHOR = "IDO"


def _package_dir(*parts: str) -> Path:
    """A folder shipped inside the ``ido_desktop`` package, found with ``importlib.resources``.

    The program is always installed as files on disk (a wheel, an editable install or the
    PyInstaller one-folder bundle), and Qt and Alembic need real paths, so anything else is refused.
    """
    resource = files("ido_desktop").joinpath(*parts)
    if not isinstance(resource, Path):
        raise RuntimeError(f"ido_desktop must be installed as files on disk, not {resource!r}")
    return resource


RESOURCES_DIR = _package_dir("resources")
REFERENCE_DIR = RESOURCES_DIR / "reference"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICONS_DIR = RESOURCES_DIR / "icons"
MIGRATIONS_DIR = _package_dir("db", "migrations")


@dataclass(frozen=True)
class DataPaths:
    """Where one install keeps its data."""

    root: Path

    @classmethod
    def default(cls) -> DataPaths:
        import platformdirs

        return cls(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))

    @classmethod
    def from_option(cls, data_dir: str | Path | None) -> DataPaths:
        return cls(Path(data_dir).expanduser().resolve()) if data_dir else cls.default()

    @property
    def database(self) -> Path:
        return self.root / "ido.sqlite3"

    @property
    def keyfile(self) -> Path:
        """The wrapped store key (``db.keyfile``)."""
        return self.root / "ido.sqlite3.key"

    @property
    def language_hint(self) -> Path:
        """The interface language, outside the store: the unlock screen cannot read the store."""
        return self.root / "language"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(exist_ok=True)
