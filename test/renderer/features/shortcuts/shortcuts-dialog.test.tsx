import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ShortcutsDialog } from '../../../../renderer/src/features/shortcuts/ShortcutsDialog'
import { useDeskUi } from '../../../../renderer/src/state/desk-ui'

/** The text of `node` as `skip` leaves it: what is seen (without visually hidden text) or said (without aria-hidden). */
function textOf(node: Node, skip: (element: HTMLElement) => boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (node instanceof HTMLElement && skip(node)) return ''
  return [...node.childNodes].map((child) => textOf(child, skip)).join('')
}
const seen = (node: Node) => textOf(node, (el) => el.style.clipPath === 'inset(50%)')
const said = (node: Node) => textOf(node, (el) => el.getAttribute('aria-hidden') === 'true')

/** The keys of the shortcut that does `does`, in the group `group`. */
function keysOf(group: string, does: string): HTMLElement {
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
  const row = within(within(dialog).getByRole('region', { name: group })).getByText(does).parentElement
  const keys = row && within(row).getByRole('term')
  if (!keys) throw new Error(`No shortcut for ${does}`)
  return keys
}

describe('the shortcuts list', () => {
  afterEach(() => act(() => useDeskUi.getState().setShortcutsOpen(false)))

  it('shows ↑ or ↓ (either key), not "↑ + ↓", and names the arrows for a screen reader', () => {
    act(() => useDeskUi.getState().setShortcutsOpen(true))
    render(<ShortcutsDialog />)
    for (const [group, does] of [
      ['Today', 'Move through the sessions'],
      ['Roster', 'Move through people'],
      ['Find attendee', 'Move through the matches'],
    ] as const) {
      const keys = keysOf(group, does)
      expect(seen(keys)).toBe('↑ or ↓')
      expect(said(keys)).toBe('Up arrow or Down arrow')
    }
  })

  it('still joins keys pressed together with +', () => {
    act(() => useDeskUi.getState().setShortcutsOpen(true))
    render(<ShortcutsDialog />)
    const undo = keysOf('Anywhere', 'Undo the last action (for 10 seconds)')
    expect(seen(undo)).toBe('Ctrl + Z')
    expect(said(undo)).toBe('Ctrl + Z')
    expect(said(keysOf('Today', 'Previous day'))).toBe('Left bracket')
  })
})
