/**
 * "Against your peers": where this PCN stands against the benchmark its ICB sent, worked out
 * from the PCN's own scores as they are now (shared/portfolio/benchmark.ts). Without a
 * benchmark, a way to import one.
 */
import { useEffect, useState } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import type { Assessment } from '../../../../shared/domain';
import { type BenchmarkFile, benchmarkPosition, peerCountsWords } from '../../../../shared/portfolio/benchmark';
import { formatLevel } from '../../../../shared/scoring';
import { api } from '../../api';
import { OutcomeMessage } from '../OutcomeMessage';

export function PeerBenchmark({ assessment }: { assessment: Assessment }) {
  const [stored, setStored] = useState<{ fileName: string; file: BenchmarkFile } | null | undefined>(undefined);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function load() {
    const result = await api.getBenchmark();
    setStored(result.ok ? result.value : null);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once when the results open.
  useEffect(() => {
    void load();
  }, []);

  async function importFile() {
    setMessage(null);
    const result = await api.importBenchmark();
    if (!result.ok) setMessage({ ok: false, text: result.error.message });
    else if (result.value) {
      const v = result.value;
      setMessage({
        ok: true,
        text: `Imported the benchmark of ${v.pcnCount} PCNs (${v.scope}) from ${v.fileName}${v.replaced ? `; it replaces ${v.replaced}` : ''}.`,
      });
      await load();
    }
  }

  if (stored === undefined) return null;
  const position = stored ? benchmarkPosition(stored.file, assessment) : null;
  const rows = position ? [position.overall, ...position.areas] : [];
  return (
    <section aria-labelledby="peer-benchmark" className="app-results-section">
      <h2 className="nhsuk-heading-m" id="peer-benchmark">
        Against your peers
      </h2>
      {!position && (
        <p>
          If your ICB sent you a benchmark file, import it to see where your PCN stands against the other PCNs, area by
          area. It holds no other PCN’s answers, only how scores are spread.
        </p>
      )}
      {position && stored && (
        <>
          <p>
            From the benchmark of {position.pcnCount} PCNs ({position.scope}) your ICB made on{' '}
            {formatDateLong(position.createdAt.slice(0, 10))} ({stored.fileName}). The middle half of peers lies between
            the lower and upper quartile.
          </p>
          {position.versionNote && <p className="nhsuk-body-s">{position.versionNote}</p>}
          <div className="app-table-scroll">
            <table className="nhsuk-table app-benchmark-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Your scores against your peers</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Area
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Your score
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Peers’ median
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Middle half of peers
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Where you stand
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Peers higher, same, lower
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {rows.map((p) => (
                  <tr className="nhsuk-table__row" key={p.areaId}>
                    <th scope="row" className="nhsuk-table__cell">
                      {p.title}
                    </th>
                    <td className="nhsuk-table__cell">
                      {p.yours === null ? 'Not assessed' : `${p.yoursShown} ${p.yoursWord}`}
                    </td>
                    <td className="nhsuk-table__cell">{formatLevel(p.median)}</td>
                    <td className="nhsuk-table__cell">
                      {p.q1 === null ? '—' : `${formatLevel(p.q1)} to ${formatLevel(p.q3)}`}
                    </td>
                    <td className="nhsuk-table__cell">
                      <strong>{p.where}</strong>
                    </td>
                    <td className="nhsuk-table__cell">{peerCountsWords(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={importFile}>
        {position ? 'Import a newer benchmark' : 'Import a benchmark from your ICB'}
      </button>
      <OutcomeMessage message={message} />
    </section>
  );
}
