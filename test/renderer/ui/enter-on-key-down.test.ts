import type { KeyboardEvent } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { enterPressesOnKeyDown } from '../../../renderer/src/ui/enter-on-key-down'

const button = { current: { id: 'the-button' } as unknown as HTMLElement }
const elsewhere = { id: 'another' } as unknown as HTMLElement

/** A key-down as React hands it over, with what the handler may call recorded. */
function keyDown(
  init: Partial<Pick<KeyboardEvent, 'key' | 'repeat' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>> & {
    target?: unknown
  },
) {
  return {
    key: 'Enter',
    repeat: false,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    target: button.current,
    ...init,
    preventDefault: vi.fn(),
    stopPropagation: vi.fn(),
  } as unknown as KeyboardEvent & {
    preventDefault: ReturnType<typeof vi.fn>
    stopPropagation: ReturnType<typeof vi.fn>
  }
}

describe('enterPressesOnKeyDown', () => {
  it('presses on Enter going down on the button, and keeps the key-down from the button', () => {
    const press = vi.fn()
    const event = keyDown({})
    enterPressesOnKeyDown(button, press)(event)
    expect(press).toHaveBeenCalledTimes(1)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(event.stopPropagation).toHaveBeenCalled()
  })

  it('takes a repeating Enter from the button but presses nothing', () => {
    const press = vi.fn()
    const event = keyDown({ repeat: true })
    enterPressesOnKeyDown(button, press)(event)
    expect(press).not.toHaveBeenCalled()
    expect(event.stopPropagation).toHaveBeenCalled()
  })

  it('presses nothing while disabled, and still keeps the key from the disabled button', () => {
    const press = vi.fn()
    const event = keyDown({})
    enterPressesOnKeyDown(button, press, false)(event)
    expect(press).not.toHaveBeenCalled()
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it.each([
    ['another key', { key: ' ' }],
    ['Enter on another element', { target: elsewhere }],
    ['Shift+Enter', { shiftKey: true }],
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Alt+Enter', { altKey: true }],
    ['Meta+Enter', { metaKey: true }],
  ])('leaves %s alone', (_, init) => {
    const press = vi.fn()
    const event = keyDown(init)
    enterPressesOnKeyDown(button, press)(event)
    expect(press).not.toHaveBeenCalled()
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(event.stopPropagation).not.toHaveBeenCalled()
  })
})
