import type { Booking } from './booking'

/**
 * How many people a booking holds: `totalParticipants`, or the sum over `participantsChoices` when the
 * service uses choices (Wix one-of). A booking with neither counts as 1 (Wix's minimum).
 */
export function bookingParticipantCount(
  booking: Pick<Booking, 'totalParticipants' | 'participantsChoices'>,
): number {
  if (typeof booking.totalParticipants === 'number') return booking.totalParticipants
  const choices = booking.participantsChoices?.serviceChoices ?? []
  const sum = choices.reduce((total, choice) => total + (choice.numberOfParticipants ?? 0), 0)
  return sum > 0 ? sum : 1
}
