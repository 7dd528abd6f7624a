"""sync_repo.import_cache: a larger page cache during an import, the store's own one after."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ido_desktop.db.repositories import sync_repo


def _cache_size(session) -> int:
    return int(session.execute(text("PRAGMA cache_size")).scalar_one())


def test_the_cache_grows_for_the_block_and_comes_back(services):
    with services.store.session_factory.begin() as session:
        usual = _cache_size(session)
        with sync_repo.import_cache(session):
            assert _cache_size(session) == -sync_repo.IMPORT_CACHE_KIB
        assert _cache_size(session) == usual


def test_the_cache_comes_back_after_an_error_and_the_error_stays(services):
    with services.store.session_factory() as session:
        usual = _cache_size(session)
        with pytest.raises(RuntimeError, match="refused"), sync_repo.import_cache(session):
            raise RuntimeError("refused")
        assert _cache_size(session) == usual
