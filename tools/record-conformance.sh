#!/usr/bin/env bash
# Re-record the expected results of the conformance corpus with CPython (python3).
#
# For every <name>.py under stdlib/src/test/resources/conformance this writes
#   <name>.out     exact stdout bytes
#   <name>.status  line 1: exit code; line 2 (only if non-zero): last line of stderr
#
# Each program runs with cwd = its own directory, stdin from /dev/null,
# PYTHONHASHSEED=0 and a 20 s timeout.  Run by developers, never by the tests.
#
# Usage: tools/record-conformance.sh [FILE_OR_DIR ...]   (default: whole corpus)
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$ROOT/stdlib/src/test/resources/conformance"
PY="${PYTHON:-python3}"

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
  echo "warning: $PY is Python $ver, the corpus expects CPython 3.11" >&2
fi

if [ $# -eq 0 ]; then set -- "$CORPUS"; fi

count=0; nonzero=0
while IFS= read -r -d '' py; do
  dir="$(dirname "$py")"; base="$(basename "$py" .py)"
  err="$(mktemp)"
  ( cd "$dir" && env PYTHONHASHSEED=0 timeout 20 "$PY" "$base.py" \
      </dev/null >"$base.out" 2>"$err" )
  rc=$?
  {
    echo "$rc"
    if [ "$rc" -ne 0 ]; then
      # last non-empty line of stderr
      awk 'NF { last = $0 } END { print last }' "$err"
    fi
  } >"$dir/$base.status"
  rm -f "$err"
  count=$((count + 1))
  if [ "$rc" -ne 0 ]; then
    nonzero=$((nonzero + 1))
    echo "exit $rc: ${py#$CORPUS/}: $(sed -n 2p "$dir/$base.status")"
  fi
done < <(for a in "$@"; do
           if [ -d "$a" ]; then find "$a" -name '*.py' -type f -print0; else printf '%s\0' "$a"; fi
         done | sort -z)

echo "recorded $count programs ($nonzero with non-zero exit)"
