/** Every keyboard path of the desk, as the `?` list shows it. Screens implement them; this is the list. */
export interface Shortcut {
  /** Pressed together ("Ctrl + Z"), or either of them with `either` ("↑ or ↓"). */
  keys: string[]
  either?: boolean
  does: string
}

/** What a screen reader says for a key whose sign it may read as a symbol, or not at all. */
export const KEY_NAMES: Readonly<Record<string, string>> = {
  '↑': 'Up arrow',
  '↓': 'Down arrow',
  '[': 'Left bracket',
  ']': 'Right bracket',
  '/': 'Slash',
  '?': 'Question mark',
}

/** "Ctrl + Z", "↑ or ↓": a shortcut's keys as the list shows them (and, with `KEY_NAMES`, says them). */
export const keysJoiner = (shortcut: Pick<Shortcut, 'either'>) => (shortcut.either ? ' or ' : ' + ')

export const SHORTCUTS: readonly { group: string; items: readonly Shortcut[] }[] = [
  {
    group: 'Anywhere',
    items: [
      { keys: ['/'], does: 'Find attendee (name, e-mail or phone)' },
      { keys: ['Ctrl', 'Z'], does: 'Undo the last action (for 10 seconds)' },
      { keys: ['W'], does: 'Add walk-in' },
      { keys: ['?'], does: 'Show this list' },
      { keys: ['Esc'], does: 'Close a dialog or clear the search' },
    ],
  },
  {
    group: 'Today',
    items: [
      { keys: ['↑', '↓'], either: true, does: 'Move through the sessions' },
      { keys: ['Enter'], does: 'Open the session' },
      { keys: ['['], does: 'Previous day' },
      { keys: [']'], does: 'Next day' },
      { keys: ['T'], does: 'Back to today' },
    ],
  },
  {
    group: 'Roster',
    items: [
      { keys: ['↑', '↓'], either: true, does: 'Move through people' },
      { keys: ['Enter'], does: 'Check in (or undo the check-in)' },
      { keys: ['X'], does: 'Select or unselect the person' },
      { keys: ['N'], does: 'Mark as no-show (or clear the no-show)' },
      { keys: ['P'], does: "Open the person's card" },
      { keys: ['C'], does: "Cancel the person's booking (asks first)" },
    ],
  },
  {
    group: 'Pending requests',
    items: [
      { keys: ['↑', '↓'], either: true, does: 'Move through the requests' },
      { keys: ['Enter'], does: 'Confirm (or decline) the focused request, then Enter again in the dialog' },
    ],
  },
  {
    group: 'Activity',
    items: [{ keys: ['P'], does: "Open the person's card of the focused line" }],
  },
  {
    group: 'Find attendee',
    items: [
      { keys: ['↑', '↓'], either: true, does: 'Move through the matches' },
      { keys: ['Enter'], does: 'Check in a match booked for today, or open its session' },
      { keys: ['Shift', 'Enter'], does: "Open the person's card" },
      { keys: ['Esc'], does: 'Clear the search' },
    ],
  },
]
