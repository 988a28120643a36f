import { useId, useState } from 'react'
import { Button, Group, Input, Label, NumberField, Switch, Text } from 'react-aria-components'
import { usePreferences, WINDOW_LIMITS } from '../../state/preferences'
import type { WindowSpan } from '../../sync/sync-window'
import { TextField } from '../../ui/TextField'

interface DaysFieldProps {
  label: string
  value: number
  limits: { min: number; max: number }
  onChange: (days: number) => void
  description: string
}

/** A number of days, with − and + buttons; React Aria keeps it within the limits when it is committed. */
function DaysField({ label, value, limits, onChange, description }: DaysFieldProps) {
  return (
    <NumberField
      className="settings__field"
      value={value}
      minValue={limits.min}
      maxValue={limits.max}
      step={1}
      formatOptions={{ maximumFractionDigits: 0 }}
      onChange={(days) => {
        if (Number.isFinite(days)) onChange(days)
      }}
    >
      <Label className="settings__label">{label}</Label>
      <Group className="settings__stepper">
        <Button slot="decrement" className="button settings__step">
          −
        </Button>
        <Input className="settings__input settings__input--days" />
        <Button slot="increment" className="button settings__step">
          +
        </Button>
      </Group>
      <Text slot="description" className="settings__hint">
        {description}
      </Text>
    </NumberField>
  )
}

/**
 * This computer's own settings (not the site's): the name recorded with each action, the days kept offline
 * and whether customers are told of confirmations by default. Saved as they change.
 */
export function DeskSection() {
  const staffName = usePreferences((s) => s.staffName)
  const span = usePreferences((s) => s.window)
  const notifyCustomers = usePreferences((s) => s.notifyCustomers)
  const { setStaffName, setWindow, setNotifyCustomers } = usePreferences.getState()
  // What is typed (spaces included); the store keeps it trimmed.
  const [name, setName] = useState(staffName)
  const notifyHint = useId()
  const setSpan = (change: Partial<WindowSpan>) => setWindow({ ...span, ...change })

  return (
    <section className="settings__section" aria-labelledby="settings-desk">
      <h3 id="settings-desk" className="settings__heading">
        This desk
      </h3>
      <TextField
        label="Your name"
        value={name}
        placeholder="Front desk"
        hint="Recorded with each action in the activity log. Empty: “Front desk”."
        onChange={(value) => {
          setName(value)
          setStaffName(value)
        }}
      />
      <div className="settings__row">
        <DaysField
          label="Days before today"
          value={span.daysBefore}
          limits={WINDOW_LIMITS.daysBefore}
          onChange={(daysBefore) => setSpan({ daysBefore })}
          description={`${WINDOW_LIMITS.daysBefore.min} to ${WINDOW_LIMITS.daysBefore.max}.`}
        />
        <DaysField
          label="Days after today"
          value={span.daysAfter}
          limits={WINDOW_LIMITS.daysAfter}
          onChange={(daysAfter) => setSpan({ daysAfter })}
          description={`${WINDOW_LIMITS.daysAfter.min} to ${WINDOW_LIMITS.daysAfter.max}.`}
        />
      </div>
      <p className="settings__hint">
        The days kept on this computer, to work without the internet. The next sync loads that window.
      </p>
      <Switch
        className="settings__switch"
        isSelected={notifyCustomers}
        onChange={setNotifyCustomers}
        aria-describedby={notifyHint}
      >
        <span className="settings__switch-track" aria-hidden="true">
          <span className="settings__switch-thumb" />
        </span>
        Notify customers by default
      </Switch>
      <p id={notifyHint} className="settings__hint">
        Whether confirming or declining a booking sends the customer Wix’s e-mail, unless you choose otherwise
        at the time.
      </p>
    </section>
  )
}
