import type { InputHTMLAttributes, Ref } from 'react'
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components'

export interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** Read with the field (aria-describedby), shown under the label. */
  hint?: string
  /** Marks the field invalid and is read with it; the form decides when (no browser validation). */
  error?: string | undefined
  type?: 'text' | 'email' | 'tel' | 'number' | 'password' | 'url'
  /** The input's id, for a form that moves the focus to its first invalid field. */
  id?: string
  required?: boolean
  autoFocus?: boolean
  placeholder?: string
  inputRef?: Ref<HTMLInputElement>
  /** Extra attributes for the input itself (autoComplete, min/max, inputMode, a class…). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'>
}

/**
 * A labelled text field for every form of the desk (React Aria: the label, the hint and the error are tied
 * to the input, so a screen reader hears why a field was refused when it lands on it).
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  id,
  required = false,
  autoFocus = false,
  placeholder,
  inputRef,
  inputProps,
}: TextFieldProps) {
  return (
    <AriaTextField
      className="field"
      value={value}
      onChange={onChange}
      type={type}
      isRequired={required}
      autoFocus={autoFocus}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <Input
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
        {...(id ? { id } : {})}
        ref={inputRef}
        placeholder={placeholder}
      />
      <FieldError className="field__error">{error}</FieldError>
    </AriaTextField>
  )
}
