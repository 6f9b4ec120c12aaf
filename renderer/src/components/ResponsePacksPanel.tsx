/**
 * On the home screen: answering a response pack that a workshop facilitator sent, and the packs
 * already being answered on this computer.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { ResponsePackSummary } from '../../../shared/export/response-files';
import { api } from '../api';
import { useApp } from '../store';
import { ErrorSummary } from './ErrorSummary';

function packLabel(p: ResponsePackSummary): string {
  return `${p.pcnName}, workshop of ${formatDateLong(p.assessmentDate)}${p.participantName ? `, as ${p.participantName}` : ''}`;
}

/** The packs asked for with the start-up check, before it answers; the panel's first showing uses them. */
let firstPacks: ReturnType<typeof api.listResponsePacks> | null = null;

export function preloadResponsePacks(): void {
  firstPacks = api.listResponsePacks();
}

/** Start-up found a problem: the packs asked for early were refused, so the panel asks again when it shows. */
export function forgetFirstPacks(): void {
  firstPacks = null;
}

export function ResponsePacksPanel() {
  const go = useApp((s) => s.go);
  const [packs, setPacks] = useState<ResponsePackSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(async () => {
    const early = firstPacks;
    firstPacks = null;
    const result = await (early ?? api.listResponsePacks());
    if (result.ok) setPacks(result.value);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function open() {
    setError(null);
    const result = await api.openResponsePack();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value) go({ name: 'pack', id: result.value.pack.id });
  }

  async function remove(id: string) {
    const result = await api.deleteResponsePack({ id });
    if (!result.ok) setError(result.error.message);
    setConfirming(null);
    await load();
  }

  return (
    <section aria-labelledby="response-packs-heading">
      <h2 className="nhsuk-heading-m" id="response-packs-heading">
        Scoring before a workshop
      </h2>
      <p>
        If a workshop facilitator sent you a response pack, open it here to give your own answers before the day, then
        save a response file to send back.
      </p>
      {error && (
        <ErrorSummary level={3} title="The response pack was not opened">
          <p>{error}</p>
        </ErrorSummary>
      )}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={open}>
        Answer a response pack
      </button>
      {packs.length > 0 && (
        <ul className="nhsuk-list app-packs">
          {packs.map((p) => {
            const label = packLabel(p);
            return (
              <li key={p.id} className="app-packs__item">
                <span>
                  {label}: {p.answered} of {p.questionCount} answered
                </span>{' '}
                {confirming === p.id ? (
                  <>
                    <span className="nhsuk-body-s">Remove your answers to this pack from this computer?</span>{' '}
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                      onClick={() => remove(p.id)}
                    >
                      Yes, remove<span className="nhsuk-u-visually-hidden"> {label}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => setConfirming(null)}
                    >
                      Cancel
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--small"
                      onClick={() => go({ name: 'pack', id: p.id })}
                    >
                      Continue<span className="nhsuk-u-visually-hidden"> {label}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => setConfirming(p.id)}
                    >
                      Remove<span className="nhsuk-u-visually-hidden"> {label}</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
