import { z } from 'zod'

/**
 * A value of a Wix enum as Wix sends it: one Rollcall knows, or one Wix has added since (Wix adds enum values
 * without notice). The `string & {}` keeps the known values visible to the compiler and to editors.
 */
export type OpenEnum<Known extends string> = Known | (string & {})

/**
 * Reads a Wix enum leniently: any non-empty string parses, so a value Wix added later never rejects the
 * record that carries it. The known values stay a list for the desk's logic (see `isKnownValue`).
 */
export function openEnumSchema<const Known extends readonly [string, ...string[]]>(
  _known: Known,
): z.ZodType<OpenEnum<Known[number]>, string> {
  return z.string().min(1)
}

/** Whether `value` is one of the `known` values (narrows it for the desk's logic). */
export function isKnownValue<const Known extends string>(
  known: readonly Known[],
  value: string | null | undefined,
): value is Known {
  return (known as readonly string[]).includes(value ?? '')
}
