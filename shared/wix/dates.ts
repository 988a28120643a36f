import { z } from 'zod'

/** An instant as Wix REST sends it: ISO 8601, UTC (`2026-03-02T15:00:00.000Z`); an offset is tolerated. */
export const isoInstantSchema = z.iso.datetime({ offset: true })

/** A local wall-clock date-time (`2026-03-02T09:00:00`), offset optional (booking slots, Calendar V3). */
export const localDateTimeSchema = z.iso.datetime({ local: true, offset: true })
