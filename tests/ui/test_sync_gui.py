"""The sync GUI on real stores and real files: pairing, export and receipt on the laptop; import
station and laptops page in the back office. File dialogs are replaced by small overridable
methods; work on the thread pool is awaited through signals, never with sleeps."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from ido_desktop.app import Services, initialise
from ido_desktop.domain.errors import IdoError, StateError
from ido_desktop.domain.sync_model import EnrolledDeviceInfo, ImportFileResult
from ido_desktop.domain.vocab import Role
from ido_desktop.messages import message
from ido_desktop.paths import DataPaths
from ido_desktop.services.demo_service import DemoService
from ido_desktop.sync.errors import SyncError
from ido_desktop.ui import labels
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.devices_model import DevicesColumn, DevicesModel
from ido_desktop.ui.devices_page import DevicesPage, TrustDialog
from ido_desktop.ui.import_model import ImportColumn, ImportModel
from ido_desktop.ui.import_page import ImportPage
from ido_desktop.ui.pairing_dialog import PairingDialog
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE
from ido_desktop.ui.sync_panel import SyncPanel
from ido_desktop.ui.workers import Worker, start


def _make(tmp_path: Path, name: str, role: Role) -> Services:
    return initialise(DataPaths(tmp_path / name), role, name)


def _close(services: Services) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker may outlive its store
    services.close()


def demo(services: Services, n: int, seed: int = 1) -> None:
    DemoService(services.store.session_factory, services.clock, services.device.device_id).generate(
        n, services.reference.catalog(), seed=seed
    )


@pytest.fixture
def office(tmp_path):
    services = _make(tmp_path, "Backoffice Bibliotheek", Role.BACKOFFICE)
    yield services
    _close(services)


@pytest.fixture
def laptop(tmp_path):
    services = _make(tmp_path, "Laptop 03", Role.FIELD)
    yield services
    _close(services)


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def pairing_file(office, stick) -> Path:
    return office.pairing.write_config_file(stick / "koppel.idopair")


@pytest.fixture
def paired(laptop, office, pairing_file) -> Services:
    """The laptop paired with the office, and enrolled there."""
    laptop.pairing.apply(pairing_file)
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    return laptop


@pytest.fixture
def panel(qtbot, laptop) -> SyncPanel:
    panel = SyncPanel(laptop.exports, laptop.receipts, laptop.pairing, "nl")
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    return panel


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- the worker ---------------------------------------------------------------------------


def test_worker_reports_progress_result_and_failure_through_signals(qtbot):
    seen: list[tuple[int, int, object]] = []

    def job(worker: Worker) -> str:
        for i in range(1, 4):
            worker.progress(i, 3, f"item {i}")
        return "done"

    worker = Worker(job)
    worker.progressed.connect(lambda done, total, item: seen.append((done, total, item)))
    with qtbot.waitSignal(worker.finished, timeout=5000) as finished:
        start(worker)
    assert finished.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3, "item 3")

    def broken(_worker: Worker) -> None:
        raise StateError("E_NOT_PAIRED")

    failing = Worker(broken)
    with qtbot.waitSignal(failing.failed, timeout=5000) as failed:
        start(failing)
    assert isinstance(failed.args[0], StateError)
    assert not failing.is_cancelled()
    failing.cancel()
    assert failing.is_cancelled()


def test_any_error_message_uses_the_sync_words_for_sync_codes(qapp):
    disk_full = SyncError("E_EXPORT_DISK_FULL")
    assert labels.any_error_message(disk_full, "nl") == message("E_EXPORT_DISK_FULL", lang="nl")
    assert labels.any_error_message(disk_full, "en") == message("E_EXPORT_DISK_FULL", lang="en")
    assert labels.any_error_message(StateError("E_NOT_PAIRED"), "nl").startswith(
        message("E_NOT_PAIRED", lang="nl")[:20]
    )
    assert labels.any_error_message(IdoError("E_NO_QUESTION"), "nl") == (
        "Voeg minstens één vraag toe."
    )
    assert "RuntimeError" in labels.any_error_message(RuntimeError("x"), "nl")


# --- laptop: pairing ----------------------------------------------------------------------


def test_pairing_dialog_shows_the_fingerprint_and_cancel_applies_nothing(
    qtbot, laptop, office, pairing_file
):
    dialog = PairingDialog(laptop.pairing, pairing_file, "nl")
    qtbot.addWidget(dialog)
    fingerprint = office.keystore.public_key().fingerprint
    assert dialog.offer is not None and dialog.offer.first_pairing
    assert _one_line(dialog.fingerprint.text()) == fingerprint
    assert dialog.fingerprint.font().fixedPitch() or dialog.fingerprint.font().pointSizeF() > 12
    assert "Backoffice Bibliotheek" in dialog.title.text()
    assert office.keystore.public_key().key_id_hex in dialog.details.text()
    assert "Vergelijk deze vingerafdruk met de backoffice" in dialog.instruction.text()
    assert dialog.confirm_button.text() == "&Ja, koppelen"

    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert laptop.pairing.pinned_key() is None
    assert not laptop.exports.status().paired

    confirm = PairingDialog(laptop.pairing, pairing_file, "nl")
    qtbot.addWidget(confirm)
    with qtbot.waitSignal(confirm.pairing_applied, timeout=1000):
        confirm.confirm_button.click()
    assert confirm.result() == QDialog.DialogCode.Accepted
    assert laptop.pairing.pinned_key().fingerprint == fingerprint


def test_a_damaged_pairing_file_is_refused_plainly(qtbot, laptop, pairing_file):
    data = bytearray(pairing_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    pairing_file.write_bytes(bytes(data))
    dialog = PairingDialog(laptop.pairing, pairing_file, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.offer is None
    assert "koppelbestand is beschadigd" in dialog.error.text()
    assert dialog.confirm_button.isHidden()
    assert laptop.pairing.pinned_key() is None


def test_panel_pairs_through_the_dialog_and_then_accepts_an_update(
    qtbot, panel, laptop, office, pairing_file, monkeypatch
):
    assert panel.paired_to.text() == "Nog niet gekoppeld"
    assert "nog niet gekoppeld" in panel.not_paired.text()
    assert not panel.export_button.isEnabled()
    shown: list[PairingDialog] = []

    def confirm(dialog: PairingDialog) -> int:
        shown.append(dialog)
        dialog.confirm_button.click()
        return dialog.result()

    monkeypatch.setattr(panel, "_choose_pairing_file", lambda: pairing_file)
    monkeypatch.setattr(panel, "_run_dialog", confirm)
    with qtbot.waitSignal(panel.paired, timeout=1000):
        panel.pair_button.click()
    assert panel.paired_to.text() == "Backoffice Bibliotheek"
    assert panel.not_paired.text() == ""
    assert panel.export_button.isEnabled()

    update = office.pairing.write_config_file(pairing_file.parent / "koppel2.idopair")
    monkeypatch.setattr(panel, "_choose_pairing_file", lambda: update)
    with qtbot.waitSignal(panel.paired, timeout=1000):
        panel.pair_button.click()
    dialog = shown[-1]
    assert not dialog.offer.first_pairing
    assert "Bijgewerkte configuratie" in dialog.title.text()
    assert "Versie 2" in dialog.details.text()
    assert "versie 2" in panel.result.text()


# --- laptop: export and receipt -----------------------------------------------------------


def test_export_writes_a_file_and_updates_the_counts(qtbot, paired, stick, monkeypatch):
    demo(paired, 12)
    panel = SyncPanel(paired.exports, paired.receipts, paired.pairing, "nl")
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    unsent = paired.exports.status().unsent
    assert unsent > 0 and panel.unsent.text() == f"{unsent} records"
    assert panel.last_file.text() == "nog niet geschreven"

    monkeypatch.setattr(panel, "_choose_directory", lambda: stick)
    with qtbot.waitSignal(panel.exported, timeout=10_000) as exported:
        panel.export_button.click()
        assert panel.busy.isVisible() and not panel.export_button.isEnabled()
    result = exported.args[0]
    assert Path(result.path).is_file() and Path(result.path).parent == stick
    assert panel.result.text() == (
        f"Synchronisatiebestand 1 geschreven: {result.path} ({result.records} records)"
    )
    assert panel.unsent.text() == "0 records"
    assert panel.unacknowledged.text() == f"{unsent} records"
    assert panel.last_file.text().startswith("nummer 1, ")
    assert not panel.busy.isVisible() and panel.export_button.isEnabled()


def test_a_full_stick_shows_the_plain_message_and_changes_nothing(
    qtbot, paired, stick, monkeypatch
):
    demo(paired, 5)
    panel = SyncPanel(paired.exports, paired.receipts, paired.pairing, "nl")
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    before = set(stick.iterdir())

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    monkeypatch.setattr(panel, "_choose_directory", lambda: stick)
    panel.export_button.click()
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=10_000)
    monkeypatch.undo()
    assert panel.error.text() == message("E_EXPORT_DISK_FULL", lang="nl")
    assert panel.result.text() == ""
    assert set(stick.iterdir()) == before
    assert paired.exports.status().last_sequence == 0
    assert panel.last_file.text() == "nog niet geschreven"
    assert panel.export_button.isEnabled()


def test_reading_a_receipt_updates_the_status(qtbot, paired, office, stick, tmp_path, monkeypatch):
    demo(paired, 8)
    exported = paired.exports.export(stick)
    office.imports.import_files([Path(exported.path)])
    [receipt] = office.imports.write_receipts(tmp_path / "receipts")
    panel = SyncPanel(paired.exports, paired.receipts, paired.pairing, "nl")
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.unacknowledged.text() == f"{exported.records} records"
    assert panel.last_receipt.text() == "nog niet ingelezen"

    monkeypatch.setattr(panel, "_choose_receipt", lambda: receipt)
    with qtbot.waitSignal(panel.receipt_read, timeout=10_000):
        panel.receipt_button.click()
    assert panel.result.text().startswith("Alles ontvangen door de backoffice; ")
    assert "oude records opgeschoond" in panel.result.text()
    assert panel.unacknowledged.text() == "0 records"
    assert panel.last_receipt.text() != "nog niet ingelezen"


# --- back office: import station ----------------------------------------------------------


def _three_files(paired: Services, stick: Path, tamper: int | None = None) -> list[Path]:
    files = []
    for seed in (1, 2, 3):
        demo(paired, 4, seed=seed)
        files.append(Path(paired.exports.export(stick).path))
    if tamper is not None:
        data = bytearray(files[tamper].read_bytes())
        data[len(data) // 2] ^= 0x01
        files[tamper].write_bytes(bytes(data))
    return files


@pytest.fixture
def import_page(qtbot, office) -> ImportPage:
    page = ImportPage(office.imports, office.enrolment, "nl")
    qtbot.addWidget(page)
    page.show()
    return page


def _results(page: ImportPage) -> dict[str, str]:
    model = page.model
    return {
        model.index(row, ImportColumn.FILE).data(): model.index(row, ImportColumn.RESULT).data()
        for row in range(model.rowCount())
    }


def test_import_a_folder_with_a_tampered_file(
    qtbot, import_page, paired, office, stick, monkeypatch
):
    files = _three_files(paired, stick, tamper=2)
    monkeypatch.setattr(import_page, "_choose_directory", lambda _title: stick)
    progress: list[tuple[int, int]] = []
    import_page.file_imported.connect(lambda done, total, _r: progress.append((done, total)))
    with qtbot.waitSignal(import_page.files_imported, timeout=20_000):
        import_page.folder_button.click()
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert import_page.progress.value() == 3 and import_page.progress.maximum() == 3
    assert import_page.progress.format() == "3 van 3"
    assert _results(import_page) == {
        files[0].name: "✔ Ingelezen",
        files[1].name: "✔ Ingelezen",
        files[2].name: "✖ Geweigerd",
    }
    refused = next(r for r in import_page.model.results() if r.result == "refused")
    row = [r.file_name for r in import_page.model.results()].index(files[2].name)
    details = import_page.model.index(row, ImportColumn.DETAILS).data()
    assert details == message(refused.error_code, refused.error_params, lang="nl")
    assert "beschadigd" in details
    assert refused.quarantine_path and Path(refused.quarantine_path).is_dir()
    assert refused.quarantine_path in import_page.details.text()  # the refusal is selected
    assert import_page.summary_warning.text() == "2 ingelezen, 0 al bekend, 1 geweigerd"
    # The second file holds everything since the last receipt: 8 consultations.
    assert office.stats.stats().consultations == 8
    qtbot.waitUntil(lambda: not import_page.is_busy())
    assert import_page.files_button.isEnabled() and not import_page.progress_row.isVisible()


def test_stop_ends_the_import_before_the_remaining_files(
    qtbot, import_page, paired, office, stick, monkeypatch
):
    files = _three_files(paired, stick)
    gate = threading.Event()
    calls: list[Path] = []
    real = office.imports.import_one

    def slow(path, identities=None):
        calls.append(Path(path))
        if len(calls) == 2:
            gate.wait(10)
        return real(path, identities)

    monkeypatch.setattr(office.imports, "import_one", slow)
    assert import_page.import_paths([stick])
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)  # file 2 is being read
    assert import_page.stop_button.isEnabled()
    import_page.stop_button.click()
    assert not import_page.stop_button.isEnabled()
    with qtbot.waitSignal(import_page.files_imported, timeout=10_000) as finished:
        gate.set()
    assert [r.file_name for r in finished.args[0]] == [files[0].name, files[1].name]
    assert calls == files[:2]
    assert import_page.summary_warning.text() == (
        "Gestopt na 2 van 3 bestanden: 2 ingelezen, 0 al bekend, 0 geweigerd"
    )
    assert [d.last_sequence for d in office.enrolment.devices()] == [2]


def test_dropping_a_folder_starts_an_import(qtbot, import_page, paired, stick):
    files = _three_files(paired, stick)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(stick))])
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    import_page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(import_page.files_imported, timeout=20_000):
        import_page.dropEvent(drop)
    assert _results(import_page) == {f.name: "✔ Ingelezen" for f in files}
    assert import_page.summary.text() == "3 ingelezen, 0 al bekend, 0 geweigerd"

    text_only = QMimeData()
    text_only.setText("no files here")
    ignored = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    import_page.dragEnterEvent(ignored)
    assert not ignored.isAccepted()


def test_import_shows_gaps_and_writes_receipts(
    qtbot, import_page, paired, office, stick, tmp_path, monkeypatch
):
    files = _three_files(paired, stick)
    monkeypatch.setattr(import_page, "_choose_files", lambda: [files[0], files[2]])
    with qtbot.waitSignal(import_page.files_imported, timeout=20_000):
        import_page.files_button.click()
    assert import_page.gaps.text() == "Synchronisatiebestand 2 van Laptop 03 ontbreekt."

    monkeypatch.setattr(import_page, "_choose_directory", lambda _title: tmp_path / "receipts")
    with qtbot.waitSignal(import_page.receipts_written, timeout=10_000) as written:
        import_page.receipts_button.click()
    [receipt] = written.args[0]
    assert receipt.is_file()
    assert import_page.receipts_result.text().startswith("1 ontvangstbewijzen geschreven in ")
    paired.receipts.read_receipt(receipt)
    assert paired.exports.status().unacknowledged == 0


def test_import_model_passes_the_model_tester(qtmodeltester):
    model = ImportModel("nl")
    model.add_result(
        ImportFileResult("a.idosync", "imported", device_name="Laptop 03", sequence=1, applied=3)
    )
    model.add_result(ImportFileResult("b.idosync", "known", device_name="Laptop 03", sequence=1))
    model.add_result(
        ImportFileResult(
            "c.idosync",
            "refused",
            error_code="E_SYNC_UNKNOWN_DEVICE",
            error_params={"key_id": "ABCD"},
            quarantine_path="/q/c",
        )
    )
    qtmodeltester.check(model)
    assert model.index(2, ImportColumn.RESULT).data(SORT_ROLE) < model.index(0, 3).data(SORT_ROLE)
    assert model.index(1, 0).data(ROW_ROLE).result == "known"
    assert "/q/c" in model.index(2, ImportColumn.DETAILS).data(Qt.ItemDataRole.ToolTipRole)


# --- back office: laptops -----------------------------------------------------------------


@pytest.fixture
def devices_page(qtbot, office) -> DevicesPage:
    page = DevicesPage(office.enrolment, office.pairing, office.keystore, "nl")
    qtbot.addWidget(page)
    page.show()
    return page


def test_devices_page_lists_the_laptop_and_revokes_it(
    qtbot, devices_page, paired, office, monkeypatch
):
    devices_page.refresh()
    model = devices_page.model
    assert model.rowCount() == 1
    assert model.index(0, DevicesColumn.NAME).data() == "Laptop 03"
    assert model.index(0, DevicesColumn.KEY_ID).data() == paired.keystore.public_key().key_id_hex
    assert model.index(0, DevicesColumn.STATUS).data() == "✔ Actief"
    assert not devices_page.revoke_button.isEnabled()  # nothing chosen yet

    devices_page.table.selectRow(0)
    assert devices_page.revoke_button.isEnabled()
    asked: list[str] = []

    def yes(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(devices_page.devices_changed, timeout=1000):
        devices_page.revoke_button.click()
    assert asked and asked[0].startswith("Laptop 03 intrekken?")
    [device] = office.enrolment.devices()
    assert device.revoked_at is not None
    assert model.index(0, DevicesColumn.STATUS).data().startswith("✖ Ingetrokken op ")
    assert not devices_page.revoke_button.isEnabled()


def test_revoke_answered_no_changes_nothing(qtbot, devices_page, paired, office, monkeypatch):
    devices_page.refresh()
    devices_page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    devices_page.revoke_button.click()
    assert office.enrolment.devices()[0].revoked_at is None


def test_devices_page_shows_gaps(qtbot, devices_page, paired, office, stick):
    files = _three_files(paired, stick)
    office.imports.import_files([files[0], files[2]])
    devices_page.refresh()
    assert devices_page.gaps.text() == "Synchronisatiebestand 2 van Laptop 03 ontbreekt."
    assert devices_page.model.index(0, DevicesColumn.MISSING).data() == "⚠ 2"


def test_enrol_a_laptop_and_write_the_pairing_file(
    qtbot, devices_page, laptop, office, tmp_path, monkeypatch
):
    assert devices_page.model.rowCount() == 0 and devices_page.empty.isVisible()

    def fill(dialog: TrustDialog) -> int:
        monkeypatch.setattr(dialog, "_choose_key_file", lambda: laptop.keystore.public_key_path)
        dialog.browse_button.click()
        qtbot.keyClicks(dialog.name, "Laptop 03")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(devices_page, "_run_trust_dialog", fill)
    with qtbot.waitSignal(devices_page.devices_changed, timeout=1000):
        devices_page.enrol_button.click()
    [device] = office.enrolment.devices()
    assert device.name == "Laptop 03"
    assert devices_page.model.rowCount() == 1
    assert devices_page.selected_device().key_id == device.key_id
    assert devices_page.result.text().startswith("Laptop 03 is ingeschreven")

    target = tmp_path / "out" / "koppel.idopair"
    monkeypatch.setattr(devices_page, "_choose_pairing_target", lambda: target)
    with qtbot.waitSignal(devices_page.pairing_file_written, timeout=1000):
        devices_page.pairing_button.click()
    assert target.is_file()
    assert str(target) in devices_page.result.text()
    fingerprint = office.keystore.public_key().fingerprint
    assert _one_line(devices_page.own_fingerprint.text()) == fingerprint
    assert laptop.pairing.inspect(target).fingerprint == fingerprint


def test_trust_dialog_shows_why_it_refuses(qtbot, office, laptop):
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    dialog = TrustDialog(office.enrolment, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "sleutelbestand" in dialog.error.text()
    dialog.key_file.setText(str(laptop.keystore.public_key_path))
    dialog.name.setText("Nog een keer")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == message(
        "E_DEVICE_ALREADY_TRUSTED", {"key_id": laptop.keystore.public_key().key_id_hex}, "nl"
    )
    assert dialog.isVisible() and len(office.enrolment.devices()) == 1


def test_devices_model_passes_the_model_tester(qtmodeltester, office, laptop):
    info = office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    assert isinstance(info, EnrolledDeviceInfo)
    model = DevicesModel()
    model.set_rows([info, office.enrolment.revoke(info.key_id)])
    qtmodeltester.check(model)
    assert model.index(0, DevicesColumn.STATUS).data(SORT_ROLE) == 0
    assert model.index(1, DevicesColumn.STATUS).data(SORT_ROLE) == 1
    assert model.index(0, DevicesColumn.FINGERPRINT).data(Qt.ItemDataRole.ToolTipRole) == (
        info.fingerprint
    )


# --- the windows --------------------------------------------------------------------------


def _tab_texts(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_field_window_synchronises_and_has_no_back_office_tabs(qtbot, laptop, monkeypatch):
    window = build_main_window(laptop)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    texts = _tab_texts(window)
    assert "Synchroniseren (Ctrl+4)" in texts
    assert not any(t.startswith(("Importeren", "Laptops")) for t in texts)
    assert window.import_page is None and window.devices_page is None
    assert window.sync_panel.paired_to.text() == "Nog niet gekoppeld"
    asked: list[bool] = []
    monkeypatch.setattr(window.sync_panel, "_choose_directory", lambda: asked.append(True))
    qtbot.keyClick(
        window,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentWidget() is window.sync_panel
    assert asked == []  # not paired: no folder is asked for
    window.tabs.setCurrentIndex(0)
    window.sync_button.click()
    assert window.tabs.currentWidget() is window.sync_panel


def test_the_back_office_window_has_import_and_laptops_tabs(qtbot, office):
    window = build_main_window(office)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    texts = _tab_texts(window)
    assert "Importeren (Ctrl+5)" in texts and "Laptops (Ctrl+6)" in texts
    assert not any(t.startswith("Synchroniseren") for t in texts)
    assert window.sync_panel is None
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.devices_page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.import_page
