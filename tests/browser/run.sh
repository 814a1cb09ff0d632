#!/bin/sh
# run.sh - installs playwright-core from the lock file when missing, then runs the browser suite.
set -eu
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ]; then
	npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
exec node all.mjs
