/**
 * The web host's own URLs, beside the renderer's files. Shared by the server and the browser bridge; nothing
 * in the built app refers to them (test/build/built-app.test.ts checks that).
 */
export const WEB_HOST_PREFIX = '/__rollcall'
/** `POST /__rollcall/ipc/<domain>.<method>` with `{ "input": … }` → the channel's envelope. */
export const IPC_PATH = `${WEB_HOST_PREFIX}/ipc/`
/** Server-sent events: one `event: <domain>.<event>` per push from main. */
export const EVENTS_PATH = `${WEB_HOST_PREFIX}/events`
/** `window.rollcall` over HTTP, loaded by index.html in this mode only. */
export const BRIDGE_PATH = `${WEB_HOST_PREFIX}/bridge.js`
