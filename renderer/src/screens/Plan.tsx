/**
 * The six-month action plan: the gaps that still need an action, suggestions drafted from the
 * gaps, the PCN's actions and a timeline. Adding or changing an action opens a short form in
 * place of the plan; when it closes, focus goes back to the action (or to what opened it).
 */
import { useEffect, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { Action, ActionStatus } from '../../../shared/domain';
import { getFramework } from '../../../shared/framework';
import type { ProposedAction } from '../../../shared/plan';
import {
  acceptSuggestion,
  actionFromProposal,
  changeStatus,
  deferGap,
  removeAction,
  saveFromForm,
  setPlanCapacity,
  setSuggestionDismissed,
} from '../actions/plan';
import { ExportPanel } from '../components/ExportPanel';
import { ActionForm, type FormMode } from '../components/plan/ActionForm';
import { ActionList } from '../components/plan/ActionList';
import { GapsWithoutAction } from '../components/plan/GapsWithoutAction';
import { buildPlanModel, ids, monthWords } from '../components/plan/model';
import { PlanLoad } from '../components/plan/PlanLoad';
import { type Notice, Suggestions } from '../components/plan/Suggestions';
import { Timeline } from '../components/plan/Timeline';
import { useApp } from '../store';

interface FormState {
  mode: FormMode;
  initial: Action;
  proposal?: ProposedAction;
  /** Where focus goes if the user cancels. */
  returnFocus: string;
}

interface FocusRequest {
  id: string;
  fallback: string;
}

function blankAction(areaId: string, questionIds: string[]): Action {
  return {
    id: crypto.randomUUID(),
    areaId,
    questionIds,
    title: '',
    description: '',
    ownerName: '',
    ownerRole: '',
    startMonth: 1,
    dueDate: '',
    status: 'not-started',
    successMeasure: '',
    suggestionId: null,
  };
}

/** The item after `index` in a list that is about to lose it, else the one before. */
function neighbour<T>(list: T[], index: number): T | undefined {
  return list[index + 1] ?? list[index - 1];
}

export function Plan() {
  const current = useApp((s) => s.current);
  const goToSection = useApp((s) => s.goToSection);
  const [form, setForm] = useState<FormState | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [suggestionNotice, setSuggestionNotice] = useState<Notice | null>(null);
  const [actionNotice, setActionNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(focus.id) ?? document.getElementById(focus.fallback);
    element?.focus();
    setFocus(null);
  }, [focus]);

  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  if (!current || !framework) return null;
  const model = buildPlanModel(framework, current);
  if (!model) {
    return (
      <>
        <h1 className="nhsuk-heading-l">Six-month action plan</h1>
        <p className="nhsuk-body">
          This assessment has no valid plan start date, so its six months cannot be worked out. Set the assessment date
          again on the profile page to fix it.
        </p>
      </>
    );
  }
  const assessmentId = current.id;

  /** The list the proposal is shown in (the focused set or the others), to move focus within it. */
  function listOf(proposal: ProposedAction): ProposedAction[] {
    if (!model) return [];
    const inFocus = model.proposals.some((p) => p.suggestionId === proposal.suggestionId);
    return inFocus ? model.proposals : model.moreProposals;
  }

  function accept(proposal: ProposedAction) {
    const list = listOf(proposal);
    const next = neighbour(
      list,
      list.findIndex((p) => p.suggestionId === proposal.suggestionId),
    );
    const action = acceptSuggestion(assessmentId, proposal);
    setSuggestionNotice({
      text: `Accepted “${proposal.title}”. It is now in your actions, due ${formatDateLong(action.dueDate)}.`,
      actionId: action.id,
    });
    setFocus({
      id: next ? ids.suggestion(next.suggestionId) : ids.suggestionsHeading,
      fallback: ids.suggestionsHeading,
    });
  }

  function discard(proposal: ProposedAction) {
    const list = listOf(proposal);
    const next = neighbour(
      list,
      list.findIndex((p) => p.suggestionId === proposal.suggestionId),
    );
    setSuggestionDismissed(assessmentId, proposal.suggestionId, true);
    setSuggestionNotice({
      text: `Discarded “${proposal.title}”. You can bring it back from the discarded suggestions.`,
    });
    setFocus({
      id: next ? ids.suggestion(next.suggestionId) : ids.suggestionsHeading,
      fallback: ids.suggestionsHeading,
    });
  }

  function restore(proposal: ProposedAction) {
    setSuggestionDismissed(assessmentId, proposal.suggestionId, false);
    setSuggestionNotice({ text: `Brought back “${proposal.title}”.` });
    setFocus({ id: ids.suggestion(proposal.suggestionId), fallback: ids.suggestionsHeading });
  }

  function remove(action: Action) {
    const list = model?.orderedActions ?? [];
    const next = neighbour(
      list,
      list.findIndex((a) => a.id === action.id),
    );
    removeAction(assessmentId, action.id);
    setActionNotice({ text: `Removed “${action.title}” from the plan.` });
    setFocus({ id: next ? ids.action(next.id) : ids.actionsHeading, fallback: ids.actionsHeading });
  }

  function status(action: Action, value: ActionStatus) {
    changeStatus(assessmentId, action.id, value);
  }

  function openForm(state: FormState) {
    setSuggestionNotice(null);
    setActionNotice(null);
    setForm(state);
  }

  async function save(action: Action) {
    const result = await saveFromForm(assessmentId, action);
    if (result.ok && form) {
      setForm(null);
      const where = `${monthWords(model?.months ?? [], action.startMonth)}, due ${formatDateLong(action.dueDate)}`;
      setActionNotice({
        text:
          form.mode === 'edit'
            ? `Saved your changes to “${action.title}”.`
            : `Added “${action.title}” to the plan: ${where}.`,
      });
      setFocus({ id: ids.action(action.id), fallback: ids.actionsHeading });
    }
    return result;
  }

  function cancel() {
    if (!form) return;
    const fallback = form.mode === 'suggestion' ? ids.suggestionsHeading : ids.actionsHeading;
    setForm(null);
    setFocus({ id: form.returnFocus, fallback });
  }

  if (form) {
    return (
      <ActionForm
        key={form.initial.id}
        model={model}
        mode={form.mode}
        initial={form.initial}
        proposal={form.proposal}
        onSave={save}
        onCancel={cancel}
      />
    );
  }

  const owned = current.actions.filter((a) => a.ownerName.trim() !== '').length;
  const { coverage } = model.report;
  const editAction = (actionId: string) => {
    const action = current.actions.find((a) => a.id === actionId);
    if (action) openForm({ mode: 'edit', initial: action, returnFocus: ids.action(action.id) });
  };
  return (
    <div className="app-plan">
      <h1 className="nhsuk-heading-l nhsuk-u-margin-bottom-3">Six-month action plan</h1>
      <p className="app-plan-period">
        <span className="app-plan-period__label">Plan period</span> {formatDateLong(model.planStart)} to{' '}
        {formatDateLong(model.planEnd)}
      </p>
      <p className="nhsuk-body">
        The gaps between where the PCN is now and where it aims to be in six months become the plan. Every gap needs at
        least one action with a named owner and a due date inside these six months. Start with the suggestions, change
        them to fit, and add anything of your own. Then take the plan to the board to agree.
      </p>

      <ul className="app-plan-glance" aria-label="The plan at a glance">
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">{current.actions.length}</span>
          {current.actions.length === 1 ? 'action' : 'actions'} in the plan
        </li>
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">{owned}</span>
          with a named owner
        </li>
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">
            {coverage.covered} of {coverage.gaps}
          </span>
          {coverage.gaps === 1 ? 'gap' : 'gaps'} covered, {coverage.deferred} deferred
        </li>
        <li className={`app-plan-glance__item${coverage.open > 0 ? ' app-plan-glance__item--attention' : ''}`}>
          <span className="app-plan-glance__number">{coverage.open}</span>
          {coverage.open === 1 ? 'gap' : 'gaps'} open
        </li>
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">{model.proposals.length}</span>
          {model.proposals.length === 1 ? 'suggestion' : 'suggestions'} to review
        </li>
      </ul>

      <p className="nhsuk-body app-plan-coverage" role="status">
        <strong>{coverage.sentence}.</strong>
      </p>

      <GapsWithoutAction
        model={model}
        onAdd={(areaId, questionId, returnFocus) =>
          openForm({ mode: 'add', initial: blankAction(areaId, [questionId]), returnFocus })
        }
        onDefer={(questionId, reason, note) => {
          void deferGap(assessmentId, questionId, { reason, note });
          setFocus({ id: ids.gapsHeading, fallback: ids.gapsHeading });
        }}
        onUndefer={(questionId) => {
          void deferGap(assessmentId, questionId, null);
          setFocus({ id: ids.gapAdd(questionId), fallback: ids.gapsHeading });
        }}
      />

      <PlanLoad
        model={model}
        onCapacity={(capacity) => void setPlanCapacity(assessmentId, capacity)}
        onEditAction={editAction}
      />

      <Suggestions
        model={model}
        notice={suggestionNotice}
        onAccept={accept}
        onEdit={(proposal, returnFocus) =>
          openForm({
            mode: 'suggestion',
            initial: actionFromProposal(proposal, crypto.randomUUID()),
            proposal,
            returnFocus,
          })
        }
        onDiscard={discard}
        onRestore={restore}
        onGoToAction={(id) => setFocus({ id: ids.action(id), fallback: ids.actionsHeading })}
      />

      <ActionList
        model={model}
        notice={actionNotice}
        onAddOwn={(returnFocus) => openForm({ mode: 'add', initial: blankAction('', []), returnFocus })}
        onEdit={(action, returnFocus) => openForm({ mode: 'edit', initial: action, returnFocus })}
        onRemove={remove}
        onStatus={status}
      />

      <Timeline model={model} />
      <ExportPanel
        assessmentId={current.id}
        readiness={model.report.readiness}
        onFix={(item) => {
          if (item.actionId) editAction(item.actionId);
          else if (item.kind === 'open-gap' && item.questionId)
            setFocus({ id: ids.gapAdd(item.questionId), fallback: ids.gapsHeading });
          else goToSection({ kind: 'area', areaId: item.areaId, questionId: item.questionId ?? undefined });
        }}
      />
    </div>
  );
}
