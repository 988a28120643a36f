import { z } from 'zod'
import type { EventDomain, EventName, InvokeDomain, InvokeMethod } from './channels'
import { appInfoSchema, installUpdateResultSchema, logsFolderSchema, updateStatusSchema } from './app'
import {
  attendanceChangeSchema,
  attendancePageSchema,
  attendanceQueryInputSchema,
  attendanceResultSchema,
  bulkAttendanceInputSchema,
  bulkAttendanceResultSchema,
} from './attendance'
import {
  bookingResultSchema,
  bookingSelectionSchema,
  bookingsPageSchema,
  bookingsQueryInputSchema,
  cancelInputSchema,
  cancelVisitInputSchema,
  confirmInputSchema,
  declineInputSchema,
  rescheduleInputSchema,
  visitActionInputSchema,
  visitResultSchema,
  walkInInputSchema,
} from './bookings'
import { connectivityStatusSchema } from './connectivity'
import { eventsByIdsInputSchema, eventsListSchema, eventsPageSchema, eventsQueryInputSchema } from './events'
import { walkInTermsListSchema } from './services'
import { siteCredentialsSchema, siteProfileSchema, siteStatusSchema } from './site'
import { siteCheckAnswerSchema } from './site-check'

/** One request/response channel: what the renderer may send and what main promises to answer. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

type InvokeContractShape = { [D in InvokeDomain]: { [M in InvokeMethod<D>]: ChannelSpec } }
type EventContractShape = { [D in EventDomain]: { [E in EventName<D>]: z.ZodType } }

const noInput = z.undefined()

/**
 * The IPC contract, written once. `satisfies` makes the compiler reject a missing or an extra channel
 * compared with ./channels.ts; main's handler registry, the preload and `window.rollcall` are all typed
 * from this object.
 */
export const invokeContract = {
  app: {
    info: { input: noInput, output: appInfoSchema },
    /** Where the app's update stands now (later changes come as `app.updateChanged`). */
    updateStatus: { input: noInput, output: updateStatusSchema },
    /** Quits and installs the update that is ready; only ever on the desk's word (refused when none is). */
    installUpdate: { input: noInput, output: installUpdateResultSchema },
    /** Shows the folder of the log file in the system's file manager (refused in the browser: there is none). */
    openLogsFolder: { input: noInput, output: logsFolderSchema },
  },
  connectivity: {
    status: { input: noInput, output: connectivityStatusSchema },
  },
  site: {
    status: { input: noInput, output: siteStatusSchema },
    /** Tries the credentials with a real call; saves nothing. */
    test: { input: siteCredentialsSchema, output: siteProfileSchema },
    /** Tests, then saves (API key encrypted in main) and switches to the site. */
    connect: { input: siteCredentialsSchema, output: siteStatusSchema },
    /** Forgets the saved credentials and goes back to the built-in demo site. */
    useDemo: { input: noInput, output: siteStatusSchema },
    /** Read-only calls to every API Rollcall uses on the connected site; writes a redacted report file. */
    check: { input: noInput, output: siteCheckAnswerSchema },
  },
  bookings: {
    query: { input: bookingsQueryInputSchema, output: bookingsPageSchema },
    count: { input: bookingSelectionSchema, output: z.object({ count: z.number().int().nonnegative() }) },
    confirm: { input: confirmInputSchema, output: bookingResultSchema },
    decline: { input: declineInputSchema, output: bookingResultSchema },
    cancel: { input: cancelInputSchema, output: bookingResultSchema },
    createWalkIn: { input: walkInInputSchema, output: bookingResultSchema },
    /** A class booking moved to another session of its service (Bookings Writer V2 Reschedule). */
    reschedule: { input: rescheduleInputSchema, output: bookingResultSchema },
    /** Multi-service bookings, as one: what Wix refuses on a single part goes through these. */
    confirmVisit: { input: visitActionInputSchema, output: visitResultSchema },
    declineVisit: { input: visitActionInputSchema, output: visitResultSchema },
    cancelVisit: { input: cancelVisitInputSchema, output: visitResultSchema },
  },
  attendance: {
    set: { input: attendanceChangeSchema, output: attendanceResultSchema },
    bulkSet: { input: bulkAttendanceInputSchema, output: bulkAttendanceResultSchema },
    /** Re-reads sessions' attendance, which can change on Wix without touching any booking. */
    query: { input: attendanceQueryInputSchema, output: attendancePageSchema },
  },
  sessions: {
    query: { input: eventsQueryInputSchema, output: eventsPageSchema },
    byIds: { input: eventsByIdsInputSchema, output: eventsListSchema },
  },
  services: {
    /** What each service lets a walk-in be booked with (payment options, approval, policy, variants). */
    walkInTerms: { input: noInput, output: walkInTermsListSchema },
  },
} as const satisfies InvokeContractShape

/** Payloads main pushes to the renderer. Main validates each one before sending it. */
export const eventContract = {
  app: {
    updateChanged: updateStatusSchema,
  },
  connectivity: {
    changed: connectivityStatusSchema,
  },
  site: {
    changed: siteStatusSchema,
  },
} as const satisfies EventContractShape

export type InvokeContract = typeof invokeContract
export type EventContract = typeof eventContract

export type ChannelOf<D extends InvokeDomain, M extends InvokeMethod<D>> = InvokeContract[D][M &
  keyof InvokeContract[D]]
export type InputSchemaOf<S> = S extends { input: infer I extends z.ZodType } ? I : never
export type OutputSchemaOf<S> = S extends { output: infer O extends z.ZodType } ? O : never

/** What a handler receives (already parsed). */
export type ChannelInput<D extends InvokeDomain, M extends InvokeMethod<D>> = z.output<
  InputSchemaOf<ChannelOf<D, M>>
>
/** What the renderer receives in `data`. */
export type ChannelOutput<D extends InvokeDomain, M extends InvokeMethod<D>> = z.output<
  OutputSchemaOf<ChannelOf<D, M>>
>
/** What a handler may return (main parses it into ChannelOutput before sending). */
export type ChannelAnswer<D extends InvokeDomain, M extends InvokeMethod<D>> = z.input<
  OutputSchemaOf<ChannelOf<D, M>>
>

export type EventSchemaOf<D extends EventDomain, E extends EventName<D>> = EventContract[D][E &
  keyof EventContract[D]]
export type EventPayload<D extends EventDomain, E extends EventName<D>> = z.output<EventSchemaOf<D, E>>
