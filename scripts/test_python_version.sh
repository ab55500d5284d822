#!/usr/bin/env bash
# `make demo` and `make test` under another Python, in a virtual environment of its own (.venv-VERSION),
# so the project's claim (requires-python >= 3.11) is checked on the versions current systems ship:
#
#   scripts/test_python_version.sh 3.13        # or 3.12; python3.13 from PATH, else from pyenv
#
# The default .venv (Python 3.11, Debian's) is left alone. Exits with the first failing step's status.
set -euo pipefail
version="${1:?usage: scripts/test_python_version.sh 3.12|3.13}"
cd "$(dirname "$0")/.."

runs() { [ -n "$1" ] && "$1" -c 'import sys' >/dev/null 2>&1; }  # a pyenv shim may exist and not run
python="$(command -v "python$version" || true)"
if ! runs "$python" && command -v pyenv >/dev/null; then
  installed="$(pyenv versions --bare | grep -E "^${version//./\\.}(\.[0-9]+)?$" | sort -V | tail -1 || true)"
  python="${installed:+$(pyenv root)/versions/$installed/bin/python}"
fi
runs "$python" || { echo "no Python $version found (PATH or pyenv)" >&2; exit 2; }

echo "== $("$python" --version) at $python, venv .venv-$version"
make demo PYTHON="$python" VENV=".venv-$version"
make test PYTHON="$python" VENV=".venv-$version"
