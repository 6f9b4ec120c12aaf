/**
 * Framework 2026.2, area 2: external relationships. Asked for the community trust as well as the
 * acute trust, since standardised community health services are a core component of
 * neighbourhood health. Partner organisations are also recorded one by one (tracksPartners).
 */
import type { Area, SuggestedAction } from '../types';

const area: Area = {
  id: 'relationships',
  title: 'External relationships',
  purpose:
    'Neighbourhood working depends on trust between named people in each organisation. ' +
    'This area asks whether PCN leaders know, and are known by, the senior leaders of every key partner.',
  tracksPartners: true,
  levels: {
    0: 'Contact with other organisations happens only when something has gone wrong, and the PCN cannot name a senior contact in most partner organisations.',
    1: 'A stakeholder map names a senior contact in each key partner: community trust, mental health trust, acute trust, social care and the voluntary sector.',
    2: 'PCN leaders meet the community trust and acute trust leaders on a set cycle, including a joint group of four to six people with the acute trust.',
    3: 'The PCN and its partners have signed a short statement of why they work together, and partner teams are linked by name to the member practices.',
    4: 'Partners contact the PCN first about neighbourhood issues, and joint groups have delivered changes recorded in their notes.',
  },
  questions: [
    {
      id: 'v2.relationships.key-leaders',
      text:
        'Does the PCN have individual, personal relationships with the key leaders of the organisations across the ' +
        'neighbourhood: the community trust, the mental health trust, the acute trust, social care and the voluntary sector?',
      help:
        'A relationship here means you could ring the person and they would know who you are. Count five kinds of partner: ' +
        "community trust, mental health trust, acute (hospital) trust, council adult and children's social care, and the " +
        'main voluntary sector bodies. Record each one in the partner list below this question as well.',
      anchors: {
        0: {
          text: 'The PCN cannot name a senior contact in three or more of the five kinds of partner.',
          evidence: 'No stakeholder map or contact list exists.',
        },
        1: {
          text: 'A stakeholder map names a senior contact in each of the five kinds of partner.',
          evidence: 'The stakeholder map, dated, with a name and role for each partner.',
        },
        2: {
          text: 'PCN leaders have met at least three of the five senior contacts one to one in the last six months.',
          evidence: 'The stakeholder map with the date of each meeting.',
        },
        3: {
          text: 'PCN leaders have met all five senior contacts one to one in the last six months.',
          evidence: 'The stakeholder map with a meeting date within six months for every partner.',
        },
        4: {
          text: 'Each of the five partners has contacted the PCN first about a neighbourhood issue in the last six months.',
          evidence: 'A log of the approaches, with dates and the issue raised.',
        },
      },
      links: ['nnhip-integrated-working', 'core-mdt'],
      carriesAnswerFrom: 'relationships.key-leaders',
    },
    {
      id: 'v2.relationships.community-trust',
      text: 'Is there a working relationship between PCN leaders and the senior leaders of the community trust?',
      help:
        'Community nursing, therapies, intermediate care and urgent community response mostly come from the community ' +
        'trust, and the national guidelines expect these services to be standardised and organised around neighbourhoods. ' +
        'The community trust is often the partner a PCN works with most, and a possible future neighbourhood provider.',
      anchors: {
        0: {
          text: 'The PCN does not know which community trust leader covers its area.',
          evidence: 'No named contact on the stakeholder map.',
        },
        1: {
          text: 'A named community trust service or locality director has met PCN leaders once.',
          evidence: 'Note or email of the meeting.',
        },
        2: {
          text: 'PCN and community trust leaders meet at least every two months.',
          evidence: 'Meeting dates and notes for the last four months.',
        },
        3: {
          text: 'A named community nursing team is linked to each member practice.',
          evidence: 'A list of practices with their linked team and team leader.',
        },
        4: {
          text: 'The PCN and the community trust have a written joint plan for one service, such as care homes or urgent community response.',
          evidence: 'The joint plan, signed off by both organisations.',
        },
      },
      links: ['core-community', 'core-intermediate', 'core-ucr', 'nnhip-integrated-working'],
    },
    {
      id: 'v2.relationships.acute-trust',
      text: 'Is there a small joint group of senior managers and clinicians from the PCN and the acute trust?',
      help:
        'Large set-piece meetings rarely change much. What helps is a group of four to six people from both sides, senior ' +
        'enough to fix problems in their own organisation. Senior ICB colleagues can often say which trust leaders are ' +
        'most open to working with general practice.',
      anchors: {
        0: {
          text: 'Contact with the acute trust happens only through complaints, incidents or escalations.',
          evidence: 'No named senior trust contact for joint work.',
        },
        1: {
          text: 'A named acute trust executive has agreed to sponsor joint work with the PCN.',
          evidence: 'Email or meeting note recording the agreement.',
        },
        2: {
          text: 'Both sides have agreed the membership of a joint group of four to six people.',
          evidence: 'Membership list with names and roles from both organisations.',
        },
        3: {
          text: "The joint group's action log records three or more meetings.",
          evidence: 'The action log with meeting dates.',
        },
        4: {
          text: 'The joint group has completed one change to a pathway between hospital and practices.',
          evidence: 'Action log entry closing the change, such as a new advice and guidance route.',
        },
      },
      links: ['nnhip-integrated-working', 'core-intermediate'],
      carriesAnswerFrom: 'relationships.acute-trust',
    },
    {
      id: 'v2.relationships.joint-rationale',
      text: 'Have the PCN and its partners agreed why they are working together, and what is not on the table?',
      help:
        'A written reason for joint working keeps everyone pointing the same way. For general practice it might be less ' +
        'unfunded work shifted to practices; for a trust, better referrals or fewer admissions. Fears such as a trust ' +
        'taking over practices are best ruled out in writing.',
      anchors: {
        0: {
          text: 'There is no written statement of why the PCN and its partners work together.',
          evidence: 'No such document exists.',
        },
        1: {
          text: 'The PCN has drafted a one-page statement of why it wants to work with partners.',
          evidence: 'The draft, dated.',
        },
        2: {
          text: 'The draft has been discussed with at least one partner organisation.',
          evidence: 'Meeting note recording the discussion and comments.',
        },
        3: {
          text: 'The statement, including what is off the table, is signed by the PCN board and one partner executive.',
          evidence: 'The signed statement and the board minute.',
        },
        4: {
          text: 'Every key partner has signed the statement.',
          evidence: "The statement with each partner's sign-off.",
        },
      },
      links: ['nnhip-integrated-working', 'nnhip-governance'],
      carriesAnswerFrom: 'relationships.joint-rationale',
    },
    {
      id: 'v2.relationships.team-alignment',
      text: "Are mental health, social care and voluntary sector staff linked by name to the PCN's practices?",
      help:
        'Partners find it far easier to work with a PCN when their own staff cover the same patients. Consider whether ' +
        'community mental health workers, social workers and social prescribing or voluntary sector link workers are ' +
        'linked to your practices, or spread across several PCNs.',
      anchors: {
        0: {
          text: 'No mental health, social care or voluntary sector worker is linked by name to the PCN.',
          evidence: 'Practices cannot name a link worker in any of the three.',
        },
        1: {
          text: 'One of the three partners has a named link worker for the PCN.',
          evidence: 'The name and contact details, shared with the practices.',
        },
        2: {
          text: 'Two of the three partners have a named link worker for the PCN.',
          evidence: 'The practice contact list showing both link workers.',
        },
        3: {
          text: 'All three partners have a named link worker for the PCN.',
          evidence: 'The practice contact list showing all three.',
        },
        4: {
          text: "The link workers from all three attend the PCN's integrated team meetings.",
          evidence: 'Attendance lists from the last three team meetings.',
        },
      },
      links: ['gpc-footprint', 'core-mdt', 'nnhip-integrated-working'],
      carriesAnswerFrom: 'relationships.team-alignment',
    },
  ],
};

const actions: SuggestedAction[] = [
  {
    id: 'v2.relationships.stakeholder-map',
    areaId: 'relationships',
    questionIds: ['v2.relationships.key-leaders', 'v2.relationships.community-trust'],
    title: 'Build a stakeholder map',
    description:
      'List each partner organisation with a named senior contact, their role, who in the PCN knows them and when ' +
      'you last met. Mark the gaps.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Stakeholder map shared with the board, naming a senior contact in all five kinds of partner.',
  },
  {
    id: 'v2.relationships.first-one-to-ones',
    areaId: 'relationships',
    questionIds: ['v2.relationships.key-leaders'],
    title: 'Meet three partner leaders one to one',
    description:
      'Book informal meetings with three senior contacts on the map to learn their pressures and priorities, and ' +
      'record the date on the map.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Three one-to-one meetings held and dated on the map.',
  },
  {
    id: 'v2.relationships.remaining-one-to-ones',
    areaId: 'relationships',
    questionIds: ['v2.relationships.key-leaders'],
    title: 'Meet the remaining partner leaders',
    description:
      'Complete one-to-one meetings with every senior contact on the map, asking each how they prefer to be reached.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'All five senior contacts met within six months, dated on the map.',
  },
  {
    id: 'v2.relationships.partners-forum',
    areaId: 'relationships',
    questionIds: ['v2.relationships.key-leaders', 'v2.relationships.joint-rationale'],
    title: "Hold a quarterly partners' forum",
    description:
      'Invite partner leaders each quarter to review shared priorities and raise issues early, so partners get used ' +
      'to coming to the PCN first.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'Forum held with every key partner, and approaches from partners logged for six months.',
  },
  {
    id: 'v2.relationships.meet-community-director',
    areaId: 'relationships',
    questionIds: ['v2.relationships.community-trust'],
    title: 'Meet the community trust locality director',
    description:
      'Ask the community trust who leads services for your area and book a first meeting about how community ' +
      'nursing and therapies work with the practices.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'First meeting held and the director added to the stakeholder map.',
  },
  {
    id: 'v2.relationships.community-meeting-cycle',
    areaId: 'relationships',
    questionIds: ['v2.relationships.community-trust'],
    title: 'Set a meeting cycle with the community trust',
    description: 'Agree to meet the community trust leads at least every two months, with a short shared action list.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Dates set for six months and the first two meetings held.',
  },
  {
    id: 'v2.relationships.link-nursing-teams',
    areaId: 'relationships',
    questionIds: ['v2.relationships.community-trust'],
    title: 'Link a community nursing team to each practice',
    description:
      'Ask the community trust to name the nursing team and team leader for each member practice, and share the ' +
      'list with practice staff.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 3,
    successMeasure: 'Every member practice has a named linked community nursing team.',
  },
  {
    id: 'v2.relationships.community-joint-plan',
    areaId: 'relationships',
    questionIds: ['v2.relationships.community-trust'],
    title: 'Write a joint plan for one service with the community trust',
    description:
      'Choose one service where the PCN and the community trust overlap, such as care homes or urgent community ' +
      'response, and write a one-page joint plan for it.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'Joint plan signed off by the PCN board and the community trust.',
  },
  {
    id: 'v2.relationships.ask-icb-for-acute-sponsor',
    areaId: 'relationships',
    questionIds: ['v2.relationships.acute-trust'],
    title: 'Ask the ICB which acute trust leader to approach',
    description:
      'Ask senior ICB colleagues to suggest an acute trust executive who is open to working with general practice, ' +
      'and to introduce you.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'A named trust executive has agreed to sponsor joint work.',
  },
  {
    id: 'v2.relationships.acute-group-membership',
    areaId: 'relationships',
    questionIds: ['v2.relationships.acute-trust'],
    title: 'Agree the members of the joint group',
    description:
      'With the trust sponsor, pick four to six senior managers and clinicians from both sides who can fix problems ' +
      'in their own organisation.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Membership list agreed by both organisations.',
  },
  {
    id: 'v2.relationships.acute-group-meets',
    areaId: 'relationships',
    questionIds: ['v2.relationships.acute-trust'],
    title: 'Run the joint group with an action log',
    description: 'Hold the joint group at least every six weeks, with an action log reviewed at each meeting.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 3,
    successMeasure: 'Three meetings held and the action log kept.',
  },
  {
    id: 'v2.relationships.acute-pathway-fix',
    areaId: 'relationships',
    questionIds: ['v2.relationships.acute-trust'],
    title: 'Fix one hospital–practice pathway through the joint group',
    description:
      'Pick one problem both sides feel, such as discharge letters or tests requested back to practices, and agree ' +
      'and test a change.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Change in place and closed on the action log.',
  },
  {
    id: 'v2.relationships.draft-rationale',
    areaId: 'relationships',
    questionIds: ['v2.relationships.joint-rationale'],
    title: 'Draft a one-page reason for joint working',
    description:
      'Write what the PCN wants from working with partners, what each side gains, and what is off the table, such ' +
      'as a trust taking over practices.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Draft statement approved by the PCN board for discussion with partners.',
  },
  {
    id: 'v2.relationships.discuss-rationale',
    areaId: 'relationships',
    questionIds: ['v2.relationships.joint-rationale'],
    title: 'Test the draft with a partner',
    description:
      'Take the draft to the acute trust joint group or the community trust leads and ask what they would change.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 3,
    successMeasure: 'Partner comments recorded and the draft revised.',
  },
  {
    id: 'v2.relationships.sign-rationale',
    areaId: 'relationships',
    questionIds: ['v2.relationships.joint-rationale'],
    title: 'Sign the statement with a partner executive',
    description: 'Ask the PCN board and one partner executive director to sign the revised statement.',
    fromLevel: 2,
    ownerRole: 'PCN board',
    suggestedMonth: 4,
    successMeasure: 'Statement signed by the PCN board and one partner executive.',
  },
  {
    id: 'v2.relationships.all-partners-sign',
    areaId: 'relationships',
    questionIds: ['v2.relationships.joint-rationale'],
    title: 'Ask every key partner to sign the statement',
    description: "Bring the statement to the partners' forum and ask each remaining partner to sign it.",
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Statement signed by every key partner.',
  },
  {
    id: 'v2.relationships.first-link-worker',
    areaId: 'relationships',
    questionIds: ['v2.relationships.team-alignment'],
    title: 'Ask one partner for a named link worker',
    description:
      'Start with the partner most used by the practices, often the community mental health team, and ask for a ' +
      'named worker for the PCN.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'One named link worker, shared with every practice.',
  },
  {
    id: 'v2.relationships.more-link-workers',
    areaId: 'relationships',
    questionIds: ['v2.relationships.team-alignment'],
    title: 'Ask the other partners for named link workers',
    description:
      'Ask social care and the main voluntary sector body for a named worker for the PCN, using the first link ' +
      'worker as the example.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 3,
    successMeasure: 'A second partner has a named link worker for the PCN.',
  },
  {
    id: 'v2.relationships.complete-link-workers',
    areaId: 'relationships',
    questionIds: ['v2.relationships.team-alignment'],
    title: 'Complete the set of link workers',
    description:
      "Follow up the remaining partner, with the ICB place team's support if needed, until all three have a named worker.",
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Mental health, social care and voluntary sector each have a named link worker.',
  },
  {
    id: 'v2.relationships.link-workers-join-int',
    areaId: 'relationships',
    questionIds: ['v2.relationships.team-alignment'],
    title: 'Invite the link workers to the team meetings',
    description:
      'Add the three link workers to the integrated team meeting invitations and agree the time they can give.',
    fromLevel: 3,
    ownerRole: 'PCN manager',
    suggestedMonth: 5,
    successMeasure: 'All three link workers attend three team meetings in a row.',
  },
];

export const relationships: { area: Area; actions: SuggestedAction[] } = { area, actions };
