/**
 * About Neighbourhood Ready: the version, the release note of the current readiness framework
 * (what changed and the policy sources it is current to), what happens to the user's data, and the licence
 * notices of the fonts, data and libraries the app includes (assets/LICENCES.md, the same file
 * that is installed beside the app).
 */
import { Fragment, type ReactNode } from 'react';
import licencesMarkdown from '../../../assets/LICENCES.md?raw';
import { CURRENT_FRAMEWORK } from '../../../shared/framework';
import { type LicenceBlock, parseLicences } from '../licences';
import { useApp, type View } from '../store';

const LICENCE_BLOCKS = parseLicences(licencesMarkdown);

/** The release note, with its closing "Sources: a; b; c." listed one source a line. */
const RELEASE = (() => {
  const [summary = '', sources] = CURRENT_FRAMEWORK.releaseNote.split(' Sources: ');
  return { summary, sources: sources ? sources.replace(/\.$/, '').split('; ') : [] };
})();

/** `code` spans as <code>, the rest as text. */
function inline(text: string): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never move.
      <code key={i}>{part.slice(1, -1)}</code>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string never move.
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

function Block({ block }: { block: LicenceBlock }) {
  switch (block.kind) {
    case 'heading': {
      // The file's "#" sits under this page's h1.
      const Heading = (['h2', 'h3', 'h4', 'h5', 'h5', 'h5'] as const)[block.level - 1] ?? 'h5';
      const size = block.level === 1 ? 'nhsuk-heading-m' : 'nhsuk-heading-s';
      return <Heading className={size}>{inline(block.text)}</Heading>;
    }
    case 'paragraph':
      return <p>{inline(block.text)}</p>;
    case 'quote':
      return <blockquote className="app-licence-quote">{inline(block.text)}</blockquote>;
    case 'text':
      return <pre className="app-licence-text">{block.text}</pre>;
    case 'table':
      return (
        <div className="app-table-scroll">
          <table className="nhsuk-table app-compact-table">
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                {block.header.map((cell) => (
                  <th key={cell} scope="col" className="nhsuk-table__header">
                    {inline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {block.rows.map((row) => (
                <tr key={row.join('|')} className="nhsuk-table__row">
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are in fixed column order.
                    <td key={i} className="nhsuk-table__cell">
                      {inline(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function About({ back }: { back: View }) {
  const go = useApp((s) => s.go);
  return (
    <>
      <button type="button" className="app-link-button nhsuk-u-margin-bottom-4" onClick={() => go(back)}>
        ← Back
      </button>
      <h1 className="nhsuk-heading-l">About Neighbourhood Ready</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Version</dt>
          <dd className="nhsuk-summary-list__value">{__APP_VERSION__}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Readiness framework</dt>
          <dd className="nhsuk-summary-list__value">{CURRENT_FRAMEWORK.version}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Data format version</dt>
          <dd className="nhsuk-summary-list__value">{__SCHEMA_VERSION__}</dd>
        </div>
      </dl>
      <h2 className="nhsuk-heading-m">What is new in readiness framework {CURRENT_FRAMEWORK.version}</h2>
      <p>{RELEASE.summary}</p>
      {RELEASE.sources.length > 0 && (
        <>
          <p>The policy it is current to:</p>
          <ul>
            {RELEASE.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </>
      )}
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>Your data stays on this computer.</strong> Neighbourhood Ready never sends anything over the network:
          no account, no analytics, no automatic updates. Your assessments are saved in a file on this computer, and
          leave it only when you export or copy them yourself.
        </p>
      </div>
      <p>
        Neighbourhood Ready helps a Primary Care Network assess its readiness to lead its neighbourhood and plan the
        next six months. It is not made, endorsed or approved by NHS England.
      </p>
      <div className="app-licences">
        {LICENCE_BLOCKS.map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a fixed file never move.
          <Block key={i} block={block} />
        ))}
      </div>
    </>
  );
}
