import type { Faker } from '@faker-js/faker'
import type {
  DemoLocation,
  DemoService,
  DemoServiceKind,
  DemoServicePayment,
  DemoServiceVariants,
  DemoStaff,
} from '../model'
import { createSeededRandom, type SeededRandom } from '../seeded-random'

/**
 * The studio's fixed menu: what it teaches, for how many, its prices and payment options, and its booking
 * policies. The policies vary on purpose, so a desk meets what real sites have: a class paid only online or
 * with a plan, one with variants, one that stops bookings before the start, one capping the party size, one
 * needing the studio's approval.
 */
interface ServiceTemplate {
  name: string
  kind: DemoServiceKind
  capacity: number
  durationMinutes: number
  requireManualApproval: boolean
  cancellationWindowHours: number
  popularity: number
  payment: DemoServicePayment
  allowMultipleRequests?: boolean
  latestBookingMinutes?: number | null
  bookAfterStart?: boolean
  /** Default: the capacity (a party may fill the session). */
  maxParticipantsPerBooking?: number
  variants?: Omit<DemoServiceVariants, 'id' | 'optionId'>
}

/** At the desk, online, or with a pricing plan: what most of the studio's classes take. */
const anyWay = { online: true, inPerson: true, deposit: false, pricingPlan: true } as const
const fixed = (price: string, options: Omit<DemoServicePayment, 'rateType' | 'price'> = anyWay) => ({
  rateType: 'FIXED' as const,
  price,
  ...options,
})

export const classTemplates: readonly ServiceTemplate[] = [
  {
    name: 'Vinyasa Flow',
    kind: 'CLASS',
    capacity: 20,
    durationMinutes: 60,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 1.1,
    // A ticket per person: drop-in or student (a variant each, its own price).
    payment: { rateType: 'VARIED', price: '24.00', ...anyWay },
    bookAfterStart: true,
    variants: {
      optionName: 'Ticket',
      choices: [
        { name: 'Drop-in', price: '24.00' },
        { name: 'Student', price: '16.00' },
      ],
    },
  },
  {
    name: 'Reformer Pilates',
    kind: 'CLASS',
    capacity: 8,
    durationMinutes: 50,
    requireManualApproval: false,
    cancellationWindowHours: 24,
    popularity: 1.7,
    payment: fixed('38.00'),
    bookAfterStart: true,
    // The machines are booked per person: at most two to a booking.
    maxParticipantsPerBooking: 2,
  },
  {
    name: 'HIIT Bootcamp',
    kind: 'CLASS',
    capacity: 24,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 6,
    popularity: 1.0,
    payment: fixed('22.00'),
    bookAfterStart: true,
  },
  {
    name: 'Yin Yoga',
    kind: 'CLASS',
    capacity: 16,
    durationMinutes: 75,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 0.8,
    // Paid online or with a plan only: a desk can't record "pays at the desk" for it.
    payment: fixed('25.00', { online: true, inPerson: false, deposit: false, pricingPlan: true }),
    // The room closes half an hour before: no late bookings, nobody after the start.
    latestBookingMinutes: 30,
    bookAfterStart: false,
  },
  {
    name: 'Rhythm Spin',
    kind: 'CLASS',
    capacity: 30,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 2,
    popularity: 1.2,
    payment: fixed('22.00'),
    bookAfterStart: true,
  },
  {
    name: 'Barre Sculpt',
    kind: 'CLASS',
    capacity: 14,
    durationMinutes: 55,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 1.0,
    payment: fixed('28.00'),
    bookAfterStart: true,
  },
  // Newcomers must be approved by the studio: the source of the pending-approval queue for classes.
  {
    name: 'Aerial Yoga Intro',
    kind: 'CLASS',
    capacity: 10,
    durationMinutes: 60,
    requireManualApproval: true,
    cancellationWindowHours: 24,
    popularity: 1.3,
    payment: fixed('35.00'),
    allowMultipleRequests: true,
    bookAfterStart: true,
  },
]

export const appointmentTemplates: readonly ServiceTemplate[] = [
  {
    name: 'Personal Training',
    kind: 'APPOINTMENT',
    capacity: 1,
    durationMinutes: 60,
    requireManualApproval: false,
    cancellationWindowHours: 24,
    popularity: 1.2,
    payment: fixed('85.00', { online: true, inPerson: true, deposit: false, pricingPlan: false }),
    bookAfterStart: true,
  },
  {
    name: 'Sports Massage',
    kind: 'APPOINTMENT',
    capacity: 1,
    durationMinutes: 50,
    requireManualApproval: true,
    cancellationWindowHours: 24,
    popularity: 1.0,
    payment: fixed('95.00', { online: true, inPerson: true, deposit: false, pricingPlan: false }),
    bookAfterStart: true,
  },
  {
    name: 'Physio Assessment',
    kind: 'APPOINTMENT',
    capacity: 1,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 48,
    popularity: 0.6,
    payment: fixed('120.00', { online: true, inPerson: true, deposit: false, pricingPlan: false }),
    bookAfterStart: true,
  },
]

/**
 * Booked mostly as the second part of a visit ("Sports Massage then Facial", a multi-service booking). Built
 * from the lifecycle seed's own stream (seed/lifecycle.ts), so adding it moved no other record's id.
 */
export const facialTemplate: ServiceTemplate = {
  name: 'Facial',
  kind: 'APPOINTMENT',
  capacity: 1,
  durationMinutes: 45,
  requireManualApproval: false,
  cancellationWindowHours: 24,
  popularity: 0.7,
  payment: fixed('70.00', { online: true, inPerson: true, deposit: false, pricingPlan: false }),
  bookAfterStart: true,
}

export function buildFacialService(random: SeededRandom): DemoService {
  return buildService(random, facialTemplate)
}

export const courseTemplate: ServiceTemplate = {
  name: 'Yoga Foundations (6-week course)',
  kind: 'COURSE',
  capacity: 14,
  durationMinutes: 90,
  requireManualApproval: false,
  cancellationWindowHours: 72,
  popularity: 1,
  payment: fixed('180.00', { online: true, inPerson: true, deposit: false, pricingPlan: false }),
  bookAfterStart: true,
}

const locationTemplates: ReadonlyArray<Omit<DemoLocation, 'id'>> = [
  {
    name: 'Main Studio',
    formattedAddress: '1420 N Juniper St, Chicago, IL 60622, USA',
    locationType: 'OWNER_BUSINESS',
    eventLocationType: 'BUSINESS',
  },
  {
    name: 'Riverside Annex',
    formattedAddress: '318 W Riverside Dr, Chicago, IL 60606, USA',
    locationType: 'OWNER_BUSINESS',
    eventLocationType: 'BUSINESS',
  },
  {
    name: 'Rooftop Deck',
    formattedAddress: '77 W Wacker Dr, Rooftop, Chicago, IL 60601, USA',
    locationType: 'OWNER_CUSTOM',
    eventLocationType: 'CUSTOM',
  },
]

export function buildLocations(random: SeededRandom): DemoLocation[] {
  return locationTemplates.map((template) => ({ id: random.uuid(), ...template }))
}

export function buildStaff(random: SeededRandom, faker: Faker, count: number): DemoStaff[] {
  const staff: DemoStaff[] = []
  for (let i = 0; i < count; i++) {
    const firstName = faker.person.firstName()
    const lastName = faker.person.lastName()
    staff.push({
      id: random.uuid(),
      name: `${firstName} ${lastName}`,
      email: `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@juniperstreetstudio.com',
      scheduleId: random.uuid(),
    })
  }
  return staff
}

/**
 * An id made from another one, without a draw from the seed's stream (which would change every booking the
 * seed makes after it): a stream of its own, seeded from a hash of the base id and a label.
 */
function derivedId(baseId: string, label: string): string {
  let hash = 0x811c9dc5
  for (const char of `${baseId}/${label}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return createSeededRandom(hash).uuid()
}

function buildService(random: SeededRandom, template: ServiceTemplate, nameSuffix = ''): DemoService {
  const { variants, ...rest } = template
  const id = random.uuid()
  const service: DemoService = {
    id,
    scheduleId: random.uuid(),
    ...rest,
    name: template.name + nameSuffix,
    allowMultipleRequests: template.allowMultipleRequests ?? false,
    latestBookingMinutes: template.latestBookingMinutes ?? null,
    bookAfterStart: template.bookAfterStart ?? false,
    maxParticipantsPerBooking: template.maxParticipantsPerBooking ?? template.capacity,
  }
  if (variants) {
    service.variants = {
      id: derivedId(id, 'options-and-variants'),
      optionId: derivedId(id, 'option'),
      ...variants,
    }
  }
  return service
}

export function buildClassServices(random: SeededRandom): DemoService[] {
  return classTemplates.map((template) => buildService(random, template))
}

export function buildAppointmentServices(random: SeededRandom): DemoService[] {
  return appointmentTemplates.map((template) => buildService(random, template))
}

/** One course per cohort; large demo sites run several cohorts side by side. */
export function buildCourseServices(random: SeededRandom, cohorts: number): DemoService[] {
  const courses: DemoService[] = []
  for (let i = 0; i < cohorts; i++) {
    courses.push(buildService(random, courseTemplate, cohorts > 1 ? ` — cohort ${i + 1}` : ''))
  }
  return courses
}
