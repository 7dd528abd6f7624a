"""The consultation form on a full or read-only disk: a plain message, the input kept."""

from __future__ import annotations

import pytest

from ido_desktop.app import Services
from tests.proof.store_helpers import on_every_connection, page_count, register_until_refused
from tests.ui.test_consult_form import fill_question, make_form, stored_count

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_full_disk_shows_what_to_do_and_keeps_the_input(
    qtbot, services: Services, open_spreekuur, tmp_path
) -> None:
    form = make_form(qtbot, services)
    fill_question(form.question_editors()[0])
    with on_every_connection(services, f"PRAGMA max_page_count = {page_count(services)}"):
        register_until_refused(services)  # the disk is full now
        stored = stored_count(services)
        form.save_button.click()
    assert form.error_banner.isVisible()
    assert form.error_banner.text().startswith("Niet opgeslagen. De schijf is vol")
    assert "probeer het opnieuw" in form.error_banner.text()
    assert stored_count(services) == stored
    assert form.has_unsaved_input()
    form.grab().save(str(tmp_path / "disk-full.png"))
    form.save_button.click()  # room again: the same input is saved
    assert stored_count(services) == stored + 1


def test_read_only_store_shows_what_to_do(qtbot, services: Services, open_spreekuur) -> None:
    form = make_form(qtbot, services)
    fill_question(form.question_editors()[0])
    with on_every_connection(services, "PRAGMA query_only = ON"):
        form.save_button.click()
    assert "alleen-lezen" in form.error_banner.text()
    assert stored_count(services) == 0 and form.has_unsaved_input()
