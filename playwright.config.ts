import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end: the built renderer in Chromium (Debian's, never a downloaded one) against main's real services
 * through the web host (`npm run start:web`), each test with its own host and demo site.
 * CHROMIUM_PATH points elsewhere where Chromium lives elsewhere (e.g. Google Chrome on GitHub's runners).
 */
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  throw new Error(
    `The end-to-end tests need Chromium at ${chromium}: install Debian's (sudo apt-get install chromium; ` +
      '.ci/run does it) or set CHROMIUM_PATH to a Chromium or Chrome. Never "npx playwright install".',
  )
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // The README's pictures are taken by `npm run screenshots` (playwright.screenshots.config.ts), not by `npm test`.
  testIgnore: '**/readme-screenshots.spec.ts',
  outputDir: 'test-results/playwright',
  // Each test starts two or three processes and a browser; on two cores one test at a time is the steady pace.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
