/**
 * The national expectations a framework 2026.2 question can serve, and the dated public sources
 * they come from (policy as of December 2026). The app shows a question's links beside it and the
 * PDF's method page lists the sources; keep both in step with ../docs (product brief) when policy moves.
 */
import type { NationalLinkId } from './types';

export interface PolicySource {
  id: string;
  title: string;
  publisher: string;
  /** When it was published or took effect, in words as the source gives it (day where known). */
  published: string;
}

export const POLICY_SOURCES: readonly PolicySource[] = [
  {
    id: 'ten-year-plan',
    title: '10 Year Health Plan for England',
    publisher: 'Department of Health and Social Care',
    published: '3 July 2025',
  },
  {
    id: 'nh-guidelines',
    title: 'Neighbourhood health guidelines 2025/26',
    publisher: 'NHS England',
    published: '30 January 2025',
  },
  {
    id: 'nnhip',
    title: 'National Neighbourhood Health Implementation Programme (wave 1 from September 2025)',
    publisher: 'NHS England',
    published: 'September 2025',
  },
  {
    id: 'nhf',
    title: 'Neighbourhood Health Framework, April 2026 to March 2029',
    publisher: 'Department of Health and Social Care and NHS England',
    published: '17 March 2026',
  },
  { id: 'gp-contract', title: 'GP contract 2026/27', publisher: 'NHS England', published: '24 February 2026' },
  {
    id: 'nhc-guidance',
    title: 'Neighbourhood health centres: guidance and minimum specification',
    publisher: 'NHS England',
    published: 'April 2026',
  },
  {
    id: 'psr',
    title: 'Provider Selection Regime (in force since 1 January 2024)',
    publisher: 'Department of Health and Social Care',
    published: '1 January 2024',
  },
];

export type NationalLinkGroup =
  | 'Core components of neighbourhood health (guidelines 2025/26)'
  | 'Neighbourhood Health Framework (March 2026)'
  | 'GP contract 2026/27'
  | 'Neighbourhood health centres'
  | 'Provider Selection Regime'
  | 'Implementation programme selection themes';

export interface NationalLink {
  id: NationalLinkId;
  group: NationalLinkGroup;
  /** Short words shown beside a question. */
  title: string;
  sourceId: string;
}

export const NATIONAL_LINKS: Readonly<Record<NationalLinkId, NationalLink>> = {
  'core-phm': {
    id: 'core-phm',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Population health management',
    sourceId: 'nh-guidelines',
  },
  'core-modern-gp': {
    id: 'core-modern-gp',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Modern general practice',
    sourceId: 'nh-guidelines',
  },
  'core-community': {
    id: 'core-community',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Standardised community health services',
    sourceId: 'nh-guidelines',
  },
  'core-mdt': {
    id: 'core-mdt',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Neighbourhood multidisciplinary teams',
    sourceId: 'nh-guidelines',
  },
  'core-intermediate': {
    id: 'core-intermediate',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Integrated intermediate care',
    sourceId: 'nh-guidelines',
  },
  'core-ucr': {
    id: 'core-ucr',
    group: 'Core components of neighbourhood health (guidelines 2025/26)',
    title: 'Urgent community response',
    sourceId: 'nh-guidelines',
  },
  'nhf-contracting': {
    id: 'nhf-contracting',
    group: 'Neighbourhood Health Framework (March 2026)',
    title: 'Ready for a neighbourhood contracting model (single provider, multi provider or IHO)',
    sourceId: 'nhf',
  },
  'nhf-boundaries': {
    id: 'nhf-boundaries',
    group: 'Neighbourhood Health Framework (March 2026)',
    title: 'Neighbourhood boundaries agreed by the health and wellbeing board',
    sourceId: 'nhf',
  },
  'nhf-plans': {
    id: 'nhf-plans',
    group: 'Neighbourhood Health Framework (March 2026)',
    title: "The health and wellbeing board's neighbourhood health plan",
    sourceId: 'nhf',
  },
  'nhf-same-day': {
    id: 'nhf-same-day',
    group: 'Neighbourhood Health Framework (March 2026)',
    title: '90% of clinically urgent patients seen the same day by March 2027',
    sourceId: 'nhf',
  },
  'gpc-footprint': {
    id: 'gpc-footprint',
    group: 'GP contract 2026/27',
    title: 'PCN footprint aligned with the neighbourhood, with the ICB',
    sourceId: 'gp-contract',
  },
  'gpc-int-core': {
    id: 'gpc-int-core',
    group: 'GP contract 2026/27',
    title: 'Working in an integrated neighbourhood team is a core PCN function',
    sourceId: 'gp-contract',
  },
  'gpc-local-variation': {
    id: 'gpc-local-variation',
    group: 'GP contract 2026/27',
    title: 'Local PCN contract variation for neighbourhood services (from 1 May 2026)',
    sourceId: 'gp-contract',
  },
  'nhc-centres': {
    id: 'nhc-centres',
    group: 'Neighbourhood health centres',
    title: 'Neighbourhood health centres with general practice at the core',
    sourceId: 'nhc-guidance',
  },
  'psr-conflicts': {
    id: 'psr-conflicts',
    group: 'Provider Selection Regime',
    title: 'A PCN that may bid shapes and designs services but takes no part in deciding an award',
    sourceId: 'psr',
  },
  'nnhip-integrated-working': {
    id: 'nnhip-integrated-working',
    group: 'Implementation programme selection themes',
    title: 'Integrated working',
    sourceId: 'nnhip',
  },
  'nnhip-readiness': {
    id: 'nnhip-readiness',
    group: 'Implementation programme selection themes',
    title: 'Readiness',
    sourceId: 'nnhip',
  },
  'nnhip-governance': {
    id: 'nnhip-governance',
    group: 'Implementation programme selection themes',
    title: 'Governance',
    sourceId: 'nnhip',
  },
  'nnhip-data-sharing': {
    id: 'nnhip-data-sharing',
    group: 'Implementation programme selection themes',
    title: 'Data sharing',
    sourceId: 'nnhip',
  },
  'nnhip-need': {
    id: 'nnhip-need',
    group: 'Implementation programme selection themes',
    title: 'Population need',
    sourceId: 'nnhip',
  },
};
