import { describe, expect, it } from 'vitest'
import {
  lastUndoable,
  shownActions,
  toastOnScreen,
  useUndoStore,
  type UndoableAction,
} from '../../../renderer/src/desk-actions/undo-store'

const WINDOW = 10_000

function act(label: string, at: number) {
  useUndoStore.getState().push({ label, recorded: [], until: at + WINDOW }, at)
}

/** What Ctrl+Z would take back, pressed again and again at `now`, newest first. */
function undoAll(now: number): string[] {
  const undone: string[] = []
  for (let last = lastUndoable(now); last; last = lastUndoable(now)) {
    undone.push(last.label)
    useUndoStore.getState().drop(last.id)
  }
  return undone
}

const labels = (actions: readonly UndoableAction[]) => actions.map((a) => a.label)

describe('the undo store', () => {
  it('keeps an action undoable when its toast is closed, until its window ends', () => {
    act('Checked in Dana Lee', 0)
    const [dana] = useUndoStore.getState().actions
    useUndoStore.getState().hide(dana!.id)
    expect(shownActions(useUndoStore.getState().actions)).toEqual([])
    expect(lastUndoable(WINDOW - 1)?.label).toBe('Checked in Dana Lee')
    expect(lastUndoable(WINDOW)).toBeUndefined()
  })

  it('shows one toast at a time, the newest; those that gave way stay undoable', () => {
    for (const [i, name] of ['Ann', 'Ben', 'Cy', 'Dee'].entries()) act(`Checked in ${name}`, i * 100)
    expect(labels(shownActions(useUndoStore.getState().actions))).toEqual(['Checked in Dee'])
    expect(undoAll(500)).toEqual(['Checked in Dee', 'Checked in Cy', 'Checked in Ben', 'Checked in Ann'])
  })

  it('does not bring a toast that gave way back when the newer one is closed', () => {
    for (const [i, name] of ['Ann', 'Ben', 'Cy', 'Dee'].entries()) act(`Checked in ${name}`, i * 100)
    const dee = useUndoStore.getState().actions.at(-1)!
    useUndoStore.getState().hide(dee.id)
    expect(shownActions(useUndoStore.getState().actions)).toEqual([])
    expect(toastOnScreen(useUndoStore.getState())).toBeNull()
    expect(lastUndoable(500)?.label).toBe('Checked in Dee')
  })

  it('lets a notice take the place of an action’s toast, the action still undoable, and the reverse', () => {
    act('Checked in Ann', 0)
    useUndoStore.getState().notify({ tone: 'problem', title: 'Could not check in Ben' })
    expect(toastOnScreen(useUndoStore.getState())).toMatchObject({
      kind: 'notice',
      notice: { title: 'Could not check in Ben' },
    })
    expect(shownActions(useUndoStore.getState().actions)).toEqual([])
    expect(lastUndoable(100)?.label).toBe('Checked in Ann')

    act('Checked in Cy', 200)
    expect(toastOnScreen(useUndoStore.getState())).toMatchObject({
      kind: 'action',
      action: { label: 'Checked in Cy' },
    })
    expect(useUndoStore.getState().notices).toEqual([])
    useUndoStore.getState().notify({ tone: 'info', title: 'Everyone selected is already checked in' })
    useUndoStore.getState().notify({ tone: 'info', title: 'Undid: Checked in Cy' })
    expect(useUndoStore.getState().notices.map((n) => n.title)).toEqual(['Undid: Checked in Cy'])
  })

  it('forgets the actions whose window has closed when a new one comes', () => {
    act('Checked in Ann', 0)
    act('Checked in Ben', WINDOW)
    expect(labels(useUndoStore.getState().actions)).toEqual(['Checked in Ben'])
  })
})
