#!/usr/bin/env bash
# npm test: every check, in order; stops at the first failure and prints the time of each step.
# Integration tests run on an in-process PGlite; when TEST_DATABASE_URL is set they run again
# against that PostgreSQL server (and fail if it cannot be reached).
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1 NETLIFY_TELEMETRY_DISABLED=1
# A Node.js new enough for the TypeScript scripts first on PATH, or one line on what to install.
node_bin=$(node scripts/node22.mjs --bin)
export PATH="$node_bin:$PATH"
total=$SECONDS

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "━━ $name"
  "$@"
  echo "━━ $name: $((SECONDS - start)) s"
}

step "browser and fonts present" bash scripts/ensure-chromium.sh
step "types (astro check)" npx astro check
step "lint: layers, import cycles (eslint) and formatting (prettier)" npm run --silent lint
step "content check (check:content)" node scripts/check-content.ts
step "unit tests" npx vitest run --project unit
step "integration tests (PGlite)" env -u TEST_DATABASE_URL npx vitest run --project integration
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  # Again on the server, without the tests that never open the database under test (the demo makes
  # its own embedded one; the others read files or render mails): they ran above.
  step "integration tests (PostgreSQL server)" npx vitest run --project integration \
    --exclude 'tests/integration/scripts/{demo-pool,facts,lint-content,translation-tools}.test.ts' \
    --exclude 'tests/integration/server/mail/**'
fi
step "build" npx astro build
step "page weight (size)" node scripts/size.ts
step "browser tests (e2e)" npx vitest run --project e2e
step "accessibility: axe on every page (one per checker question and result per language)" npx vitest run tests/a11y/axe.test.ts
step "accessibility: pa11y-ci per template and locale" npx vitest run tests/a11y/pa11y.test.ts
step "Lighthouse: 100 on every template in nl and ar" npx vitest run tests/a11y/lighthouse.test.ts
echo
echo "All checks passed in $((SECONDS - total)) s."
