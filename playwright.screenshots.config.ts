import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/**
 * `npm run screenshots`: the README's pictures taken from the real app (test/e2e/readme-screenshots.spec.ts),
 * written over .github/screenshots/. Not part of `npm test`: it checks nothing the other end-to-end tests do
 * not, and takes a minute and a half.
 */
export default defineConfig({
  ...base,
  testMatch: '**/readme-screenshots.spec.ts',
  testIgnore: [],
  outputDir: 'test-results/playwright-screenshots',
  reporter: [['list']],
})
