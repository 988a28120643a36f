import { describe, expect, it } from 'vitest'
import { isSamePerson, personKeyOf } from '../../../../renderer/src/features/person/person-bookings'

/** Who a booking is for (person-bookings.ts): the Wix contact id, else the e-mail without case. */
const row = (contactId: string | null, email: string | null) => ({
  contact: { firstName: 'Dana', lastName: 'Lee', email, phone: null },
  server: contactId
    ? ({ booking: { contactDetails: { contactId } } } as unknown as Parameters<
        typeof personKeyOf
      >[0]['server'])
    : null,
})

describe("the person's card: whose bookings are the same person's", () => {
  it('goes by the contact id when both bookings have one, whatever the e-mails say', () => {
    expect(isSamePerson(personKeyOf(row('c1', 'dana@x.test')), personKeyOf(row('c1', 'other@x.test')))).toBe(
      true,
    )
    expect(isSamePerson(personKeyOf(row('c1', 'dana@x.test')), personKeyOf(row('c2', 'dana@x.test')))).toBe(
      false,
    )
  })

  it('falls back to the e-mail, without case, when one has no contact id (a walk-in not on Wix yet)', () => {
    expect(isSamePerson(personKeyOf(row('c1', 'Dana@X.test ')), personKeyOf(row(null, 'dana@x.test')))).toBe(
      true,
    )
    expect(isSamePerson(personKeyOf(row(null, 'dana@x.test')), personKeyOf(row(null, 'sam@x.test')))).toBe(
      false,
    )
  })

  it('matches nobody else when there is neither', () => {
    expect(isSamePerson(personKeyOf(row(null, null)), personKeyOf(row(null, null)))).toBe(false)
  })
})
