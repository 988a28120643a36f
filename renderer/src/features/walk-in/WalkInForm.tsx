import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useLocation } from 'wouter'
import { useBusinessTimeZone, useBusinessToday, useClock } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { useDb } from '../../db/DatabaseProvider'
import { policyRefusal, paymentOptionWords } from '@shared/domain/walk-in-terms'
import { readWalkInTerms } from '../../sync/walk-in-terms-store'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { CapacityWarning } from './CapacityWarning'
import { SessionPicker } from './SessionPicker'
import { TextField } from '../../ui/TextField'
import {
  checkWalkIn,
  EMPTY_WALK_IN,
  FIELD_ORDER,
  fullFor,
  partySizeOf,
  paymentOptionOf,
  variantCountOf,
  type WalkInValues,
} from './walk-in-form'
import { APPOINTMENTS_NOT_HERE, defaultSessionId, walkInSessions } from './walk-in-sessions'

export interface WalkInFormProps {
  /** The session the dialog was opened from (a roster), or null. */
  preferredEventId: string | null
  /** Booked: the dialog closes. */
  onDone: () => void
}

/**
 * The walk-in form: the session, who it is, how many, and whether they are checked in at once. Recorded
 * locally through the desk's actions (so it shows at once and works offline), sent to Wix when the undo
 * window has passed; then the dialog closes on that session's roster.
 */
export function WalkInForm({ preferredEventId, onDone }: WalkInFormProps) {
  const id = useId()
  const db = useDb()
  const now = useClock()
  const today = useBusinessToday()
  const timeZone = useBusinessTimeZone()
  const deskActions = useDeskActions()
  const [, navigate] = useLocation()
  const [values, setValues] = useState<WalkInValues>(EMPTY_WALK_IN)
  const [submitted, setSubmitted] = useState(false)
  const [busy, setBusy] = useState(false)
  const sessions = useLiveQuery(() => walkInSessions(db, today, timeZone, now()), [db, today, timeZone, now])
  const allTerms = useLiveQuery(() => readWalkInTerms(db), [db])

  const list = sessions ?? []
  const eventId = values.eventId || defaultSessionId(list, preferredEventId)
  const session = list.find((s) => s.id === eventId)
  const preferredUnavailable =
    preferredEventId !== null && sessions !== undefined && !list.some((s) => s.id === preferredEventId)
  const terms = session?.serviceId ? allTerms?.get(session.serviceId) : undefined
  const variants = terms?.variants ?? []
  const payment = paymentOptionOf(values, terms)
  const party = partySizeOf(values, terms)
  const policy =
    terms && session
      ? policyRefusal(terms, { startMs: Date.parse(session.startUtc) }, party ?? 1, now())
      : null
  const check = checkWalkIn(values, session, terms)
  const errors = submitted ? check.errors : {}
  const fieldId = (field: keyof WalkInValues) => `${id}-${field}`
  const set =
    <K extends keyof WalkInValues>(field: K) =>
    (value: WalkInValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }))

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setSubmitted(true)
    const { request } = check
    if (!request || !session) {
      const first = FIELD_ORDER.find((field) => check.errors[field])
      if (first) document.getElementById(fieldId(first))?.focus()
      return
    }
    if (!deskActions) return
    setBusy(true)
    const booked = await deskActions.addWalkIn(request)
    setBusy(false)
    if (!booked) return
    onDone()
    navigate(paths.session(request.eventId))
  }

  return (
    <form className="walk-in" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="walk-in__intro">
        Only a first name is required. Add an e-mail or a phone so Wix can match the booking to the customer’s
        contact. {APPOINTMENTS_NOT_HERE}
      </p>
      <SessionPicker
        id={fieldId('eventId')}
        sessions={list}
        value={eventId}
        onChange={set('eventId')}
        error={errors.eventId}
        preferredUnavailable={preferredUnavailable}
      />
      <div className="walk-in__row">
        <TextField
          id={fieldId('firstName')}
          label="First name"
          value={values.firstName}
          onChange={set('firstName')}
          error={errors.firstName}
          required
          autoFocus
          inputProps={{ autoComplete: 'off' }}
        />
        <TextField
          id={fieldId('lastName')}
          label="Last name"
          value={values.lastName}
          onChange={set('lastName')}
          error={errors.lastName}
          inputProps={{ autoComplete: 'off' }}
        />
      </div>
      <div className="walk-in__row">
        <TextField
          id={fieldId('email')}
          label="Email"
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
        <TextField
          id={fieldId('phone')}
          label="Phone"
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
          inputProps={{ autoComplete: 'off' }}
        />
      </div>
      {variants.length ? (
        <fieldset
          className="walk-in__variants"
          aria-invalid={errors.variantCounts ? true : undefined}
          aria-describedby={errors.variantCounts ? `${fieldId('variantCounts')}-error` : undefined}
        >
          <legend>People per ticket</legend>
          {variants.map((variant, index) => (
            <TextField
              key={variant.key}
              id={index === 0 ? fieldId('variantCounts') : `${fieldId('variantCounts')}-${String(index)}`}
              label={variant.label}
              type="number"
              value={variantCountOf(values, terms!, variant.key)}
              onChange={(count) =>
                setValues((v) => ({ ...v, variantCounts: { ...v.variantCounts, [variant.key]: count } }))
              }
              inputProps={{ min: 0, max: 50, step: 1, inputMode: 'numeric', className: 'walk-in__party' }}
            />
          ))}
          {errors.variantCounts && (
            <span id={`${fieldId('variantCounts')}-error`} className="field__error">
              {errors.variantCounts}
            </span>
          )}
        </fieldset>
      ) : (
        <TextField
          id={fieldId('partySize')}
          label="Party size"
          type="number"
          value={values.partySize}
          onChange={set('partySize')}
          error={errors.partySize}
          hint="1 to 50 people on this booking."
          inputProps={{ min: 1, max: 50, step: 1, inputMode: 'numeric', className: 'walk-in__party' }}
        />
      )}
      {terms && terms.paymentOptions.length > 1 ? (
        <fieldset className="walk-in__payment">
          <legend>Payment</legend>
          {terms.paymentOptions.map((option, index) => (
            <label key={option} className="walk-in__check">
              <input
                type="radio"
                name={fieldId('paymentOption')}
                id={index === 0 ? fieldId('paymentOption') : undefined}
                value={option}
                checked={payment === option}
                onChange={() => set('paymentOption')(option)}
              />
              {paymentOptionWords[option]}
            </label>
          ))}
        </fieldset>
      ) : (
        payment && <p className="field__hint">Payment: {paymentOptionWords[payment]}</p>
      )}
      {policy && (
        <p className="walk-in__policy" role="note" aria-label="Booking policy">
          {policy} Wix will likely refuse this walk-in, and the desk cannot override a booking policy.
        </p>
      )}
      {session && fullFor(session, values, terms) && (
        <CapacityWarning
          id={fieldId('overCapacity')}
          session={session}
          partySize={party ?? 1}
          override={values.overCapacity}
          onOverrideChange={set('overCapacity')}
          error={errors.overCapacity}
        />
      )}
      <label className="walk-in__check">
        <input
          type="checkbox"
          checked={values.checkIn}
          onChange={(event) => set('checkIn')(event.target.checked)}
        />
        Check in now
      </label>
      <div className="dialog__actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button type="submit" className="button button--primary" isDisabled={busy || !list.length}>
          {values.checkIn ? 'Book and check in' : 'Book'}
        </Button>
      </div>
    </form>
  )
}
