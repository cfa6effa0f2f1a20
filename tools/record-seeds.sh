#!/usr/bin/env bash
# Record with CPython (python3) what the seed programs print, for SeedProgramsTest.
#
# For each given stdlib/src/test/resources/seeds/<seed>_<n>.py this writes <seed>_<n>.out, the
# exact stdout. Only programs whose output is the same on every run once pids, times and thread
# idents are normalised get one; the test checks the others by their shape alone.
#
# As the test runs them: cwd = the seeds directory, stdin from /dev/null, stdout block-buffered
# (a file), and seed 003's notebook cells after 003_kernel.py. -u runs the programs that follow
# unbuffered, as python -u (002_7: buffered, CPython's Pool workers are killed at exit before
# they flush). Run by developers, never by the tests.
#
# Usage: tools/record-seeds.sh [-u] FILE...
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SEEDS="$ROOT/stdlib/src/test/resources/seeds"
PY="${PYTHON:-python3}"
UNBUFFERED=""
if [ "${1:-}" = "-u" ]; then UNBUFFERED=1; shift; fi

for py in "$@"; do
  base="$(basename "$py" .py)"
  case "$base" in
    003_*) src="$(mktemp --suffix=.py)"; cat "$SEEDS/003_kernel.py" "$SEEDS/$base.py" >"$src" ;;
    *) src="$SEEDS/$base.py" ;;
  esac
  ( cd "$SEEDS" && env -u PYTHONUNBUFFERED ${UNBUFFERED:+PYTHONUNBUFFERED=1} timeout 300 "$PY" "$src" </dev/null >"$base.out" )
  echo "exit $?: $base"
  case "$base" in 003_*) rm -f "$src" ;; esac
done
