import type { KeyboardEvent, RefObject } from 'react'

/**
 * A capture-phase key handler, for the element around a button, that makes Enter press that button as the
 * key goes down — what a native `<button>` does — instead of when it comes back up, which is when
 * react-aria's Button (usePress) presses on Enter. A person holds a key for 50–150 ms: on the desk's
 * busiest press (the roster's check-in) that is a delay of its own before anything can be drawn.
 *
 * The key-down is taken before the button sees it (so the button does not press a second time on key-up);
 * a key held down and repeating presses nothing more (it would check in and undo in turn); Enter with a
 * modifier, and any other key, go on as before. Space still presses on key-up, as on a native button.
 */
export function enterPressesOnKeyDown(
  button: RefObject<HTMLElement | null>,
  press: () => void,
  enabled = true,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter' || event.target !== button.current) return
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    event.stopPropagation()
    if (enabled && !event.repeat) press()
  }
}
