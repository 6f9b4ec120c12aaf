/**
 * Framework v2, area 8: voice and influence. Under the Provider Selection Regime a PCN that may
 * bid for a neighbourhood contract can help to shape and design it but must take no part in
 * choosing who holds it, so the top of this area is shaping and design, never the choice of provider.
 */
import type { Area, SuggestedAction } from '../types';

const AREA = 'voice';

export const voice: { area: Area; actions: SuggestedAction[] } = {
  area: {
    id: AREA,
    title: 'Voice and influence',
    purpose:
      'Key decisions about neighbourhoods are being shaped now by the place-based partnership board, the health and ' +
      'wellbeing board and the ICB. This area asks whether the PCN influences those decisions and helps to shape and ' +
      'design neighbourhood services, while keeping out of any choice of provider where it may bid.',
    questions: [
      {
        id: `v2.${AREA}.place-board`,
        text: 'Is the PCN present at the place-based partnership board that is making the key decisions about neighbourhoods?',
        help:
          'A place-based partnership brings together the NHS, the council and others across a town, borough or ' +
          'district, and its board often decides how neighbourhoods are set up; the health and wellbeing board ' +
          'agrees neighbourhood boundaries and owns the neighbourhood health plans. Consider whether you know ' +
          'which meetings matter, who sits on them and how primary care is represented. Evidence might be a map ' +
          'of place governance with the primary care seats marked.',
        links: ['nnhip-governance', 'nhf-boundaries', 'gpc-footprint'],
        carriesAnswerFrom: 'voice.place-board',
        anchors: {
          0: {
            text: 'The PCN hears of place decisions about neighbourhoods only after they are made.',
            evidence: 'No board papers received and no attendance in the last 12 months.',
          },
          1: {
            text: 'The PCN has a one-page map of the boards that decide about its neighbourhood, with their chairs and meeting dates.',
            evidence: 'The map, shared with the PCN board.',
          },
          2: {
            text: 'Someone from the PCN has attended the place-based partnership board or one of its sub-groups in the last six months.',
            evidence: 'The attendance list in the minutes.',
          },
          3: {
            text: 'General practice in the PCN area holds a named seat on the place-based partnership board.',
            evidence: 'The terms of reference listing the seat and who holds it.',
          },
          4: {
            text: 'The primary care seat was filled at three quarters or more of the board meetings in the last 12 months.',
            evidence: 'The attendance record from the minutes.',
          },
        },
      },
      {
        id: `v2.${AREA}.mandate`,
        text: 'Does whoever represents the PCN have a mandate from the member practices and report back after each meeting?',
        help:
          'A representative without a mandate can only listen. Consider whether the practices have agreed what ' +
          'the representative can commit to, whether there is a routine report back after each meeting, and ' +
          'whether their time is paid for. Evidence might be a written mandate and a standing item on the PCN ' +
          'board agenda.',
        links: ['nnhip-governance'],
        carriesAnswerFrom: 'voice.mandate',
        anchors: {
          0: {
            text: 'The member practices have not agreed who speaks for the PCN at place level.',
            evidence: 'No board minute naming a representative.',
          },
          1: {
            text: 'The PCN board has named its representative.',
            evidence: 'The board minute naming them.',
          },
          2: {
            text: 'A written mandate says what the representative can agree without returning to the practices.',
            evidence: 'The mandate, agreed in a board minute.',
          },
          3: {
            text: 'A report back from place meetings is a standing item on the PCN board agenda.',
            evidence: 'The last three board agendas and minutes.',
          },
          4: {
            text: "The representative's time for place work is funded, with the sessions agreed in writing.",
            evidence: 'A letter or job plan giving the sessions and who pays for them.',
          },
        },
      },
      {
        id: `v2.${AREA}.influencing-now`,
        text: "Is the PCN actively influencing the place-based partnership board's decisions about neighbourhoods now, with its own proposals?",
        help:
          'Influence shows when place plans include proposals that came from general practice. Consider whether the ' +
          'PCN has commented on board papers, put forward its own data or neighbourhood profile, and whether any ' +
          'proposal was adopted. Evidence might be a paper the PCN presented and the decision that followed.',
        links: ['nnhip-governance', 'nhf-plans'],
        carriesAnswerFrom: 'voice.shaping',
        anchors: {
          0: {
            text: 'The PCN has not put any comment, data or proposal to the place board.',
            evidence: 'No PCN submission appears in board papers or correspondence.',
          },
          1: {
            text: 'The PCN has sent written comments on a place board paper about neighbourhoods.',
            evidence: 'The comments and the paper they refer to.',
          },
          2: {
            text: 'The PCN has presented its neighbourhood profile or a proposal to the place board.',
            evidence: 'The agenda and the paper presented.',
          },
          3: {
            text: 'A place board decision or plan includes a change the PCN proposed.',
            evidence: 'The minute or plan page showing the change, beside the PCN paper.',
          },
          4: {
            text: 'The place board has asked the PCN, or a primary care collaborative it belongs to, to lead a piece of neighbourhood design work.',
            evidence: 'The board minute giving the work and who leads it.',
          },
        },
      },
      {
        id: `v2.${AREA}.as-they-develop`,
        text: 'As neighbourhood services and contracts develop, is the PCN helping to shape and design them while staying out of any decision on who will hold a contract it may bid for?',
        help:
          '2026/27 is a developmental year for the single and multi-neighbourhood provider contracts, and from May ' +
          '2026 ICBs may vary the PCN contract locally to develop neighbourhood services. Under the Provider ' +
          'Selection Regime, the rules for how NHS bodies choose providers, an organisation that may bid can help to ' +
          'shape and design a service but must take no part in choosing the provider. Consider whether the PCN ' +
          'knows the timetable, has declared its interest, and is giving its design ideas through a route that keeps ' +
          'that line clear.',
        links: ['psr-conflicts', 'nhf-contracting', 'gpc-local-variation'],
        anchors: {
          0: {
            text: 'The PCN does not know when or how neighbourhood contracts for its area will be designed.',
            evidence: 'No ICB timetable or briefing on neighbourhood contracts is held.',
          },
          1: {
            text: "The PCN knows the ICB's timetable and route for designing neighbourhood contracts in its area.",
            evidence: 'An ICB briefing or email giving the timetable and how providers are engaged.',
          },
          2: {
            text: 'The PCN has told the ICB in writing that it may bid and will take no part in choosing the provider.',
            evidence: 'The letter, or the entry in the ICB declarations of interest register.',
          },
          3: {
            text: 'The PCN has given written input on a neighbourhood service design through the route the ICB offers providers.',
            evidence: 'The submission and its acknowledgement.',
          },
          4: {
            text: 'Primary care sits on a group designing a neighbourhood service, under terms that exclude bidders from choosing the provider.',
            evidence: "The group's terms of reference with the exclusion, and its declarations register.",
          },
        },
      },
      {
        id: `v2.${AREA}.one-voice`,
        text: 'Is the PCN developing its influence further by joining neighbouring PCNs to speak for general practice with one voice?',
        help:
          'Place boards often have room for only one or two primary care seats. A primary care provider ' +
          'collaborative, where PCNs across the place agree shared positions and fund a representative, carries more ' +
          'weight than any single PCN. Evidence might be a joint representative endorsed by each PCN, or the ' +
          "collaborative's written terms.",
        links: ['nnhip-governance', 'nnhip-integrated-working'],
        carriesAnswerFrom: 'voice.collective',
        anchors: {
          0: {
            text: 'The PCN has not discussed place representation with neighbouring PCNs.',
            evidence: 'No meeting or correspondence between clinical directors on it.',
          },
          1: {
            text: 'The clinical directors of the PCNs in the place have met to discuss shared representation.',
            evidence: 'The note of the meeting.',
          },
          2: {
            text: 'The PCNs in the place have agreed a joint representative for the place board.',
            evidence: 'An endorsement of the representative from each PCN.',
          },
          3: {
            text: 'The PCNs have written terms for reaching shared positions, forming a primary care provider collaborative.',
            evidence: 'The terms, agreed by each member PCN.',
          },
          4: {
            text: 'The collaborative has a pooled budget that pays for a lead.',
            evidence: 'The budget agreement and the lead named in it.',
          },
        },
      },
    ],
    levels: {
      0: 'The PCN learns about decisions on neighbourhoods only after they have been made.',
      1: 'Someone from the PCN attends the place-based partnership board or its sub-groups from time to time, without an agreed brief.',
      2: 'An agreed primary care representative attends with a mandate from the member practices and reports back after each meeting.',
      3: 'A resourced primary care provider collaborative, shared with neighbouring PCNs, shapes place plans and puts forward its own proposals.',
      4: 'Primary care shapes and designs neighbourhood services and contracts, and stays out of choosing the provider wherever it may bid.',
    },
  },
  actions: [
    // place board
    {
      id: `v2.${AREA}.map-place-governance`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.place-board`],
      title: 'Map the place governance',
      description:
        'Find out which boards decide about neighbourhoods, including the place-based partnership board and the ' +
        'health and wellbeing board, when they meet, who chairs them and how primary care is represented.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: 'One-page map of place governance shared with the PCN board.',
    },
    {
      id: `v2.${AREA}.attend-board`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.place-board`],
      title: 'Meet the place lead and attend a board meeting',
      description:
        'Meet the chair or lead officer of the place-based partnership to understand how neighbourhood decisions ' +
        'are made, and ask to attend the next board or sub-group meeting.',
      fromLevel: 1,
      ownerRole: 'Clinical director',
      suggestedMonth: 2,
      successMeasure: 'PCN attendance recorded in the minutes of a board or sub-group meeting.',
    },
    {
      id: `v2.${AREA}.ask-for-seat`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.place-board`],
      title: 'Ask for a named primary care seat',
      description:
        "Write to the board chair, with neighbouring PCNs' support, asking for a named primary care seat in the " +
        "board's terms of reference.",
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 3,
      successMeasure: 'Request tabled at the board and its answer recorded.',
    },
    {
      id: `v2.${AREA}.cover-every-meeting`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.place-board`],
      title: 'Make sure the seat is filled at every meeting',
      description: 'Name a deputy who attends when the representative cannot, and put the board dates in both diaries.',
      fromLevel: 3,
      ownerRole: 'Deputy clinical director',
      suggestedMonth: 4,
      successMeasure: 'Primary care seat filled at every board meeting from then on.',
    },
    // mandate
    {
      id: `v2.${AREA}.name-representative`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.mandate`],
      title: 'Name who speaks for the PCN at place level',
      description: 'Agree at the PCN board who represents the practices at place meetings.',
      fromLevel: 0,
      ownerRole: 'PCN board',
      suggestedMonth: 1,
      successMeasure: 'Board minute naming the representative.',
    },
    {
      id: `v2.${AREA}.write-mandate`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.mandate`],
      title: 'Give the representative a written mandate',
      description:
        'Agree in writing what the representative can commit to without coming back to the practices, and what ' +
        'must return to the board first.',
      fromLevel: 1,
      ownerRole: 'PCN board',
      suggestedMonth: 2,
      successMeasure: 'Written mandate agreed in a board minute.',
    },
    {
      id: `v2.${AREA}.report-back-item`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.mandate`],
      title: 'Add a standing report-back item to the board agenda',
      description: 'Make the place report a standing item so the representative reports after every place meeting.',
      fromLevel: 2,
      ownerRole: 'PCN manager',
      suggestedMonth: 2,
      successMeasure: 'Report-back minuted at three board meetings in a row.',
    },
    {
      id: `v2.${AREA}.fund-representative`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.mandate`],
      title: "Fund the representative's time",
      description:
        'Agree the sessions each month the representative spends on place work and how they are paid for, ' +
        'shared with neighbouring PCNs where the seat is shared.',
      fromLevel: 3,
      ownerRole: 'PCN board',
      suggestedMonth: 4,
      successMeasure: 'Sessions and funding agreed in writing.',
    },
    // influencing now
    {
      id: `v2.${AREA}.comment-on-papers`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.influencing-now`],
      title: 'Send written comments on a place paper',
      description:
        'Ask for the place board papers, pick one about neighbourhoods and send the chair written comments from ' +
        'the general practice view.',
      fromLevel: 0,
      ownerRole: 'Clinical director',
      suggestedMonth: 2,
      successMeasure: 'Comments sent and acknowledged before the meeting.',
    },
    {
      id: `v2.${AREA}.present-profile`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.influencing-now`],
      title: 'Present a neighbourhood profile to the place board',
      description:
        "Take the PCN's neighbourhood profile and priorities to the place board, with one clear proposal it is asked " +
        'to support.',
      fromLevel: 1,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Item on the board agenda and the paper presented.',
    },
    {
      id: `v2.${AREA}.build-support`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.influencing-now`],
      title: 'Build support for the proposal before the decision',
      description:
        'Brief the community trust, council and ICB place leads on the proposal beforehand, adjust it to their ' +
        'comments and ask them to speak for it.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 5,
      successMeasure: 'Board minute recording the decision on the proposal.',
    },
    {
      id: `v2.${AREA}.offer-to-lead-design`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.influencing-now`],
      title: 'Offer to lead one piece of neighbourhood design work',
      description:
        'Offer the place board a piece of design work the PCN is well placed to lead with partners, such as how ' +
        'the neighbourhood will see clinically urgent patients on the same day.',
      fromLevel: 3,
      ownerRole: 'Clinical director',
      suggestedMonth: 6,
      successMeasure: 'Offer discussed at the board and its answer minuted.',
    },
    // as they develop (Provider Selection Regime: shape and design, never the choice of provider)
    {
      id: `v2.${AREA}.learn-contract-timetable`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.as-they-develop`],
      title: 'Find out how and when neighbourhood contracts will be designed',
      description:
        'Ask the ICB for its timetable for neighbourhood contracts in the area, how it will engage providers, and ' +
        'whether it plans a local variation of the PCN contract.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: 'ICB timetable and engagement route recorded in a PCN board note.',
    },
    {
      id: `v2.${AREA}.declare-interest`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.as-they-develop`],
      title: 'Declare the PCN interest to the ICB',
      description:
        'Write to the ICB that the PCN may bid for neighbourhood contracts and will take no part in choosing the ' +
        'provider, and ask for the declaration to be recorded in its register.',
      fromLevel: 1,
      ownerRole: 'Clinical director',
      suggestedMonth: 2,
      successMeasure: 'Declaration acknowledged by the ICB and entered in its register.',
    },
    {
      id: `v2.${AREA}.design-input`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.as-they-develop`],
      title: 'Give written input on the service design',
      description:
        "Join the ICB's provider engagement and send written design ideas drawn from the PCN's neighbourhood team " +
        'work, such as cohorts, outcomes and how practices take part.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Written input sent through the ICB route and acknowledged.',
    },
    {
      id: `v2.${AREA}.propose-design-group-seat`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.as-they-develop`],
      title: 'Propose a primary care place on the design group, with a clear line',
      description:
        'Propose to the ICB that primary care joins the group designing a neighbourhood service, with terms that ' +
        'exclude anyone who may bid from choosing the provider and a register of declarations.',
      fromLevel: 3,
      ownerRole: 'Clinical director',
      suggestedMonth: 6,
      successMeasure: 'Proposal answered by the ICB in writing, with the terms of any group joined.',
    },
    // one voice
    {
      id: `v2.${AREA}.meet-neighbouring-cds`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.one-voice`],
      title: 'Meet the neighbouring clinical directors',
      description:
        'Invite the clinical directors of the other PCNs in the place to discuss how primary care is represented.',
      fromLevel: 0,
      ownerRole: 'Clinical director',
      suggestedMonth: 1,
      successMeasure: 'Meeting held with at least two other PCNs and a note circulated.',
    },
    {
      id: `v2.${AREA}.joint-representative`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.one-voice`],
      title: 'Agree a joint representative with neighbouring PCNs',
      description:
        'Agree one or two people who will represent primary care at the place board for all the PCNs, and how ' +
        'they will be chosen again.',
      fromLevel: 1,
      ownerRole: 'Clinical director',
      suggestedMonth: 3,
      successMeasure: 'Representative endorsed by every participating PCN.',
    },
    {
      id: `v2.${AREA}.collaborative-terms`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.one-voice`],
      title: 'Write terms for a primary care provider collaborative',
      description:
        'Agree with the other PCNs how you will reach shared positions, who can speak for all, and how a PCN ' +
        'records a different view.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Terms agreed by each member PCN board.',
    },
    {
      id: `v2.${AREA}.pooled-budget`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.one-voice`],
      title: 'Pool a small budget for a collaborative lead',
      description:
        "Agree each PCN's share of a budget that pays for a lead's time to prepare joint positions and proposals.",
      fromLevel: 3,
      ownerRole: 'PCN board',
      suggestedMonth: 6,
      successMeasure: 'Budget agreed by each member PCN and a lead named.',
    },
  ],
};
