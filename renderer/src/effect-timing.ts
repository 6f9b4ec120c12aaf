import { options } from 'preact';

// The renderer runs on preact/compat. Preact runs effects after the next frame; React runs an
// event's effects before the next event is handled. Our effects move focus (to a form's heading,
// an error summary, a question), so they must run before the user's next key press, as on React:
// run them in a microtask, after the whole commit (so a screen's own focus still wins over the
// layout effect that focuses <main>) and before the browser takes the next input.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);
