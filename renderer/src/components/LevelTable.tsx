/** What each level looks like in one area: the five descriptors, compact enough to glance at. */
import { type Area, LEVEL_NAMES, LEVELS } from '../../../shared/framework';

export function LevelTable({ area }: { area: Area }) {
  return (
    <table className="nhsuk-table app-level-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">What each level looks like</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header app-level-table__level">
            Level
          </th>
          <th scope="col" className="nhsuk-table__header">
            In {area.title.toLowerCase()}, this looks like
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {LEVELS.map((level) => (
          <tr className="nhsuk-table__row" key={level}>
            <th scope="row" className="nhsuk-table__header app-level-table__level">
              {level} – {LEVEL_NAMES[level]}
            </th>
            <td className="nhsuk-table__cell">{area.levels[level]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
