#!/usr/bin/env bash
# Sitrep vs Debian's python3-dateparser on the FA-KES date gold set.
# Installs python3-dateparser with apt-get when it is missing (needs root or sudo), then runs
# compare_dateparser.py with Debian's own python3 (the one the apt package installs into).
# Extra arguments go to compare_dateparser.py (--verbose, --reps N, --no-sitrep, --gold FILE, ...).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

py=/usr/bin/python3
[[ -x "$py" ]] || py="$(command -v python3)"

if ! "$py" -c 'import dateparser' >/dev/null 2>&1; then
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "run.sh: python3-dateparser is missing and installing it needs root (apt-get)" >&2; exit 1
    fi
  fi
  echo "run.sh: installing python3-dateparser with apt-get…" >&2
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y python3-dateparser
fi

cd "$root"
exec "$py" "$here/compare_dateparser.py" "$@"
