import { useApp } from '../store';

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * A truthful save indicator: "Saved" only after the main process has confirmed the write and no
 * typed text is still waiting to be sent.
 */
export function SaveStatus() {
  const save = useApp((s) => s.save);
  const retry = useApp((s) => s.retry);
  const pending = useApp((s) => s.pendingEdits > 0);
  if (save.state === 'error') {
    // Messages from main may already say so ("Not saved: the data folder cannot be written to…").
    const message = /\bnot saved\b/i.test(save.message) ? save.message : `Not saved. ${save.message}`;
    return (
      <div className="app-save-status app-save-status--error" role="alert">
        <span>{message} Your answer is still on screen.</span>{' '}
        {retry && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-inline-button"
            onClick={retry}
          >
            Try again
          </button>
        )}
      </div>
    );
  }
  return (
    <output className="app-save-status" aria-live="polite">
      {pending && 'Not saved yet: saving when you pause typing'}
      {!pending && save.state === 'saving' && 'Saving…'}
      {!pending && save.state === 'saved' && `All changes saved at ${time(save.at)}`}
      {!pending && save.state === 'idle' && 'Changes are saved as you go'}
    </output>
  );
}

/**
 * The save status beside a field the user types in: the status at the top of the page is
 * off-screen while answering further down. Shown once the field has been changed; not a live
 * region, as the status at the top already announces each change.
 */
export function FieldSaveStatus({ edits }: { edits: 'none' | 'waiting' | 'sent' }) {
  const save = useApp((s) => s.save);
  if (edits === 'none') return null;
  let text = 'Saved';
  if (edits === 'waiting') text = 'Not saved yet';
  else if (save.state === 'saving') text = 'Saving…';
  else if (save.state === 'error') text = 'Not saved: see the message at the top of the page';
  return <p className="nhsuk-body-s app-field-save-status">{text}</p>;
}
