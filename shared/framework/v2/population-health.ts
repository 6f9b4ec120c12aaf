/**
 * Framework v2, area 5: population health. Each question carries its own five anchors (0 to 4),
 * the national expectations it serves and the suggested actions that move it one step.
 * Since March 2026 the health and wellbeing board owns the neighbourhood health plan, so the plan
 * question asks how the PCN shapes and contributes to that plan rather than whether it has its own.
 */
import type { Area, SuggestedAction } from '../types';

const AREA = 'population-health';

export const populationHealth: { area: Area; actions: SuggestedAction[] } = {
  area: {
    id: AREA,
    title: 'Population health',
    purpose:
      'A neighbourhood should plan care around the needs of its whole population, not only the patients who come ' +
      'through the door. This area asks whether the PCN understands those needs, has chosen where to start, and helps ' +
      "to shape the health and wellbeing board's neighbourhood health plan with partners behind it.",
    questions: [
      {
        id: `v2.${AREA}.needs`,
        text: 'Are the specific health needs of the local population understood?',
        help:
          'Consider the age profile, deprivation, ethnicity, the commonest long-term conditions and the groups who ' +
          'struggle to reach services. The ICB, the council public health team and the Joint Strategic Needs ' +
          'Assessment (the council and NHS summary of local health needs, known as the JSNA) usually hold the data. ' +
          'A short written neighbourhood profile that the PCN board has discussed is the clearest evidence.',
        links: ['core-phm', 'nnhip-need'],
        carriesAnswerFrom: 'population-health.needs',
        anchors: {
          0: {
            text: 'Nobody in the PCN has looked at data on the health needs of the population as a whole.',
            evidence: 'No needs summary, dashboard log-in or profile can be found.',
          },
          1: {
            text: "A named person can open the ICB's population health data or the JSNA for the PCN's practices.",
            evidence: "The person's name and a dated export or screenshot of the data.",
          },
          2: {
            text: 'A written neighbourhood profile covers age, deprivation, the main long-term conditions and groups who miss out on care.',
            evidence: 'The dated profile document, two to four pages long.',
          },
          3: {
            text: 'The PCN board has discussed the profile and minuted the three to five needs that matter most.',
            evidence: 'The board minute naming the needs.',
          },
          4: {
            text: 'The profile was refreshed in the last 12 months with data from at least two partner organisations.',
            evidence: 'The profile, listing its partner data sources and its revision date.',
          },
        },
      },
      {
        id: `v2.${AREA}.cohorts`,
        text: 'Have groups with similar needs been defined, and have specific cohorts of patients been prioritised?',
        help:
          'Segmentation means dividing the population into groups with similar needs so care can be designed for ' +
          'each; a cohort is one such group picked for attention, such as people living with frailty. Core20PLUS5 ' +
          'is the national approach to health inequalities: the most deprived 20% of the population, locally ' +
          'chosen groups, and five clinical areas. Consider whether the chosen cohort has written criteria and a ' +
          'patient count, and whether any work with it has been measured.',
        links: ['core-phm', 'core-mdt', 'nnhip-need'],
        carriesAnswerFrom: 'population-health.cohorts',
        anchors: {
          0: {
            text: 'The population has not been divided into groups with similar needs.',
            evidence: 'No segmentation report or search exists for the PCN.',
          },
          1: {
            text: "A segmentation of the PCN's patients into groups with similar needs is available.",
            evidence: 'The ICB segmentation report for the PCN, or the practice searches that produced it.',
          },
          2: {
            text: 'The PCN board has chosen one priority cohort.',
            evidence: 'The board minute naming the cohort and the reason for choosing it.',
          },
          3: {
            text: 'The priority cohort has written inclusion criteria and a current patient count.',
            evidence: 'The criteria and the dated search result giving the number of patients.',
          },
          4: {
            text: 'At least one improvement cycle with the cohort has been completed and its before-and-after figures reported.',
            evidence: 'The report to the PCN board with baseline and follow-up figures.',
          },
        },
      },
      {
        id: `v2.${AREA}.neighbourhood-plan`,
        text: "Is there a neighbourhood plan to improve population health and reduce health inequalities, and how does the PCN shape and contribute to the health and wellbeing board's plan?",
        help:
          'Since the Neighbourhood Health Framework (March 2026) the health and wellbeing board, run by the council ' +
          'with the NHS, owns each neighbourhood health plan and agrees neighbourhood boundaries. The PCN does not ' +
          'write that plan alone, but it can bring its profile and priorities to it and take on part of the work. ' +
          'Consider whether the plan includes a target for narrowing a gap between groups, not only an average, ' +
          'and whether the PCN reports on its part.',
        links: ['nhf-plans', 'nhf-boundaries', 'core-phm', 'nnhip-need'],
        anchors: {
          0: {
            text: 'The PCN does not know whether a neighbourhood health plan covers its area.',
            evidence: 'No copy, draft or timetable of the plan is held by the PCN.',
          },
          1: {
            text: "The PCN knows who leads the health and wellbeing board's neighbourhood health plan for its area and when it is due.",
            evidence: "The lead officer's name and the plan timetable, in an email or board note.",
          },
          2: {
            text: "The PCN has sent written input, with its profile and priorities, to the plan's authors.",
            evidence: 'The submission and the reply acknowledging it.',
          },
          3: {
            text: 'The agreed plan contains a priority the PCN put forward, with a target for narrowing an inequality.',
            evidence: "The plan's page showing the priority and target, beside the PCN's submission.",
          },
          4: {
            text: 'The PCN has reported its progress on its part of the plan to the board or its delivery group at least twice.',
            evidence: 'Two dated progress reports and the meeting agendas they went to.',
          },
        },
      },
      {
        id: `v2.${AREA}.partner-buy-in`,
        text: 'Are partners across the neighbourhood bought into the plan and its priorities?',
        help:
          'A plan owned only by general practice will change little. Partners include the community trust, the ' +
          'mental health trust, the council, public health and the voluntary sector. Consider whether they helped ' +
          'to choose the priorities, whether each priority has a named lead, and whether any partner has put in ' +
          'staff time or money.',
        links: ['nhf-plans', 'nnhip-integrated-working', 'core-phm'],
        carriesAnswerFrom: 'population-health.partner-buy-in',
        anchors: {
          0: {
            text: 'No partner organisation has discussed neighbourhood health priorities with the PCN.',
            evidence: 'No meeting note or correspondence with a partner on priorities.',
          },
          1: {
            text: 'The priorities have been presented to at least one partner organisation.',
            evidence: 'The slides or note of the meeting, with the partner named.',
          },
          2: {
            text: 'At least two partner organisations have agreed the priorities at a minuted meeting.',
            evidence: 'The minutes of the joint meeting recording the agreement.',
          },
          3: {
            text: 'Every priority has a named lead, from the PCN or a partner organisation.',
            evidence: 'The priority table with each lead and their organisation.',
          },
          4: {
            text: 'At least one partner organisation has committed staff time or money to a shared priority.',
            evidence: 'A letter or minute stating the hours or the amount committed.',
          },
        },
      },
      {
        id: `v2.${AREA}.capability`,
        text: 'Does the PCN have a named lead with the time and tools to use population health data?',
        help:
          'Someone needs to own population health for the PCN and turn the data into decisions, whether through an ' +
          'ICB dashboard, a clinical system search tool or an analyst the ICB provides. Protected time means ' +
          'sessions agreed in writing, not goodwill. The highest level is reached when what the data shows changes ' +
          'where staff time or money goes.',
        links: ['core-phm', 'nnhip-readiness'],
        carriesAnswerFrom: 'population-health.capability',
        anchors: {
          0: {
            text: 'Nobody in the PCN is responsible for population health.',
            evidence: 'No role in a job description or board paper mentions it.',
          },
          1: {
            text: 'The PCN board has named a population health lead.',
            evidence: 'The board minute naming the lead.',
          },
          2: {
            text: "The lead's protected time is agreed in writing.",
            evidence: 'A job plan or letter giving the sessions per month.',
          },
          3: {
            text: 'A population health report for the PCN is produced at least every quarter.',
            evidence: 'The last two quarterly reports.',
          },
          4: {
            text: 'The PCN board has moved staff time or money because of what a population health report showed.',
            evidence: 'The board minute of the decision, citing the report.',
          },
        },
      },
    ],
    levels: {
      0: 'The PCN responds to patients as they present and has not looked at data on the needs of its population as a whole.',
      1: 'The PCN can reach ICB population health data, understands Core20PLUS5, and a named person has summarised the main needs of its population.',
      2: 'The population has been segmented, a priority cohort chosen and one improvement cycle run, and the PCN has given its priorities to the neighbourhood health plan.',
      3: "Linked data is used routinely, and the health and wellbeing board's neighbourhood health plan carries inequality targets that partners and the PCN have signed up to.",
      4: 'Population health findings decide where staff time and money go across the neighbourhood, and progress on inequalities is reviewed with partners every quarter.',
    },
  },
  actions: [
    // needs
    {
      id: `v2.${AREA}.get-data-access`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.needs`],
      title: 'Get access to ICB population data and the JSNA',
      description:
        'Ask the ICB and the council public health team for log-ins to their population health dashboards and ' +
        "the JSNA chapters covering the PCN's practices, with a short session on how to use them.",
      fromLevel: 0,
      ownerRole: 'Population health lead',
      suggestedMonth: 1,
      successMeasure: 'Log-ins working for the lead and one other person, with a first export saved.',
    },
    {
      id: `v2.${AREA}.write-profile`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.needs`],
      title: 'Write a two-page neighbourhood profile',
      description:
        'Summarise age, deprivation, the main long-term conditions and the groups who miss out on care, using ' +
        'the ICB data and the JSNA.',
      fromLevel: 1,
      ownerRole: 'Population health lead',
      suggestedMonth: 2,
      successMeasure: 'Dated profile circulated to the PCN board.',
    },
    {
      id: `v2.${AREA}.profile-to-board`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.needs`],
      title: 'Take the profile to the PCN board and name the main needs',
      description:
        'Give the profile a full board item and agree the three to five needs the PCN will focus on, recording ' +
        'why each was chosen.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 3,
      successMeasure: 'Board minute naming three to five needs.',
    },
    {
      id: `v2.${AREA}.partner-data`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.needs`],
      title: "Add partners' data to the profile",
      description:
        'Ask public health, the community trust and the council for figures the practices cannot see, such as ' +
        'community caseloads or social care use, and refresh the profile with them.',
      fromLevel: 3,
      ownerRole: 'Population health lead',
      suggestedMonth: 5,
      successMeasure: 'Refreshed profile citing data from at least two partner organisations.',
    },
    // cohorts
    {
      id: `v2.${AREA}.get-segmentation`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.cohorts`],
      title: 'Obtain a segmentation of the PCN population',
      description:
        "Ask the ICB for its segmentation of the PCN's patients into groups with similar needs or, if it has " +
        'none, run standard practice searches for frailty, multiple long-term conditions and the most deprived fifth.',
      fromLevel: 0,
      ownerRole: 'Population health lead',
      suggestedMonth: 2,
      successMeasure: 'Segmentation table covering every member practice.',
    },
    {
      id: `v2.${AREA}.choose-cohort`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.cohorts`],
      title: 'Choose one priority cohort',
      description:
        'Put two or three candidate cohorts to the PCN board with their size, cost to services and inequality ' +
        'gap, using Core20PLUS5, and agree one.',
      fromLevel: 1,
      ownerRole: 'PCN board',
      suggestedMonth: 3,
      successMeasure: 'Board minute naming the cohort and the reason for choosing it.',
    },
    {
      id: `v2.${AREA}.cohort-criteria`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.cohorts`],
      title: 'Write inclusion criteria and count the cohort',
      description:
        'Agree clinical criteria for who is in the cohort and build a search every member practice can run, so ' +
        'the count is the same everywhere.',
      fromLevel: 2,
      ownerRole: 'Population health lead',
      suggestedMonth: 3,
      successMeasure: 'Written criteria and a dated patient count for every member practice.',
    },
    {
      id: `v2.${AREA}.improvement-cycle`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.cohorts`],
      title: 'Run one measured improvement cycle with the cohort',
      description:
        'Choose one measurable goal, such as more blood pressure checks for the cohort in the most deprived ' +
        'fifth, record the baseline, test a change and measure again.',
      fromLevel: 3,
      ownerRole: 'Population health lead',
      suggestedMonth: 6,
      successMeasure: 'Before-and-after figures reported to the PCN board.',
    },
    // neighbourhood plan
    {
      id: `v2.${AREA}.find-plan-lead`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.neighbourhood-plan`],
      title: 'Find out who leads the neighbourhood health plan',
      description:
        'Ask the health and wellbeing board secretary or the council public health team who is writing the ' +
        'neighbourhood health plan for the area, the boundary it covers and its timetable.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: "Lead officer's name and the plan timetable recorded in a PCN board note.",
    },
    {
      id: `v2.${AREA}.submit-input`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.neighbourhood-plan`],
      title: "Send the PCN's profile and priorities to the plan's authors",
      description:
        'Write a short submission with the neighbourhood profile, the needs the board chose and what general ' +
        'practice can offer, and ask to join the drafting workshops.',
      fromLevel: 1,
      ownerRole: 'Clinical director',
      suggestedMonth: 3,
      successMeasure: 'Submission sent and acknowledged by the plan lead.',
    },
    {
      id: `v2.${AREA}.propose-inequality-target`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.neighbourhood-plan`, `v2.${AREA}.partner-buy-in`],
      title: 'Propose one priority with an inequality target, backed by a partner',
      description:
        'Put forward one priority with a measurable target for narrowing a gap between groups, jointly with a ' +
        'partner such as the community trust, at the drafting workshop or consultation.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Priority and target appear in the draft plan.',
    },
    {
      id: `v2.${AREA}.report-progress`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.neighbourhood-plan`],
      title: "Report progress on the PCN's part of the plan",
      description:
        'Agree with the plan lead how and when the PCN reports on its priority, and send the first short ' +
        'progress report with figures.',
      fromLevel: 3,
      ownerRole: 'Population health lead',
      suggestedMonth: 6,
      successMeasure: 'First progress report received by the board or its delivery group, with the next date set.',
    },
    // partner buy-in
    {
      id: `v2.${AREA}.present-priorities`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.partner-buy-in`],
      title: 'Present the PCN priorities to one partner',
      description:
        'Take the profile and priorities to a partner the PCN already works with, such as the community trust ' +
        'locality manager, and ask what they would add.',
      fromLevel: 0,
      ownerRole: 'Clinical director',
      suggestedMonth: 2,
      successMeasure: "Meeting held and the partner's comments recorded.",
    },
    {
      id: `v2.${AREA}.joint-priorities-meeting`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.partner-buy-in`],
      title: 'Agree the priorities at a joint meeting',
      description:
        'Invite the community trust, the council, public health and the voluntary sector to agree the ' +
        'neighbourhood priorities together, and minute the agreement.',
      fromLevel: 1,
      ownerRole: 'PCN manager',
      suggestedMonth: 3,
      successMeasure: 'Minutes recording agreement by at least two partner organisations.',
    },
    {
      id: `v2.${AREA}.name-priority-leads`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.partner-buy-in`],
      title: 'Name a lead for every priority',
      description:
        'Ask each organisation at the joint meeting to lead a priority, so that not every one falls to the PCN.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Every priority has a named lead, with at least one from a partner organisation.',
    },
    {
      id: `v2.${AREA}.partner-commitment`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.partner-buy-in`],
      title: 'Ask a partner to commit staff time or money to a priority',
      description:
        'Set out what the priority needs, such as a community nurse session each week for the cohort, and ask ' +
        'the partner leading it to commit that resource in writing.',
      fromLevel: 3,
      ownerRole: 'Clinical director',
      suggestedMonth: 6,
      successMeasure: 'Written commitment of named hours or an amount from at least one partner.',
    },
    // capability
    {
      id: `v2.${AREA}.name-lead`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.capability`],
      title: 'Name a population health lead',
      description:
        'Ask a clinician or manager with an interest in data to lead population health for the PCN, and record ' +
        'the appointment at the board.',
      fromLevel: 0,
      ownerRole: 'Clinical director',
      suggestedMonth: 1,
      successMeasure: 'Board minute naming the lead.',
    },
    {
      id: `v2.${AREA}.protect-time`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.capability`],
      title: "Agree the lead's protected time in writing",
      description: 'Agree the sessions each month the lead spends on population health and how they are paid for.',
      fromLevel: 1,
      ownerRole: 'PCN board',
      suggestedMonth: 1,
      successMeasure: 'Sessions per month written into a job plan or letter.',
    },
    {
      id: `v2.${AREA}.quarterly-report`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.capability`],
      title: 'Set up a quarterly population health report',
      description:
        'Agree a short standard report on the cohort and the chosen needs, with ICB analyst help if available, ' +
        'and put it on the board agenda every quarter.',
      fromLevel: 2,
      ownerRole: 'Population health lead',
      suggestedMonth: 3,
      successMeasure: 'First quarterly report discussed at the PCN board.',
    },
    {
      id: `v2.${AREA}.resource-by-need`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.capability`],
      title: 'Move resources to where the data shows most need',
      description:
        'Use the quarterly report to agree one concrete shift of staff time or money towards the group with the ' +
        'widest gap, with a date to review its effect.',
      fromLevel: 3,
      ownerRole: 'PCN board',
      suggestedMonth: 6,
      successMeasure: 'Board minute recording the shift and its review date.',
    },
  ],
};
