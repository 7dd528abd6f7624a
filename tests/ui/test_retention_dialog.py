"""The retention dialog: a preview first, then reducing to counts only after confirming."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ido_desktop.db.models import AuditLog
from ido_desktop.domain.report import ReportSpec
from ido_desktop.domain.retention import APPLIED
from ido_desktop.domain.vocab import Role
from ido_desktop.ui.records_page import RecordsPage
from tests.services.sync_helpers import demo, make
from tests.services.test_retention import EVERYTHING


@pytest.fixture
def office(tmp_path):
    services = make(tmp_path, "office", Role.BACKOFFICE)
    demo(services, 150, seed=4)
    yield services
    services.close()


def test_preview_then_confirm_then_the_old_records_are_counts(qtbot, office):
    page = RecordsPage(office.records, office.reference.catalog(), "nl", actor="Backoffice Anna")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.search_finished, timeout=10_000):
        page.show()
    before = page.model.rowCount()
    totals = office.reports.build(ReportSpec(*EVERYTHING, ("period_month",))).rows
    dialog = page.open_retention()
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.previewed, timeout=10_000).wait()
    assert "niets" in dialog.summary.text()  # the default 24 months keeps all demo data
    assert not dialog.confirm.isEnabled() and not dialog.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as shown:
        dialog.months.setValue(6)
    preview = shown.args[0]
    assert preview.anything
    assert str(preview.consultations) in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # not before confirming
    dialog.grab().save("/tmp/perf_retention_dialog.png")
    dialog.confirm.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignals([page.search_finished, page.retention_applied], timeout=20_000):
        with qtbot.waitSignal(dialog.applied, timeout=20_000) as done:
            dialog.apply_button.click()
    assert done.args[0].consultations == preview.consultations
    assert "Klaar" in dialog.summary.text()
    assert page.model.rowCount() == before - preview.consultations
    assert office.reports.build(ReportSpec(*EVERYTHING, ("period_month",))).rows == totals
    with office.store.session_factory() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditLog).where(AuditLog.action == APPLIED)
            )
            == 1
        )
