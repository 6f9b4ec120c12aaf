import { useApp } from '../store';

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** A truthful save indicator: "Saved" only after the main process has confirmed the write. */
export function SaveStatus() {
  const save = useApp((s) => s.save);
  const retry = useApp((s) => s.retry);
  if (save.state === 'error') {
    return (
      <div className="app-save-status app-save-status--error" role="alert">
        <span>Not saved. {save.message} Your answer is still on screen.</span>{' '}
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
      {save.state === 'saving' && 'Saving…'}
      {save.state === 'saved' && `All changes saved at ${time(save.at)}`}
      {save.state === 'idle' && 'Changes are saved as you go'}
    </output>
  );
}
