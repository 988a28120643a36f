import type { InputHTMLAttributes } from 'react'

export interface TextFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Shown under the label and read with the field. */
  hint?: string
  /** Shown next to the field once the form was submitted; marks the field invalid. */
  error?: string | undefined
  type?: 'text' | 'email' | 'tel' | 'number'
  required?: boolean
  autoFocus?: boolean
  inputProps?: InputHTMLAttributes<HTMLInputElement>
}

/**
 * A labelled input with its hint and its error tied to it (aria-describedby, aria-invalid), so a screen
 * reader hears why a field was refused when it lands on it.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  required = false,
  autoFocus = false,
  inputProps,
}: TextFieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <input
        {...inputProps}
        id={id}
        type={type}
        value={value}
        required={required}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  )
}
