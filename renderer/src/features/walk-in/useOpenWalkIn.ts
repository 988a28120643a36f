import { useCallback } from 'react'
import { useRoute } from 'wouter'
import { routePatterns } from '../../frame/routes'
import { useDeskUi } from '../../state/desk-ui'

/**
 * Opens "Add walk-in" on the session the desk is looking at: the open roster's, else none (the dialog then
 * takes the session running now or next). The one place that decides it, for the header button and `W`.
 */
export function useOpenWalkIn(): () => void {
  const [inSession, params] = useRoute(routePatterns.session)
  const eventId = inSession ? decodeURIComponent(params.eventId) : null
  return useCallback(() => useDeskUi.getState().openWalkIn(eventId), [eventId])
}
