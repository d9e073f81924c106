// The browser suites run in parallel workers and each needs the production build of the pane:
// built here once for all of them (and handed over through E2E_DIST), not once per suite into
// the same folder at the same time.
import { buildPane, chromiumAvailable } from './browser';

export default function globalSetup(): void {
  if (process.env.E2E_DIST || !(chromiumAvailable() || process.env.CI)) return;
  process.env.E2E_DIST = buildPane();
}
