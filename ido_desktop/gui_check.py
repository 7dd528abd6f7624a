"""Check, before any window opens, that this machine can start the Qt GUI.

Qt fails on a machine without a display or without some system libraries with a crash or a
one-line "could not load the Qt platform plugin" that tells a user nothing. This module finds the
usual causes first and says, in Dutch and English, what to do about them.

PySide6 is imported only inside :func:`import_qt`, never at module level, so that the check itself
works when Qt cannot be loaded.

Run as ``python -m ido_desktop.gui_check``: exit status 0 when the GUI can start, otherwise 1 with
the explanation on stderr.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

# Shared libraries Qt 6 may need, mapped to the Debian/Ubuntu package that provides them.
LIBRARY_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# What Qt's xcb platform plugin (libqxcb.so, Qt 6.5 and later) links against. Qt itself loads the
# plugin only when a window is created, so a missing one shows up only then, as an unhelpful error.
XCB_LIBRARIES: tuple[str, ...] = (
    "libxcb.so.1",
    "libX11-xcb.so.1",
    "libxkbcommon-x11.so.0",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-randr.so.0",
    "libxcb-render.so.0",
    "libxcb-render-util.so.0",
    "libxcb-shape.so.0",
    "libxcb-shm.so.0",
    "libxcb-sync.so.1",
    "libxcb-util.so.1",
    "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1",
)

_MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")


def import_qt() -> None:
    """Import the Qt modules the GUI needs; raises ImportError or OSError when that fails."""
    import PySide6.QtGui  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401


def library_loads(soname: str) -> bool:
    """Return True when the dynamic loader can load the shared library ``soname``."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _is_linux() -> bool:
    return sys.platform.startswith("linux")


def _apt_install(packages: list[str]) -> str:
    return "sudo apt install " + " ".join(packages)


def _no_display_message() -> str:
    return (
        "Geen beeldscherm gevonden (DISPLAY is niet gezet). Start het programma op een bureaublad,"
        " of zonder scherm met: QT_QPA_PLATFORM=offscreen ido-desktop ...\n"
        "No display found (DISPLAY is not set). Start the program from a desktop session,"
        " or without a screen with: QT_QPA_PLATFORM=offscreen ido-desktop ..."
    )


def _qt_import_problem(error: BaseException) -> str:
    """Explain why importing Qt failed: a missing system library, or PySide6 itself."""
    text = str(error)
    match = _MISSING_LIBRARY.search(text)
    if match is None:
        return (
            f"Qt (PySide6) kan niet worden geladen: {text}\n"
            "Installeer het programma opnieuw, bijvoorbeeld met: pip install -e .\n"
            f"Qt (PySide6) cannot be loaded: {text}\n"
            "Reinstall the program, for example with: pip install -e ."
        )
    library = match.group(1)
    package = LIBRARY_PACKAGES.get(library)
    if package is None:
        return (
            f"Qt mist de systeembibliotheek {library}. Installeer het pakket dat die levert"
            f" (zoek het op met: apt-file search {library}).\n"
            f"Qt is missing the system library {library}. Install the package that provides it"
            f" (find it with: apt-file search {library})."
        )
    command = _apt_install([package])
    return (
        f"Qt mist de systeembibliotheek {library}. Installeer die met: {command}\n"
        f"Qt is missing the system library {library}. Install it with: {command}"
    )


def _missing_xcb_packages() -> list[str]:
    """Return the Debian packages (sorted, unique) for xcb libraries that do not load."""
    missing = {LIBRARY_PACKAGES[name] for name in XCB_LIBRARIES if not library_loads(name)}
    return sorted(missing)


def _xcb_problem(packages: list[str]) -> str:
    command = _apt_install(packages)
    return (
        "Het X11-scherm (xcb) van Qt kan niet starten: er ontbreken systeembibliotheken."
        f" Installeer die met: {command}\n"
        "Qt's X11 (xcb) platform cannot start: system libraries are missing."
        f" Install them with: {command}"
    )


def _platform_override() -> str | None:
    """Return the Qt platform plugin named in QT_QPA_PLATFORM (e.g. ``offscreen``), if any."""
    value = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if not value:
        return None
    return value.split(":", 1)[0].split(";", 1)[0].strip().lower()


def _display_missing(platform: str | None) -> bool:
    """Return True when Qt will look for a screen on this Linux machine and none is set."""
    display = bool(os.environ.get("DISPLAY"))
    if platform is None:
        return not display and not os.environ.get("WAYLAND_DISPLAY")
    return platform == "xcb" and not display


def _xcb_will_be_used(platform: str | None) -> bool:
    """Return True when Qt will use its xcb (X11) platform plugin on this Linux machine."""
    if platform is not None:
        return platform == "xcb"
    wayland_session = os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if wayland_session and os.environ.get("WAYLAND_DISPLAY"):
        return False  # Qt picks its Wayland plugin first in a Wayland session.
    return bool(os.environ.get("DISPLAY"))


def gui_problem() -> str | None:
    """Return None when the Qt GUI can start here, else a Dutch and English explanation."""
    platform = _platform_override()
    linux = _is_linux()
    if linux and _display_missing(platform):
        return _no_display_message()
    try:
        import_qt()
    except (ImportError, OSError) as error:
        return _qt_import_problem(error)
    if linux and _xcb_will_be_used(platform):
        packages = _missing_xcb_packages()
        if packages:
            return _xcb_problem(packages)
    return None


def main() -> int:
    """Print the problem, if any, to stderr; return 1 when the GUI cannot start, else 0."""
    problem = gui_problem()
    if problem is None:
        return 0
    print(problem, file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
