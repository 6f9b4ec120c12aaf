/**
 * Partner organisations for the external relationships area: one row per organisation, with a
 * named contact and the strength of the relationship on the same 0 to 4 scale. A new assessment
 * starts with one empty row per standard kind of partner; a row is saved on its first edit.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import { PARTNER_KIND_NAMES, PARTNER_KINDS, type Partner, type PartnerKind } from '../../../shared/domain';
import type { Level } from '../../../shared/framework';
import { patchPartner, removePartner, savePartner } from '../actions/answers';
import { LevelRadios, levelLabel } from './LevelRadios';
import { useDebouncedSave } from './useDebouncedSave';

/** What 0 to 4 means for one relationship (the same scale as the area levels). */
export const STRENGTH_NAMES: Record<Level, string> = {
  0: 'No relationship yet',
  1: 'We know who to contact',
  2: 'We meet regularly',
  3: 'We work to shared priorities',
  4: 'Invested partnership',
};

const STANDARD_KINDS = PARTNER_KINDS.filter((k) => k !== 'other');

function blankPartner(kind: PartnerKind): Partner {
  return { id: crypto.randomUUID(), kind, name: '', contact: '', strength: null, notes: '' };
}

function partnerTitle(p: Partner): string {
  return p.name.trim() ? `${p.name.trim()} (${PARTNER_KIND_NAMES[p.kind]})` : PARTNER_KIND_NAMES[p.kind];
}

/** The same organisation last time: by name, or by kind when there was only one of that kind. */
function matchPrevious(p: Partner, previous: Partner[]): Partner | undefined {
  const name = p.name.trim().toLowerCase();
  const byName = name ? previous.find((q) => q.name.trim().toLowerCase() === name) : undefined;
  if (byName) return byName;
  const sameKind = previous.filter((q) => q.kind === p.kind);
  return sameKind.length === 1 ? sameKind[0] : undefined;
}

interface RowProps {
  assessmentId: string;
  partner: Partner;
  index: number;
  /** The same organisation in the last assessment, and that assessment's date. */
  lastTime: Partner | undefined;
  lastDate: string | null;
  onRemoved(partnerId: string): void;
}

/** Memoised: typing in one row re-renders only that row. */
const PartnerRow = memo(function PartnerRow({ assessmentId, partner, index, lastTime, lastDate, onRemoved }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const saver = useDebouncedSave(() => savePartner(assessmentId, partner.id));
  const id = `partner-${partner.id}`;
  const title = partnerTitle(partner);

  function edit(change: Partial<Partner>, immediate: boolean) {
    patchPartner({ ...partner, ...change });
    if (immediate) saver.now();
    else saver.schedule();
  }

  function remove() {
    saver.flush();
    removePartner(assessmentId, partner.id);
    onRemoved(partner.id);
  }

  return (
    <section className="nhsuk-card app-partner" aria-labelledby={`${id}-heading`} data-partner-row={partner.id}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-heading-s app-partner__heading" id={`${id}-heading`}>
          <span className="nhsuk-caption-m app-partner__number">Organisation {index + 1}</span>
          {title}
        </h3>
        {lastTime && (
          <p className="app-last-time">
            <strong>Last time{lastDate ? ` (${formatDateLong(lastDate)})` : ''}:</strong>{' '}
            {lastTime.strength === null ? 'not rated' : levelLabel(lastTime.strength, STRENGTH_NAMES)}
          </p>
        )}
        <div className="app-partner__grid">
          <div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-kind`}>
                Type of organisation
              </label>
              <select
                className="nhsuk-select app-partner__select"
                id={`${id}-kind`}
                value={partner.kind}
                onChange={(e) => edit({ kind: e.target.value as PartnerKind }, true)}
              >
                {PARTNER_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {PARTNER_KIND_NAMES[kind]}
                  </option>
                ))}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-name`}>
                Organisation name
              </label>
              <input
                className="nhsuk-input"
                id={`${id}-name`}
                type="text"
                autoComplete="off"
                value={partner.name}
                onChange={(e) => edit({ name: e.target.value }, false)}
                onBlur={saver.flush}
              />
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-contact`}>
                Named contact
              </label>
              <input
                className="nhsuk-input"
                id={`${id}-contact`}
                type="text"
                autoComplete="off"
                value={partner.contact}
                onChange={(e) => edit({ contact: e.target.value }, false)}
                onBlur={saver.flush}
              />
            </div>
          </div>
          <div className="nhsuk-form-group">
            <LevelRadios
              idPrefix={`${id}-strength`}
              name={`${id}-strength`}
              kind="strength"
              legend={
                <>
                  Strength of relationship
                  <span className="nhsuk-u-visually-hidden"> with {title}</span>
                </>
              }
              legendClassName="nhsuk-label"
              names={STRENGTH_NAMES}
              value={partner.strength}
              onChange={(strength) => edit({ strength }, true)}
              small
            />
          </div>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-notes`}>
            Notes (optional)<span className="nhsuk-u-visually-hidden"> about {title}</span>
          </label>
          <textarea
            className="nhsuk-textarea"
            id={`${id}-notes`}
            rows={2}
            value={partner.notes}
            onChange={(e) => edit({ notes: e.target.value }, false)}
            onBlur={saver.flush}
          />
        </div>
        <div className="app-partner__remove">
          {/* One button that becomes "Confirm remove", so focus stays on it. */}
          {confirming && (
            <p className="app-note" id={`${id}-remove-note`}>
              Remove {title} from this assessment?
            </p>
          )}
          <button
            type="button"
            ref={removeButton}
            className={`nhsuk-button nhsuk-button--small ${confirming ? 'nhsuk-button--warning' : 'nhsuk-button--secondary'}`}
            aria-describedby={confirming ? `${id}-remove-note` : undefined}
            onClick={confirming ? remove : () => setConfirming(true)}
          >
            {confirming ? 'Confirm remove' : 'Remove'}
            <span className="nhsuk-u-visually-hidden"> {title}</span>
          </button>
          {confirming && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                setConfirming(false);
                removeButton.current?.focus();
              }}
            >
              Keep it
            </button>
          )}
        </div>
      </div>
    </section>
  );
});

interface Props {
  assessmentId: string;
  partners: Partner[];
  previous: { date: string; partners: Partner[] } | null;
}

export function PartnersEditor({ assessmentId, partners, previous }: Props) {
  // Rows keep their place on screen; rows not yet edited (drafts) exist only here until then.
  const [rows, setRows] = useState<{ order: string[]; drafts: Record<string, Partner> }>(() => {
    if (partners.length > 0) return { order: partners.map((p) => p.id), drafts: {} };
    const drafts = STANDARD_KINDS.map(blankPartner);
    return { order: drafts.map((d) => d.id), drafts: Object.fromEntries(drafts.map((d) => [d.id, d])) };
  });
  const focusNext = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const saved = new Map(partners.map((p) => [p.id, p]));
  const ids = [...rows.order, ...partners.map((p) => p.id).filter((pid) => !rows.order.includes(pid))];
  const shown = ids.map((pid) => saved.get(pid) ?? rows.drafts[pid]).filter((p): p is Partner => p !== undefined);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const element = target === 'add' ? addButton.current : document.getElementById(`partner-${target}-kind`);
    element?.focus();
  });

  function add() {
    const draft = blankPartner('other');
    focusNext.current = draft.id;
    setRows((r) => ({ order: [...r.order, draft.id], drafts: { ...r.drafts, [draft.id]: draft } }));
  }

  const lastTimes = shown.map((p) => (previous ? matchPrevious(p, previous.partners) : undefined));
  const unmatched = previous ? previous.partners.filter((q) => !lastTimes.includes(q)) : [];

  const shownIds = useRef<string[]>([]);
  shownIds.current = shown.map((p) => p.id);
  const removed = useCallback((partnerId: string) => {
    const ids = shownIds.current;
    const index = ids.indexOf(partnerId);
    focusNext.current = ids[index + 1] ?? ids[index - 1] ?? 'add';
    setRows((r) => {
      const { [partnerId]: _gone, ...drafts } = r.drafts;
      return { order: r.order.filter((x) => x !== partnerId), drafts };
    });
  }, []);

  return (
    <section className="app-partners" aria-labelledby="partners-heading">
      <h2 className="nhsuk-heading-m" id="partners-heading">
        Partner organisations
      </h2>
      <p>
        Record each key partner on its own, so you can see which relationships are strong and which need work. Rate each
        relationship from 0 (no relationship yet) to 4 (an invested partnership), on the same scale as the levels. Leave
        a row blank if it does not apply.
      </p>
      {previous && unmatched.length > 0 && (
        <table className="nhsuk-table app-compact-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Recorded last time ({formatDateLong(previous.date)}), not listed now
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Organisation
              </th>
              <th scope="col" className="nhsuk-table__header">
                Strength of relationship
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {unmatched.map((p) => (
              <tr className="nhsuk-table__row" key={p.id}>
                <td className="nhsuk-table__cell">{partnerTitle(p)}</td>
                <td className="nhsuk-table__cell">
                  {p.strength === null ? 'Not rated' : levelLabel(p.strength, STRENGTH_NAMES)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length === 0 && <p className="app-note">No partner organisations recorded.</p>}
      {shown.map((partner, index) => (
        <PartnerRow
          key={partner.id}
          assessmentId={assessmentId}
          partner={partner}
          index={index}
          lastTime={lastTimes[index]}
          lastDate={previous?.date ?? null}
          onRemoved={removed}
        />
      ))}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" ref={addButton} onClick={add}>
        Add another organisation
      </button>
    </section>
  );
}
