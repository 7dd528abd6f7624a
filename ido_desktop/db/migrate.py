"""Alembic, driven from code. Imported only when the schema must change."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

from ido_desktop.paths import MIGRATIONS_DIR


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(connection: Connection, target: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def stamp(connection: Connection, target: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.stamp(config, target)
