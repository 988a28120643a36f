import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'

export interface ModalDialogProps {
  title: string
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  children: ReactNode
  /** `alertdialog` for a question that needs an answer (e.g. unsent changes). */
  role?: 'dialog' | 'alertdialog'
  /** Clicking outside closes it (not for questions). */
  dismissable?: boolean
}

/**
 * A modal dialog (React Aria: focus moves in and is trapped, Esc closes, focus returns to what opened it,
 * the page behind is inert and does not scroll). Styles are set through the CSSOM only, so it works under the
 * renderer's strict Content-Security-Policy.
 */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  role = 'dialog',
  dismissable = true,
}: ModalDialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={dismissable && role === 'dialog'}
      className="dialog__overlay"
    >
      <Modal className="dialog">
        <Dialog role={role} className="dialog__body">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
