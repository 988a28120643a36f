import { Button, VisuallyHidden } from 'react-aria-components'
import { useDeskUi } from '../../state/desk-ui'
import { ModalDialog } from '../../ui/ModalDialog'
import { KEY_NAMES, keysJoiner, SHORTCUTS, type Shortcut } from './shortcut-list'

/** One key: its sign, and its name for a screen reader where the sign may be read as nothing or a symbol. */
function Key({ name }: { name: string }) {
  const spoken = KEY_NAMES[name]
  if (!spoken) return <kbd>{name}</kbd>
  return (
    <kbd>
      <span aria-hidden="true">{name}</span>
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </kbd>
  )
}

/** "Ctrl + Z" (together) or "↑ or ↓" (either one). */
function Keys({ shortcut }: { shortcut: Shortcut }) {
  return shortcut.keys.map((key, i) => (
    <span key={key}>
      {i > 0 && keysJoiner(shortcut)}
      <Key name={key} />
    </span>
  ))
}

/** The `?` list: every keyboard path, grouped by where it works. */
export function ShortcutsDialog() {
  const open = useDeskUi((s) => s.shortcutsOpen)
  const setOpen = useDeskUi((s) => s.setShortcutsOpen)
  return (
    <ModalDialog title="Keyboard shortcuts" isOpen={open} onOpenChange={setOpen}>
      {SHORTCUTS.map(({ group, items }) => (
        <section key={group} aria-label={group} className="shortcuts__group">
          <h3>{group}</h3>
          <dl className="shortcuts">
            {items.map((shortcut) => (
              <div key={shortcut.does} className="shortcuts__row">
                <dt>
                  <Keys shortcut={shortcut} />
                </dt>
                <dd>{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog__actions">
        <Button className="button" slot="close" autoFocus>
          Close
        </Button>
      </div>
    </ModalDialog>
  )
}
