import type { Ref } from 'react'
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components'

export interface SettingsTextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** Read with the field (aria-describedby). */
  description?: string
  /** Marks the field invalid and is read with it. */
  error?: string | undefined
  type?: 'text' | 'password' | 'url'
  placeholder?: string
  inputRef?: Ref<HTMLInputElement>
}

/**
 * A labelled text field of the settings screen (React Aria: label, hint and error tied to the input). The
 * error is the form's to decide (validationBehavior "aria"): the browser never blocks the form on its own.
 */
export function SettingsTextField({
  label,
  value,
  onChange,
  description,
  error,
  type = 'text',
  placeholder,
  inputRef,
}: SettingsTextFieldProps) {
  return (
    <TextField
      className="settings__field"
      value={value}
      onChange={onChange}
      type={type}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="settings__label">{label}</Label>
      <Input
        ref={inputRef}
        className="settings__input"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
      />
      {description && (
        <Text slot="description" className="settings__hint">
          {description}
        </Text>
      )}
      <FieldError className="settings__error">{error}</FieldError>
    </TextField>
  )
}
