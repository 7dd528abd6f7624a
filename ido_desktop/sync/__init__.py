"""The sync-file format: minisign signatures, age encryption, canonical JSON and strict reading.

Pure format code: no database, no Qt. Modules: :mod:`.errors` (codes), :mod:`.minisign`,
:mod:`.agecrypt`, :mod:`.canonical`, :mod:`.container` (canonical ZIP), :mod:`.syncfile`
(``*.idosync``), :mod:`.receipt` (``*.idoreceipt``), :mod:`.pairing` (``*.idopair``).
"""
