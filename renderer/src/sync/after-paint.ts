/**
 * Resolves once the frame holding what the current task changed has been painted — or after `atMostMs`,
 * whichever comes first (a hidden or minimized window paints no frames: its work must not wait for one).
 *
 * A press shows its result at once (pending-attendance.ts) and records it right after: recording starts a
 * Dexie transaction whose own script (and the answers IndexedDB sends back) would otherwise run in the same
 * task as the press, before the browser paints the row. Waiting for the paint first keeps the press's frame
 * free of the store's work; the record follows a frame later, still before anything else the desk does
 * (callbacks run in the order they were asked for). Where there is no painting (Node, jsdom) it resolves at
 * once.
 */
export function afterNextPaint(atMostMs = 50): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function')
    return Promise.resolve()
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, atMostMs)
    requestAnimationFrame(() => {
      // rAF runs just before the paint; a message posted from it is handled in the task after the paint.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        clearTimeout(timer)
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  })
}
