/** The prompt's sentence about the changes still queued: they are kept, and sent once Rollcall is back. */
export function queuedChangesNote(pending: number): string {
  if (pending <= 0) return 'Nothing is waiting to be sent: restarting takes a few seconds.'
  return pending === 1
    ? '1 change waiting will be sent after the restart.'
    : `${String(pending)} changes waiting will be sent after the restart.`
}

export function readyTitle(version: string | undefined): string {
  return version ? `Rollcall ${version} is ready to install.` : 'An update of Rollcall is ready to install.'
}
