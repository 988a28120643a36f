import { z } from 'zod'
import { applicationErrorSchema } from './errors'

/** Per-item outcome of a bulk call: `id` of the item when it succeeded, `error` when it did not. */
export const itemMetadataSchema = z.looseObject({
  id: z.string().nullish(),
  originalIndex: z.number().int().nonnegative(),
  success: z.boolean(),
  error: applicationErrorSchema.nullish(),
})
export type ItemMetadata = z.infer<typeof itemMetadataSchema>

export const bulkActionMetadataSchema = z.looseObject({
  totalSuccesses: z.number().int().nonnegative(),
  totalFailures: z.number().int().nonnegative(),
  undetailedFailures: z.number().int().nonnegative().optional(),
})
export type BulkActionMetadata = z.infer<typeof bulkActionMetadataSchema>

/** `{ results[{ itemMetadata, item? }], bulkActionMetadata }` for any item schema. */
export function bulkResponseSchema<Item extends z.ZodType>(item: Item) {
  return z.looseObject({
    results: z.array(z.looseObject({ itemMetadata: itemMetadataSchema, item: item.optional() })),
    bulkActionMetadata: bulkActionMetadataSchema,
  })
}
