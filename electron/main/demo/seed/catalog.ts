import type { Faker } from '@faker-js/faker'
import type { DemoLocation, DemoService, DemoServiceKind, DemoStaff } from '../model'
import type { SeededRandom } from '../seeded-random'

/** The studio's fixed menu: what it teaches, for how many, and its booking policies. */
interface ServiceTemplate {
  name: string
  kind: DemoServiceKind
  capacity: number
  durationMinutes: number
  requireManualApproval: boolean
  cancellationWindowHours: number
  popularity: number
}

export const classTemplates: readonly ServiceTemplate[] = [
  {
    name: 'Vinyasa Flow',
    kind: 'CLASS',
    capacity: 20,
    durationMinutes: 60,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 1.1,
  },
  {
    name: 'Reformer Pilates',
    kind: 'CLASS',
    capacity: 8,
    durationMinutes: 50,
    requireManualApproval: false,
    cancellationWindowHours: 24,
    popularity: 1.7,
  },
  {
    name: 'HIIT Bootcamp',
    kind: 'CLASS',
    capacity: 24,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 6,
    popularity: 1.0,
  },
  {
    name: 'Yin Yoga',
    kind: 'CLASS',
    capacity: 16,
    durationMinutes: 75,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 0.8,
  },
  {
    name: 'Rhythm Spin',
    kind: 'CLASS',
    capacity: 30,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 2,
    popularity: 1.2,
  },
  {
    name: 'Barre Sculpt',
    kind: 'CLASS',
    capacity: 14,
    durationMinutes: 55,
    requireManualApproval: false,
    cancellationWindowHours: 12,
    popularity: 1.0,
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
  },
  {
    name: 'Sports Massage',
    kind: 'APPOINTMENT',
    capacity: 1,
    durationMinutes: 50,
    requireManualApproval: true,
    cancellationWindowHours: 24,
    popularity: 1.0,
  },
  {
    name: 'Physio Assessment',
    kind: 'APPOINTMENT',
    capacity: 1,
    durationMinutes: 45,
    requireManualApproval: false,
    cancellationWindowHours: 48,
    popularity: 0.6,
  },
]

export const courseTemplate: ServiceTemplate = {
  name: 'Yoga Foundations (6-week course)',
  kind: 'COURSE',
  capacity: 14,
  durationMinutes: 90,
  requireManualApproval: false,
  cancellationWindowHours: 72,
  popularity: 1,
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

function buildService(random: SeededRandom, template: ServiceTemplate, nameSuffix = ''): DemoService {
  return { id: random.uuid(), scheduleId: random.uuid(), ...template, name: template.name + nameSuffix }
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
