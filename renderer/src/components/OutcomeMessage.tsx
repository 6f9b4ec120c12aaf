/**
 * The result of a save or an import, read out when it appears: a notice when it worked, an alert
 * when it did not. Shared by the ICB view and the peer benchmark on the results screen.
 */
export function OutcomeMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  return (
    <div aria-live="polite">
      {message &&
        (message.ok ? (
          <p className="app-notice">{message.text}</p>
        ) : (
          <div className="nhsuk-error-summary" role="alert">
            <p className="nhsuk-u-margin-bottom-0">{message.text}</p>
          </div>
        ))}
    </div>
  );
}
