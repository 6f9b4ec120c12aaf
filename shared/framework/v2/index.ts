/**
 * Framework content, version 2026.2: the eight readiness areas with a question's own five
 * anchored levels, the national expectations each question serves, the mapping from 2026.1
 * questions for reassessment (carriesAnswerFrom) and the suggested actions, step by step.
 * One file per area; this file only assembles them and writes the release note.
 */
import { POLICY_SOURCES } from '../national';
import type { Area, Framework, SuggestedAction } from '../types';
import { governance } from './governance';
import { healthCentre } from './health-centre';
import { itData } from './it-data';
import { leadership } from './leadership';
import { populationHealth } from './population-health';
import { relationships } from './relationships';
import { teams } from './teams';
import { voice } from './voice';

const AREAS: { area: Area; actions: SuggestedAction[] }[] = [
  leadership,
  relationships,
  governance,
  teams,
  populationHealth,
  itData,
  healthCentre,
  voice,
];

/**
 * "10 Year Health Plan for England (Department of Health and Social Care, 3 July 2025); …". The
 * release note ends "Sources: " and this list; the About screen shows it one source a line.
 */
export function sourcesSentence(): string {
  return POLICY_SOURCES.map((s) => `${s.title} (${s.publisher}, ${s.published})`).join('; ');
}

export const frameworkV2: Framework = {
  version: '2026.2',
  title: 'Neighbourhood readiness framework',
  releaseNote:
    'Second release, current to NHS policy as of December 2026. Every question now has its own five levels, 0 to 4, ' +
    'each one thing a board could show evidence for; questions that were yes or no are now stages. Each question ' +
    'is linked to the national expectations it serves. New since 2026.1: the routes to holding a neighbourhood ' +
    'contract and a due-diligence check, lining the PCN footprint up with the neighbourhood, the community trust ' +
    'alongside the acute trust, integrated neighbourhood teams as a core PCN function, the neighbourhood health plan ' +
    'owned by the health and wellbeing board, and the health centre as catchment, pipeline or estates route. ' +
    'Suggested actions are tied to the step they move and speak of shaping and designing services, never of ' +
    "choosing who holds a contract. Reassessing a 2026.1 assessment shows last time's answer beside each question " +
    `that asks the same thing; the rest are new. Sources: ${sourcesSentence()}.`,
  areas: AREAS.map((a) => a.area),
  suggestions: AREAS.flatMap((a) => a.actions),
};
