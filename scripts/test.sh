#!/usr/bin/env bash
# The whole test suite: venv + install with test extras, Debian's Chromium for the browser
# tests when we may install it, then ruff and pytest. Arguments go to pytest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/bootstrap.sh" dev
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }
fi
cd "$root"
"$root/.venv/bin/ruff" check "$root"
exec "$root/.venv/bin/python" -m pytest -n "${AGENDA_TEST_WORKERS:-2}" "$@"
