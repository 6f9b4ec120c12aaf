/**
 * The scores as a table: the accessible equivalent of each chart, and the place where every
 * figure can be read exactly. For a reassessment it adds last time's level and the change.
 */
import {
  type AreaResult,
  areaChangeText,
  gapText,
  importanceText,
  previousLabelText,
  previousLevelText,
} from './model';

interface Props {
  caption: string;
  rows: AreaResult[];
  /** "14 May 2026" when there is a previous assessment to compare with. */
  previousDate: string | null;
}

export function ScoresTable({ caption, rows, previousDate }: Props) {
  return (
    <div className="app-results-table">
      <table className="nhsuk-table app-table--close-columns">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Area
            </th>
            <th scope="col" className="nhsuk-table__header">
              Now
            </th>
            <th scope="col" className="nhsuk-table__header">
              Six-month target
            </th>
            <th scope="col" className="nhsuk-table__header">
              Gap
            </th>
            <th scope="col" className="nhsuk-table__header">
              Importance
            </th>
            <th scope="col" className="nhsuk-table__header">
              Priority rank
            </th>
            {previousDate && (
              <>
                <th scope="col" className="nhsuk-table__header">
                  {previousLabelText(previousDate)}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Change since then
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((area) => (
            <tr key={area.id} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {area.number}. {area.title}
              </th>
              <td className="nhsuk-table__cell">{area.current.text}</td>
              <td className="nhsuk-table__cell">{area.target.text}</td>
              <td className="nhsuk-table__cell">{gapText(area)}</td>
              <td className="nhsuk-table__cell">{importanceText(area)}</td>
              <td className="nhsuk-table__cell">{area.rankShown}</td>
              {previousDate && (
                <>
                  <td className="nhsuk-table__cell">{previousLevelText(area)}</td>
                  <td className="nhsuk-table__cell">{areaChangeText(area)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
