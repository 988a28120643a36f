import { Button } from 'react-aria-components'
import { useDeskUi } from '../../state/desk-ui'
import { ModalDialog } from '../../ui/ModalDialog'
import { SHORTCUTS } from './shortcut-list'

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
            {items.map(({ keys, does }) => (
              <div key={does} className="shortcuts__row">
                <dt>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' + '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{does}</dd>
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
