/**
 * Framework 2026.2, area 1: leadership. Each question has its own five anchors (one observable
 * condition each, with an example of the evidence) and the suggested actions that move it up
 * one anchor at a time.
 */
import type { Area, SuggestedAction } from '../types';

const area: Area = {
  id: 'leadership',
  title: 'Leadership',
  purpose:
    'Someone has to speak for general practice when neighbourhood partners sit down together. ' +
    'This area asks whether the PCN has a leader who wants that role, the time to do it and a second person behind them.',
  levels: {
    0: 'The clinical director spends nearly all leadership time keeping the PCN running, and nobody has been asked to represent the PCN with neighbourhood partners.',
    1: 'The member practices have agreed in writing what the PCN wants from the neighbourhood, and the board has minuted who leads for the PCN externally.',
    2: 'The external lead has protected sessions in a signed job plan, and named people own the internal running of the PCN.',
    3: 'A second person has a development plan and has represented the PCN at partner meetings, so the role would survive a change of clinical director.',
    4: 'A PCN leader holds a named role in a neighbourhood forum, such as co-chair of a design workstream, and partners ask for their view before decisions are taken.',
  },
  questions: [
    {
      id: 'v2.leadership.cd-ambition',
      text: 'Does the clinical director want to take on a leadership role in the new neighbourhood?',
      help:
        'Leading a neighbourhood means months of meetings with trusts, the council and the voluntary sector, on top of ' +
        'clinical work. A clear "no" is a useful answer too: it starts the search for someone else (the next questions). ' +
        'The levels below follow the decision from a private view to a role partners recognise.',
      anchors: {
        0: {
          text: 'The clinical director has not said to the PCN board whether they want the external role.',
          evidence: 'No board minute or note records a view either way.',
        },
        1: {
          text: 'The clinical director has told the PCN board whether they want the external role.',
          evidence: 'A board minute recording what the clinical director said.',
        },
        2: {
          text: 'The board has minuted a decision naming who leads for the PCN with neighbourhood partners.',
          evidence: 'Board minute naming the external lead, whether the clinical director or someone else.',
        },
        3: {
          text: 'The named external lead has been introduced to the ICB and to each key partner as the PCN contact.',
          evidence: 'Introduction emails or letters, or meeting invitations now sent to the named lead.',
        },
        4: {
          text: 'The external lead holds a named seat in a neighbourhood forum, such as co-chair of a workstream.',
          evidence: 'Terms of reference or a membership list that names the PCN lead in that seat.',
        },
      },
      links: ['nnhip-readiness', 'nnhip-governance', 'nhf-contracting'],
      carriesAnswerFrom: 'leadership.cd-ambition',
    },
    {
      id: 'v2.leadership.freed-up',
      text:
        'Can the clinical director be freed up from the internal running of the PCN, with others stepping up, ' +
        'so they can focus on the external work with partners?',
      help:
        'Think about who handles staffing, contract returns, rotas and practice queries today. If the clinical director ' +
        'does most of it, external work will always lose out. Protected sessions are half-days set aside in a job plan.',
      anchors: {
        0: {
          text: 'There is no written list of the internal PCN tasks the clinical director does.',
          evidence: 'Nobody can produce a task list or job plan for the role.',
        },
        1: {
          text: 'A written list shows each internal PCN task and who does it now.',
          evidence: 'A task list, dated, shared with the PCN manager.',
        },
        2: {
          text: 'Each internal task on the list has a named owner other than the clinical director.',
          evidence: 'The task list with a named owner, such as the PCN manager or a practice lead, against every item.',
        },
        3: {
          text: "The clinical director's signed job plan protects at least one session a week for work with partners.",
          evidence: 'The signed job plan showing the protected sessions.',
        },
        4: {
          text: 'The diary shows the protected sessions spent with partners in each of the last three months.',
          evidence: 'Diary extract or meeting log covering three months.',
        },
      },
      links: ['nnhip-readiness'],
      carriesAnswerFrom: 'leadership.protected-time',
    },
    {
      id: 'v2.leadership.team-depth',
      text: 'Are other people stepping up to share the internal leadership of the PCN?',
      help:
        'A PCN that depends on one person is fragile. Look for a PCN manager with authority to act, a deputy clinical ' +
        'director, and a lead in each practice who takes on named responsibilities.',
      anchors: {
        0: {
          text: 'No one other than the clinical director can take a PCN decision between board meetings.',
          evidence: 'No delegation is written down anywhere.',
        },
        1: {
          text: 'A PCN manager is in post with a written description of what they can decide alone.',
          evidence: 'Job description or scheme of delegation for the PCN manager.',
        },
        2: {
          text: 'Each member practice has a named lead for PCN business.',
          evidence: 'A contact list with one named lead per practice, agreed at the board.',
        },
        3: {
          text: 'A deputy clinical director is in post with funded sessions.',
          evidence: 'Board minute of the appointment and the funded sessions.',
        },
        4: {
          text: 'The deputy or the PCN manager has chaired a PCN board meeting in the last six months.',
          evidence: 'Board minutes showing who chaired.',
        },
      },
      links: ['nnhip-readiness', 'nnhip-governance'],
      carriesAnswerFrom: 'leadership.team-depth',
    },
    {
      id: 'v2.leadership.successor',
      text:
        'If the clinical director does not want the role, can someone in the PCN with the skills and the desire to ' +
        'lead be identified and supported to move towards it?',
      help:
        'The best external leader is not always the current clinical director. If the clinical director does want the ' +
        'role, answer this for a second person who could step in should they leave. Support means time, training or a mentor.',
      anchors: {
        0: {
          text: 'No one other than the clinical director has been named as a possible external lead.',
          evidence: 'No board discussion of who else could take the role.',
        },
        1: {
          text: 'The board has named a person who could take on or share the external role.',
          evidence: 'Board minute naming the person, with their agreement.',
        },
        2: {
          text: 'The named person has a written development plan with time, training or a mentor.',
          evidence: 'The development plan, with the funded time or course booked.',
        },
        3: {
          text: 'The named person has represented the PCN at two or more partner meetings.',
          evidence: 'Attendance lists or notes of the meetings.',
        },
        4: {
          text: "A board-approved succession plan says who covers the external role at a month's notice.",
          evidence: 'The succession plan, approved in a board minute.',
        },
      },
      links: ['nnhip-readiness'],
      carriesAnswerFrom: 'leadership.successor',
    },
    {
      id: 'v2.leadership.shared-purpose',
      text: 'Have the member practices agreed what the PCN wants from the neighbourhood?',
      help:
        'A leader can only negotiate well if the practices behind them agree on the aim. A short written purpose with ' +
        'two or three priorities is enough; it also tells partners what general practice wants.',
      anchors: {
        0: {
          text: 'There is no written statement of what the PCN wants from the neighbourhood.',
          evidence: 'No purpose or priorities document exists.',
        },
        1: {
          text: 'A draft one-page purpose with up to three priorities has gone to the PCN board.',
          evidence: 'The draft and the board agenda it went to.',
        },
        2: {
          text: 'Every member practice has signed off the one-page purpose.',
          evidence: "Board minute recording each practice's agreement.",
        },
        3: {
          text: 'The purpose has been shared with the ICB and the neighbourhood partners.',
          evidence: 'The email or meeting paper that shared it.',
        },
        4: {
          text: "A neighbourhood plan or partner paper includes at least one of the PCN's priorities.",
          evidence: 'The partner document, with the priority marked.',
        },
      },
      links: ['nnhip-readiness', 'nhf-plans'],
      carriesAnswerFrom: 'leadership.shared-purpose',
    },
  ],
};

const actions: SuggestedAction[] = [
  {
    id: 'v2.leadership.ask-the-cd',
    areaId: 'leadership',
    questionIds: ['v2.leadership.cd-ambition'],
    title: 'Put the external role on the board agenda',
    description:
      'Give the clinical director a board item to say, frankly, whether they want to lead for the PCN in the ' +
      'neighbourhood and what it would take. Record the answer, whichever it is.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: "Board minute records the clinical director's view on the external role.",
  },
  {
    id: 'v2.leadership.decide-external-lead',
    areaId: 'leadership',
    questionIds: ['v2.leadership.cd-ambition', 'v2.leadership.successor'],
    title: 'Decide who will lead for the PCN externally',
    description:
      'Hold a board decision on who represents the PCN with neighbourhood partners. If the clinical director does ' +
      'not want it, name who could, with their agreement.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 1,
    successMeasure: 'Board minute names the external lead.',
  },
  {
    id: 'v2.leadership.introduce-lead',
    areaId: 'leadership',
    questionIds: ['v2.leadership.cd-ambition'],
    title: 'Introduce the external lead to the ICB and partners',
    description:
      "Write to the ICB place team and to the senior contact in each key partner naming the PCN's external lead " +
      'and asking that neighbourhood invitations go to them.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure:
      'Introduction sent to the ICB and every key partner; the next invitations arrive addressed to the lead.',
  },
  {
    id: 'v2.leadership.offer-to-co-chair',
    areaId: 'leadership',
    questionIds: ['v2.leadership.cd-ambition', 'v2.leadership.shared-purpose'],
    title: 'Offer to co-chair a neighbourhood design workstream',
    description:
      'Offer a partner leader to co-chair one workstream, such as frailty or urgent same-day care, and bring the ' +
      "PCN's priorities into its work.",
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: "PCN lead named as co-chair in the workstream's terms of reference.",
  },
  {
    id: 'v2.leadership.list-internal-tasks',
    areaId: 'leadership',
    questionIds: ['v2.leadership.freed-up'],
    title: 'List what the clinical director does inside the PCN',
    description:
      'For two weeks, note every internal task the clinical director handles (staffing, returns, rotas, practice ' +
      'queries) and who could do each one instead.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Dated task list shared with the clinical director and PCN manager.',
  },
  {
    id: 'v2.leadership.hand-over-tasks',
    areaId: 'leadership',
    questionIds: ['v2.leadership.freed-up', 'v2.leadership.team-depth'],
    title: 'Give each internal task a new owner',
    description:
      'Agree with the PCN manager and practice leads who takes each task on the list, and the date each moves.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Every task on the list has a named owner other than the clinical director.',
  },
  {
    id: 'v2.leadership.rewrite-cd-job-plan',
    areaId: 'leadership',
    questionIds: ['v2.leadership.freed-up'],
    title: "Rewrite the clinical director's job plan",
    description:
      'Rewrite the job plan so that at least one session a week is protected for work with neighbourhood partners, ' +
      'and have the board sign it off.',
    fromLevel: 2,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Signed job plan with at least one protected session a week for external work.',
  },
  {
    id: 'v2.leadership.log-external-time',
    areaId: 'leadership',
    questionIds: ['v2.leadership.freed-up'],
    title: 'Keep a log of the protected sessions',
    description:
      'Log how each protected session was used and review the log at the board every month, so internal work ' +
      'does not creep back in.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Three consecutive months of the log show the sessions spent with partners.',
  },
  {
    id: 'v2.leadership.manager-delegation',
    areaId: 'leadership',
    questionIds: ['v2.leadership.team-depth'],
    title: 'Write down what the PCN manager can decide',
    description:
      'Agree a short scheme of delegation: the decisions and spending the PCN manager can take without the ' +
      'clinical director.',
    fromLevel: 0,
    ownerRole: 'PCN board',
    suggestedMonth: 1,
    successMeasure: 'Scheme of delegation approved at the board.',
  },
  {
    id: 'v2.leadership.practice-leads',
    areaId: 'leadership',
    questionIds: ['v2.leadership.team-depth'],
    title: 'Ask each practice to name a lead for PCN business',
    description:
      'Ask every member practice to name one partner or manager who speaks for the practice on PCN business and ' +
      'takes on named tasks.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'A named lead for every member practice on the PCN contact list.',
  },
  {
    id: 'v2.leadership.appoint-deputy',
    areaId: 'leadership',
    questionIds: ['v2.leadership.team-depth'],
    title: 'Appoint a deputy clinical director',
    description:
      'Agree a role description, sessions and funding for a deputy clinical director who takes on internal ' +
      'leadership, then recruit from the member practices.',
    fromLevel: 2,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Deputy clinical director in post with funded sessions.',
  },
  {
    id: 'v2.leadership.deputy-chairs',
    areaId: 'leadership',
    questionIds: ['v2.leadership.team-depth'],
    title: 'Have the deputy chair a board meeting',
    description:
      'Plan for the deputy clinical director or PCN manager to chair one PCN board meeting, with a briefing beforehand.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'Board minutes show a meeting chaired by the deputy or the PCN manager.',
  },
  {
    id: 'v2.leadership.name-second-leader',
    areaId: 'leadership',
    questionIds: ['v2.leadership.successor'],
    title: 'Name a second person for the external role',
    description:
      'Ask the board who else has the interest and credibility with partners to take on or share the external ' +
      'role, and ask them directly.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Board minute names the person, who has agreed.',
  },
  {
    id: 'v2.leadership.development-plan',
    areaId: 'leadership',
    questionIds: ['v2.leadership.successor'],
    title: 'Agree a development plan for the second leader',
    description:
      'Agree the time, training and mentoring the named person needs, such as a system leadership course or ' +
      'shadowing the clinical director at partner meetings.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 3,
    successMeasure: 'Written development plan with time funded or a course booked.',
  },
  {
    id: 'v2.leadership.second-leader-attends',
    areaId: 'leadership',
    questionIds: ['v2.leadership.successor'],
    title: 'Send the second leader to partner meetings',
    description: 'Have the named person represent the PCN at two partner meetings, with a short debrief afterwards.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'The named person has attended two partner meetings for the PCN.',
  },
  {
    id: 'v2.leadership.succession-plan',
    areaId: 'leadership',
    questionIds: ['v2.leadership.successor'],
    title: 'Write a succession plan for the external role',
    description:
      'Write down who covers the external role if the lead steps down or is away, with handover notes kept up to date.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Succession plan approved in a board minute.',
  },
  {
    id: 'v2.leadership.draft-purpose',
    areaId: 'leadership',
    questionIds: ['v2.leadership.shared-purpose'],
    title: 'Draft a one-page PCN purpose',
    description:
      'Draft a single page saying what the PCN wants from the neighbourhood and up to three priorities, and take ' +
      'it to the board.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'Draft purpose on the board agenda.',
  },
  {
    id: 'v2.leadership.sign-off-purpose',
    areaId: 'leadership',
    questionIds: ['v2.leadership.shared-purpose'],
    title: 'Get every practice to sign off the purpose',
    description: 'Ask each member practice to agree the one-page purpose, taking comments back to the board once.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: "Board minute records every member practice's agreement.",
  },
  {
    id: 'v2.leadership.share-purpose',
    areaId: 'leadership',
    questionIds: ['v2.leadership.shared-purpose'],
    title: 'Share the purpose with the ICB and partners',
    description: 'Send the agreed purpose to the ICB place team and partner leaders, and offer to talk it through.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 3,
    successMeasure: 'Purpose sent to the ICB and every key partner.',
  },
  {
    id: 'v2.leadership.priority-into-plan',
    areaId: 'leadership',
    questionIds: ['v2.leadership.shared-purpose'],
    title: 'Propose a PCN priority for the neighbourhood health plan',
    description:
      'Put one PCN priority, with the data behind it, to whoever is drafting the neighbourhood health plan for the ' +
      'health and wellbeing board.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: "The draft neighbourhood health plan includes the PCN's priority.",
  },
];

export const leadership: { area: Area; actions: SuggestedAction[] } = { area, actions };
