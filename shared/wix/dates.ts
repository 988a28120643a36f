import { z } from 'zod'
import { isWixLocalDateTime } from '../domain/wall-clock'

/** An instant as Wix REST sends it: ISO 8601, UTC (`2026-03-02T15:00:00.000Z`); an offset is tolerated. */
export const isoInstantSchema = z.iso.datetime({ offset: true })

/**
 * A local wall-clock date-time as Wix sends it (booking slots, Calendar V3): `2026-03-02T09:00:00`, with
 * optional milliseconds after a dot or — in slot dates (SDK-B BookedSlot.startDate) — a colon
 * (`2026-03-02T09:00:00:000`), and an optional offset (`…:000-06:00`) or `Z`. Read with `instantOfLocal`
 * (shared/domain/wall-clock), which takes every one of these forms.
 */
export const localDateTimeSchema = z
  .string()
  .refine(isWixLocalDateTime, 'expected a local date-time (YYYY-MM-DDThh:mm:ss[.SSS|:SSS][offset])')
