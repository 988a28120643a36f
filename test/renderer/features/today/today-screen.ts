import { act, screen, within } from '@testing-library/react'
import { expect } from 'vitest'

/** The Today screen as a person finds it: by roles and names. */
export const todayScreen = {
  heading: () => screen.getByRole('heading', { level: 2 }),
  list: () => screen.getByRole('list', { name: 'Sessions' }),
  /** The session links now in the DOM (a window of the list when it is long). */
  links: () =>
    within(screen.getByRole('list', { name: 'Sessions' }))
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('#/session/')),
  /** The rows of appointment requests without a session yet (they open the Pending inbox). */
  requestLinks: () =>
    within(screen.getByRole('list', { name: 'Sessions' }))
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href') === '#/pending'),
  /** How many rows the list has in all, sessions and requests (aria-setsize: a long list is not all in the DOM). */
  rowCount: () =>
    Number(
      screen
        .queryByRole('list', { name: 'Sessions' })
        ?.querySelector('[role="listitem"]')
        ?.getAttribute('aria-setsize') ?? 0,
    ),
  dayGroup: () => screen.getByRole('group', { name: 'Day' }),
  button: (name: string) => within(screen.getByRole('group', { name: 'Day' })).getByRole('button', { name }),
}

/**
 * Scrolls the list from the top, a screenful at a time, calling `visit` with each row's link the first time it
 * is in the DOM (the virtual list holds only the rows in view and a few around), until `visit` returns true or
 * the end is reached. Each link is seen once, in list order.
 */
function scrollThrough(visit: (link: HTMLElement) => boolean | void): boolean {
  const scroller = todayScreen.list().closest<HTMLElement>('[data-virtual-scroller]')
  if (!scroller) throw new Error('the Sessions list has no scroller')
  const seen = new Set<number>()
  for (let top = 0; ; top += scroller.clientHeight) {
    act(() => scroller.scrollTo({ top }))
    const rows = within(todayScreen.list())
      .getAllByRole('listitem')
      .map((row) => ({ row, at: Number(row.getAttribute('aria-posinset')) }))
      .sort((a, b) => a.at - b.at)
    for (const { row, at } of rows) {
      if (seen.has(at)) continue
      seen.add(at)
      if (visit(within(row).getByRole('link'))) return true
    }
    // The scroller stops at its end: nothing further down.
    if (scroller.scrollTop < top || top + scroller.clientHeight >= scroller.scrollHeight) return false
  }
}

/**
 * Every row of the list, read by scrolling it through (`read` is called on each row's link while it is in the
 * DOM), in list order; the list is left back at the top.
 */
export function readWholeList<T>(read: (link: HTMLElement) => T): T[] {
  const out: T[] = []
  scrollThrough((link) => void out.push(read(link)))
  const scroller = todayScreen.list().closest<HTMLElement>('[data-virtual-scroller]')
  act(() => scroller?.scrollTo({ top: 0 }))
  return out
}

/** The session ids of the whole list, in list order (request rows left out). */
export function wholeListSessionIds(): string[] {
  const hrefs = readWholeList((link) => link.getAttribute('href') ?? '')
  return hrefs
    .filter((href) => href.startsWith('#/session/'))
    .map((href) => decodeURIComponent(href.slice(10)))
}

/** Scrolls the list until a row's link matching `match` is in the DOM, and returns it (left scrolled there). */
export function scrollToLink(match: (link: HTMLElement) => boolean): HTMLElement {
  let found: HTMLElement | null = null
  scrollThrough((link) => {
    if (match(link)) found = link
    return found !== null
  })
  if (!found) throw new Error('no such row in the Sessions list')
  return found
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

/**
 * A name pattern for the session link that starts with what its row shows first: its times, then its title
 * ("9:00 AM to 10:00 AM, Vinyasa Flow,"). `time` is the session's "9:00 AM – 10:00 AM"; the row reads it
 * with "to", as it shows it.
 */
export function startsWithTimeAndTitle(time: string, title: string): RegExp {
  const shown = time.replace(' – ', ' to ')
  return new RegExp(`^${normalized(`${shown}, ${title},`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
}
