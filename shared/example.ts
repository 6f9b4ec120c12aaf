/**
 * A built-in worked example: a complete assessment of a FICTIONAL PCN, used for the "see an
 * example" tour, demos, screenshots and tests of every export.
 *
 * Everything here is invented. The PCN code U99001 and the practice codes Z99101 to Z99105 are
 * not real codes (no practice code starts with Z in NHS England's list; a test checks both against
 * the real directory file), and the names say "(fictional example)" so nobody mistakes the
 * example for a real PCN. Ids, dates and timestamps are fixed literals, so the example is
 * identical every time it is built.
 *
 * Most actions are drafted from the suggestion library with `draftActions`, exactly as the app
 * drafts them for a user, and then given an owner, dates and a status; the rest are the PCN's own.
 */
import type {
  Action,
  ActionStatus,
  AreaResponse,
  Assessment,
  Importance,
  Participant,
  ParticipantScore,
  Partner,
  PcnProfile,
  QuestionResponse,
  Workshop,
} from './domain';
import { DEFAULT_PLAN_CAPACITY } from './domain';
import { frameworkV1 } from './framework/index';
import type { Level } from './framework/types';
import { draftActions } from './plan';
import { scoreAssessment } from './scoring';

/**
 * The framework the example was written against. It stays on 2026.1 (its answers, notes and
 * workshop use 2026.1 question ids), which also shows that an older assessment still reads.
 */
export const EXAMPLE_FRAMEWORK = frameworkV1;

export const EXAMPLE_ASSESSMENT_ID = '86a03118-269e-47b1-a4cf-301179d9d307';

const ASSESSMENT_DATE = '2026-11-16';
const PLAN_START = '2026-12-01';
const CREATED_AT = '2026-11-09T14:05:00.000Z';
const UPDATED_AT = '2026-11-16T17:42:00.000Z';

const PROFILE: PcnProfile = {
  pcnName: 'Riverside Vale PCN (fictional example)',
  pcnCode: 'U99001',
  icb: 'NHS Northshire ICB (fictional)',
  population: 48_075,
  practices: [
    {
      id: '283d7ad0-9aac-4a26-b8e0-db72fa7b0cc2',
      code: 'Z99101',
      name: 'Vale Crossing Medical Practice',
      listSize: 13_420,
    },
    { id: '1639c700-d882-4695-b301-9502c97cb95f', code: 'Z99102', name: 'Larkspur Lane Surgery', listSize: 8_960 },
    {
      id: 'cbe1bfd7-f5f8-46a5-894f-4a0f383f5bc5',
      code: 'Z99103',
      name: 'Ashcombe Green Health Centre',
      listSize: 11_215,
    },
    { id: '3145bd37-4ac0-4eb5-99cc-529cd0b0ae40', code: 'Z99104', name: "Tanner's Row Surgery", listSize: 9_870 },
    { id: '02520608-8bb5-4230-9b5d-b9d19a7a4c3b', code: 'Z99105', name: 'Weir Bridge Medical Group', listSize: 4_610 },
  ],
  directoryExtractDate: null,
};

type Answer = [questionId: string, current: Level | 'dont-know', target: Level | null, notes: string];

const ANSWERS: Answer[] = [
  // Leadership
  [
    'leadership.cd-ambition',
    2,
    3,
    'Dr Okafor told the PCN board in September that she wants to lead for general practice in the neighbourhood. Minuted. The ICB place director knows.',
  ],
  [
    'leadership.protected-time',
    1,
    2,
    'One protected session a week on paper, but it is usually lost to rota gaps and contract returns. Barrier: no one else signs off the ARRS claims.',
  ],
  [
    'leadership.team-depth',
    1,
    2,
    'Zoë runs most operations, but practice leads are informal. No deputy clinical director; Dr Nowak has expressed interest.',
  ],
  [
    'leadership.successor',
    0,
    2,
    'Nobody is being developed as a second external leader. If Dr Okafor stepped down tomorrow there is no plan.',
  ],
  [
    'leadership.shared-purpose',
    2,
    2,
    'One-page purpose agreed by all five practices in June 2026 (board minute 26/41). Good enough for now; review next year.',
  ],
  // External relationships
  [
    'relationships.key-leaders',
    1,
    2,
    'Strong link with the community trust locality director; mental health and acute contacts change often. No stakeholder map yet.',
  ],
  [
    'relationships.acute-trust',
    0,
    2,
    'Contact with Vale General is through escalation emails only. No joint group. The ICB has offered to introduce us to the director of integrated care.',
  ],
  [
    'relationships.joint-rationale',
    1,
    2,
    'Partners agree in principle that frailty is the shared problem, but nothing is written down. Some GPs worry about the trust taking over practices.',
  ],
  [
    'relationships.escalation',
    2,
    3,
    'Monthly call with the community trust and a named escalation contact at the council. Acute escalations still go through the ICB.',
  ],
  [
    'relationships.team-alignment',
    2,
    3,
    'One of the three district nursing teams already works to our five practices; therapies and the other two teams cover several PCNs.',
  ],
  // Governance
  [
    'governance.convening',
    1,
    2,
    'PCN hosted one partners meeting in October (9 attended). No regular cycle and no terms of reference.',
  ],
  [
    'governance.internal-decisions',
    2,
    2,
    'Network agreement refreshed 2025; decisions by majority vote at the monthly board. Works well enough for now: contract holding is the priority.',
  ],
  [
    'governance.contract-holding',
    0,
    1,
    'The PCN cannot hold a contract today: no legal entity, and the lead practice is unwilling to take the liability alone.',
  ],
  [
    'governance.route-to-contract',
    1,
    2,
    'Partners have discussed a federation or a company limited by guarantee. No options paper or legal advice yet.',
  ],
  [
    'governance.controls',
    'dont-know',
    null,
    'Unclear whether the lead practice accounts would pass a due-diligence check. Need to ask the PCN accountant before we rate this.',
  ],
  // Integrated neighbourhood teams
  [
    'teams.current',
    2,
    3,
    'Weekly frailty MDT at Vale Crossing with the community matron and social worker since March; the other practices do not yet join.',
  ],
  [
    'teams.next-cohorts',
    1,
    2,
    'End of life care and people with complex multiple conditions are candidates; no criteria agreed.',
  ],
  ['teams.support', 1, 2, 'MDT runs on goodwill. No shared care-plan template; notes kept separately in each system.'],
  [
    'teams.impact',
    1,
    2,
    'We count patients discussed at the MDT, nothing more. No baseline of admissions or A&E attendances for the frailty cohort.',
  ],
  // Population health
  [
    'population-health.needs',
    1,
    2,
    'Have ICB population health dashboard logins but only two people use them. Core20PLUS5 understood by the board.',
  ],
  [
    'population-health.cohorts',
    1,
    2,
    'Frailty chosen by instinct rather than data. The Riverside estate has high COPD prevalence that we have not looked at properly.',
  ],
  [
    'population-health.plan',
    1,
    2,
    "Frailty is in the PCN's annual plan, but there is no neighbourhood plan with partners. The council public health team has offered help.",
  ],
  [
    'population-health.partner-buy-in',
    'dont-know',
    null,
    'We have never asked partners about a shared plan, so we cannot say whether they would back one.',
  ],
  [
    'population-health.capability',
    0,
    2,
    'No named population health lead. One practice manager runs searches when asked.',
  ],
  // IT, data sharing and information governance
  [
    'data-sharing.agreement',
    2,
    3,
    'Data sharing agreement signed by all five practices and the community trust in 2025. Mental health trust not yet a party.',
  ],
  [
    'data-sharing.ig-basics',
    2,
    2,
    'All practices met the Data Security and Protection Toolkit standard in June. DPO service bought in from the ICB. Keep as is.',
  ],
  [
    'data-sharing.dpia',
    1,
    2,
    'DPIA exists for the frailty MDT at one practice only; it does not cover social care or the voluntary sector.',
  ],
  [
    'data-sharing.shared-records',
    1,
    2,
    'Shared care record is read-only for GPs; community matrons and the MDT social worker have no access.',
  ],
  // Neighbourhood health centre
  [
    'health-centre.identified',
    0,
    1,
    'No site identified. Ashcombe Green has spare clinical rooms two days a week but the building lease ends in 2029.',
  ],
  [
    'health-centre.estates-baseline',
    0,
    1,
    'Each practice knows its own rooms; nobody has a picture of space across the PCN. The ICB estates strategy names our area as a priority.',
  ],
  [
    'health-centre.service-model',
    1,
    2,
    'The community trust and two practices have sketched a hub for therapies, phlebotomy and the frailty team. Not yet agreed by all five practices.',
  ],
  ['health-centre.development-route', 0, 1, 'We have not met the ICB estates team. Not in any capital pipeline.'],
  // Voice and influence
  [
    'voice.place-board',
    1,
    2,
    'Dr Okafor attends the place partnership board when invited, roughly one meeting in three. No standing seat.',
  ],
  [
    'voice.mandate',
    1,
    2,
    'The board agreed informally that the CD speaks for the PCN at place, but there is no written mandate and nothing is reported back to practices.',
  ],
  [
    'voice.shaping',
    1,
    2,
    'Place plans arrive for comment when they are almost final. We commented on the frailty pathway in 2025 with little effect.',
  ],
  [
    'voice.collective',
    1,
    2,
    'Informal contact with the two neighbouring PCNs. Their CDs are open to a joint representative.',
  ],
];

const AREA_RESPONSES: [areaId: string, importance: Importance, summary: string][] = [
  [
    'leadership',
    3,
    'A willing clinical director who is stretched thin. The priority is freeing her time and growing a deputy.',
  ],
  [
    'relationships',
    3,
    'Good community trust relationship; the acute trust is the big gap. Building a small joint group matters most.',
  ],
  [
    'governance',
    2,
    'Internal decisions work; we cannot hold a contract yet. We need advice on legal form before anything else.',
  ],
  ['teams', 3, 'One working frailty MDT to build on. Extend it to all practices and start measuring what it achieves.'],
  ['population-health', 2, 'Data exists but we do not use it. Name a lead and let the data choose the next cohort.'],
  [
    'data-sharing',
    1,
    'Basics are in place. Extend the DPIA and record access to the wider MDT; the ICB programme does most of the rest.',
  ],
  [
    'health-centre',
    1,
    'Early days. A baseline and a first conversation with ICB estates are enough for the next six months.',
  ],
  [
    'voice',
    2,
    'We are heard too late. Agree a joint representative with neighbouring PCNs and a mandate from the practices.',
  ],
];

const PARTNERS: Partner[] = [
  {
    id: '8b93cd05-4477-4f93-a5e1-7cc7f6795385',
    kind: 'community-trust',
    name: 'Northshire Community Health NHS Trust (fictional)',
    contact: 'Siobhán Gallagher, Locality Director (Riverside)',
    strength: 3,
    notes: 'Monthly call; joint frailty MDT. Open to aligning a district nursing team to our footprint.',
  },
  {
    id: '899c31fb-5f35-4140-bc05-b0987f41e89e',
    kind: 'mental-health-trust',
    name: 'Northshire and Vale Mental Health NHS Foundation Trust (fictional)',
    contact: 'Dr Kwame Asante, Associate Medical Director, Community Services',
    strength: 1,
    notes: 'Met once at the place board. Community mental health transformation lead has changed twice this year.',
  },
  {
    id: '878a1e3c-0b9c-4c68-b699-8dd62db5cfec',
    kind: 'acute-trust',
    name: 'Vale General Hospitals NHS Foundation Trust (fictional)',
    contact: 'Fiona Marsh, Director of Integrated Care',
    strength: 0,
    notes: 'Escalations only, through the ICB. ICB place director has offered an introduction.',
  },
  {
    id: 'd55ab777-b981-4136-9a32-67e0573c2b3f',
    kind: 'social-care',
    name: 'Northshire County Council Adult Social Care (fictional)',
    contact: 'Dev Patel, Head of Locality Social Work',
    strength: 2,
    notes: 'A social worker joins the frailty MDT fortnightly. Named escalation route agreed in 2025.',
  },
  {
    id: '995fb43f-89a6-43c3-9b37-bfb9b1cdc541',
    kind: 'voluntary-sector',
    name: 'Riverside Vale Community Action (fictional)',
    contact: 'Bernadette Hughes, Chief Officer',
    strength: 2,
    notes: 'Hosts the social prescribing link workers. Keen to be part of the neighbourhood plan.',
  },
  {
    id: 'b34663ae-4f5f-4c7e-afd3-100426dd06aa',
    kind: 'other',
    name: 'Northshire Local Pharmaceutical Committee (fictional)',
    contact: 'Ravi Chandran, Chief Officer',
    strength: 1,
    notes: 'Community pharmacies want a role in the frailty pathway; no regular contact yet.',
  },
];

const PARTICIPANTS: Participant[] = [
  {
    id: '2314bd50-1ddb-434b-9c6c-79ff8f3a3948',
    name: 'Dr Amara Okafor',
    organisation: 'Riverside Vale PCN',
    role: 'Clinical director',
  },
  {
    id: '7fb84e90-00b9-453c-b089-92627ff6b046',
    name: 'Zoë O\u2019Brien\u2013Smith',
    organisation: 'Riverside Vale PCN',
    role: 'PCN manager',
  },
  {
    id: '66b1657b-312f-4fd7-b700-8f8d22855608',
    name: 'Dr Tomasz Nowak',
    organisation: 'Larkspur Lane Surgery',
    role: 'GP partner',
  },
  {
    id: 'dc17f590-c9d6-4c95-9274-5960b7d54611',
    name: 'Dr Helen Carruthers',
    organisation: 'Ashcombe Green Health Centre',
    role: 'GP partner',
  },
  {
    id: 'a0d73544-a869-410d-8a51-46ceab5bad70',
    name: 'Dr Sanjay Mehta',
    organisation: "Tanner's Row Surgery",
    role: 'GP partner',
  },
  {
    id: '5f6c5548-0b26-4b21-9c4d-3ad7141ca983',
    name: 'Dr Rachel Lindqvist',
    organisation: 'Weir Bridge Medical Group',
    role: 'GP partner',
  },
  {
    id: '81ce0fc8-eed8-442a-8cef-0bb4f042f797',
    name: 'Siobhán Gallagher',
    organisation: 'Northshire Community Health NHS Trust',
    role: 'Community trust locality director',
  },
  {
    id: '9f5e27d4-2b62-43d1-b38a-98e7889ec1e4',
    name: 'Marcus Ellery',
    organisation: 'Vale Crossing Medical Practice',
    role: 'Practice business manager and population health data lead',
  },
];

const OKAFOR = 'Dr Amara Okafor';
const ZOE = 'Zoë O\u2019Brien\u2013Smith';
const NOWAK = 'Dr Tomasz Nowak';
const CARRUTHERS = 'Dr Helen Carruthers';
const MEHTA = 'Dr Sanjay Mehta';
const LINDQVIST = 'Dr Rachel Lindqvist';
const GALLAGHER = 'Siobhán Gallagher';
const ELLERY = 'Marcus Ellery';

/** Owner, status and, where the PCN moved them, dates for an action drafted from a suggestion. */
interface Chosen {
  id: string;
  suggestionId: string;
  ownerName: string;
  ownerRole: string;
  status: ActionStatus;
  startMonth?: number;
  dueDate?: string;
}

/** The PCN's own action, written from scratch. */
type OwnAction = Omit<Action, 'suggestionId'>;

const FROM_SUGGESTIONS: Chosen[] = [
  // Leadership
  {
    id: '4b97df12-a378-4e7e-8538-1ae91ee66ee6',
    suggestionId: 'leadership.decide-external-lead',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'done',
    dueDate: '2026-12-18',
  },
  {
    id: '7bed9bfb-0eb7-4947-8718-09e97010f929',
    suggestionId: 'leadership.rewrite-cd-job-plan',
    ownerName: ZOE,
    ownerRole: 'PCN manager',
    status: 'in-progress',
  },
  {
    id: '76cb5798-8479-44f2-839b-0f30a9fa19ba',
    suggestionId: 'leadership.appoint-deputy',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director, for the PCN board',
    status: 'not-started',
  },
  // External relationships
  {
    id: '2987781f-2011-40fa-a4c4-04a878c9857a',
    suggestionId: 'relationships.ask-icb-for-contacts',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'done',
    dueDate: '2026-12-11',
  },
  {
    id: '59d90ebf-863c-4d8c-87b2-806f9f0a58ed',
    suggestionId: 'relationships.one-to-ones',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'in-progress',
  },
  {
    id: '1d2c081d-4d82-446d-8d20-b74fc0106b95',
    suggestionId: 'relationships.acute-joint-group',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'blocked',
    dueDate: '2027-04-30',
  },
  {
    id: '0d6b8f4f-cb14-470b-a4ad-808388ba7d71',
    suggestionId: 'relationships.align-community-teams',
    ownerName: GALLAGHER,
    ownerRole: 'Community trust locality director',
    status: 'not-started',
  },
  // Governance
  {
    id: 'f31c1ed0-45f0-4249-a281-89ce3695a704',
    suggestionId: 'governance.convene-partners',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'in-progress',
  },
  {
    id: 'fa38be73-5913-4f6b-b830-123d88be24c2',
    suggestionId: 'governance.legal-form-options',
    ownerName: MEHTA,
    ownerRole: 'GP partner, governance lead for the PCN board',
    status: 'not-started',
  },
  // Integrated neighbourhood teams
  {
    id: '1282bef1-f1e4-42b8-9b6d-8dfe99e59b3d',
    suggestionId: 'teams.weekly-mdt',
    ownerName: NOWAK,
    ownerRole: 'GP partner, frailty MDT lead',
    status: 'in-progress',
  },
  {
    id: '81b793d8-f44d-4d21-af4b-417ae8d7ecee',
    suggestionId: 'teams.record-baseline',
    ownerName: ELLERY,
    ownerRole: 'Population health data lead',
    status: 'in-progress',
  },
  // Population health
  {
    id: '788add71-df69-437f-8d1c-5af19eea2f9d',
    suggestionId: 'population-health.name-lead',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'done',
    dueDate: '2026-12-18',
  },
  {
    id: '2800e0e3-f415-4d4c-b223-abc010863730',
    suggestionId: 'population-health.neighbourhood-profile',
    ownerName: ELLERY,
    ownerRole: 'Population health data lead',
    status: 'not-started',
  },
  {
    id: '3cd7808a-796c-4d74-ac6e-b62b7201c18b',
    suggestionId: 'population-health.cohort-project',
    ownerName: CARRUTHERS,
    ownerRole: 'GP partner, respiratory lead',
    status: 'not-started',
    dueDate: '2027-05-28',
  },
  // IT, data sharing and information governance
  {
    id: '4f145efe-610d-4a10-a28c-6b995715ed02',
    suggestionId: 'data-sharing.mdt-dpia',
    ownerName: ZOE,
    ownerRole: 'PCN manager, with the ICB data protection officer',
    status: 'in-progress',
  },
  {
    id: '4a9e0893-6ed3-4fa2-8c8b-f7526cb80b6f',
    suggestionId: 'data-sharing.request-record-access',
    ownerName: LINDQVIST,
    ownerRole: 'GP partner, digital lead',
    status: 'blocked',
  },
  // Neighbourhood health centre
  {
    id: '29d87553-163b-41c8-9b65-1da75e19115f',
    suggestionId: 'health-centre.space-use-survey',
    ownerName: ZOE,
    ownerRole: 'PCN manager, estates lead',
    status: 'in-progress',
  },
  {
    id: '62c81b9b-66ee-4df2-8ff4-5f6caf186de1',
    suggestionId: 'health-centre.meet-icb-estates',
    ownerName: ZOE,
    ownerRole: 'PCN manager',
    status: 'not-started',
  },
  {
    id: '8613097a-5cd7-4145-8ddc-e374d192d012',
    suggestionId: 'health-centre.estates-workshop',
    ownerName: ZOE,
    ownerRole: 'PCN manager, estates lead',
    status: 'not-started',
    startMonth: 4,
    dueDate: '2027-04-30',
  },
  // Voice and influence
  {
    id: '7d28636f-76cd-4ecb-b9d3-00823c317a2d',
    suggestionId: 'voice.joint-representative',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    status: 'in-progress',
  },
  {
    id: '6a5603f3-cc1a-49db-adaf-64df50085d22',
    suggestionId: 'voice.mandate-and-feedback',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director, for the PCN board',
    status: 'not-started',
  },
];

const OWN_ACTIONS: OwnAction[] = [
  {
    id: 'daf9e94a-ae21-4664-ac80-c306af2b0fb9',
    areaId: 'leadership',
    questionIds: ['leadership.cd-ambition'],
    title: "Agree the clinical director's neighbourhood role with the ICB",
    description:
      'Meet the ICB place director to agree what part Dr Okafor will play in designing the neighbourhood, ' +
      'how much time it needs and how the ICB will fund cover for her clinical sessions.',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    startMonth: 2,
    dueDate: '2027-02-26',
    status: 'not-started',
    successMeasure: 'A written note of the agreed role and the funded cover, shared with the PCN board.',
  },
  {
    id: '83378c91-7605-42f0-a9f8-5e3718c63c65',
    areaId: 'leadership',
    questionIds: ['leadership.successor'],
    title: 'Fund a leadership programme place for a second leader',
    description:
      'Ask the ICB primary care team to fund a place on the regional system leadership programme for Dr Nowak, ' +
      'and agree two shadowing sessions at the place partnership board.',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    startMonth: 2,
    dueDate: '2027-03-31',
    status: 'not-started',
    successMeasure: 'Funded place confirmed in writing and the first shadowing session attended.',
  },
  {
    id: 'eb70ec82-1d42-49d8-90c1-f1784db04432',
    areaId: 'relationships',
    questionIds: ['relationships.joint-rationale'],
    title: 'Write down why we work together on frailty',
    description:
      'Draft a one-page rationale for joint working on frailty with the community trust and adult social care. ' +
      'Say plainly that no partner is seeking to take over practices, to settle the worry some GPs have raised.',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    startMonth: 3,
    dueDate: '2027-03-31',
    status: 'not-started',
    successMeasure: 'Rationale signed off by the PCN board, the community trust and adult social care.',
  },
  {
    id: 'a2dc9dda-53e6-4cb8-bdbd-41615a095f2a',
    areaId: 'relationships',
    questionIds: ['relationships.escalation'],
    title: 'Agree a senior escalation route with the acute trust',
    description:
      'Ask Vale General for a named senior contact for discharge and outpatient problems, so that escalations ' +
      'no longer have to go through the ICB.',
    ownerName: ZOE,
    ownerRole: 'PCN manager',
    startMonth: 3,
    dueDate: '2027-04-30',
    status: 'not-started',
    successMeasure: 'Named contact agreed; the next three escalations resolved without going through the ICB.',
  },
  {
    id: '1b93037b-e406-40f2-8928-b3eee5a87270',
    areaId: 'governance',
    questionIds: ['governance.contract-holding', 'governance.route-to-contract'],
    title: 'Commission legal and accounting advice on holding a contract',
    description:
      'Brief a solicitor and the PCN accountant on the options paper: VAT, employment liability, NHS Pension ' +
      'access and CQC registration for each legal form. Share a plain-English summary with every practice.',
    ownerName: MEHTA,
    ownerRole: 'GP partner, governance lead for the PCN board',
    startMonth: 4,
    dueDate: '2027-05-28',
    status: 'not-started',
    successMeasure: 'Written advice received and a member vote on the preferred route held by the end of May.',
  },
  {
    id: 'e7c1377e-09a2-4464-8b0b-d1eff5551466',
    areaId: 'teams',
    questionIds: ['teams.current'],
    title: 'Extend the frailty team to all five practices',
    description:
      'Move the frailty MDT to a virtual slot every practice can join, give each practice a named GP who brings ' +
      'patients, and use one shared care-plan template across the team.',
    ownerName: NOWAK,
    ownerRole: 'GP partner, frailty MDT lead',
    startMonth: 3,
    dueDate: '2027-05-28',
    status: 'not-started',
    successMeasure: 'Patients from all five practices discussed at the MDT each month, each with a shared care plan.',
  },
  {
    id: 'd6baba67-c346-4835-a6eb-95399f35f91d',
    areaId: 'teams',
    questionIds: ['teams.next-cohorts'],
    title: 'Draft criteria for an end of life care team',
    description:
      'Use the neighbourhood profile to draft entry criteria and a named lead for a second team, for end of life ' +
      'care, and take them to the partners meeting for comment.',
    ownerName: LINDQVIST,
    ownerRole: 'GP partner',
    startMonth: 5,
    dueDate: '2027-05-31',
    status: 'not-started',
    successMeasure: 'Criteria and a lead for the second team agreed at the partners meeting in May.',
  },
  {
    id: 'ce8994e5-df50-46f9-9217-cb900c154329',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.agreement'],
    title: 'Bring the mental health trust into the data sharing agreement',
    description:
      'Ask the mental health trust information governance team to sign the neighbourhood data sharing agreement, ' +
      'so that its community staff can join the frailty MDT with a lawful basis to share.',
    ownerName: ZOE,
    ownerRole: 'PCN manager',
    startMonth: 3,
    dueDate: '2027-03-31',
    status: 'not-started',
    successMeasure: 'Agreement signed by the mental health trust and filed with the other signatures.',
  },
  {
    id: 'f2be9cfc-2e1f-494f-b429-978184587f98',
    areaId: 'voice',
    questionIds: ['voice.shaping'],
    title: 'Take the frailty results to the place partnership board',
    description:
      'Present three months of frailty MDT measures and the neighbourhood profile at the place board, and ask ' +
      'for a standing item on neighbourhood plans so primary care is heard before plans are final.',
    ownerName: OKAFOR,
    ownerRole: 'Clinical director',
    startMonth: 5,
    dueDate: '2027-05-28',
    status: 'not-started',
    successMeasure: 'Standing agenda item agreed, and the place frailty plan reflects at least one PCN proposal.',
  },
];

const DISMISSED_SUGGESTIONS = ['population-health.get-data-access', 'health-centre.service-model'] as const;

function answers(): QuestionResponse[] {
  return ANSWERS.map(([questionId, current, target, notes]) =>
    current === 'dont-know'
      ? { questionId, current: null, dontKnow: true, target: null, notes }
      : { questionId, current, dontKnow: false, target, notes },
  );
}

// ---------------------------------------------------------------------------------------------
// The board workshop behind the agreed levels, on 16 November 2026. Five people scored live in
// the room; Dr Lindqvist, Siobhán Gallagher and Marcus Ellery sent response files beforehand.
// Most questions had a narrow spread around the agreed level; a few were split, and two were
// agreed as evidence gaps although one or two people had given a level.

type Rated = Level | 'dk' | null;
/** Eight ratings in the order of PARTICIPANTS: Okafor, Zoë, Nowak, Carruthers, Mehta, Lindqvist, Gallagher, Ellery. */
type Eight = [Rated, Rated, Rated, Rated, Rated, Rated, Rated, Rated];

const FROM_RESPONSE_FILES = new Set([
  '5f6c5548-0b26-4b21-9c4d-3ad7141ca983', // Lindqvist
  '81ce0fc8-eed8-442a-8cef-0bb4f042f797', // Gallagher
  '9f5e27d4-2b62-43d1-b38a-98e7889ec1e4', // Ellery
]);

interface WorkshopItemSpec {
  current: Eight;
  target: Eight;
  /** Reasons by participant position (0 = Okafor … 7 = Ellery). */
  reasons?: Partial<Record<number, string>>;
  consensusReason?: string;
}

/** Questions where the room did not simply agree around the median. */
const WORKSHOP_ITEMS: Record<string, WorkshopItemSpec> = {
  'leadership.successor': {
    current: [0, 1, 1, 1, 0, 1, 1, 0],
    target: [2, 2, 2, 2, 1, 2, 2, 2],
    consensusReason:
      'Agreed 0, below the median of 1: Dr Nowak’s interest is welcome but nobody is yet being developed, and there is no written plan if Dr Okafor stepped down.',
  },
  'relationships.acute-trust': {
    current: [0, 0, 0, 1, 0, 3, 2, 0],
    target: [2, 2, 2, 2, 2, 3, 3, 2],
    reasons: {
      5: 'Weir Bridge has a monthly frailty huddle with the hospital’s elderly care consultant; it works like a joint group already.',
      6: 'From the trust side, the acute and community trusts meet weekly about discharges. The PCN could join that rather than start from nothing.',
    },
    consensusReason:
      'Kept at 0: the Weir Bridge huddle is one practice’s arrangement and the discharge meeting does not include the PCN. Both are good starting points for the joint group.',
  },
  'governance.contract-holding': {
    current: [0, 0, 2, 0, 0, 3, 0, 0],
    target: [1, 1, 2, 1, 1, 2, 1, 1],
    reasons: {
      2: 'The GP federation already holds the extended access contract for us; we could hold another the same way.',
      5: 'Weir Bridge is a member of the federation, which is a legal entity with financial controls.',
    },
    consensusReason:
      'Agreed 0 for the PCN itself: the federation could hold a contract, but that is the federation, not the PCN. The options appraisal will test the federation route.',
  },
  'governance.controls': {
    current: ['dk', 1, 'dk', 'dk', 'dk', 'dk', 'dk', 2],
    target: [null, null, null, null, null, null, null, null],
    reasons: {
      7: 'Vale Crossing’s accountant reviews the PCN accounts once a year; I have seen the sign-off.',
    },
    consensusReason:
      'Agreed "Don’t know": only two of us could rate it, from different evidence. It stays an evidence gap until the PCN accountant has been asked.',
  },
  'teams.current': {
    current: [2, 2, 1, 2, 4, 2, 1, 2],
    target: [3, 3, 3, 3, 4, 3, 3, 3],
    reasons: {
      4: 'Tanner’s Row runs a weekly MDT with the district nurses and a social worker for housebound patients. For us it is a working team.',
    },
  },
  'population-health.partner-buy-in': {
    current: ['dk', 'dk', 'dk', 'dk', 'dk', 'dk', 1, 'dk'],
    target: [null, null, null, null, null, null, null, null],
    reasons: {
      6: 'The community trust has said yes in principle; I cannot speak for the council or the voluntary sector.',
    },
    consensusReason:
      'Agreed "Don’t know": only the community trust could rate this, and the other partners have not been asked yet.',
  },
  'data-sharing.shared-records': {
    current: [1, 1, 1, 1, 1, 3, 3, 3],
    target: [2, 2, 2, 2, 2, 3, 3, 3],
    reasons: {
      5: 'Our community nurses already see GP records through the shared care record viewer.',
      6: 'Trust staff in the frailty team have had viewer access since the summer.',
      7: 'The viewer is live at Vale Crossing for every clinician.',
    },
    consensusReason:
      'Kept at 1: the viewer is read-only and not every practice has switched it on. Partners writing to shared care plans is the next step.',
  },
};

/** Small disagreements around the agreed level that leave the median on it (offsets per person). */
const SPREAD_PATTERNS: readonly (readonly number[])[] = [
  [0, 0, 1, 0, -1, 0, 0, 1],
  [0, 1, 0, 0, 0, -1, 1, 0],
  [0, 0, 0, -1, 0, 0, 1, 0],
  [0, 0, 0, 0, 0, 0, 0, 0],
  [1, 0, 0, 0, -1, 0, 0, 0],
];

function shifted(level: Level, by: number): Level {
  return Math.max(0, Math.min(4, level + by)) as Level;
}

function workshopScores(responses: QuestionResponse[]): ParticipantScore[] {
  const scores: ParticipantScore[] = [];
  responses.forEach((response, q) => {
    const spec = WORKSHOP_ITEMS[response.questionId];
    const pattern = SPREAD_PATTERNS[q % SPREAD_PATTERNS.length] ?? [];
    const targetPattern = SPREAD_PATTERNS[(q + 2) % SPREAD_PATTERNS.length] ?? [];
    PARTICIPANTS.forEach((person, i) => {
      let current: Rated;
      let target: Rated;
      if (spec) {
        current = spec.current[i] ?? null;
        target = spec.target[i] ?? null;
      } else {
        current = response.current === null ? 'dk' : shifted(response.current, pattern[i] ?? 0);
        target = response.target === null ? null : shifted(response.target, targetPattern[i] ?? 0);
      }
      scores.push({
        participantId: person.id,
        questionId: response.questionId,
        current: current === 'dk' ? null : current,
        dontKnow: current === 'dk',
        target: target === 'dk' ? null : target,
        reason: spec?.reasons?.[i] ?? '',
        source: FROM_RESPONSE_FILES.has(person.id) ? 'response-file' : 'live',
      });
    });
  });
  return scores;
}

/** Revealed and agreed one after another through the afternoon, four minutes a question. */
function exampleWorkshop(responses: QuestionResponse[]): Workshop {
  const start = Date.parse('2026-11-16T13:30:00.000Z');
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  return {
    anonymous: false,
    questions: responses.map((response, q) => ({
      questionId: response.questionId,
      revealedAt: at(q * 4),
      agreedAt: at(q * 4 + 3),
      consensusReason: WORKSHOP_ITEMS[response.questionId]?.consensusReason ?? '',
    })),
    scores: workshopScores(responses),
  };
}

function areaResponses(): AreaResponse[] {
  return AREA_RESPONSES.map(([areaId, importance, summary]) => ({ areaId, importance, summary }));
}

function plannedActions(responses: QuestionResponse[], areas: AreaResponse[]): Action[] {
  const scores = scoreAssessment(EXAMPLE_FRAMEWORK, responses, areas);
  const proposals = draftActions(EXAMPLE_FRAMEWORK, EXAMPLE_FRAMEWORK.suggestions, scores, PLAN_START, []);
  const drafted: Action[] = FROM_SUGGESTIONS.map((chosen) => {
    const proposal = proposals.find((p) => p.suggestionId === chosen.suggestionId);
    if (!proposal) throw new Error(`Example: suggestion ${chosen.suggestionId} is not proposed for this assessment.`);
    return {
      id: chosen.id,
      areaId: proposal.areaId,
      questionIds: [...proposal.questionIds],
      title: proposal.title,
      description: proposal.description,
      ownerName: chosen.ownerName,
      ownerRole: chosen.ownerRole,
      startMonth: chosen.startMonth ?? proposal.startMonth,
      dueDate: chosen.dueDate ?? proposal.dueDate,
      status: chosen.status,
      successMeasure: proposal.successMeasure,
      suggestionId: proposal.suggestionId,
    };
  });
  const own: Action[] = OWN_ACTIONS.map((action) => ({
    ...action,
    questionIds: [...action.questionIds],
    suggestionId: null,
  }));
  // Plan order: area order of the framework, then start month, as the plan screen lists them.
  const areaOrder = new Map(EXAMPLE_FRAMEWORK.areas.map((area, index) => [area.id, index]));
  return [...drafted, ...own].sort(
    (a, b) => (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0) || a.startMonth - b.startMonth,
  );
}

/**
 * The worked example: Riverside Vale PCN, a fictional five-practice PCN of about 48,000
 * patients, assessed on 16 November 2026 with a six-month plan from 1 December 2026. Returns a
 * fresh copy each call, identical every time.
 */
export function exampleAssessment(): Assessment {
  const responses = answers();
  const areas = areaResponses();
  return {
    id: EXAMPLE_ASSESSMENT_ID,
    frameworkVersion: EXAMPLE_FRAMEWORK.version,
    assessmentDate: ASSESSMENT_DATE,
    planStart: PLAN_START,
    status: 'complete',
    previousAssessmentId: null,
    profile: { ...PROFILE, practices: PROFILE.practices.map((practice) => ({ ...practice })) },
    responses,
    areaResponses: areas,
    partners: PARTNERS.map((partner) => ({ ...partner })),
    participants: PARTICIPANTS.map((participant) => ({ ...participant })),
    actions: plannedActions(responses, areas),
    // Proposed by the app but not wanted: the PCN already has dashboard logins, and one health
    // centre service-model action (the estates workshop) is enough for an area of lower importance.
    dismissedSuggestionIds: [...DISMISSED_SUGGESTIONS],
    deferrals: [],
    planCapacity: DEFAULT_PLAN_CAPACITY,
    workshop: exampleWorkshop(responses),
    checkIns: [],
    createdAt: CREATED_AT,
    updatedAt: UPDATED_AT,
  };
}
