"""Loading the store's code while the unlock screen waits for the passphrase.

The unlock screen needs only Qt and the key file. The main window needs SQLAlchemy, the models,
the services and the window's own modules: most of the start's CPU time. A thread imports them
while the user types, so the unlock screen shows at once and the passphrase opens the store
without waiting for them (docs/performance.md). Python runs one thread at a time, but switches
every few milliseconds, so the unlock screen keeps answering the keyboard meanwhile.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence

from ido_desktop.ui.workers import wait_while_painting


class Preload:
    """Imports ``modules`` and then runs ``then`` (named ``module:function``), in a thread once
    ``start`` is called."""

    def __init__(self, modules: Sequence[str], then: str | None = None) -> None:
        self._modules = tuple(modules)
        self._then = then
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="ido-preload", daemon=True)
            self._thread.start()

    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def wait(self) -> None:
        """Until every module is loaded; the windows keep painting while the thread works.
        Without ``start``, the modules are imported here and now."""
        if self._thread is not None:
            wait_while_painting(self.done)
            self._thread.join()
        # A module the thread could not import raises its error here, in the GUI thread.
        self._load(quiet=False)

    def _load(self, quiet: bool = True) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
            if self._then is not None:
                module, function = self._then.split(":")
                then: Callable[[], object] = getattr(importlib.import_module(module), function)
                then()
        except Exception:
            if not quiet:
                raise
            # wait() runs it again and raises the error there, in the GUI thread
