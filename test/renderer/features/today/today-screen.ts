import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'

/** The Today screen as a person finds it: by roles and names. */
export const todayScreen = {
  heading: () => screen.getByRole('heading', { level: 2 }),
  list: () => screen.getByRole('list', { name: 'Sessions' }),
  /** The session links now in the DOM (a window of the list when it is long). */
  links: () => within(screen.getByRole('list', { name: 'Sessions' })).queryAllByRole('link'),
  dayGroup: () => screen.getByRole('group', { name: 'Day' }),
  button: (name: string) => within(screen.getByRole('group', { name: 'Day' })).getByRole('button', { name }),
}

/** The session id a row's link opens (its href is `#/session/<encoded id>`). */
export function linkedSessionId(link: HTMLElement): string {
  const href = link.getAttribute('href') ?? ''
  expect(href).toMatch(/^#\/session\//)
  return decodeURIComponent(href.replace('#/session/', ''))
}

/**
 * A link's accessible name as Testing Library computes it for `getByRole(…, { name })` (whitespace
 * normalized): what a screen reader announces, whether it comes from aria-label or from the content.
 */
export function accessibleName(link: Element): string {
  let found: string | null = null
  within(link.parentElement ?? document.body).queryAllByRole('link', {
    name: (name, element) => {
      if (element === link) found = name
      return false
    },
  })
  if (found === null) throw new Error('not a link in the document')
  return found
}

/** Same spacing as Testing Library's name matching (Intl puts a narrow no-break space before AM/PM). */
export function normalized(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/** A name pattern for the session link that starts with `title, time,` (any characters in the title). */
export function startsWithTitleAndTime(title: string, time: string): RegExp {
  return new RegExp(`^${normalized(`${title}, ${time},`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
}
