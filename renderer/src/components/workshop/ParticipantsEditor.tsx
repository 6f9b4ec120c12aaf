/**
 * Who is taking part: name or alias, organisation (a member practice, the PCN or a partner) and
 * role, one row each. From here the facilitator also makes the session anonymous, saves each
 * person's response pack for scoring before the day, and imports the response files that come back.
 *
 * In an anonymous session names are hidden on this screen too, unless the facilitator shows them
 * for a moment (to know whose pack is whose); everywhere else people are "Participant 1", "2"…
 */
import { memo, useId, useState } from 'react';
import type { Participant } from '../../../../shared/domain';
import type { ResponseImportResult } from '../../../../shared/export/response-files';
import {
  newParticipant,
  patchParticipant,
  removeParticipant,
  saveParticipant,
  setAnonymous,
  showImported,
} from '../../actions/workshop';
import { api } from '../../api';
import { type OpenAssessment, useApp } from '../../store';
import { useDebouncedSave } from '../useDebouncedSave';

interface RowProps {
  assessmentId: string;
  participant: Participant;
  index: number;
  showName: boolean;
  organisationsListId: string;
  onPack(participant: Participant, label: string): void;
}

const ParticipantRow = memo(function ParticipantRow({
  assessmentId,
  participant,
  index,
  showName,
  organisationsListId,
  onPack,
}: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const saver = useDebouncedSave(() => void saveParticipant(assessmentId, participant.id));
  const label = `Participant ${index + 1}`;
  const who = showName && participant.name.trim() ? `${label}, ${participant.name.trim()}` : label;
  const id = `participant-${participant.id}`;

  function edit(change: Partial<Participant>) {
    patchParticipant({ ...participant, ...change });
    saver.schedule();
  }

  return (
    <tr className="nhsuk-table__row" data-participant-row={participant.id}>
      <th scope="row" className="nhsuk-table__header app-participants__number">
        {label}
      </th>
      <td className="nhsuk-table__cell">
        {showName ? (
          <>
            <label className="nhsuk-u-visually-hidden" htmlFor={`${id}-name`}>
              Name or alias of {label}
            </label>
            <input
              className="nhsuk-input"
              id={`${id}-name`}
              type="text"
              autoComplete="off"
              value={participant.name}
              onChange={(e) => edit({ name: e.target.value })}
              onBlur={saver.flush}
            />
          </>
        ) : (
          <span className="nhsuk-u-secondary-text-colour">Hidden</span>
        )}
      </td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`${id}-organisation`}>
          Organisation of {label}
        </label>
        <input
          className="nhsuk-input"
          id={`${id}-organisation`}
          type="text"
          autoComplete="off"
          list={organisationsListId}
          value={participant.organisation}
          onChange={(e) => edit({ organisation: e.target.value })}
          onBlur={saver.flush}
        />
      </td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`${id}-role`}>
          Role of {label}
        </label>
        <input
          className="nhsuk-input"
          id={`${id}-role`}
          type="text"
          autoComplete="off"
          value={participant.role}
          onChange={(e) => edit({ role: e.target.value })}
          onBlur={saver.flush}
        />
      </td>
      <td className="nhsuk-table__cell app-row-actions">
        {confirming ? (
          <>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">Remove {who} and every score they gave?</p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
              onClick={() => {
                saver.flush();
                removeParticipant(assessmentId, participant.id);
              }}
            >
              Yes, remove<span className="nhsuk-u-visually-hidden"> {who}</span>
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                saver.flush();
                onPack(participant, who);
              }}
            >
              Save response pack<span className="nhsuk-u-visually-hidden"> for {who}</span>
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => setConfirming(true)}
            >
              Remove<span className="nhsuk-u-visually-hidden"> {who}</span>
            </button>
          </>
        )}
      </td>
    </tr>
  );
});

function outcomeWords(r: ResponseImportResult): string {
  if (r.outcome === 'refused') return `${r.fileName}: not imported. ${r.message}`;
  const what = `${r.answers} ${r.answers === 1 ? 'answer' : 'answers'}`;
  const verb = r.outcome === 'updated' ? 'updated (their earlier answers were replaced)' : 'imported';
  return `${r.fileName}: ${r.participant}, ${what} ${verb}.${r.message ? ` ${r.message}` : ''}`;
}

export function ParticipantsEditor({ assessment }: { assessment: OpenAssessment }) {
  const runSave = useApp((s) => s.runSave);
  const [revealNames, setRevealNames] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [imported, setImported] = useState<ResponseImportResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const anonymous = assessment.workshop.anonymous;
  const showName = !anonymous || revealNames;

  const organisations = [
    assessment.profile.pcnName,
    ...assessment.profile.practices.map((p) => p.name),
    ...assessment.partners.map((p) => p.name).filter((n) => n.trim() !== ''),
  ];

  async function add() {
    const participant = newParticipant();
    patchParticipant(participant);
    await saveParticipant(assessment.id, participant.id);
    requestAnimationFrame(() => {
      const row = document.querySelector(`[data-participant-row="${participant.id}"]`);
      row?.querySelector<HTMLInputElement>('input')?.focus();
    });
  }

  async function savePack(participant: Participant, who: string) {
    setError(null);
    setNotice(null);
    await runSave(
      () => api.exportResponsePack({ assessmentId: assessment.id, participantId: participant.id }),
      (saved) => {
        if (saved) setNotice(`Saved ${saved.fileName}: the response pack for ${who}.`);
      },
    );
  }

  async function importFiles() {
    setError(null);
    setNotice(null);
    const result = await api.importResponseFiles({ assessmentId: assessment.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value) return;
    showImported(assessment.id, result.value.participants, result.value.workshop);
    setImported(result.value.results);
  }

  return (
    <section className="app-workshop-section" aria-labelledby="workshop-people">
      <h2 className="nhsuk-heading-m" id="workshop-people">
        Who is taking part
      </h2>
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id="workshop-anonymous"
            type="checkbox"
            checked={anonymous}
            aria-describedby="workshop-anonymous-hint"
            onChange={(e) => {
              setRevealNames(false);
              setAnonymous(assessment.id, e.target.checked);
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="workshop-anonymous">
            Anonymous session
          </label>
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id="workshop-anonymous-hint">
            No names on screen or in any export: people are shown as Participant 1, Participant 2 and so on.
          </div>
        </div>
      </div>

      {assessment.participants.length === 0 ? (
        <p>No one added yet. Add each person who will score, including partners from other organisations.</p>
      ) : (
        <div className="app-table-scroll">
          <table className="nhsuk-table app-participants">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Participants ({assessment.participants.length})
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  <span className="nhsuk-u-visually-hidden">Participant</span>
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Name or alias
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Organisation
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Role
                </th>
                <th scope="col" className="nhsuk-table__header">
                  <span className="nhsuk-u-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {assessment.participants.map((participant, index) => (
                <ParticipantRow
                  key={participant.id}
                  assessmentId={assessment.id}
                  participant={participant}
                  index={index}
                  showName={showName}
                  organisationsListId={listId}
                  onPack={savePack}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <datalist id={listId}>
        {[...new Set(organisations)].map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>

      <div className="app-workshop-actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={add}>
          Add a participant
        </button>
        {anonymous && assessment.participants.length > 0 && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            aria-pressed={revealNames}
            onClick={() => setRevealNames((v) => !v)}
          >
            {revealNames ? 'Hide names' : 'Show names to me'}
          </button>
        )}
      </div>

      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Scoring before the workshop, by file</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol>
            <li>Save a response pack for each person (the button in their row) and send it to them.</li>
            <li>
              They open it in their own copy of Neighbourhood Ready (“Answer a response pack” on the home screen),
              answer the questions and save a response file.
            </li>
            <li>
              Import the response files here. Importing a newer file from the same person replaces their earlier
              answers. Their scores stay hidden until you reveal them.
            </li>
          </ol>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={importFiles}>
            Import response files
          </button>
        </div>
      </details>

      <div role="status" className="app-workshop-status">
        {notice && <p className="app-notice">{notice}</p>}
        {imported && (
          <div className="app-notice">
            <p className="nhsuk-u-margin-bottom-2">
              <strong>Response files:</strong>
            </p>
            <ul className="nhsuk-u-margin-bottom-0">
              {imported.map((r) => (
                <li key={`${r.fileName}-${r.participant}-${r.outcome}`}>{outcomeWords(r)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
