/**
 * The ICB view: the assessment files PCNs sent, imported many at a time, and what they say
 * together — a heat map of PCNs by area, the spread per area, rankings, the gaps most PCNs share,
 * actions by area and month, plans sent and the population covered — with filters by ICB and
 * sub-ICB, the roll-up exports and a benchmark to send back to PCNs. The figures are worked out
 * by shared/portfolio/aggregate.ts; this screen only shows them.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  byName,
  filterOptions,
  LEVEL_WORDS,
  levelIndex,
  PORTFOLIO_METHOD,
  type PortfolioView,
  pcnArea,
  portfolioView,
} from '../../../shared/portfolio/aggregate';
import { MIN_BENCHMARK_PCNS } from '../../../shared/portfolio/benchmark';
import { ROUTES_RULE } from '../../../shared/portfolio/facts';
import { populationSentence, sentSentence, versionSentence } from '../../../shared/portfolio/pdf';
import type { PortfolioData, PortfolioFilter, PortfolioImportReport } from '../../../shared/portfolio/types';
import { formatLevel, levelLabel } from '../../../shared/scoring';
import { api } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { OutcomeMessage } from '../components/OutcomeMessage';
import { MonthColumns, ShareBars, SpreadChart, scoreText } from '../components/portfolio/Charts';
import { useApp } from '../store';

const PAGE_SIZE = 50;
const MONTHS = [1, 2, 3, 4, 5, 6] as const;
const number = (n: number) => n.toLocaleString('en-GB');
const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—');

const TABS = [
  { id: 'heat-map', label: 'Heat map' },
  { id: 'spread', label: 'Spread per area' },
  { id: 'ranking', label: 'Ranking' },
  { id: 'gaps', label: 'Shared gaps' },
  { id: 'actions', label: 'Actions' },
  { id: 'population', label: 'Plans and population' },
] as const;
type Tab = (typeof TABS)[number]['id'];

function ScoreCell({ score }: { score: number | null }) {
  if (score === null) return <td className="nhsuk-table__cell app-heat app-heat--none">Not assessed</td>;
  return (
    <td className={`nhsuk-table__cell app-heat app-heat--${levelIndex(score)}`}>
      <strong>{formatLevel(score)}</strong> <span className="app-heat__word">{levelLabel(score)}</span>
    </td>
  );
}

function Pager({
  page,
  pages,
  onPage,
  label,
}: {
  page: number;
  pages: number;
  onPage: (p: number) => void;
  label: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="app-pager" aria-label={label}>
      <button type="button" className="app-link-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous {PAGE_SIZE}
      </button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <button type="button" className="app-link-button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next {PAGE_SIZE}
      </button>
    </nav>
  );
}

function HeatMap({ view }: { view: PortfolioView }) {
  const [sort, setSort] = useState<'rank' | 'name'>('rank');
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    const ranked = view.ranking.overall.map((r) => ({ rank: `${r.rank}${r.tied ? '=' : ''}`, pcn: r.pcn }));
    const unranked = view.pcns.filter((p) => p.overall === null).map((pcn) => ({ rank: '—', pcn }));
    const all = [...ranked, ...unranked];
    return sort === 'name' ? all.sort((a, b) => byName(a.pcn.pcnName, b.pcn.pcnName)) : all;
  }, [view, sort]);
  const pages = Math.ceil(rows.length / PAGE_SIZE);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <>
      <p>
        Each cell is the PCN’s area score as its own report shows it, with the level in words. Shading follows the
        level, from pale red (Not started) to blue (Thriving). {versionSentence(view)}
      </p>
      <div className="nhsuk-radios nhsuk-radios--inline app-compact-radios">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Order PCNs by</legend>
          {(['rank', 'name'] as const).map((s) => (
            <div className="nhsuk-radios__item" key={s}>
              <input
                className="nhsuk-radios__input"
                id={`heat-sort-${s}`}
                type="radio"
                name="heat-sort"
                checked={sort === s}
                onChange={() => {
                  setSort(s);
                  setPage(0);
                }}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`heat-sort-${s}`}>
                {s === 'rank' ? 'Overall readiness' : 'Name'}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <div className="app-table-scroll">
        <table className="nhsuk-table app-heat-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            PCNs by area, {view.scope} ({number(rows.length)} PCNs
            {pages > 1 ? `, ${number(page * PAGE_SIZE + 1)} to ${number(page * PAGE_SIZE + shown.length)} shown` : ''})
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Rank
              </th>
              <th scope="col" className="nhsuk-table__header">
                PCN
              </th>
              <th scope="col" className="nhsuk-table__header">
                Overall
              </th>
              {view.areas.map((a) => (
                <th scope="col" className="nhsuk-table__header" key={a.areaId}>
                  {a.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map(({ rank, pcn }, i) => (
              // Keyed by place on the page: turning a page rewrites the 50 rows' text in place
              // instead of building 50 new rows of cells (the rows hold no state of their own).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr className="nhsuk-table__row" key={i}>
                <td className="nhsuk-table__cell">{rank}</td>
                <th scope="row" className="nhsuk-table__cell app-heat__pcn">
                  {pcn.pcnName}
                  {pcn.status !== 'complete' && <span className="app-cell-note">Draft</span>}
                </th>
                <ScoreCell score={pcn.overall} />
                {view.areas.map((a) => (
                  <ScoreCell key={a.areaId} score={pcnArea(pcn, a.areaId)?.current ?? null} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} onPage={setPage} label="Pages of the heat map" />
    </>
  );
}

function SpreadView({ view }: { view: PortfolioView }) {
  const rows = [...view.spread, view.overallSpread];
  return (
    <>
      <p>
        The line runs from the lowest to the highest PCN; the box holds the middle half of PCNs and the bar in it is the
        median.
      </p>
      <div className="app-chart-and-table">
        <SpreadChart rows={rows} title={`Spread of area scores, ${view.scope}`} />
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Spread of area scores</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Area
              </th>
              <th scope="col" className="nhsuk-table__header">
                Lowest
              </th>
              <th scope="col" className="nhsuk-table__header">
                Middle half
              </th>
              <th scope="col" className="nhsuk-table__header">
                Median
              </th>
              <th scope="col" className="nhsuk-table__header">
                Highest
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((s) => (
              <tr className="nhsuk-table__row" key={s.areaId}>
                <th scope="row" className="nhsuk-table__cell">
                  {s.title}
                  <span className="app-cell-note">{number(s.n)} PCNs</span>
                </th>
                <td className="nhsuk-table__cell">{formatLevel(s.min)}</td>
                <td className="nhsuk-table__cell">
                  {s.q1 === null ? '—' : `${formatLevel(s.q1)} to ${formatLevel(s.q3)}`}
                </td>
                <td className="nhsuk-table__cell">{scoreText(s.median, levelLabel(s.median))}</td>
                <td className="nhsuk-table__cell">{formatLevel(s.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">PCNs at each level, by area</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Area
            </th>
            {LEVEL_WORDS.map((w, i) => (
              <th scope="col" className="nhsuk-table__header" key={w}>
                {i} {w}
              </th>
            ))}
            <th scope="col" className="nhsuk-table__header">
              Not assessed
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((s) => (
            <tr className="nhsuk-table__row" key={s.areaId}>
              <th scope="row" className="nhsuk-table__cell">
                {s.title}
              </th>
              {s.byLevel.map((n, i) => (
                <td className="nhsuk-table__cell" key={LEVEL_WORDS[i]}>
                  {number(n)}
                </td>
              ))}
              <td className="nhsuk-table__cell">{number(s.notAssessed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function RankingTable({ view, by }: { view: PortfolioView; by: 'overall' | 'routes' }) {
  const [page, setPage] = useState(0);
  const rows = view.ranking[by];
  const pages = Math.ceil(rows.length / PAGE_SIZE);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const area = (pcn: (typeof rows)[number]['pcn'], id: string) => pcnArea(pcn, id)?.current ?? null;
  return (
    <>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {by === 'overall'
            ? 'PCNs ranked by overall readiness'
            : 'PCNs ranked by readiness for the neighbourhood-provider routes'}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Rank
            </th>
            <th scope="col" className="nhsuk-table__header">
              PCN
            </th>
            <th scope="col" className="nhsuk-table__header">
              {by === 'overall' ? 'Overall readiness' : 'Routes readiness'}
            </th>
            {by === 'routes' && (
              <>
                <th scope="col" className="nhsuk-table__header">
                  Leadership
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Governance
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {shown.map((r, i) => (
            // Keyed by place on the page, as the heat map's rows: a new page rewrites the rows in place.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr className="nhsuk-table__row" key={i}>
              <td className="nhsuk-table__cell">
                {r.rank}
                {r.tied ? '=' : ''}
              </td>
              <th scope="row" className="nhsuk-table__cell">
                {r.pcn.pcnName}
              </th>
              <td className="nhsuk-table__cell">
                <span className="app-inline-bar" aria-hidden="true">
                  <span style={{ width: `${(r.value / 4) * 100}%` }} />
                </span>
                {scoreText(r.value, levelLabel(r.value))}
              </td>
              {by === 'routes' && (
                <>
                  <td className="nhsuk-table__cell">
                    {scoreText(area(r.pcn, 'leadership'), levelLabel(area(r.pcn, 'leadership')))}
                  </td>
                  <td className="nhsuk-table__cell">
                    {scoreText(area(r.pcn, 'governance'), levelLabel(area(r.pcn, 'governance')))}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={pages} onPage={setPage} label={`Pages of the ${by} ranking`} />
    </>
  );
}

function RankingView({ view }: { view: PortfolioView }) {
  const [by, setBy] = useState<'overall' | 'routes'>('overall');
  return (
    <>
      <div className="nhsuk-radios nhsuk-radios--inline app-compact-radios">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Rank by</legend>
          {(['overall', 'routes'] as const).map((b) => (
            <div className="nhsuk-radios__item" key={b}>
              <input
                className="nhsuk-radios__input"
                id={`rank-by-${b}`}
                type="radio"
                name="rank-by"
                checked={by === b}
                onChange={() => setBy(b)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`rank-by-${b}`}>
                {b === 'overall' ? 'Overall readiness' : 'Readiness for the neighbourhood-provider routes'}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <p className="nhsuk-body-s">{by === 'routes' ? ROUTES_RULE : PORTFOLIO_METHOD[2]?.paragraphs[1]}</p>
      <RankingTable key={`${by}|${view.filter.icbCode}|${view.filter.subIcbCode}`} view={view} by={by} />
    </>
  );
}

function GapsView({ view }: { view: PortfolioView }) {
  const rows = view.sharedGaps.areas;
  return (
    <>
      <p>A gap is shared when a PCN’s six-month target is one level or more above where it is now.</p>
      <div className="app-chart-and-table">
        <ShareBars rows={rows} title={`Share of PCNs aiming to rise a level or more, by area, ${view.scope}`} />
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">PCNs with a gap of a level or more</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Area
              </th>
              <th scope="col" className="nhsuk-table__header">
                PCNs with the gap
              </th>
              <th scope="col" className="nhsuk-table__header">
                Share
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((g) => (
              <tr className="nhsuk-table__row" key={g.areaId}>
                <th scope="row" className="nhsuk-table__cell">
                  {g.title}
                </th>
                <td className="nhsuk-table__cell">
                  {number(g.withGap)} of {number(g.n)}
                </td>
                <td className="nhsuk-table__cell">{percent(g.withGap, g.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">Questions with the most shared gaps</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Question
            </th>
            <th scope="col" className="nhsuk-table__header">
              Framework
            </th>
            <th scope="col" className="nhsuk-table__header">
              PCNs with the gap
            </th>
            <th scope="col" className="nhsuk-table__header">
              “Don’t know”
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {view.sharedGaps.questions.map((q) => (
            <tr className="nhsuk-table__row" key={`${q.frameworkVersion}|${q.questionId}`}>
              <th scope="row" className="nhsuk-table__cell">
                {q.text}
              </th>
              <td className="nhsuk-table__cell">{q.frameworkVersion}</td>
              <td className="nhsuk-table__cell">
                {number(q.withGap)} of {number(q.n)}
              </td>
              <td className="nhsuk-table__cell">{number(q.dontKnow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ActionsView({ view }: { view: PortfolioView }) {
  const months = MONTHS.map((m) => view.actions.byArea.reduce((t, a) => t + (a.months[m - 1] ?? 0), 0));
  return (
    <>
      <p>
        {number(view.actions.total)} actions in the plans of {number(view.actions.pcnsWithActions)} PCNs, by the area
        they address and the month of the six-month plan in which they start.
      </p>
      <div className="app-chart-and-table app-chart-and-table--wide-table">
        <MonthColumns rows={view.actions.byArea} title={`Actions starting in each month of the plans, ${view.scope}`} />
        <table className="nhsuk-table app-table--close-columns">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Actions by area and start month</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Area
              </th>
              {MONTHS.map((m) => (
                <th scope="col" className="nhsuk-table__header" key={m}>
                  Month {m}
                </th>
              ))}
              <th scope="col" className="nhsuk-table__header">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {view.actions.byArea.map((a) => (
              <tr className="nhsuk-table__row" key={a.areaId}>
                <th scope="row" className="nhsuk-table__cell">
                  {a.title}
                </th>
                {MONTHS.map((m) => (
                  <td className="nhsuk-table__cell" key={m}>
                    {number(a.months[m - 1] ?? 0)}
                  </td>
                ))}
                <td className="nhsuk-table__cell">{number(a.total)}</td>
              </tr>
            ))}
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                All areas
              </th>
              {MONTHS.map((m) => (
                <td className="nhsuk-table__cell" key={m}>
                  <strong>{number(months[m - 1] ?? 0)}</strong>
                </td>
              ))}
              <td className="nhsuk-table__cell">
                <strong>{number(view.actions.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

function PopulationView({ view }: { view: PortfolioView }) {
  return (
    <>
      <p>{sentSentence(view)}</p>
      <p>{populationSentence(view)}</p>
      {view.population.rows.length === 0 ? (
        <p>
          Import the NHS directory (from a PCN’s profile step) to see PCN counts and registered patients by ICB and
          sub-ICB location.
        </p>
      ) : (
        <div className="app-table-scroll">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Plans sent and patients covered</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  ICB and sub-ICB location
                </th>
                <th scope="col" className="nhsuk-table__header">
                  PCNs that sent a plan
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Registered patients covered
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {view.population.rows.map((r) => (
                <tr className="nhsuk-table__row" key={`${r.icb}|${r.subIcb}`}>
                  <th scope="row" className="nhsuk-table__cell">
                    {r.subIcb ?? r.icb}
                    {r.subIcb && <span className="app-cell-note">{r.icb}</span>}
                  </th>
                  <td className="nhsuk-table__cell">
                    <span className="app-inline-bar" aria-hidden="true">
                      <span
                        style={{ width: `${r.pcnsInDirectory > 0 ? (r.pcnsSent / r.pcnsInDirectory) * 100 : 0}%` }}
                      />
                    </span>
                    {number(r.pcnsSent)} of {number(r.pcnsInDirectory)}
                  </td>
                  <td className="nhsuk-table__cell">
                    {number(r.covered)} of {number(r.population)} ({percent(r.covered, r.population)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="nhsuk-body-s">
        Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England,
        Patients Registered at a GP Practice).
      </p>
    </>
  );
}

function ImportReport({ report }: { report: PortfolioImportReport }) {
  const problems = report.files.filter((f) => f.outcome !== 'imported');
  return (
    <div className="app-notice" role="status">
      <p>
        <strong>
          {number(report.imported + report.replaced)} imported
          {report.replaced > 0 ? ` (${number(report.replaced)} replacing an older assessment of the same PCN)` : ''},{' '}
          {number(report.keptNewer)} not imported because a newer assessment of the same PCN is kept,{' '}
          {number(report.refused)} refused.
        </strong>
      </p>
      {problems.length > 0 && (
        <table className="nhsuk-table nhsuk-u-margin-bottom-0">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Files not imported as they were</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                File
              </th>
              <th scope="col" className="nhsuk-table__header">
                What happened
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {problems.map((f) => (
              <tr className="nhsuk-table__row" key={f.fileName}>
                <th scope="row" className="nhsuk-table__cell">
                  {f.fileName}
                </th>
                <td className="nhsuk-table__cell">
                  {f.outcome === 'refused' && <>Refused: {f.reason}</>}
                  {f.outcome === 'replaced' && (
                    <>
                      Imported {f.pcnName} ({f.assessmentDate}); it replaces the older assessment of {f.replacedDate}{' '}
                      from {f.replacedFile}.
                    </>
                  )}
                  {f.outcome === 'kept-newer' && (
                    <>
                      Not imported: {f.pcnName} ({f.assessmentDate}) is not newer than the assessment of {f.keptDate}{' '}
                      from {f.keptFile}, which is kept.
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Exports({ view }: { view: PortfolioView }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [names, setNames] = useState(false);
  async function run(call: () => ReturnType<typeof api.exportPortfolio>) {
    setBusy(true);
    setMessage(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) setMessage({ ok: false, text: result.error.message });
    else if (result.value) setMessage({ ok: true, text: `Saved ${result.value.fileName}.` });
  }
  const filter = view.filter;
  return (
    <section aria-labelledby="portfolio-exports">
      <h2 className="nhsuk-heading-m" id="portfolio-exports">
        Share the roll-up
      </h2>
      <p>For {view.scope}, as filtered above. Each file is saved where you choose; nothing is sent anywhere.</p>
      <div className="app-button-row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => run(() => api.exportPortfolio({ format: 'pdf', filter }))}
        >
          Save the roll-up PDF
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => run(() => api.exportPortfolio({ format: 'xlsx', filter }))}
        >
          Save as Excel workbook
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => run(() => api.exportPortfolio({ format: 'csv', filter }))}
        >
          Save as CSV
        </button>
      </div>
      <h3 className="nhsuk-heading-s">A benchmark for PCNs</h3>
      <p>
        A file each PCN can open in Neighbourhood Ready to see where it stands against its peers: how scores are spread
        in each area and question, without PCN names unless you include them. It needs at least {MIN_BENCHMARK_PCNS}{' '}
        PCNs.
      </p>
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id="benchmark-names"
            type="checkbox"
            checked={names}
            onChange={(e) => setNames(e.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="benchmark-names">
            Include PCN names and their scores (only if the PCNs have agreed)
          </label>
        </div>
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-top-3"
        disabled={busy}
        onClick={() => run(() => api.exportBenchmark({ filter, includeNames: names }))}
      >
        Save the benchmark for PCNs
      </button>
      <OutcomeMessage message={message} />
    </section>
  );
}

/**
 * Taking one PCN's plan out of the ICB view (a file imported by mistake, or a PCN that has merged):
 * asked first, and the file the PCN sent is left as it is, so it can be imported again.
 */
function RemovePcn({ view, onRemoved }: { view: PortfolioView; onRemoved: () => Promise<void> }) {
  // The list of every PCN (1,298 options for all England) is built only while this is open, so
  // changing the filter does not rebuild a list nobody is looking at.
  const [open, setOpen] = useState(false);
  const pcns = useMemo(() => (open ? [...view.pcns].sort((a, b) => byName(a.pcnName, b.pcnName)) : []), [view, open]);
  const [chosen, setChosen] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const selectId = useId();
  const pcn = pcns.find((p) => p.id === chosen) ?? null;
  // Keyboard focus follows the question when it appears, and comes back to the button after "No".
  const question = useRef<HTMLParagraphElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    // After a removal the button is disabled (nothing chosen), so focus goes back to the list.
    else if (wasAsking.current) (removeButton.current?.disabled ? select : removeButton).current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function remove() {
    if (!pcn) return;
    setBusy(true);
    const result = await api.removePortfolioPcn({ id: pcn.id });
    setBusy(false);
    setAsking(false);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.message });
      return;
    }
    setChosen('');
    setMessage({
      ok: true,
      text: `Removed ${pcn.pcnName} (${pcn.fileName}) from this view. The file itself is unchanged: import it again to bring it back.`,
    });
    await onRemoved();
  }

  return (
    <details className="nhsuk-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Remove a PCN’s plan from this view</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          For a file imported by mistake. Only this computer’s copy is removed; the file the PCN sent is not touched.
        </p>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={selectId}>
            PCN
          </label>
          <select
            ref={select}
            className="nhsuk-select"
            id={selectId}
            value={chosen}
            onChange={(e) => {
              setChosen(e.target.value);
              setAsking(false);
              setMessage(null);
            }}
          >
            <option value="">Choose a PCN</option>
            {pcns.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pcnName} ({p.fileName})
              </option>
            ))}
          </select>
        </div>
        {!asking && (
          <button
            ref={removeButton}
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={!pcn || busy}
            onClick={() => setAsking(true)}
          >
            Remove this PCN’s plan
          </button>
        )}
        {asking && pcn && (
          <fieldset className="nhsuk-fieldset app-confirm">
            <legend className="nhsuk-u-visually-hidden">Confirm removal</legend>
            <p ref={question} tabIndex={-1}>
              Remove {pcn.pcnName}’s plan, imported from {pcn.fileName}, from the ICB view? Its figures leave every view
              and export.
            </p>
            <div className="app-button-row">
              <button type="button" className="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={remove}>
                Yes, remove it
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                disabled={busy}
                onClick={() => setAsking(false)}
              >
                No, keep it
              </button>
            </div>
          </fieldset>
        )}
        <OutcomeMessage message={message} />
      </div>
    </details>
  );
}

export function Portfolio() {
  const [data, setData] = useState<PortfolioData | null>(null);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [report, setReport] = useState<PortfolioImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState<PortfolioFilter>({ icbCode: null, subIcbCode: null });
  const [tab, setTab] = useState<Tab>('heat-map');
  const icbId = useId();
  const subId = useId();

  async function load() {
    const result = await api.getPortfolio();
    if (result.ok) setData(result.value);
    else setError({ title: 'The ICB view could not be read', message: result.error.message });
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once when the screen opens.
  useEffect(() => {
    void load();
  }, []);

  async function importFrom(source: 'files' | 'folder') {
    setBusy(true);
    setError(null);
    const result = await api.importPortfolio({ source });
    setBusy(false);
    if (!result.ok) setError({ title: 'Nothing was imported', message: result.error.message });
    else if (result.value) {
      setReport(result.value);
      await load();
    }
  }

  const options = useMemo(() => (data ? filterOptions(data) : []), [data]);
  const view = useMemo(() => (data ? portfolioView(data, filter) : null), [data, filter]);
  const subIcbs = options.find((o) => o.icb.code === filter.icbCode)?.subIcbs ?? [];

  return (
    <>
      <button type="button" className="app-link-button app-back" onClick={() => useApp.getState().go({ name: 'home' })}>
        Back to your assessments
      </button>
      <h1 className="nhsuk-heading-l">PCNs’ plans in one place</h1>
      <p>
        For ICB teams: import the assessment files your PCNs sent (a folder, or many files at once) to see readiness
        across them. They are kept apart from your own assessments, on this computer only.
      </p>
      <div className="app-button-row">
        <button type="button" className="nhsuk-button" disabled={busy} onClick={() => importFrom('folder')}>
          Import a folder of assessment files
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => importFrom('files')}
        >
          Import assessment files
        </button>
      </div>
      {busy && <p role="status">Reading the files…</p>}
      {error && (
        <ErrorSummary title={error.title}>
          <p>{error.message}</p>
        </ErrorSummary>
      )}
      {report && <ImportReport report={report} />}
      {data && data.pcns.length === 0 && (
        <div className="app-empty-state">
          <h2 className="nhsuk-heading-m">No PCNs’ plans yet</h2>
          <p className="nhsuk-u-margin-bottom-0">
            Each PCN saves its assessment file from the Share step of its own copy of Neighbourhood Ready. Put the files
            you receive in one folder and import it here.
          </p>
        </div>
      )}
      {view && data && data.pcns.length > 0 && (
        <>
          <div className="app-filters">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={icbId}>
                ICB
              </label>
              <select
                className="nhsuk-select"
                id={icbId}
                value={filter.icbCode ?? ''}
                onChange={(e) => setFilter({ icbCode: e.target.value || null, subIcbCode: null })}
              >
                <option value="">All ICBs</option>
                {options.map((o) => (
                  <option key={o.icb.code} value={o.icb.code}>
                    {o.icb.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={subId}>
                Sub-ICB location
              </label>
              <select
                className="nhsuk-select"
                id={subId}
                value={filter.subIcbCode ?? ''}
                disabled={subIcbs.length === 0}
                onChange={(e) => setFilter({ ...filter, subIcbCode: e.target.value || null })}
              >
                <option value="">{filter.icbCode ? 'All sub-ICB locations' : 'Choose an ICB first'}</option>
                {subIcbs.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <section aria-labelledby="portfolio-summary" className="app-portfolio-summary">
            <h2 className="nhsuk-heading-m" id="portfolio-summary">
              {view.scope}
            </h2>
            <dl className="app-key-figures">
              <div>
                <dt>PCNs that sent a plan</dt>
                <dd>
                  {number(view.counts.sent)}
                  {view.counts.inDirectory !== null && <span> of {number(view.counts.inDirectory)}</span>}
                </dd>
              </div>
              <div>
                <dt>Complete plans</dt>
                <dd>{number(view.counts.complete)}</dd>
              </div>
              <div>
                <dt>Drafts</dt>
                <dd>{number(view.counts.drafts)}</dd>
              </div>
              <div>
                <dt>Median overall readiness</dt>
                <dd>{scoreText(view.overallSpread.median, levelLabel(view.overallSpread.median))}</dd>
              </div>
            </dl>
            <p className="nhsuk-u-margin-bottom-2">{populationSentence(view)}</p>
            {view.counts.notInDirectory > 0 && (
              <p className="nhsuk-body-s">
                {number(view.counts.notInDirectory)} PCNs are not in the NHS directory (no PCN code, or a code it does
                not list{data.directoryExtractDate ? '' : '; no directory has been imported'}), so they are not placed
                in an ICB or sub-ICB.
              </p>
            )}
          </section>
          <nav className="app-tabs" aria-label="Portfolio views">
            <ul>
              {TABS.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    className="app-tabs__tab"
                    aria-current={tab === t.id ? 'page' : undefined}
                    onClick={() => setTab(t.id)}
                  >
                    {t.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="portfolio-view-heading">
            <h2 className="nhsuk-heading-m" id="portfolio-view-heading">
              {TABS.find((t) => t.id === tab)?.label}
            </h2>
            {/* A new filter starts the long tables at their first page. */}
            {tab === 'heat-map' && <HeatMap key={`${filter.icbCode}|${filter.subIcbCode}`} view={view} />}
            {tab === 'spread' && <SpreadView view={view} />}
            {tab === 'ranking' && <RankingView view={view} />}
            {tab === 'gaps' && <GapsView view={view} />}
            {tab === 'actions' && <ActionsView view={view} />}
            {tab === 'population' && <PopulationView view={view} />}
          </section>
          <Exports view={view} />
          <RemovePcn view={view} onRemoved={load} />
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">How these figures are worked out</span>
            </summary>
            <div className="nhsuk-details__text">
              {PORTFOLIO_METHOD.map((s) => (
                <div key={s.heading}>
                  <h3 className="nhsuk-heading-s">{s.heading}</h3>
                  {s.paragraphs.map((p) => (
                    <p key={p}>{p}</p>
                  ))}
                </div>
              ))}
              <h3 className="nhsuk-heading-s">Readiness for the neighbourhood-provider routes</h3>
              <p>{ROUTES_RULE}</p>
            </div>
          </details>
        </>
      )}
    </>
  );
}
