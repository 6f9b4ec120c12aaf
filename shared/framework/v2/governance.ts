/**
 * Framework 2026.2, area 3: governance. Current to 2026: the three routes to holding a
 * neighbourhood contract (a local PCN contract variation from 1 May 2026, subcontracting to a
 * multi-neighbourhood provider or integrated health organisation, a new legal entity), a
 * due-diligence view of being ready to hold one, and the PCN footprint lined up with the
 * neighbourhood the health and wellbeing board agrees.
 */
import type { Area, SuggestedAction } from '../types';

const area: Area = {
  id: 'governance',
  title: 'Governance',
  purpose:
    'To lead a neighbourhood the PCN must be able to bring partners together, make decisions that stick and, in time, ' +
    'hold a contract. This area asks whether its structures are up to that.',
  levels: {
    0: 'The PCN relies on the network agreement alone, decides informally, does not convene partners and has not looked at how it could hold a contract.',
    1: 'The PCN board has terms of reference, the PCN knows the neighbourhood boundary being proposed, and it has listed the routes to holding a contract.',
    2: 'The PCN hosts meetings of partner leaders, and it has appraised the contract routes with legal and accounting advice.',
    3: 'The member practices have voted for a route, a named body could hold a contract, and a due-diligence pack is assembled.',
    4: "Partners have agreed terms of reference for a neighbourhood leadership group, and the PCN's body holds and delivers a contracted service.",
  },
  questions: [
    {
      id: 'v2.governance.convening',
      text:
        "Does (or could) the PCN convene regular meetings of the neighbourhood's partner leaders, which could start to " +
        'operate as a leadership group for the neighbourhood?',
      help:
        'The organisation that calls the meetings, sets the agenda and writes the notes tends to shape what the ' +
        'neighbourhood becomes. "Could" counts: a PCN that has invited partners is further on than one that has not.',
      anchors: {
        0: {
          text: 'The PCN has not invited partner leaders to a meeting it hosts.',
          evidence: 'No invitation or meeting on record.',
        },
        1: {
          text: 'The PCN has sent partner leaders a written invitation to a meeting it will host.',
          evidence: 'The invitation, with the list of who it went to.',
        },
        2: {
          text: 'A PCN-hosted meeting has been held with at least three partner organisations attending.',
          evidence: 'Notes of the meeting with the attendance list.',
        },
        3: {
          text: 'The meeting has been held in each of the last two quarters.',
          evidence: 'Notes and action logs of both meetings.',
        },
        4: {
          text: 'Partners have agreed terms of reference for the meeting as the neighbourhood leadership group.',
          evidence: 'The terms of reference, minuted as agreed by the partners.',
        },
      },
      links: ['nnhip-governance', 'nnhip-integrated-working', 'nhf-contracting'],
      carriesAnswerFrom: 'governance.convening',
    },
    {
      id: 'v2.governance.internal-decisions',
      text: 'Can the member practices make collective decisions quickly and stick to them?',
      help:
        'Partners will only deal with a PCN that can commit on behalf of its practices. The network agreement is the ' +
        'agreement between member practices that the PCN contract requires; a conflicts of interest register records ' +
        'who has a personal or business stake in a decision.',
      anchors: {
        0: {
          text: 'PCN decisions are made informally, with no written rule on who decides what.',
          evidence: 'No board terms of reference exist.',
        },
        1: {
          text: 'The PCN board has written terms of reference saying who decides what.',
          evidence: 'The terms of reference, approved in a board minute.',
        },
        2: {
          text: 'The network agreement has been refreshed and signed by every member practice in the last two years.',
          evidence: 'The signed, dated network agreement.',
        },
        3: {
          text: 'A conflicts of interest register is reviewed at every board meeting.',
          evidence: 'The register and the board minutes that review it.',
        },
        4: {
          text: 'No board decision of the last six months has been reopened at a later meeting.',
          evidence: 'Board minutes and decision log for six months.',
        },
      },
      links: ['nnhip-governance', 'psr-conflicts'],
      carriesAnswerFrom: 'governance.internal-decisions',
    },
    {
      id: 'v2.governance.footprint',
      text:
        "Does the PCN's footprint match the neighbourhood that the health and wellbeing board agrees, and is the PCN " +
        'working with the ICB on any change?',
      help:
        'Since March 2026 health and wellbeing boards agree neighbourhood boundaries, and the GP contract 2026/27 asks PCNs ' +
        'to work with the ICB to line their footprint up with the neighbourhood. The footprint is the set of member ' +
        'practices and the patients they serve.',
      anchors: {
        0: {
          text: 'The PCN has not seen the neighbourhood boundary proposed for its area.',
          evidence: 'No boundary map or draft held by the PCN.',
        },
        1: {
          text: "The PCN has compared the proposed boundary with its practices' patients.",
          evidence: 'The boundary map with a note of which practices and patients sit inside and outside it.',
        },
        2: {
          text: 'The PCN has given the ICB its written view on lining the footprint up with the neighbourhood.',
          evidence: 'The letter or email to the ICB, with the board minute approving it.',
        },
        3: {
          text: 'The PCN and the ICB have agreed in writing the steps, if any, to line the footprint up.',
          evidence: 'An ICB letter or joint note setting out the agreed steps and dates.',
        },
        4: {
          text: 'The ICB has confirmed that the PCN footprint matches the agreed neighbourhood.',
          evidence: 'ICB confirmation, or the published neighbourhood map showing the match.',
        },
      },
      links: ['gpc-footprint', 'nhf-boundaries'],
      stepsOutsidePcn: {
        3: 'The health and wellbeing board agrees the boundary and the ICB confirms the footprint; the PCN can carry out the agreed steps but the confirmation is theirs.',
      },
    },
    {
      id: 'v2.governance.contract-holding',
      text: 'Is the PCN in a position to hold a contract, should one become available?',
      help:
        'A network agreement between practices is not a legal body, so it cannot usually hold a contract in its own right. ' +
        'The body might be a lead practice (for a local variation of the PCN contract), a GP federation, or a company the ' +
        'practices own. Holding a contract means employing staff, registering with the Care Quality Commission (CQC) ' +
        'where needed and managing the money.',
      anchors: {
        0: {
          text: 'The PCN has not named a body that would hold a neighbourhood contract.',
          evidence: 'No board minute on who would hold a contract.',
        },
        1: {
          text: 'The board has named the body that would hold a contract for the PCN.',
          evidence: 'Board minute naming the lead practice, federation or company.',
        },
        2: {
          text: 'The named body has a written agreement with every member practice to hold contracts for them.',
          evidence: "The signed agreement, such as a members' agreement or a federation service agreement.",
        },
        3: {
          text: 'The named body has a bank account, insurance and any CQC registration a neighbourhood service needs.',
          evidence: 'Bank details, insurance certificate and CQC registration or the submitted application.',
        },
        4: {
          text: 'The named body holds and delivers at least one contracted service today.',
          evidence: 'The signed contract and the latest delivery report to the board.',
        },
      },
      links: ['nhf-contracting', 'gpc-local-variation', 'nnhip-readiness'],
      stepsOutsidePcn: {
        3: 'Holding a contract depends on a commissioner offering one and running its selection process; the PCN can prepare and bid, but not decide the outcome.',
      },
      carriesAnswerFrom: 'governance.contract-holding',
    },
    {
      id: 'v2.governance.contract-route',
      text:
        'If not, what steps does the PCN need to take to be able to hold a contract: through a local variation of the PCN ' +
        'contract, by subcontracting to a multi-neighbourhood provider or integrated health organisation, or through a ' +
        'new legal entity?',
      help:
        'From 1 May 2026 an ICB may vary the PCN contract locally to develop neighbourhood services. A multi-neighbourhood ' +
        'provider or an integrated health organisation (IHO, an NHS trust holding a whole-population budget) may ' +
        'subcontract to the PCN. A new company or an existing federation can hold a contract directly. Each route has ' +
        'consequences for VAT, employment, NHS Pension access and CQC registration.',
      anchors: {
        0: {
          text: 'The board has not discussed the routes to holding a contract.',
          evidence: 'No board paper or minute on the routes.',
        },
        1: {
          text: 'A board paper sets out the three routes and what each would mean for the PCN.',
          evidence: 'The board paper and the minute of the discussion.',
        },
        2: {
          text: 'A written options appraisal covers VAT, employment, NHS Pension access and CQC for each route, with professional advice.',
          evidence: 'The appraisal and the legal and accounting advice it cites.',
        },
        3: {
          text: 'The member practices have voted for a preferred route.',
          evidence: "Board minute recording each practice's vote.",
        },
        4: {
          text: 'A timetable for the steps of the preferred route has been agreed with the ICB.',
          evidence: 'The letter to the ICB and its reply, or notes of the meeting agreeing the timetable.',
        },
      },
      links: ['nhf-contracting', 'gpc-local-variation', 'nnhip-governance'],
      carriesAnswerFrom: 'governance.route-to-contract',
    },
    {
      id: 'v2.governance.due-diligence',
      text: "Would the PCN, or the body that would hold its contract, pass a commissioner's due-diligence check today?",
      help:
        'Before contracting, a commissioner checks the provider: legal form, accounts, financial controls, insurance, ' +
        'clinical governance, risk management and key policies. A due-diligence pack gathers these in one place so the ' +
        'PCN can see its gaps before anyone else does.',
      anchors: {
        0: {
          text: 'The PCN does not have a list of what a commissioner checks before contracting.',
          evidence: 'No due-diligence checklist held.',
        },
        1: {
          text: 'A due-diligence checklist has been filled in with the gaps marked.',
          evidence: 'The checklist, dated, with each item marked held or missing.',
        },
        2: {
          text: 'The board reviews a monthly finance report against a budget.',
          evidence: 'Finance reports in the board papers for the last three months.',
        },
        3: {
          text: 'Every item on the due-diligence checklist is held in one pack.',
          evidence: 'The pack, with its index matching the checklist.',
        },
        4: {
          text: 'An independent reviewer, such as an accountant or the ICB, has reviewed the pack and found no open gaps.',
          evidence: "The reviewer's letter or report.",
        },
      },
      links: ['nhf-contracting', 'nnhip-readiness', 'nnhip-governance'],
      carriesAnswerFrom: 'governance.controls',
    },
  ],
};

const actions: SuggestedAction[] = [
  {
    id: 'v2.governance.invite-partners',
    areaId: 'governance',
    questionIds: ['v2.governance.convening'],
    title: 'Invite partner leaders to a PCN-hosted meeting',
    description:
      'Write to the senior contacts on the stakeholder map inviting them to a meeting the PCN hosts, with a short ' +
      'agenda on neighbourhood priorities.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'Invitation sent to at least four partner organisations.',
  },
  {
    id: 'v2.governance.first-partner-meeting',
    areaId: 'governance',
    questionIds: ['v2.governance.convening'],
    title: "Hold the first partners' leadership meeting",
    description: 'Host the meeting, take notes and agree two or three actions and the date of the next meeting.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Meeting held with at least three partner organisations and notes circulated.',
  },
  {
    id: 'v2.governance.quarterly-partner-meeting',
    areaId: 'governance',
    questionIds: ['v2.governance.convening'],
    title: 'Make the partner meeting quarterly, with an action log',
    description: 'Fix dates for a year, keep an action log and review it at the start of each meeting.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 3,
    successMeasure: 'Two quarterly meetings held with the action log reviewed.',
  },
  {
    id: 'v2.governance.leadership-group-terms',
    areaId: 'governance',
    questionIds: ['v2.governance.convening'],
    title: 'Propose terms of reference for a neighbourhood leadership group',
    description:
      'Draft terms of reference for the partner meeting as the neighbourhood leadership group: purpose, members, chair, ' +
      'how conflicts of interest are handled, and how it relates to the place board.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'Terms of reference agreed by the partners and minuted.',
  },
  {
    id: 'v2.governance.board-terms',
    areaId: 'governance',
    questionIds: ['v2.governance.internal-decisions'],
    title: 'Write terms of reference for the PCN board',
    description: 'Set out who sits on the board, what it decides, what is delegated, and how votes work.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Terms of reference approved at the board.',
  },
  {
    id: 'v2.governance.refresh-network-agreement',
    areaId: 'governance',
    questionIds: ['v2.governance.internal-decisions'],
    title: 'Refresh the network agreement',
    description:
      'Update the network agreement to cover how decisions are made and delegated, how disputes are settled and how ' +
      'the PCN takes part in neighbourhood working, then ask every practice to sign.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 3,
    successMeasure: 'Refreshed network agreement signed by every member practice.',
  },
  {
    id: 'v2.governance.conflicts-register',
    areaId: 'governance',
    questionIds: ['v2.governance.internal-decisions'],
    title: 'Start a conflicts of interest register',
    description:
      'Ask every board member to declare their interests, and make reviewing the register the first item of every ' +
      'board meeting.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 4,
    successMeasure: 'Register reviewed at two board meetings in a row.',
  },
  {
    id: 'v2.governance.decision-log',
    areaId: 'governance',
    questionIds: ['v2.governance.internal-decisions'],
    title: 'Keep a decision log',
    description:
      'Record each board decision with its date and owner, and agree that a decision is only reopened by a vote to do so.',
    fromLevel: 3,
    ownerRole: 'PCN manager',
    suggestedMonth: 5,
    successMeasure:
      'Decision log in use at every board meeting, and the rule on reopening decisions added to the terms of reference.',
  },
  {
    id: 'v2.governance.get-boundary',
    areaId: 'governance',
    questionIds: ['v2.governance.footprint'],
    title: 'Get the proposed neighbourhood boundary and compare it',
    description:
      'Ask the ICB place team or the council for the neighbourhood boundary under discussion, and compare it with where ' +
      "the member practices' patients live.",
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Boundary map held, with a note of practices and patients inside and outside it.',
  },
  {
    id: 'v2.governance.footprint-view',
    areaId: 'governance',
    questionIds: ['v2.governance.footprint'],
    title: "Agree and send the PCN's view on its footprint",
    description:
      'Agree at the board what the PCN thinks about lining its footprint up with the neighbourhood, including any ' +
      'practice that sits across two neighbourhoods, and write to the ICB.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 2,
    successMeasure: 'Board-approved view sent to the ICB.',
  },
  {
    id: 'v2.governance.footprint-steps',
    areaId: 'governance',
    questionIds: ['v2.governance.footprint'],
    title: 'Agree the footprint steps with the ICB',
    description: 'Meet the ICB to agree in writing what, if anything, changes in the footprint and by when.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Written note of the agreed steps and dates, from the ICB or jointly.',
  },
  {
    id: 'v2.governance.name-holding-body',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-holding'],
    title: 'Name the body that would hold a contract',
    description:
      'Decide at the board which body would hold a neighbourhood contract for now, such as a lead practice or the ' +
      'local federation, while the longer-term route is appraised.',
    fromLevel: 0,
    ownerRole: 'PCN board',
    suggestedMonth: 2,
    successMeasure: 'Board minute naming the body.',
  },
  {
    id: 'v2.governance.holding-agreement',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-holding'],
    title: 'Sign an agreement with the holding body',
    description:
      'With legal advice, agree how the body holds contracts for the practices: decisions, money, staff and risk-sharing.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 4,
    successMeasure: 'Agreement signed by the body and every member practice.',
  },
  {
    id: 'v2.governance.holding-body-basics',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-holding', 'v2.governance.due-diligence'],
    title: "Set up the holding body's bank account, insurance and registrations",
    description:
      'Open a bank account, arrange insurance, and check with the CQC whether the services in view need a new ' +
      'registration; apply if they do.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 5,
    successMeasure: 'Bank account open, insurance certificate held, CQC registration in place or applied for.',
  },
  {
    id: 'v2.governance.bid-small-service',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-holding'],
    title: 'Bid for a small contracted service',
    description:
      'When the ICB or a provider invites bids for a small service, such as a local enhanced service, bid through ' +
      'the holding body to build a track record.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Bid submitted through the holding body.',
  },
  {
    id: 'v2.governance.routes-paper',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-route'],
    title: 'Take a paper on the three contract routes to the board',
    description:
      'Explain a local variation of the PCN contract, subcontracting to a multi-neighbourhood provider or integrated ' +
      'health organisation, and a new legal entity, with what each would mean for the practices.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Paper discussed and minuted at the board.',
  },
  {
    id: 'v2.governance.options-appraisal',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-route'],
    title: 'Commission an options appraisal with legal and accounting advice',
    description:
      'Compare the routes on VAT, employment liabilities, NHS Pension access, CQC registration and control by the ' +
      'practices, using professional advice.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Written appraisal with the advice attached, circulated to every practice.',
  },
  {
    id: 'v2.governance.member-vote',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-route'],
    title: 'Put a preferred route to a member vote',
    description:
      "Hold a members' meeting to vote on the preferred route, with the appraisal circulated two weeks before.",
    fromLevel: 2,
    ownerRole: 'PCN board',
    suggestedMonth: 4,
    successMeasure: 'Vote recorded in the minutes, practice by practice.',
  },
  {
    id: 'v2.governance.route-timetable',
    areaId: 'governance',
    questionIds: ['v2.governance.contract-route'],
    title: 'Agree a timetable for the chosen route with the ICB',
    description:
      'Tell the ICB the route the practices chose and agree the steps and dates, such as the timing of a local contract ' +
      'variation.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'Timetable agreed with the ICB in writing.',
  },
  {
    id: 'v2.governance.due-diligence-checklist',
    areaId: 'governance',
    questionIds: ['v2.governance.due-diligence'],
    title: 'Fill in a due-diligence checklist',
    description:
      'List what a commissioner checks (legal form, accounts, controls, insurance, clinical governance, risk register, ' +
      'policies) and mark what the PCN holds.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Checklist completed with every gap marked and owned.',
  },
  {
    id: 'v2.governance.finance-reporting',
    areaId: 'governance',
    questionIds: ['v2.governance.due-diligence'],
    title: 'Set a budget and a monthly finance report',
    description: 'Agree a PCN budget and a one-page monthly report on income and spending for every board meeting.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Three monthly finance reports reviewed by the board.',
  },
  {
    id: 'v2.governance.due-diligence-pack',
    areaId: 'governance',
    questionIds: ['v2.governance.due-diligence'],
    title: 'Assemble the due-diligence pack',
    description: 'Gather every item on the checklist into one indexed pack, filling the gaps in order of effort.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 4,
    successMeasure: 'Pack complete against the checklist and reviewed by the board.',
  },
  {
    id: 'v2.governance.independent-review',
    areaId: 'governance',
    questionIds: ['v2.governance.due-diligence'],
    title: 'Ask for an independent review of the pack',
    description:
      "Ask the PCN's accountant or the ICB to review the pack as a commissioner would, and close the gaps found.",
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: "Reviewer's report received and every gap it names closed.",
  },
];

export const governance: { area: Area; actions: SuggestedAction[] } = { area, actions };
