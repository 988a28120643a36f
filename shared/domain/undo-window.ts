/**
 * How long a staff action can be undone (the toast's Undo, Ctrl+Z). An action Wix cannot take back (a
 * confirm, a decline, a cancel) waits this long in the outbox before it is sent. Declared here, in shared/,
 * so the desk and the end-to-end tests that wait it out read the same figure.
 */
export const UNDO_WINDOW_MS = 10_000
