import { useState } from 'react';
import { api } from '../api';

/**
 * "Copy diagnostic details" for support. The main process builds the text (versions, system,
 * error codes; never assessment content or names) and puts it on the clipboard; it is also shown
 * here so it can be selected and copied by hand.
 */
export function Diagnostics() {
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function copy() {
    const result = await api.copyDiagnostics();
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setText(result.value.text);
    setMessage(
      result.value.copied
        ? 'Copied to the clipboard. Paste them into your message to support. They are also shown below.'
        : 'Select the details below and copy them into your message to support.',
    );
  }

  return (
    <>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={copy}>
        Copy diagnostic details
      </button>
      <div aria-live="polite">{message && <p>{message}</p>}</div>
      {text && <pre className="app-diagnostics">{text}</pre>}
    </>
  );
}
