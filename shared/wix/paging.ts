import { z } from 'zod'

/** Opaque cursors; `null`/absent `next` means there is no further page. */
export const cursorsSchema = z.looseObject({
  next: z.string().nullish(),
  prev: z.string().nullish(),
})
export type Cursors = z.infer<typeof cursorsSchema>

/**
 * PagingMetadataV2 (Query Extended Bookings, Calendar events). `hasNext` is typed by the SDK only on some
 * responses; a client should loop until `cursors.next` is empty (electron/main/wix/README.md, "Reading
 * bookings").
 */
export const pagingMetadataSchema = z.looseObject({
  count: z.number().int().nonnegative().nullish(),
  offset: z.number().int().nonnegative().nullish(),
  total: z.number().int().nonnegative().nullish(),
  tooManyToCount: z.boolean().nullish(),
  cursors: cursorsSchema.optional(),
  hasNext: z.boolean().nullish(),
})
export type PagingMetadata = z.infer<typeof pagingMetadataSchema>

/** The request side: `cursorPaging` in a query. */
export const cursorPagingSchema = z.looseObject({
  limit: z.number().int().nullish(),
  cursor: z.string().nullish(),
})
export type CursorPaging = z.infer<typeof cursorPagingSchema>
