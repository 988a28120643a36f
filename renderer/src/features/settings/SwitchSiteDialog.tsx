import { Button } from 'react-aria-components'
import type { SiteStatus } from '@shared/ipc/site'
import { ModalDialog } from '../../ui/ModalDialog'
import type { UnsentWork } from './useUnsentWork'

export interface SwitchSiteDialogProps {
  isOpen: boolean
  work: UnsentWork
  /** The site in use now, whose store keeps the changes. */
  site: SiteStatus | null
  onStay: () => void
  onSwitch: () => void
}

function changes(n: number): string {
  return n === 1 ? '1 change has' : `${n} changes have`
}

/**
 * The question before leaving a site with work not yet on Wix. Nothing is lost by switching — each site
 * has its own store (SiteStatus.storeKey), so the changes wait there — but they go out only when this site
 * is connected again, and the desk should know that before it goes. "Stay" has the focus: the safe answer.
 */
export function SwitchSiteDialog({ isOpen, work, site, onStay, onSwitch }: SwitchSiteDialogProps) {
  const name = site?.businessName ?? 'this site'
  return (
    <ModalDialog
      title={`${changes(work.total)} not reached Wix yet`}
      isOpen={isOpen}
      role="alertdialog"
      onOpenChange={(open) => {
        if (!open) onStay()
      }}
    >
      <div className="settings-dialog">
        {site?.mode === 'demo' ? (
          <p>
            They were made on the demo site, which starts afresh each time: after switching, they will not be
            sent anywhere.
          </p>
        ) : (
          <p>
            They stay saved on this computer with {name}’s data, and go out to Wix when {name} is connected
            again. Until then, no one else sees them.
          </p>
        )}
        {work.needsDecision > 0 && (
          <p>
            {work.needsDecision === 1
              ? '1 of them needs a decision under Needs attention.'
              : `${work.needsDecision} of them need a decision under Needs attention.`}
          </p>
        )}
        <div className="dialog__actions">
          <Button className="button" onPress={onSwitch}>
            Switch anyway
          </Button>
          <Button className="button button--primary" onPress={onStay} autoFocus>
            Stay on this site
          </Button>
        </div>
      </div>
    </ModalDialog>
  )
}
