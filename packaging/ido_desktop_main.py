"""Entry script for the PyInstaller bundle (see build_installer.spec): the ``ido-desktop`` CLI."""

from ido_desktop.cli import main

raise SystemExit(main())
