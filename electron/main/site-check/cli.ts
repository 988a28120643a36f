import { main } from './cli-main'

/** The entry of `npm run check-site` (tsx); the work is in ./cli-main.ts, which the tests call directly. */
main(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  cwd: process.cwd(),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
