import { useEffect, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import type { BusinessDay } from '@shared/domain/business-day'
import { usePreferences } from '../../state/preferences'
import { useSyncEngine } from '../../sync/SyncEngineProvider'
import { isKept, keptLimitWords, keptSpanWords, shortBusinessDay, spanKeeping } from './kept-days'

/**
 * "No sessions on this day" for a day this computer keeps. For a day it does not keep (beyond the days set
 * in Settings) it says so instead, and offers to keep it: the window widens to it, and a sync loads it.
 */
export function EmptyDay({ shown, today }: { shown: BusinessDay; today: BusinessDay }) {
  const span = usePreferences((s) => s.window)
  const engine = useSyncEngine()
  // The day the desk chose to keep here: said (and focused, as the button it pressed is gone).
  const [kept, setKept] = useState<BusinessDay | null>(null)
  const keptNote = useRef<HTMLParagraphElement>(null)
  const justKept = kept === shown && isKept(span, today, shown)
  useEffect(() => {
    if (justKept) keptNote.current?.focus()
  }, [justKept])

  const day = shortBusinessDay(shown)
  if (isKept(span, today, shown))
    return (
      <div className="today__empty">
        <p>No sessions on this day</p>
        {justKept && (
          <p className="today__hint" role="status" ref={keptNote} tabIndex={-1}>
            {day} is now kept on this computer (Rollcall keeps {keptSpanWords(span)}); its sessions load with
            the next sync.
          </p>
        )}
      </div>
    )

  const wider = spanKeeping(span, today, shown)
  const keep = () => {
    if (!wider) return
    usePreferences.getState().setWindow(wider)
    setKept(shown)
    if (engine?.getState().online) void engine.syncNow()
  }
  return (
    <div className="today__empty">
      <p>
        {day} is not kept on this computer (Rollcall keeps {keptSpanWords(span)}).
      </p>
      {wider ? (
        <>
          <p className="today__hint">Keeping it loads its sessions from Wix with the next sync.</p>
          <Button className="button today__keep" onPress={keep}>
            Keep the days {shown > today ? 'up to' : 'from'} {day}
          </Button>
        </>
      ) : (
        <p className="today__hint">{keptLimitWords(today, shown)}; Wix’s dashboard shows this day.</p>
      )}
    </div>
  )
}
