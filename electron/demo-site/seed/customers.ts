import type { Faker } from '@faker-js/faker'
import type { ContactDetails } from '@shared/wix/booking'
import type { SeededRandom } from '../seeded-random'

/** The studio's regulars; bookings are drawn from this pool so the same people come back. */
export interface DemoCustomer {
  contactId: string
  firstName: string
  lastName: string
  email: string
  phone: string
}

export function buildCustomers(random: SeededRandom, faker: Faker, count: number): DemoCustomer[] {
  const customers: DemoCustomer[] = []
  for (let i = 0; i < count; i++) {
    const firstName = faker.person.firstName()
    const lastName = faker.person.lastName()
    customers.push({
      contactId: random.uuid(),
      firstName,
      lastName,
      email: faker.internet.email({ firstName, lastName }).toLowerCase(),
      phone: faker.phone.number({ style: 'international' }),
    })
  }
  return customers
}

export function contactDetailsOf(customer: DemoCustomer): ContactDetails {
  return {
    contactId: customer.contactId,
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email,
    phone: customer.phone,
  }
}
