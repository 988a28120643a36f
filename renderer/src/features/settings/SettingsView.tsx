import { Button } from 'react-aria-components'
import { useDeskUi } from '../../state/desk-ui'
import { DeskSection } from './DeskSection'
import { LogsFolderButton } from './LogsFolderButton'
import { SiteCheckSection } from './SiteCheckSection'
import { SiteSection } from './SiteSection'
import './settings.css'

function HelpSection() {
  return (
    <section className="settings__section" aria-labelledby="settings-help">
      <h3 id="settings-help" className="settings__heading">
        Help
      </h3>
      <div className="button-row">
        <Button className="button" onPress={() => useDeskUi.getState().setShortcutsOpen(true)}>
          Keyboard shortcuts
        </Button>
        <p className="settings__hint">
          Or press <kbd>?</kbd> anywhere.
        </p>
      </div>
      <LogsFolderButton />
    </section>
  )
}

/**
 * Settings: which bookings site the desk works with (and switching it without losing unsent work), this
 * desk's own preferences, and help (the shortcuts, the logs folder). Credentials go to main; nothing secret is kept in the renderer.
 */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="settings__title">
        Settings
      </h2>
      <SiteSection />
      <SiteCheckSection />
      <DeskSection />
      <HelpSection />
    </section>
  )
}
