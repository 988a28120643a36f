import { describe, expect, it } from 'vitest'
import { STAFF_RESOURCE_TYPE_ID, isStaffResourceType, staffName } from '@shared/wix/staff-resource'

const ROOM_TYPE = '7d2e9a50-0000-4000-8000-000000000001'

describe('the staff resource of a session or booking', () => {
  it('is the one typed with the staff resource-type id, as Wix gives it', () => {
    expect(
      staffName([
        { name: 'Studio A', type: ROOM_TYPE },
        { name: 'Maya Chen', type: STAFF_RESOURCE_TYPE_ID },
      ]),
    ).toBe('Maya Chen')
    expect(isStaffResourceType(STAFF_RESOURCE_TYPE_ID.toUpperCase())).toBe(true)
  })

  it('is the one typed with the word STAFF, the other reading of Calendar V3', () => {
    expect(
      staffName([
        { name: 'Studio A', type: 'ROOM' },
        { name: 'Maya Chen', type: 'STAFF' },
      ]),
    ).toBe('Maya Chen')
  })

  it('falls back to a named resource with a calendar permission role when no type says staff', () => {
    expect(
      staffName([
        { name: 'Studio A', type: ROOM_TYPE },
        { name: 'Maya Chen', type: 'something-new', permissionRole: 'WRITER' },
      ]),
    ).toBe('Maya Chen')
  })

  it('falls back to the only named resource, and says nothing when it cannot tell', () => {
    expect(staffName([{ id: 'x' } as { name?: string }, { name: ' Maya Chen ' }])).toBe('Maya Chen')
    expect(staffName([{ name: 'Studio A' }, { name: 'Maya Chen' }])).toBeNull()
    expect(staffName([{ name: '', type: STAFF_RESOURCE_TYPE_ID }])).toBeNull()
    expect(staffName(undefined)).toBeNull()
  })
})
