/**
 * Framework 2026.2, area 4: integrated neighbourhood teams. Asks the seed's questions (which teams
 * exist, which come next, how they are supported, how impact is tracked and how success is
 * measured) and, since the GP contract 2026/27 makes working in an INT a core PCN function,
 * whether every member practice takes part.
 */
import type { Area, SuggestedAction } from '../types';

const area: Area = {
  id: 'teams',
  title: 'Integrated neighbourhood teams',
  purpose:
    'Integrated neighbourhood teams bring staff from different organisations together around groups of patients with ' +
    'similar needs. This area asks which teams exist, which come next, how they are supported and how their impact is known.',
  levels: {
    0: 'Multidisciplinary discussion happens only inside individual practices, with no staff from community, mental health or social care services.',
    1: 'One multidisciplinary meeting includes staff from outside the practices, and the PCN has listed the groups of patients teams could serve.',
    2: 'One team meets at least fortnightly for a defined group of patients, with a named coordinator and measures agreed before it started.',
    3: 'Two or more teams have named leads and shared care plans, and report each quarter against a recorded baseline.',
    4: "Every member practice's patients are served by the teams, and partners change how the teams work in the light of the results.",
  },
  questions: [
    {
      id: 'v2.teams.current',
      text: 'Are there any integrated neighbourhood teams in place?',
      help:
        'An integrated neighbourhood team (INT) is a group of staff from general practice, community services, mental ' +
        'health, social care and the voluntary sector who plan and deliver care together for a defined group of patients. ' +
        'A multidisciplinary team (MDT) meeting that includes people from outside the practices is often the first step.',
      anchors: {
        0: {
          text: 'Multidisciplinary meetings in the PCN include only practice staff.',
          evidence: 'Attendance lists show practice staff only.',
        },
        1: {
          text: 'One multidisciplinary meeting includes staff from at least one other organisation.',
          evidence: 'Attendance list naming the other organisation.',
        },
        2: {
          text: 'One team with staff from three or more organisations meets at least fortnightly for a defined group of patients.',
          evidence: 'Attendance lists for the last two months and the written inclusion criteria.',
        },
        3: {
          text: 'Two such teams run, each with a named lead.',
          evidence: 'A list of the teams with their leads, cohorts and meeting dates.',
        },
        4: {
          text: 'Three or more such teams run, each with a named lead.',
          evidence: 'The list of teams, with attendance lists from the last month for each.',
        },
      },
      links: ['core-mdt', 'gpc-int-core', 'nnhip-integrated-working'],
      carriesAnswerFrom: 'teams.current',
    },
    {
      id: 'v2.teams.next',
      text: 'What further teams might be developed, and for which groups of patients?',
      help:
        'Common starting points are frail older people, end of life care, people with several long-term conditions, ' +
        'children who need specialist input, and people who use A&E often. Data from the population health area helps ' +
        'choose. Inclusion criteria say exactly who a team serves.',
      anchors: {
        0: {
          text: 'The PCN has no list of patient groups that future teams could serve.',
          evidence: 'No list in board papers.',
        },
        1: {
          text: 'A list of candidate patient groups has gone to the PCN board.',
          evidence: 'The board paper listing them.',
        },
        2: {
          text: 'The board has ranked the groups and agreed inclusion criteria for the next one.',
          evidence: 'Board minute with the ranking and the written criteria.',
        },
        3: {
          text: 'The next team has a named lead and a start date agreed with partners.',
          evidence: 'Partner meeting note naming the lead and start date.',
        },
        4: {
          text: 'The next team has held its first meeting.',
          evidence: 'Notes and attendance list of the first meeting.',
        },
      },
      links: ['core-mdt', 'core-phm', 'nnhip-need'],
      carriesAnswerFrom: 'teams.next-cohorts',
    },
    {
      id: 'v2.teams.support',
      text: 'How are these teams supported and enabled?',
      help:
        'Teams that rely on goodwill alone tend to fade. Think about a coordinator who books cases and follows up actions, ' +
        'protected time in job plans, a shared care plan every member uses, and a place to meet in person or online.',
      anchors: {
        0: {
          text: "No one is named to coordinate the team's meetings and follow up its actions.",
          evidence: "No coordinator in the team's records.",
        },
        1: {
          text: 'A named coordinator books the cases and circulates the actions.',
          evidence: "The coordinator's name on the agenda and action notes.",
        },
        2: {
          text: "The core members' job plans or rotas include time for the team.",
          evidence: 'Job plans or rotas showing the team time, for each organisation.',
        },
        3: {
          text: 'A shared care plan template is completed for every patient the team discusses.',
          evidence: 'A sample of care plans from the last month.',
        },
        4: {
          text: 'The team works from a shared base on set days each week.',
          evidence: 'Room booking or rota showing the shared base and days.',
        },
      },
      links: ['core-mdt', 'gpc-int-core', 'nnhip-integrated-working'],
      carriesAnswerFrom: 'teams.support',
    },
    {
      id: 'v2.teams.impact',
      text: 'How is the impact of these teams tracked?',
      help:
        'Impact is what changes for the patients a team serves, such as emergency admissions, A&E attendances or days ' +
        'spent at home. A baseline is the figure before the team started, so later figures can be compared with it.',
      anchors: {
        0: {
          text: 'No measures have been chosen for any team.',
          evidence: "No measures in the team's papers.",
        },
        1: {
          text: 'Each team has two or three measures written down, such as emergency admissions.',
          evidence: 'The list of measures for each team.',
        },
        2: {
          text: 'A baseline figure is recorded for each measure.',
          evidence: 'The baseline figures with the period they cover.',
        },
        3: {
          text: 'A report comparing each team with its baseline goes to the PCN board each quarter.',
          evidence: 'The last quarterly report and the board minute.',
        },
        4: {
          text: 'Partners have changed how a team works because of the quarterly report.',
          evidence: 'Partner meeting minute recording the report and the change.',
        },
      },
      links: ['core-mdt', 'core-phm', 'nnhip-integrated-working'],
      carriesAnswerFrom: 'teams.impact',
    },
    {
      id: 'v2.teams.success',
      text: 'How is the success of these teams measured?',
      help:
        'Tracking impact says what is changing; measuring success says whether that is enough. Agree up front what ' +
        'success looks like for each team (a figure and a date), and include what patients, carers and staff say, so ' +
        'partners can decide together whether to keep, change or grow the team.',
      anchors: {
        0: {
          text: 'No team has a written aim.',
          evidence: "No aim in the team's papers.",
        },
        1: {
          text: 'Each team has a one-sentence written aim.',
          evidence: 'The aim for each team, agreed at the board.',
        },
        2: {
          text: 'Each team has a success threshold: a figure and a date, such as 10% fewer admissions in 12 months.',
          evidence: 'The thresholds, agreed with the partners in the team.',
        },
        3: {
          text: 'Feedback from patients or carers the team has helped has been collected at least once.',
          evidence: 'The survey or interview summary.',
        },
        4: {
          text: 'Partners have decided whether to keep, change or grow a team by comparing its results with its threshold.',
          evidence: 'Partner meeting minute recording the decision and the figures.',
        },
      },
      links: ['core-mdt', 'nnhip-integrated-working', 'nnhip-readiness'],
    },
    {
      id: 'v2.teams.core-function',
      text: 'Does every member practice take part in integrated neighbourhood team working, now a core PCN function?',
      help:
        'Under the GP contract 2026/27 working in an integrated neighbourhood team is a core function of every PCN, not ' +
        'an optional extra. Consider whether each practice has someone who refers patients to the teams and attends when ' +
        'its patients are discussed.',
      anchors: {
        0: {
          text: 'The PCN board has not discussed what the 2026/27 contract asks of practices on team working.',
          evidence: 'No board minute on it.',
        },
        1: {
          text: 'The board has discussed the contract requirement and minuted what it means for each practice.',
          evidence: 'The board minute.',
        },
        2: {
          text: 'Each member practice has named a lead for integrated team working.',
          evidence: 'A list with one named lead per practice.',
        },
        3: {
          text: 'Every member practice referred at least one patient to a team in the last quarter.',
          evidence: 'Team referral records by practice.',
        },
        4: {
          text: "Each practice's commitment to the teams is written into the network agreement.",
          evidence: 'The signed network agreement with the clause.',
        },
      },
      links: ['gpc-int-core', 'core-mdt', 'core-modern-gp'],
    },
  ],
};

const actions: SuggestedAction[] = [
  {
    id: 'v2.teams.map-existing-mdts',
    areaId: 'teams',
    questionIds: ['v2.teams.current'],
    title: 'Map the multidisciplinary meetings already running',
    description:
      'List every multidisciplinary meeting in the practices and partner services, who attends and which patients it ' +
      'covers, and invite one partner service to the most suitable one.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'One practice meeting attended by staff from another organisation.',
  },
  {
    id: 'v2.teams.fortnightly-team',
    areaId: 'teams',
    questionIds: ['v2.teams.current', 'v2.teams.support'],
    title: 'Start a fortnightly multi-agency team for one cohort',
    description:
      'Run a team for the first chosen group of patients with community nursing, mental health, social care and ' +
      'voluntary sector staff, and a named coordinator.',
    fromLevel: 1,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 2,
    successMeasure: 'Team has met fortnightly for two months with three or more organisations attending.',
  },
  {
    id: 'v2.teams.second-team',
    areaId: 'teams',
    questionIds: ['v2.teams.current', 'v2.teams.next'],
    title: 'Start a second team with a named lead',
    description:
      'Using what the first team learned, start the next team from the ranked list, with its own named lead.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Second team has met three times with its named lead.',
  },
  {
    id: 'v2.teams.third-team',
    areaId: 'teams',
    questionIds: ['v2.teams.current'],
    title: 'Start a third team from the ranked list',
    description:
      'Once two teams run steadily, start the third group on the ranked list, reusing the coordinator role, care ' +
      'plan template and measures the first two use.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Third team has met with its named lead and staff from three or more organisations.',
  },
  {
    id: 'v2.teams.list-cohorts',
    areaId: 'teams',
    questionIds: ['v2.teams.next'],
    title: 'List the patient groups teams could serve',
    description:
      'With the population health lead, list candidate groups, such as frailty, end of life care and frequent A&E ' +
      'users, with the number of patients in each.',
    fromLevel: 0,
    ownerRole: 'Population health lead',
    suggestedMonth: 1,
    successMeasure: 'List with patient numbers taken to the board.',
  },
  {
    id: 'v2.teams.rank-cohorts',
    areaId: 'teams',
    questionIds: ['v2.teams.next'],
    title: 'Rank the groups and write criteria for the next one',
    description: 'Agree at the board the order in which teams will start, and exactly who the next team will serve.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Ranking and inclusion criteria minuted at the board.',
  },
  {
    id: 'v2.teams.agree-next-lead',
    areaId: 'teams',
    questionIds: ['v2.teams.next'],
    title: 'Agree a lead and start date for the next team with partners',
    description: "Take the next team's criteria to the partners involved and agree who leads it and when it starts.",
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 3,
    successMeasure: 'Lead and start date recorded in a partner meeting note.',
  },
  {
    id: 'v2.teams.launch-next',
    areaId: 'teams',
    questionIds: ['v2.teams.next'],
    title: "Hold the next team's first meeting",
    description: 'Book the room or call, invite the members and run the first meeting with cases already identified.',
    fromLevel: 3,
    ownerRole: 'PCN manager',
    suggestedMonth: 5,
    successMeasure: 'First meeting held with notes and attendance recorded.',
  },
  {
    id: 'v2.teams.name-coordinator',
    areaId: 'teams',
    questionIds: ['v2.teams.support'],
    title: 'Name a coordinator for each team',
    description: 'Give one person, often a care coordinator, the job of booking cases and circulating actions.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Coordinator named on the agenda of the next meeting.',
  },
  {
    id: 'v2.teams.protect-team-time',
    areaId: 'teams',
    questionIds: ['v2.teams.support'],
    title: 'Put team time into job plans and rotas',
    description: "Ask each organisation in the team to show the meeting time in the core members' job plans or rotas.",
    fromLevel: 1,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 3,
    successMeasure: 'Team time shown in the job plans or rotas of every core member.',
  },
  {
    id: 'v2.teams.shared-care-plan',
    areaId: 'teams',
    questionIds: ['v2.teams.support'],
    title: 'Introduce a shared care plan template',
    description:
      'Agree one care plan template that every organisation in the team uses, stored where all members can see it, with ' +
      'an owner for each action.',
    fromLevel: 2,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 3,
    successMeasure: 'Template completed for every patient discussed in a month.',
  },
  {
    id: 'v2.teams.shared-base',
    areaId: 'teams',
    questionIds: ['v2.teams.support'],
    title: 'Find a shared base for set days',
    description: 'With partners, find a room where team members can work side by side on set days each week.',
    fromLevel: 3,
    ownerRole: 'Estates lead',
    suggestedMonth: 6,
    successMeasure: 'Team working from the shared base on set days, shown on the rota.',
  },
  {
    id: 'v2.teams.choose-measures',
    areaId: 'teams',
    questionIds: ['v2.teams.impact'],
    title: 'Choose two or three measures for each team',
    description:
      'Pick measures the team can affect and the data can show, such as emergency admissions, A&E attendances or days ' +
      'at home.',
    fromLevel: 0,
    ownerRole: 'Population health lead',
    suggestedMonth: 1,
    successMeasure: 'Measures written down and agreed by the team.',
  },
  {
    id: 'v2.teams.record-baseline',
    areaId: 'teams',
    questionIds: ['v2.teams.impact'],
    title: 'Record a baseline for each measure',
    description: 'Record each measure for the cohort over the twelve months before the team started.',
    fromLevel: 1,
    ownerRole: 'Population health lead',
    suggestedMonth: 2,
    successMeasure: 'Baseline figures recorded with the period they cover.',
  },
  {
    id: 'v2.teams.quarterly-report',
    areaId: 'teams',
    questionIds: ['v2.teams.impact'],
    title: 'Report each team against its baseline every quarter',
    description: 'Produce a one-page quarterly report per team comparing the measures with the baseline.',
    fromLevel: 2,
    ownerRole: 'Population health lead',
    suggestedMonth: 4,
    successMeasure: 'First quarterly report presented to the PCN board.',
  },
  {
    id: 'v2.teams.report-to-partners',
    areaId: 'teams',
    questionIds: ['v2.teams.impact'],
    title: 'Review the results with partners and act on them',
    description:
      "Take the quarterly report to the partners' meeting and agree at least one change to how a team works.",
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Partner minute records the report and the change agreed.',
  },
  {
    id: 'v2.teams.write-aims',
    areaId: 'teams',
    questionIds: ['v2.teams.success'],
    title: 'Write a one-sentence aim for each team',
    description: 'Agree with each team what it is for, in one sentence that patients would understand.',
    fromLevel: 0,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 1,
    successMeasure: 'Aim for each team agreed at the board.',
  },
  {
    id: 'v2.teams.success-thresholds',
    areaId: 'teams',
    questionIds: ['v2.teams.success'],
    title: 'Set a success threshold for each team',
    description: 'For each team agree a figure and a date that would count as success, with the partners in the team.',
    fromLevel: 1,
    ownerRole: 'Population health lead',
    suggestedMonth: 3,
    successMeasure: 'Threshold agreed for each team and recorded with its measures.',
  },
  {
    id: 'v2.teams.patient-feedback',
    areaId: 'teams',
    questionIds: ['v2.teams.success'],
    title: 'Ask patients and carers about the team',
    description:
      'Use a short survey or a few conversations, with help from the voluntary sector or patient group, to hear from ' +
      'people the team has helped.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 4,
    successMeasure: 'Feedback summary shared with the team and the board.',
  },
  {
    id: 'v2.teams.keep-change-grow',
    areaId: 'teams',
    questionIds: ['v2.teams.success'],
    title: 'Hold a keep, change or grow review with partners',
    description:
      'Once a team has run for six months, put its results beside its threshold and ask partners to decide whether to ' +
      'keep it as it is, change it or extend it to more patients.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Partner minute records the decision and the figures it was based on.',
  },
  {
    id: 'v2.teams.contract-requirement',
    areaId: 'teams',
    questionIds: ['v2.teams.core-function'],
    title: 'Brief the board on team working in the 2026/27 contract',
    description:
      'Take a short paper on what the GP contract 2026/27 asks of PCNs on team working, and what it means for each practice.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Paper discussed and minuted at the board.',
  },
  {
    id: 'v2.teams.practice-int-leads',
    areaId: 'teams',
    questionIds: ['v2.teams.core-function'],
    title: 'Ask each practice to name a team-working lead',
    description:
      'Ask every practice for one person who refers patients to the teams and attends when its patients are discussed.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'A named lead for every member practice.',
  },
  {
    id: 'v2.teams.practice-referrals',
    areaId: 'teams',
    questionIds: ['v2.teams.core-function'],
    title: 'Help every practice refer to the teams',
    description:
      'Share the inclusion criteria and a simple referral route with each practice lead, and report referrals by practice monthly.',
    fromLevel: 2,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 3,
    successMeasure: 'Every practice has referred at least one patient within a quarter.',
  },
  {
    id: 'v2.teams.network-agreement-clause',
    areaId: 'teams',
    questionIds: ['v2.teams.core-function'],
    title: 'Write team working into the network agreement',
    description:
      'Add what each practice commits to on team working (lead, referrals, attendance) to the network agreement.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Network agreement with the clause signed by every practice.',
  },
];

export const teams: { area: Area; actions: SuggestedAction[] } = { area, actions };
