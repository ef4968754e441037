#!/usr/bin/env bash
# Every test: lint, types, unit + emulator + BFF (Vitest), then e2e in Chromium.
# Installs what the tests need when it is missing: Debian's chromium, the AWS CLI, git.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh

echo "== lint"
pnpm lint
echo "== typecheck"
pnpm typecheck
echo "== unit, emulator and BFF tests"
pnpm test:unit
echo "== e2e in Chromium"
pnpm test:e2e
