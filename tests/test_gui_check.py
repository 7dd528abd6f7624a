"""Tests for the start-up check that explains why the GUI cannot start."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from ido_desktop import gui_check

DISPLAY_VARS = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


@pytest.fixture
def linux(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A Linux machine with no display variables, working Qt and every library present."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in DISPLAY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(gui_check, "import_qt", lambda: None)
    monkeypatch.setattr(gui_check, "library_loads", lambda soname: True)
    return monkeypatch


def _fail_import(message: str, error: type[Exception] = ImportError) -> Callable[[], None]:
    def import_qt() -> None:
        raise error(message)

    return import_qt


def _missing(*sonames: str) -> Callable[[str], bool]:
    return lambda soname: soname not in sonames


def test_no_display_tells_the_user_to_start_from_a_desktop_or_offscreen(
    linux: pytest.MonkeyPatch,
) -> None:
    problem = gui_check.gui_problem()

    assert problem is not None
    assert "Geen beeldscherm gevonden (DISPLAY is niet gezet)" in problem
    assert "No display found" in problem
    assert "QT_QPA_PLATFORM=offscreen ido-desktop" in problem


def test_no_display_is_reported_before_qt_is_imported(linux: pytest.MonkeyPatch) -> None:
    linux.setattr(gui_check, "import_qt", _fail_import("libEGL.so.1: cannot open shared object"))

    problem = gui_check.gui_problem()

    assert problem is not None and "DISPLAY" in problem
    assert "libegl1" not in problem


def test_offscreen_platform_needs_no_display(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("QT_QPA_PLATFORM", "offscreen")
    linux.setattr(gui_check, "library_loads", _missing("libxcb-cursor.so.0"))

    assert gui_check.gui_problem() is None


def test_wayland_display_alone_is_enough(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("WAYLAND_DISPLAY", "wayland-0")
    linux.setattr(gui_check, "library_loads", _missing("libxcb-cursor.so.0"))

    assert gui_check.gui_problem() is None


def test_missing_egl_names_the_debian_package(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("QT_QPA_PLATFORM", "offscreen")
    linux.setattr(
        gui_check,
        "import_qt",
        _fail_import("libEGL.so.1: cannot open shared object file: No such file or directory"),
    )

    problem = gui_check.gui_problem()

    assert problem is not None
    assert "libEGL.so.1" in problem
    assert "sudo apt install libegl1" in problem


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libGL.so.1", "libgl1"),
        ("libxkbcommon.so.0", "libxkbcommon0"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_missing_library_as_oserror_names_the_debian_package(
    linux: pytest.MonkeyPatch, library: str, package: str
) -> None:
    linux.setenv("DISPLAY", ":0")
    message = f"{library}: cannot open shared object file: No such file or directory"
    linux.setattr(gui_check, "import_qt", _fail_import(message, OSError))

    problem = gui_check.gui_problem()

    assert problem is not None
    assert f"sudo apt install {package}" in problem


def test_unknown_missing_library_is_named_with_a_way_to_find_it(
    linux: pytest.MonkeyPatch,
) -> None:
    linux.setenv("DISPLAY", ":0")
    linux.setattr(
        gui_check, "import_qt", _fail_import("libfoo-7.so.2: cannot open shared object file")
    )

    problem = gui_check.gui_problem()

    assert problem is not None
    assert "libfoo-7.so.2" in problem
    assert "apt-file search libfoo-7.so.2" in problem


def test_missing_pyside6_says_to_reinstall(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("QT_QPA_PLATFORM", "offscreen")
    linux.setattr(
        gui_check, "import_qt", _fail_import("No module named 'PySide6'", ModuleNotFoundError)
    )

    problem = gui_check.gui_problem()

    assert problem is not None
    assert "No module named 'PySide6'" in problem
    assert "pip install" in problem


def test_missing_xcb_cursor_names_the_debian_package(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("DISPLAY", ":0")
    linux.setattr(gui_check, "library_loads", _missing("libxcb-cursor.so.0"))

    problem = gui_check.gui_problem()

    assert problem is not None
    assert "xcb" in problem
    assert "sudo apt install libxcb-cursor0" in problem


def test_several_missing_xcb_libraries_give_one_install_command(
    linux: pytest.MonkeyPatch,
) -> None:
    linux.setenv("DISPLAY", ":0")
    linux.setattr(
        gui_check,
        "library_loads",
        _missing("libxcb-keysyms.so.1", "libxcb-icccm.so.4", "libxcb-cursor.so.0"),
    )

    problem = gui_check.gui_problem()

    assert problem is not None
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in problem


def test_xcb_libraries_present_means_the_gui_can_start(linux: pytest.MonkeyPatch) -> None:
    checked: list[str] = []

    def loads(soname: str) -> bool:
        checked.append(soname)
        return True

    linux.setenv("DISPLAY", ":0")
    linux.setattr(gui_check, "library_loads", loads)

    assert gui_check.gui_problem() is None
    assert "libxcb-cursor.so.0" in checked


def test_explicit_xcb_platform_without_display_is_reported(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("QT_QPA_PLATFORM", "xcb")

    problem = gui_check.gui_problem()

    assert problem is not None and "DISPLAY" in problem


def test_explicit_xcb_platform_checks_xcb_libraries(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("QT_QPA_PLATFORM", "xcb")
    linux.setenv("DISPLAY", ":1")
    linux.setattr(gui_check, "library_loads", _missing("libxcb-icccm.so.4"))

    problem = gui_check.gui_problem()

    assert problem is not None and "sudo apt install libxcb-icccm4" in problem


def test_wayland_session_does_not_require_xcb_libraries(linux: pytest.MonkeyPatch) -> None:
    linux.setenv("DISPLAY", ":0")
    linux.setenv("WAYLAND_DISPLAY", "wayland-0")
    linux.setenv("XDG_SESSION_TYPE", "wayland")
    linux.setattr(gui_check, "library_loads", _missing("libxcb-cursor.so.0"))

    assert gui_check.gui_problem() is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_need_no_display_variable(linux: pytest.MonkeyPatch, platform: str) -> None:
    linux.setattr(sys, "platform", platform)
    linux.setattr(gui_check, "library_loads", _missing("libxcb-cursor.so.0"))

    assert gui_check.gui_problem() is None


def test_main_prints_the_problem_to_stderr_and_fails(
    linux: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gui_check.main() == 1

    captured = capsys.readouterr()
    assert "No display found" in captured.err
    assert captured.out == ""


def test_main_is_silent_and_succeeds_when_the_gui_can_start(
    linux: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    linux.setenv("QT_QPA_PLATFORM", "offscreen")

    assert gui_check.main() == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux shared libraries")
def test_library_loads_tells_present_from_absent() -> None:
    assert gui_check.library_loads("libc.so.6")
    assert not gui_check.library_loads("libido-desktop-does-not-exist.so.9")


def test_every_xcb_library_maps_to_a_package() -> None:
    assert set(gui_check.XCB_LIBRARIES) <= set(gui_check.LIBRARY_PACKAGES)
