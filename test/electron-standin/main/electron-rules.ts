/**
 * Electron's documented rules the stand-in enforces, each with the page it comes from, and Electron's own
 * words where Electron has them (copied from Electron's source: lib/browser/*.ts, shell/browser/api/*.cc).
 * Where Electron has no message (it logs, or silently ignores), the stand-in's message starts with
 * "electron-standin:" so nobody mistakes it for Electron's.
 */
export const electronDocs = {
  /** "This method can only be used before the ready event of the app module gets emitted and can be called only once." */
  registerSchemesAsPrivileged:
    'https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes',
  /** "All methods unless specified can only be used after the ready event of the app module gets emitted." */
  protocol: 'https://www.electronjs.org/docs/latest/api/protocol#methods',
  /** "You cannot require or use this module until the ready event of the app module is emitted." */
  browserWindow: 'https://www.electronjs.org/docs/latest/api/browser-window',
  /** "You cannot use this module until the ready event of the app module is emitted." */
  session: 'https://www.electronjs.org/docs/latest/api/session',
  /** "The net module … can only be used after the ready event of the app module gets emitted." */
  net: 'https://www.electronjs.org/docs/latest/api/net#methods',
  /** "Adds a handler for an invokeable IPC." (one handler per channel: a second one throws) */
  ipcMainHandle: 'https://www.electronjs.org/docs/latest/api/ipc-main#ipcmainhandlechannel-listener',
  /** "contextBridge … only works with contextIsolation enabled" */
  contextBridge: 'https://www.electronjs.org/docs/latest/api/context-bridge',
  /** API values are copied, functions proxied, objects frozen: "API" table of the same page */
  contextBridgeApi:
    'https://www.electronjs.org/docs/latest/api/context-bridge#parameter--error--return-type-support',
  /** "preload string … The value should be the absolute file path to the script." */
  webPreferences: 'https://www.electronjs.org/docs/latest/api/structures/web-preferences',
  /** The sandboxed preload's require: "electron", "events", "timers", "url" only */
  sandboxedPreload: 'https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts',
  requestSingleInstanceLock:
    'https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata',
  /** "This event is guaranteed to be emitted after the ready event of app gets emitted." */
  secondInstance: 'https://www.electronjs.org/docs/latest/api/app#event-second-instance',
  /** "This event will not emit when the navigation is started programmatically with APIs like webContents.loadURL" */
  willNavigate: 'https://www.electronjs.org/docs/latest/api/web-contents#event-will-navigate',
  /** "Returning { action: 'deny' } cancels the creation of the new window." */
  setWindowOpenHandler:
    'https://www.electronjs.org/docs/latest/api/web-contents#contentssetwindowopenhandlerhandler',
  /** "By default, Electron will automatically approve all permission requests unless the developer has manually configured a custom handler." */
  permissionsDefault:
    'https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content',
  setPermissionRequestHandler:
    'https://www.electronjs.org/docs/latest/api/session#sessetpermissionrequesthandlerhandler',
  setPermissionCheckHandler:
    'https://www.electronjs.org/docs/latest/api/session#sessetpermissioncheckhandlerhandler',
  /** "On Linux, returns true if the app has emitted the ready event and the secret key is available." */
  isEncryptionAvailable:
    'https://www.electronjs.org/docs/latest/api/safe-storage#safestorageisencryptionavailable',
  /** basic_text, gnome_libsecret, kwallet…; "unknown" before ready */
  getSelectedStorageBackend:
    'https://www.electronjs.org/docs/latest/api/safe-storage#safestoragegetselectedstoragebackend-linux',
  encryptString: 'https://www.electronjs.org/docs/latest/api/safe-storage#safestorageencryptstringplaintext',
  netFetch: 'https://www.electronjs.org/docs/latest/api/net#netfetchinput-init',
  openExternal: 'https://www.electronjs.org/docs/latest/api/shell#shellopenexternalurl-options',
  getPath: 'https://www.electronjs.org/docs/latest/api/app#appgetpathname',
  /** "If the user pressed Cmd + Q, or the developer called app.quit(), Electron will first try to close all the windows and then emit the will-quit event" */
  quit: 'https://www.electronjs.org/docs/latest/api/app#appquit',
  /** "This API can be called safely before the ready event the app module emits" */
  showErrorBox: 'https://www.electronjs.org/docs/latest/api/dialog#dialogshowerrorboxtitle-content',
  ipcRendererInvoke: 'https://www.electronjs.org/docs/latest/api/ipc-renderer#ipcrendererinvokechannel-args',
} as const

/** Electron's own wording (shell/browser/api/*.cc, lib/browser/*.ts, lib/renderer/*.ts). */
export const electronSays = {
  // shell/browser/api/electron_api_protocol.cc, RegisterSchemesAsPrivileged
  schemesAfterReady: 'protocol.registerSchemesAsPrivileged should be called before app is ready',
  // shell/browser/api/electron_api_base_window.cc / electron_api_browser_window.cc, New
  windowBeforeReady: 'Cannot create BrowserWindow before app is ready',
  // shell/browser/api/electron_api_session.cc, FromPartition (session.defaultSession, protocol.handle, net.fetch)
  sessionBeforeReady: 'Session can only be received when app is ready',
  // lib/browser/api/net.ts, request
  netBeforeReady: 'net module can only be used after app is ready',
  // lib/browser/ipc-main-impl.ts, handle
  secondHandler: (channel: string) => `Attempted to register a second handler for '${channel}'`,
  handlerNotFunction: (type: string) => `Expected handler to be a function, but found type '${type}'`,
  // lib/browser/ipc-main-internal.ts … (answered to the renderer)
  noHandler: (channel: string) => `No handler registered for '${channel}'`,
  // lib/renderer/api/ipc-renderer.ts, invoke
  invokeFailed: (channel: string, error: string) => `Error invoking remote method '${channel}': ${error}`,
  // lib/browser/api/protocol.ts, handle
  protocolTaken: (scheme: string) => `Failed to register protocol: ${scheme}`,
  // lib/renderer/api/context-bridge.ts, checkContextIsolationEnabled
  contextIsolationOff: 'contextBridge API can only be used when contextIsolation is enabled',
  // shell/renderer/api/electron_api_context_bridge.cc, ExposeAPIInWorld
  existingProperty: 'Cannot bind an API on top of an existing property on the window object',
  // shell/browser/web_contents_preferences.cc (a LOG(ERROR): the preload is then not run)
  preloadNotAbsolute: 'preload script must have absolute path.',
  // lib/renderer/… preload loading
  unableToLoadPreload: (path: string) => `Unable to load preload script: ${path}`,
  // lib/sandboxed_renderer/preload.ts, preloadRequire
  moduleNotFound: (id: string) => `module not found: ${id}`,
  // shell/browser/api/electron_api_app.cc, GetPath
  getPathFailed: (name: string) => `Failed to get '${name}' path`,
  // shell/browser/api/electron_api_safe_storage.cc, EncryptString
  encryptionUnavailable:
    'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
  decryptionUnavailable:
    'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
  // shell/browser/api/electron_api_session.cc, SetPermissionRequestHandler / SetPermissionCheckHandler
  nullOrFunction: 'Must pass null or function',
  // the structured clone algorithm (IPC arguments and answers)
  cannotClone: 'An object could not be cloned.',
} as const

/** The stand-in's own rule messages, where Electron has none of its own. */
export const standinSays = (text: string) => `electron-standin: ${text}`
