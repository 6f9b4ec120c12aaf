/**
 * The first step of an assessment: which PCN it is for. Pick the PCN from the imported NHS
 * England directory (which fills in its code, ICB, population and practices) or type the details;
 * everything stays editable. Each field saves when the user leaves it. A field that is not valid
 * shows why, keeps what was typed and is not saved until fixed; the rest of the profile still saves.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { OGL_ATTRIBUTION } from '../../../shared/directory/types';
import type { DirectoryStatus, PcnMatch } from '../../../shared/directory-api';
import type { PcnProfile } from '../../../shared/domain';
import { getFramework } from '../../../shared/framework';
import { api } from '../api';
import { DirectoryImport } from '../components/DirectoryImport';
import { ErrorSummary } from '../components/ErrorSummary';
import { PcnSearch } from '../components/PcnSearch';
import { inputId, PracticesEditor } from '../components/PracticesEditor';
import { TextField } from '../components/TextField';
import {
  checkDraft,
  checkPcnCode,
  checkPracticeCode,
  draftFromProfile,
  type FieldKey,
  formatCount,
  formatMonthYearLong,
  type PracticeField,
  type ProfileDraft,
  practiceKey,
  sameProfile,
  tidyCode,
  tidyCount,
} from '../profile-form';
import { useApp } from '../store';

const FIELD_IDS: Record<'pcnName' | 'pcnCode' | 'icb' | 'population', string> = {
  pcnName: 'profile-pcn-name',
  pcnCode: 'profile-pcn-code',
  icb: 'profile-icb',
  population: 'profile-population',
};

function fieldId(key: FieldKey): string {
  const m = /^practice:(.+):(code|name|listSize)$/.exec(key);
  if (m) return inputId(m[1] ?? '', m[2] as PracticeField);
  return FIELD_IDS[key as keyof typeof FIELD_IDS];
}

function fieldLabel(key: FieldKey, draft: ProfileDraft): string {
  const m = /^practice:(.+):(code|name|listSize)$/.exec(key);
  if (!m) {
    return { pcnName: 'PCN name', pcnCode: 'PCN code', icb: 'ICB', population: 'Registered population' }[
      key as keyof typeof FIELD_IDS
    ];
  }
  const index = draft.practices.findIndex((p) => p.id === m[1]);
  const what = { code: 'code', name: 'name', listSize: 'list size' }[m[2] as PracticeField];
  return `Practice ${index + 1} ${what}`;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Where the profile came from NHS England data: when, and the licence it is used under. */
function DirectorySource({ extractDate }: { extractDate: string }) {
  return (
    <div className="nhsuk-inset-text app-directory-source">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Filled in from NHS England data from {formatMonthYearLong(extractDate)}. Check the details and change anything
        that is out of date.
      </p>
      <p className="nhsuk-body-s app-attribution">{OGL_ATTRIBUTION}</p>
    </div>
  );
}

function ListSizeTotal({ profile }: { profile: PcnProfile }) {
  const sizes = profile.practices.map((p) => p.listSize).filter((n): n is number => n !== null);
  if (sizes.length === 0) return null;
  const total = sizes.reduce((a, b) => a + b, 0);
  const partial = sizes.length < profile.practices.length;
  return (
    <div className="app-list-total">
      <p className="nhsuk-u-margin-bottom-2">
        <strong>Total of list sizes: {formatCount(total)} patients</strong>
        {partial && ` (${sizes.length} of ${profile.practices.length} practices have a list size)`}
      </p>
      {profile.population !== null && (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          {total === profile.population
            ? `This matches the PCN’s registered population of ${formatCount(profile.population)}.`
            : `The PCN’s registered population is ${formatCount(profile.population)}, ` +
              `${formatCount(Math.abs(profile.population - total))} ${profile.population > total ? 'more' : 'fewer'} ` +
              'than the list sizes add up to. This is for information: the figures can come from different months, ' +
              'and practices open, merge and close.'}
        </p>
      )}
    </div>
  );
}

export function Profile() {
  const id = useApp((s) => s.current?.id);
  // A fresh form for each assessment, so nothing typed for one shows on another.
  return id ? <ProfileForm key={id} /> : null;
}

function ProfileForm() {
  const current = useApp((s) => s.current);
  const patchCurrent = useApp((s) => s.patchCurrent);
  const runSave = useApp((s) => s.runSave);
  const goToSection = useApp((s) => s.goToSection);
  const headingId = useId();

  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(current?.profile ?? blankProfile()));
  /** Problems found when the user left a field, shown until the field is valid again. */
  const [shown, setShown] = useState<Set<FieldKey>>(() => new Set());
  const [directory, setDirectory] = useState<DirectoryStatus | null | undefined>(undefined);
  const [filled, setFilled] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  /** How many PCNs have been chosen from the directory on this visit. */
  const [chosen, setChosen] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void api.directoryStatus().then((r) => {
      if (live) setDirectory(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, []);

  const onFocused = useCallback(() => setFocusId(null), []);

  if (!current) return null;
  const assessmentId = current.id;
  const saved = current.profile;
  const checked = checkDraft(draft, saved);
  const errors = new Map([...checked.errors].filter(([key]) => shown.has(key)));
  const firstArea = getFramework(current.frameworkVersion)?.areas[0];

  /** Saves what is valid in `next`, if anything changed; shows problems in the fields just left. */
  function commit(next: ProfileDraft, touched: FieldKey[]) {
    const { profile, errors: problems } = checkDraft(next, useApp.getState().current?.profile ?? saved);
    setShown((before) => {
      const after = new Set([...before].filter((k) => problems.has(k)));
      for (const k of touched) if (problems.has(k)) after.add(k);
      return after;
    });
    const latest = useApp.getState().current;
    if (!latest || latest.id !== assessmentId || sameProfile(profile, latest.profile)) return;
    saveProfile(profile);
  }

  /** Shows `profile` at once and queues its save; the save sends the profile on screen when its turn comes. */
  function saveProfile(profile: PcnProfile) {
    patchCurrent((a) => ({ ...a, profile }));
    void runSave(() => {
      const now = useApp.getState().current;
      const toSave = now && now.id === assessmentId ? now.profile : profile;
      return api.updateProfile({ id: assessmentId, profile: toSave });
    });
  }

  function setField(key: 'pcnName' | 'pcnCode' | 'icb' | 'population', value: string) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function leaveField(key: 'pcnName' | 'pcnCode' | 'icb' | 'population') {
    let next = draft;
    if (key === 'population') next = { ...draft, population: tidyCount(draft.population) };
    if (key === 'pcnCode') next = { ...draft, pcnCode: tidyCode(draft.pcnCode, checkPcnCode) };
    if (next !== draft) setDraft(next);
    commit(next, [key]);
  }

  function setPracticeField(id: string, field: PracticeField, value: string) {
    setDraft((d) => ({ ...d, practices: d.practices.map((p) => (p.id === id ? { ...p, [field]: value } : p)) }));
  }

  function leavePracticeField(id: string, field: PracticeField) {
    const tidy = (p: ProfileDraft['practices'][number]) => {
      if (field === 'listSize') return { ...p, listSize: tidyCount(p.listSize) };
      if (field === 'code') return { ...p, code: tidyCode(p.code, checkPracticeCode) };
      return p;
    };
    const next = { ...draft, practices: draft.practices.map((p) => (p.id === id ? tidy(p) : p)) };
    setDraft(next);
    const row = next.practices.find((p) => p.id === id);
    const blankNewRow =
      row &&
      !saved.practices.some((p) => p.id === id) &&
      row.code.trim() + row.name.trim() + row.listSize.trim() === '';
    // Tabbing through a row just added is not a mistake: ask for a name only once something is typed.
    commit(next, blankNewRow ? [] : [practiceKey(id, field)]);
  }

  function addPractice() {
    const id = newId();
    setDraft((d) => ({ ...d, practices: [...d.practices, { id, code: '', name: '', listSize: '' }] }));
    setFocusId(id);
  }

  function removePractice(id: string) {
    const next = { ...draft, practices: draft.practices.filter((p) => p.id !== id) };
    setDraft(next);
    commit(next, []);
  }

  async function choosePcn(match: PcnMatch) {
    setChooseError(null);
    setFilled(null);
    const result = await api.getDirectoryPcn({ code: match.code });
    if (!result.ok) {
      setChooseError(result.error.message);
      return;
    }
    const d = result.value;
    const profile: PcnProfile = {
      pcnName: d.name,
      pcnCode: d.code,
      icb: d.icbs.join(' and '),
      population: d.population,
      practices: d.practices.map((p) => ({ id: newId(), code: p.code, name: p.name, listSize: p.listSize })),
      directoryExtractDate: d.extractDate || null,
    };
    saveProfile(profile);
    setDraft(draftFromProfile(profile));
    setShown(new Set());
    setChosen((n) => n + 1);
    setFilled(`${d.name} (${d.code}) is filled in below from the NHS directory. You can change any of the details.`);
  }

  function goOn() {
    if (checked.errors.size > 0) {
      // Show every problem, then take the user to the list of them.
      setShown(new Set(checked.errors.keys()));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (firstArea) goToSection({ kind: 'area', areaId: firstArea.id });
  }

  return (
    <>
      <h1 className="nhsuk-heading-l">Your PCN</h1>
      <p className="app-intro">
        Tell us which Primary Care Network this assessment is for. Pick it from the NHS England directory, or type the
        details yourself. Changes are saved as you go, and you can come back to them at any time.
      </p>

      {errors.size > 0 && (
        <ErrorSummary
          ref={summaryRef}
          id={`${headingId}-errors`}
          title="There is a problem"
          problems={[...errors].map(([key, message]) => ({
            fieldId: fieldId(key),
            message: `${fieldLabel(key, draft)}: ${message}`,
          }))}
        >
          <p>These details are not saved until they are fixed. Everything else is saved.</p>
        </ErrorSummary>
      )}

      <section className="app-profile-section" aria-labelledby={`${headingId}-find`}>
        <h2 className="nhsuk-heading-m" id={`${headingId}-find`}>
          Find your PCN in the NHS directory
        </h2>
        {directory === undefined ? (
          <p className="nhsuk-body-s">Checking for an imported NHS directory…</p>
        ) : (
          <DirectoryImport status={directory} onImported={setDirectory} outcomeKey={chosen}>
            {directory && (
              <>
                <PcnSearch onChoose={choosePcn} />
                {chooseError && (
                  <p className="nhsuk-error-message" role="alert">
                    <span className="nhsuk-u-visually-hidden">Error:</span> {chooseError}
                  </p>
                )}
                <div className="app-filled" role="status">
                  {filled && <p className="app-filled__message">{filled}</p>}
                </div>
                <p className="nhsuk-body-s app-directory-note">
                  NHS England data from {formatMonthYearLong(directory.extractDate)}: {formatCount(directory.pcnCount)}{' '}
                  PCNs, {formatCount(directory.practiceCount)} practices.
                  {!saved.directoryExtractDate && <> {OGL_ATTRIBUTION}</>}
                </p>
              </>
            )}
          </DirectoryImport>
        )}
      </section>

      <section className="app-profile-section" aria-labelledby={`${headingId}-details`}>
        <h2 className="nhsuk-heading-m" id={`${headingId}-details`}>
          PCN details
        </h2>
        {saved.directoryExtractDate && <DirectorySource extractDate={saved.directoryExtractDate} />}
        <TextField
          id={FIELD_IDS.pcnName}
          name="pcnName"
          label="PCN name"
          value={draft.pcnName}
          error={errors.get('pcnName')}
          inputClassName="nhsuk-u-width-two-thirds"
          autoComplete="organization"
          onChange={(v) => setField('pcnName', v)}
          onBlur={() => leaveField('pcnName')}
        />
        <TextField
          id={FIELD_IDS.pcnCode}
          name="pcnCode"
          label="PCN code (optional)"
          hint="U followed by five digits, for example U41591"
          value={draft.pcnCode}
          error={errors.get('pcnCode')}
          inputClassName="nhsuk-input--width-10"
          spellCheck={false}
          onChange={(v) => setField('pcnCode', v)}
          onBlur={() => leaveField('pcnCode')}
        />
        <TextField
          id={FIELD_IDS.icb}
          name="icb"
          label="Integrated care board (ICB) (optional)"
          hint="If your PCN’s practices are in more than one ICB, name them all"
          value={draft.icb}
          error={errors.get('icb')}
          inputClassName="nhsuk-u-width-full"
          onChange={(v) => setField('icb', v)}
          onBlur={() => leaveField('icb')}
        />
        <TextField
          id={FIELD_IDS.population}
          name="population"
          label="Registered population (optional)"
          hint="Patients registered with the PCN’s practices, for example 45,000"
          value={draft.population}
          error={errors.get('population')}
          inputClassName="nhsuk-input--width-10"
          inputMode="numeric"
          spellCheck={false}
          onChange={(v) => setField('population', v)}
          onBlur={() => leaveField('population')}
        />
      </section>

      <section className="app-profile-section" aria-labelledby={`${headingId}-practices`}>
        <h2 className="nhsuk-heading-m" id={`${headingId}-practices`}>
          Member practices
        </h2>
        <p className="nhsuk-hint">
          Codes are a letter followed by five digits, for example A81001. A practice you add is saved once it has a
          name.
        </p>
        <PracticesEditor
          practices={draft.practices}
          errors={errors}
          onChange={setPracticeField}
          onBlur={leavePracticeField}
          onAdd={addPractice}
          onRemove={removePractice}
          focusId={focusId}
          onFocused={onFocused}
        />
        <ListSizeTotal profile={saved} />
      </section>

      {firstArea && (
        <button type="button" className="nhsuk-button app-continue" onClick={goOn}>
          Continue to {firstArea.title}
        </button>
      )}
    </>
  );
}

function blankProfile(): PcnProfile {
  return { pcnName: '', pcnCode: null, icb: '', population: null, practices: [], directoryExtractDate: null };
}
