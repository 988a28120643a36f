import { isAbsolute } from 'node:path'
import { electronDocs, electronSays, standinSays } from './electron-rules'

/**
 * webPreferences as Electron documents them (electronDocs.webPreferences), Electron 45. Electron itself
 * ignores an unknown key or a value of the wrong type and keeps the default; the stand-in is stricter and
 * throws, so a misspelt switch (`contextIsolaton: true`) fails a test instead of silently doing nothing.
 */
type Kind = 'boolean' | 'string' | 'number' | 'object' | 'string[]' | 'boolean|object'

const webPreferenceKinds: Record<string, Kind> = {
  devTools: 'boolean',
  nodeIntegration: 'boolean',
  nodeIntegrationInWorker: 'boolean',
  nodeIntegrationInSubFrames: 'boolean',
  preload: 'string',
  sandbox: 'boolean',
  session: 'object',
  partition: 'string',
  zoomFactor: 'number',
  javascript: 'boolean',
  webSecurity: 'boolean',
  allowRunningInsecureContent: 'boolean',
  images: 'boolean',
  imageAnimationPolicy: 'string',
  textAreasAreResizable: 'boolean',
  webgl: 'boolean',
  plugins: 'boolean',
  experimentalFeatures: 'boolean',
  scrollBounce: 'boolean',
  enableBlinkFeatures: 'string',
  disableBlinkFeatures: 'string',
  defaultFontFamily: 'object',
  defaultFontSize: 'number',
  defaultMonospaceFontSize: 'number',
  minimumFontSize: 'number',
  defaultEncoding: 'string',
  backgroundThrottling: 'boolean',
  offscreen: 'boolean|object',
  contextIsolation: 'boolean',
  webviewTag: 'boolean',
  additionalArguments: 'string[]',
  safeDialogs: 'boolean',
  safeDialogsMessage: 'string',
  disableDialogs: 'boolean',
  navigateOnDragDrop: 'boolean',
  autoplayPolicy: 'string',
  disableHtmlFullscreenWindowResize: 'boolean',
  accessibleTitle: 'string',
  spellcheck: 'boolean',
  enableWebSQL: 'boolean',
  v8CacheOptions: 'string',
  enablePreferredSizeMode: 'boolean',
  transparent: 'boolean',
  enableDeprecatedPaste: 'boolean',
}

/** What the window really runs with: Electron 45's defaults under what the app gave. */
export interface EffectiveWebPreferences {
  /** The preload that runs (null: none, or not absolute and so ignored, as Electron does). */
  preload: string | null
  contextIsolation: boolean
  sandbox: boolean
  nodeIntegration: boolean
  nodeIntegrationInWorker: boolean
  nodeIntegrationInSubFrames: boolean
  webSecurity: boolean
  allowRunningInsecureContent: boolean
  webviewTag: boolean
  javascript: boolean
  experimentalFeatures: boolean
  spellcheck: boolean
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? 'string[]' : 'array'
  if (value === null) return 'null'
  return typeof value
}

function fits(kind: Kind, value: unknown): boolean {
  if (kind === 'boolean|object')
    return typeof value === 'boolean' || (typeof value === 'object' && value !== null)
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  return kindOf(value) === kind
}

/** Checks `webPreferences` (throws on an unknown key or a wrong type) and works out what the page gets. */
export function checkWebPreferences(
  given: unknown,
  logError: (line: string) => void,
): { given: Record<string, unknown>; effective: EffectiveWebPreferences } {
  if (given === undefined) given = {}
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new TypeError(standinSays(`webPreferences must be an object (${electronDocs.webPreferences})`))
  const prefs = given as Record<string, unknown>
  for (const [key, value] of Object.entries(prefs)) {
    const kind = webPreferenceKinds[key]
    if (!kind)
      throw new TypeError(
        standinSays(
          `unknown webPreferences key '${key}' (Electron would ignore it silently; ${electronDocs.webPreferences})`,
        ),
      )
    if (value !== undefined && !fits(kind, value))
      throw new TypeError(
        standinSays(
          `webPreferences.${key} must be a ${kind}, not ${kindOf(value)} (Electron would ignore it and keep the default; ${electronDocs.webPreferences})`,
        ),
      )
  }

  const flag = (key: string, fallback: boolean) => (typeof prefs[key] === 'boolean' ? prefs[key] : fallback)
  const nodeIntegration = flag('nodeIntegration', false)
  const webSecurity = flag('webSecurity', true)
  let preload: string | null = null
  if (typeof prefs['preload'] === 'string') {
    // Electron logs this and runs the window without its preload (electronDocs.webPreferences: "absolute file path").
    if (isAbsolute(prefs['preload'])) preload = prefs['preload']
    else logError(`[electron-standin] ${electronSays.preloadNotAbsolute}`)
  }
  return {
    given: { ...prefs },
    effective: {
      preload,
      // Defaults since Electron 12 (contextIsolation) and 20 (sandbox, unless nodeIntegration is on).
      contextIsolation: flag('contextIsolation', true),
      sandbox: flag('sandbox', !nodeIntegration),
      nodeIntegration,
      nodeIntegrationInWorker: flag('nodeIntegrationInWorker', false),
      nodeIntegrationInSubFrames: flag('nodeIntegrationInSubFrames', false),
      webSecurity,
      // "allowRunningInsecureContent … Default is false"; webSecurity: false turns it on.
      allowRunningInsecureContent: flag('allowRunningInsecureContent', !webSecurity),
      webviewTag: flag('webviewTag', false),
      javascript: flag('javascript', true),
      experimentalFeatures: flag('experimentalFeatures', false),
      spellcheck: flag('spellcheck', true),
    },
  }
}

const windowOptionKinds: Record<string, 'string' | 'number' | 'boolean' | 'object'> = {
  title: 'string',
  width: 'number',
  height: 'number',
  minWidth: 'number',
  minHeight: 'number',
  maxWidth: 'number',
  maxHeight: 'number',
  x: 'number',
  y: 'number',
  show: 'boolean',
  frame: 'boolean',
  resizable: 'boolean',
  backgroundColor: 'string',
  webPreferences: 'object',
}

/**
 * The BrowserWindow options Rollcall uses, by type (https://www.electronjs.org/docs/latest/api/structures/base-window-options);
 * other keys are let through unchecked.
 */
export function checkWindowOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null)
    throw new TypeError(standinSays('BrowserWindow options must be an object'))
  const given = options as Record<string, unknown>
  for (const [key, kind] of Object.entries(windowOptionKinds)) {
    const value = given[key]
    if (value !== undefined && typeof value !== kind)
      throw new TypeError(standinSays(`BrowserWindow option ${key} must be a ${kind}, not ${kindOf(value)}`))
  }
  const color = given['backgroundColor']
  // "#RGB, #RGBA, #RRGGBB, #AARRGGBB", rgb()/hsl()/named colours (https://www.electronjs.org/docs/latest/api/browser-window#setting-the-backgroundcolor-property)
  if (
    typeof color === 'string' &&
    color.startsWith('#') &&
    !/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color)
  )
    throw new TypeError(standinSays(`backgroundColor ${color} is not a colour Electron reads`))
  return given
}
