/**
 * Saves text as a file the way a page does: a Blob behind an `<a download>` that is clicked and removed (the
 * browser, or Electron's save dialog, takes it from there). Nothing leaves the computer.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked once the click has been handled: the download has the data by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
