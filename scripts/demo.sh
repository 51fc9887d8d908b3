#!/usr/bin/env bash
# The main job on the embedded default: venv + install, build agenda.db from the bundled demo
# through the whole flow, print the status table and serve the dashboard.
# Any arguments go to `agenda demo` (e.g. --no-serve, --port 8080).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/bootstrap.sh"
exec "$root/.venv/bin/agenda" demo "$@"
