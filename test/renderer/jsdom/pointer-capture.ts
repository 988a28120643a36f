/**
 * jsdom has no pointer capture, and the Radix toast calls `hasPointerCapture` on pointer-up (a click on a
 * toast's Undo button). Nothing is ever captured here.
 */
Element.prototype.hasPointerCapture ??= () => false
Element.prototype.setPointerCapture ??= () => {}
Element.prototype.releasePointerCapture ??= () => {}

export {}
