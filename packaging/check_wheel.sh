#!/usr/bin/env bash
# Build the wheel and the sdist, install each into a fresh virtual environment outside the
# checkout, and use the installed program as a user would (issue 12).
#
#   bash packaging/check_wheel.sh            # the working tree (tracked and new, not ignored files)
#   bash packaging/check_wheel.sh --pipx     # also `pipx install` the tree into a fresh pipx home
#
# Called by .ci/run after `make test`. The build starts from a clean copy of the working tree
# (no .qm, no .venv, no build output), as from a fresh clone: the wheel is built from that copy,
# and the sdist is installed with pip, which builds its own wheel from it. Each install must hold
# every file under ido_desktop/resources/ and the compiled translations, and the installed
# program must initialise a store, fill it, report, start (smoke) in Dutch and in English, and
# refuse to start with E_TRANSLATION_MISSING once its translation file is removed.
# Needs python3 with venv and network access to the package index (or pip's cache).
# Exits non-zero on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
CONSULTATIONS=120
PIPX=0
[[ "${1:-}" == "--pipx" ]] && PIPX=1

export PIP_DISABLE_PIP_VERSION_CHECK=1
export IDO_PASSPHRASE=wheel-check-passphrase
export QT_QPA_PLATFORM=offscreen
# The installed program must not lean on the checkout or on the venv that `make` uses.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ido-wheel-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
case "$WORK/" in "$ROOT"/*) fail "the work folder $WORK lies inside the checkout" ;; esac

step "A clean copy of the working tree"
SRC="$WORK/src"
mkdir -p "$SRC"
tree_files() {  # the checkout's files, NUL-separated, relative to ROOT
    if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard)
    else  # an unpacked archive: everything but what builds and runs leave behind
        (cd "$ROOT" && find . \( -name .git -o -name .venv -o -name build -o -name dist \
            -o -name __pycache__ -o -name '*.egg-info' -o -path ./bench/.cache \
            -o -path ./.local-store \) -prune -o -type f ! -name '*.qm' ! -name '*.pyc' \
            -printf '%P\0')
    fi
}
tree_files |
    while IFS= read -r -d '' file; do
        if [[ -f "$ROOT/$file" ]]; then  # a file deleted but not yet committed is left out
            mkdir -p "$SRC/$(dirname "$file")"
            cp -p "$ROOT/$file" "$SRC/$file"
        fi
    done
if compgen -G "$SRC/ido_desktop/resources/translations/*.qm" >/dev/null; then
    fail "a compiled translation is tracked in git; the build must make it"
fi
[[ -d "$SRC/ido_desktop/resources" ]] || fail "the checkout has no ido_desktop/resources/"
RESOURCES=()  # every file the program ships under ido_desktop/resources/, as in the checkout
while IFS= read -r -d '' file; do
    RESOURCES+=("${file#"$SRC"/}")
done < <(find "$SRC/ido_desktop/resources" -type f -print0 | sort -z)
echo "$(find "$SRC" -type f | wc -l) files, ${#RESOURCES[@]} of them under ido_desktop/resources/"

step "Build the sdist and the wheel (python -m build)"
"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/python" -m pip install -q 'build>=1.2,<2'
started=$SECONDS
"$WORK/tools/bin/python" -m build --sdist --wheel --outdir "$WORK/dist" "$SRC" >"$WORK/build.log" 2>&1 \
    || { tail -n 40 "$WORK/build.log"; fail "python -m build"; }
echo "built in $((SECONDS - started)) s: $(cd "$WORK/dist" && echo *)"
WHEEL="$(compgen -G "$WORK/dist/*.whl")"
SDIST="$(compgen -G "$WORK/dist/*.tar.gz")"

step "What the wheel and the sdist hold"
"$WORK/tools/bin/python" - "$WHEEL" "$SDIST" "${RESOURCES[@]}" <<'PY'
import sys, tarfile, zipfile

wheel, sdist, *resources = sys.argv[1:]
in_wheel = set(zipfile.ZipFile(wheel).namelist())
with tarfile.open(sdist) as tar:
    # "ido_desktop-0.1.0/ido_desktop/..." -> "ido_desktop/..."
    in_sdist = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
missing = []
for path in resources:
    if path.endswith(".ts"):
        qm = path[: -len(".ts")] + ".qm"
        if qm not in in_wheel:
            missing.append(f"wheel: {qm} (the compiled {path})")
    elif path not in in_wheel:
        missing.append(f"wheel: {path}")
    if path not in in_sdist:
        missing.append(f"sdist: {path}")
for path in ("ido_desktop/db/migrations/env.py", "ido_desktop/db/migrations/script.py.mako"):
    if path not in in_wheel:
        missing.append(f"wheel: {path}")
if not any(n.startswith("ido_desktop/db/migrations/versions/0001") for n in in_wheel):
    missing.append("wheel: ido_desktop/db/migrations/versions/*.py")
for path in ("setup.py", "pyproject.toml", "MANIFEST.in"):
    if path not in in_sdist:
        missing.append(f"sdist: {path}")
stale = sorted(n for n in in_sdist if n.endswith(".qm"))
if stale:
    missing.append(f"the sdist must build its .qm, not carry them: {stale}")
if missing:
    sys.exit("FAILED: missing from the packages:\n  " + "\n  ".join(missing))
print(f"ok  {len(resources)} resource files (and the compiled translations) in both")
PY

RUN="$WORK/run"  # an empty folder: nothing can come from the checkout by accident
mkdir -p "$RUN"

check_install() {
    local name="$1" venv="$2"
    local exe="$venv/bin/ido-desktop" store="$RUN/$name-store"
    (
        cd "$RUN"
        step "$name: where the program runs from"
        "$exe" --version
        location="$("$venv/bin/python" -c 'import ido_desktop; print(ido_desktop.__file__)')"
        case "$location" in
            "$venv"/*) echo "ok  ido_desktop from $location" ;;
            *) fail "ido_desktop is imported from $location, not from $venv" ;;
        esac
        qm="$("$venv/bin/python" -c 'from ido_desktop.paths import TRANSLATIONS_DIR as d
print(d / "ido_en.qm")')"

        step "$name: init, demo, stats, report"
        "$exe" --data-dir "$store" init --role field --name "Wheel laptop" >/dev/null
        "$exe" --data-dir "$store" demo --consultations "$CONSULTATIONS"
        "$exe" --data-dir "$store" stats | tee "$RUN/stats.json"
        grep -q "\"consultations\": $CONSULTATIONS," "$RUN/stats.json" \
            || fail "$name: stats does not count $CONSULTATIONS consultations"
        period=(--from "$(date -d "-5 years" +%F)" --to "$(date +%F)")
        "$exe" --data-dir "$store" report "${period[@]}" --by organisation --lang en \
            >"$RUN/report.txt"
        head -n 5 "$RUN/report.txt"
        grep -q "Organisation" "$RUN/report.txt" || fail "$name: the report has no English header"
        "$exe" --data-dir "$store" report "${period[@]}" --by location --format pdf \
            --out "$RUN/report.pdf"
        [[ -s "$RUN/report.pdf" ]] || fail "$name: no PDF report"

        step "$name: smoke in Dutch"
        "$exe" --data-dir "$store" smoke | tee "$RUN/smoke.txt"
        grep -q "^smoke: main window showed its data" "$RUN/smoke.txt" || fail "$name: smoke"
        grep -q "Registreren (Ctrl+1)" "$RUN/smoke.txt" || fail "$name: the window is not Dutch"

        step "$name: smoke in English"
        "$venv/bin/python" - "$store" <<'PY'
import sys
from ido_desktop.app import open_services
from ido_desktop.paths import DataPaths

services = open_services(DataPaths.from_option(sys.argv[1]))  # as the language menu does
services.settings.set_language("en")
services.close()
PY
        "$exe" --data-dir "$store" smoke | tee "$RUN/smoke.txt"
        grep -q "^smoke: main window showed its data" "$RUN/smoke.txt" || fail "$name: smoke (en)"
        grep -q "Register (Ctrl+1)" "$RUN/smoke.txt" \
            || fail "$name: English was chosen, but the window is not English"

        step "$name: without its translation file the program refuses to start"
        mv "$qm" "$qm.away"
        status=0
        "$exe" --data-dir "$store" smoke >"$RUN/smoke.txt" 2>"$RUN/smoke.err" || status=$?
        mv "$qm.away" "$qm"
        cat "$RUN/smoke.err"
        ((status == 1)) || fail "$name: a start without $qm exited with $status, not 1"
        grep -q "^E_TRANSLATION_MISSING: .*ido_en.qm" "$RUN/smoke.err" \
            || fail "$name: no E_TRANSLATION_MISSING naming the file"
        echo "ok  refused with E_TRANSLATION_MISSING"
    )
}

step "Install the wheel into a fresh virtual environment"
"$PYTHON" -m venv "$WORK/venv-wheel"
"$WORK/venv-wheel/bin/python" -m pip install -q "$WHEEL"
check_install wheel "$WORK/venv-wheel"

step "Install the sdist into a fresh virtual environment (pip builds its wheel)"
"$PYTHON" -m venv "$WORK/venv-sdist"
"$WORK/venv-sdist/bin/python" -m pip install -q "$SDIST"
check_install sdist "$WORK/venv-sdist"

if ((PIPX)); then
    step "pipx install of the clean copy, into a fresh pipx home"
    "$WORK/tools/bin/python" -m pip install -q 'pipx>=1.4,<2'
    export PIPX_HOME="$WORK/pipx-home" PIPX_BIN_DIR="$WORK/pipx-bin" PIPX_MAN_DIR="$WORK/pipx-man"
    "$WORK/tools/bin/pipx" install --python "$(command -v "$PYTHON")" "$SRC"
    check_install pipx "$PIPX_HOME/venvs/ido-desktop"
fi

printf '\nOK: the wheel and the sdist install, initialise, fill, report and start in Dutch and English\n'
