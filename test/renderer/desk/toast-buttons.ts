import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'

/**
 * `button`, once it takes the pointer. Radix's toast region has `pointer-events: none` until it has counted
 * its toasts (an effect after they mount), so a toast's button is in the DOM a moment before it can be
 * clicked: user-event refuses a click on it then.
 */
export async function pressable(button: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(button.closest('[style*="pointer-events: none"]')).toBeNull())
  return button
}

/** The toast's button with this name (e.g. "Undo: Checked in Dana Lee to …"), once it can be clicked. */
export async function findToastButton(name: string): Promise<HTMLElement> {
  return pressable(await screen.findByRole('button', { name }))
}
