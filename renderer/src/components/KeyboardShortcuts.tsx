/** The page's keyboard shortcuts, listed where people will look for them. */
const SHORTCUTS: [keys: string[], what: string][] = [
  [['0', '1', '2', '3', '4'], 'Choose that level in the set of options you are in (now, target or partner strength)'],
  [['D'], 'Choose “Don’t know” for where your PCN is now'],
  [['S'], 'Set the six-month target to the same level as now'],
  [['U'], 'Set the six-month target one level up from now'],
  [['J'], 'Go to the next question'],
  [['K'], 'Go to the previous question'],
  [['Alt', '→'], 'Go to the next area (after the last area: check your answers)'],
  [['Alt', '←'], 'Go to the previous area'],
  [['Tab'], 'Move to the next control; Shift and Tab to go back'],
  [['↑', '↓'], 'Move between the options in a set'],
];

/** Only where questions have their own level statements (framework 2026.2 onwards). */
const EVIDENCE: [keys: string[], what: string] = [['E'], 'Show or hide an evidence example for each level'];

export function KeyboardShortcuts({ anchored = false }: { anchored?: boolean }) {
  const shortcuts = anchored ? [...SHORTCUTS.slice(0, 4), EVIDENCE, ...SHORTCUTS.slice(4)] : SHORTCUTS;
  return (
    <details className="nhsuk-details app-shortcuts">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Keyboard shortcuts</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          A whole rating takes two keys: a digit for where you are now, then S (same) or U (one level up) for the
          target. There is no target until you choose one. These work when you are not typing in a text box: press Tab
          to leave a text box first. On a Mac, Alt is the Option key.
        </p>
        <table className="nhsuk-table app-compact-table">
          <caption className="nhsuk-u-visually-hidden">Keyboard shortcuts on this page</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Keys
              </th>
              <th scope="col" className="nhsuk-table__header">
                What they do
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shortcuts.map(([keys, what]) => (
              <tr className="nhsuk-table__row" key={what}>
                <td className="nhsuk-table__cell app-shortcuts__keys">
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (keys.length === 2 && keys[0] === 'Alt' ? ' + ' : ' ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td className="nhsuk-table__cell">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
