/**
 * Framework v2, area 7: neighbourhood health centre. v1 assumed every neighbourhood gets its own
 * centre; national policy funds about 250, with sites chosen through regional pipelines, so v2 asks
 * whether the PCN is in a centre's catchment, a candidate in the pipeline, or needs its own
 * estates route, and what it can do meanwhile with the buildings it already has.
 */
import type { Area, SuggestedAction } from '../types';

const AREA = 'health-centre';

export const healthCentre: { area: Area; actions: SuggestedAction[] } = {
  area: {
    id: AREA,
    title: 'Neighbourhood health centre',
    purpose:
      'About 250 neighbourhood health centres are planned, so not every neighbourhood will have its own, yet every ' +
      'neighbourhood needs somewhere its teams can work side by side. This area asks whether the PCN knows which ' +
      'centre or estates route will serve its population and what steps are under way to develop it.',
    questions: [
      {
        id: `v2.${AREA}.identified`,
        text: "Has the neighbourhood health centre that will serve the PCN's population been identified, or, where none is planned, the PCN's own estates route?",
        help:
          'A neighbourhood health centre brings general practice together with community, mental health, social ' +
          'care and voluntary sector services, serving about 50,000 people, with general practice at its core. ' +
          'About 250 are planned nationally and NHS England regions keep a pipeline of candidate sites, so a PCN ' +
          "may be inside a planned centre's catchment (the area it serves), a candidate site itself, or outside " +
          'both. A PCN outside both still needs an estates route: a plan with the ICB for the buildings its ' +
          'neighbourhood teams will use.',
        links: ['nhc-centres', 'nhf-boundaries'],
        carriesAnswerFrom: 'health-centre.identified',
        stepsOutsidePcn: {
          3: 'The ICB and the NHS England region decide which sites enter the estates plan and the regional pipeline, and when.',
        },
        anchors: {
          0: {
            text: 'The PCN does not know whether a neighbourhood health centre is planned for its area.',
            evidence: 'No correspondence with the ICB estates team about centres.',
          },
          1: {
            text: 'The PCN has asked the ICB which centres in the regional pipeline could serve its practices.',
            evidence: 'The request to the ICB estates team and its reply.',
          },
          2: {
            text: "The PCN knows whether it is inside a planned centre's catchment, a candidate site, or outside both.",
            evidence: 'An ICB letter or estates plan extract stating the position.',
          },
          3: {
            text: 'The PCN and the ICB have agreed in writing which site, or which estates route, general practice in the PCN will use.',
            evidence: 'The ICB letter or meeting note naming the site or route.',
          },
          4: {
            text: "That site or route is in the ICB's estates plan with a timetable.",
            evidence: 'The estates plan extract showing the site and its dates.',
          },
        },
      },
      {
        id: `v2.${AREA}.estates-baseline`,
        text: 'Does the PCN know what space it has now, how it is used and what condition it is in?',
        help:
          'An estates baseline records, for each building, its size, condition, who owns or leases it and when the ' +
          'lease ends, and how fully rooms are used across the week. Consider partner buildings too, such as ' +
          'community clinics or council premises. The ICB estates team needs this to judge any proposal.',
        links: ['nhc-centres', 'core-modern-gp'],
        carriesAnswerFrom: 'health-centre.estates-baseline',
        anchors: {
          0: {
            text: 'No record brings together the rooms, condition and tenure of the member practice buildings.',
            evidence: 'No estates baseline exists.',
          },
          1: {
            text: 'Every member practice building is listed with its owner or landlord and lease end date.',
            evidence: 'The building list with tenure and dates.',
          },
          2: {
            text: 'Room use across a typical week has been surveyed in every member practice building.',
            evidence: 'The space-use survey with sessions used and free per room.',
          },
          3: {
            text: 'Partner buildings in the area have been added to the baseline.',
            evidence: 'The baseline listing community, council or voluntary sector sites.',
          },
          4: {
            text: 'The baseline has been shared with the ICB estates team within the last 12 months.',
            evidence: 'The email or meeting note sending it, with its date.',
          },
        },
      },
      {
        id: `v2.${AREA}.service-model`,
        text: 'Is there an agreed view with partners of which services the centre, or the PCN estates route, will bring together?',
        help:
          'The building should follow the service model, not the other way round. Consider which teams would work ' +
          'from the site, on which days and hours, and what that means for rooms and shared space. NHS England ' +
          'guidance (April 2026) sets a minimum specification with general practice at the core.',
        links: ['nhc-centres', 'core-mdt', 'core-community', 'nnhip-integrated-working'],
        carriesAnswerFrom: 'health-centre.service-model',
        anchors: {
          0: {
            text: 'The PCN has not discussed which services would share a site.',
            evidence: 'No note, paper or minute on the services for a centre.',
          },
          1: {
            text: 'The PCN has written down which general practice services it would run from the site.',
            evidence: 'A draft note of services, sessions and rooms.',
          },
          2: {
            text: 'A workshop with at least three partner organisations has listed which teams would work from the site and when.',
            evidence: 'The workshop notes with attendees and the list of teams.',
          },
          3: {
            text: 'A written service model with general practice at its core has been agreed by the PCN board.',
            evidence: 'The service model and the board minute agreeing it.',
          },
          4: {
            text: 'At least two partner organisations have agreed the service model in writing.',
            evidence: 'Letters or minutes from the partners agreeing it.',
          },
        },
      },
      {
        id: `v2.${AREA}.development-steps`,
        text: 'What steps are under way to develop the centre or estates route, and are the funding route and ICB support clear?',
        help:
          'Estates projects take years and need a place in the ICB capital and estates plan. Consider whether a ' +
          'named person owns the next steps, whether a proposal has gone to the ICB, and whether there is a funding ' +
          'route, such as new build, refurbishment or shared use of an existing building. Evidence might be a ' +
          'proposal the ICB has acknowledged, with a timetable.',
        links: ['nhc-centres', 'nnhip-readiness'],
        carriesAnswerFrom: 'health-centre.development-route',
        stepsOutsidePcn: {
          3: 'The ICB, the NHS England region or a landlord agrees the funding and timetable; the PCN can prepare its case but cannot settle them alone.',
        },
        anchors: {
          0: {
            text: 'No next step for a centre or estates route has been written down.',
            evidence: 'No action list or owner for estates.',
          },
          1: {
            text: 'A named estates lead holds a written list of next steps with dates.',
            evidence: 'The list, with the lead named in a board minute.',
          },
          2: {
            text: 'A proposal giving the site, service model and rough cost has been sent to the ICB estates team.',
            evidence: 'The proposal and the covering email.',
          },
          3: {
            text: 'The ICB has told the PCN in writing how and when the proposal will be assessed.',
            evidence: 'The ICB reply with the assessment route and date.',
          },
          4: {
            text: 'A funding route and timetable for the work are agreed in writing.',
            evidence: 'The ICB or landlord letter setting out funding and dates.',
          },
        },
      },
      {
        id: `v2.${AREA}.shared-space-now`,
        text: 'Are neighbourhood teams already sharing space in existing buildings while a centre is developed?',
        help:
          'A centre may be years away or not planned at all, but teams can start working side by side now. ' +
          'Consider whether partner staff can book practice rooms, whether the neighbourhood team meets in person ' +
          'at one site, and whether any site already offers services from several organisations. Evidence might be ' +
          'a room booking record or a published timetable.',
        links: ['nhc-centres', 'core-mdt', 'nnhip-integrated-working', 'core-modern-gp'],
        anchors: {
          0: {
            text: 'No partner team works from a member practice building, and no practice team works from a partner building.',
            evidence: 'No shared bookings in any building.',
          },
          1: {
            text: 'The rooms and sessions that partners could use are listed.',
            evidence: 'The list of free rooms and sessions by building.',
          },
          2: {
            text: 'A partner team uses a practice room, or a practice team a partner room, at least one session a week.',
            evidence: 'The room booking record for the last month.',
          },
          3: {
            text: 'The neighbourhood team meets in person at a shared site at a set time.',
            evidence: 'The standing room booking and recent attendance lists.',
          },
          4: {
            text: 'At least one site offers services from three or more organisations.',
            evidence: 'The published timetable of the site showing each organisation.',
          },
        },
      },
    ],
    levels: {
      0: 'The PCN has no clear picture of its estate or of which neighbourhood health centre, if any, will serve its population.',
      1: 'The PCN has an estates baseline for its member practices and knows whether it is in a planned centre catchment, a candidate in the regional pipeline, or neither.',
      2: 'A service model has been agreed with partners, and a proposal for a centre or estates route is with the ICB.',
      3: 'A site or estates route has been agreed with general practice at its core, with partner teams already sharing space.',
      4: 'A centre or shared site is open with several organisations working from it, and services run into the evening and at weekends.',
    },
  },
  actions: [
    // identified (step 3 to 4 is the ICB's and region's to take)
    {
      id: `v2.${AREA}.ask-pipeline`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.identified`],
      title: 'Ask the ICB which centres could serve the PCN',
      description:
        'Write to the ICB estates team asking which centres in the regional pipeline could serve the member ' +
        'practices, and how the catchments are drawn.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: 'Written reply from the ICB estates team.',
    },
    {
      id: `v2.${AREA}.confirm-position`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.identified`],
      title: 'Confirm where the PCN stands',
      description:
        "Meet the ICB estates lead to confirm whether the PCN is in a planned centre's catchment, a candidate " +
        'site, or outside both, and report the answer to the board.',
      fromLevel: 1,
      ownerRole: 'Estates lead',
      suggestedMonth: 2,
      successMeasure: 'Position confirmed in writing by the ICB and reported to the PCN board.',
    },
    {
      id: `v2.${AREA}.agree-site-or-route`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.identified`],
      title: 'Agree the site or estates route with the ICB',
      description:
        'Using the baseline and service model, agree with the ICB which site general practice will work from: ' +
        "the planned centre, a candidate site, or the PCN's own route through existing buildings.",
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 5,
      successMeasure: 'ICB letter or minute naming the agreed site or route.',
    },
    // estates baseline
    {
      id: `v2.${AREA}.list-buildings`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.estates-baseline`],
      title: 'List every practice building with its tenure',
      description: 'Record each member practice building, its owner or landlord, lease end date and rough size.',
      fromLevel: 0,
      ownerRole: 'Estates lead',
      suggestedMonth: 1,
      successMeasure: 'Building list complete for every member practice.',
    },
    {
      id: `v2.${AREA}.space-use-survey`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.estates-baseline`, `v2.${AREA}.shared-space-now`],
      title: 'Survey room use across a typical week',
      description:
        'Ask each practice to record which rooms are used each session for two weeks, so free sessions are known.',
      fromLevel: 1,
      ownerRole: 'Estates lead',
      suggestedMonth: 2,
      successMeasure: 'Space-use survey returned by every member practice.',
    },
    {
      id: `v2.${AREA}.add-partner-buildings`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.estates-baseline`],
      title: 'Add partner buildings to the baseline',
      description:
        'Ask the community trust, the council and voluntary sector partners for the same details about their ' +
        'buildings in the area.',
      fromLevel: 2,
      ownerRole: 'Estates lead',
      suggestedMonth: 3,
      successMeasure: 'Baseline includes at least two partner sites.',
    },
    {
      id: `v2.${AREA}.share-baseline`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.estates-baseline`],
      title: 'Share the baseline with the ICB estates team',
      description: 'Send the baseline to the ICB estates team and ask how it fits their estates plan for the area.',
      fromLevel: 3,
      ownerRole: 'PCN manager',
      suggestedMonth: 4,
      successMeasure: 'Baseline acknowledged by the ICB estates team.',
    },
    // service model
    {
      id: `v2.${AREA}.gp-services-note`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.service-model`],
      title: 'Write down what general practice would run from the site',
      description: 'List the general practice services, sessions and rooms the PCN would want from a shared site.',
      fromLevel: 0,
      ownerRole: 'Clinical director',
      suggestedMonth: 2,
      successMeasure: 'Note agreed by the PCN board.',
    },
    {
      id: `v2.${AREA}.estates-workshop`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.service-model`],
      title: 'Hold a joint estates workshop with partners',
      description:
        'Bring partners together to list which teams would work from the site, on which days and hours, and ' +
        'what they need.',
      fromLevel: 1,
      ownerRole: 'Estates lead',
      suggestedMonth: 3,
      successMeasure: 'Workshop held with at least three partner organisations and notes circulated.',
    },
    {
      id: `v2.${AREA}.write-service-model`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.service-model`],
      title: 'Write the service model and agree it at the board',
      description:
        'Turn the workshop notes into a short service model with general practice at the core, in line with the ' +
        'national minimum specification, and take it to the PCN board.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 4,
      successMeasure: 'Service model agreed in a PCN board minute.',
    },
    {
      id: `v2.${AREA}.partners-agree-model`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.service-model`],
      title: 'Ask partners to agree the service model',
      description:
        'Send the service model to the partner executives whose teams would use the site and ask for written agreement.',
      fromLevel: 3,
      ownerRole: 'Clinical director',
      suggestedMonth: 5,
      successMeasure: 'Written agreement from at least two partner organisations.',
    },
    // development steps (step 3 to 4 is for the ICB, region or landlord)
    {
      id: `v2.${AREA}.name-estates-lead`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.development-steps`],
      title: 'Name an estates lead with a list of next steps',
      description: 'Ask one person to own estates for the PCN and keep a dated list of the next steps.',
      fromLevel: 0,
      ownerRole: 'PCN board',
      suggestedMonth: 1,
      successMeasure: 'Estates lead named in a board minute, with the list attached.',
    },
    {
      id: `v2.${AREA}.submit-proposal`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.development-steps`],
      title: 'Send a proposal to the ICB',
      description:
        'Turn the service model and preferred site into a short proposal with rough costs and a suggested ' +
        'timetable, and send it to the ICB estates team.',
      fromLevel: 1,
      ownerRole: 'Estates lead',
      suggestedMonth: 5,
      successMeasure: 'Proposal sent to the ICB estates team.',
    },
    {
      id: `v2.${AREA}.ask-assessment-route`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.development-steps`],
      title: 'Present the proposal and ask how it will be assessed',
      description:
        'Ask for the proposal to be heard at the ICB estates meeting and for a written answer on how and when ' +
        'it will be assessed.',
      fromLevel: 2,
      ownerRole: 'Clinical director',
      suggestedMonth: 6,
      successMeasure: 'ICB reply giving the assessment route and date.',
    },
    // shared space now
    {
      id: `v2.${AREA}.offer-free-rooms`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-space-now`],
      title: 'List the rooms partners could use',
      description: 'From the space-use survey, list the free rooms and sessions partner teams could book.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 2,
      successMeasure: 'List of free rooms and sessions sent to partners.',
    },
    {
      id: `v2.${AREA}.first-shared-session`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-space-now`],
      title: 'Host a partner team one session a week',
      description:
        'Agree with one partner team, such as community nursing or social prescribing, to work from a practice ' +
        'room one session each week.',
      fromLevel: 1,
      ownerRole: 'PCN manager',
      suggestedMonth: 3,
      successMeasure: 'Weekly session booked and used for a month.',
    },
    {
      id: `v2.${AREA}.mdt-in-person`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-space-now`],
      title: 'Hold the neighbourhood team meeting at one shared site',
      description: 'Book a standing room for the neighbourhood team meeting at the site most partners can reach.',
      fromLevel: 2,
      ownerRole: 'PCN manager',
      suggestedMonth: 4,
      successMeasure: 'Standing booking in place and attendance recorded at three meetings.',
    },
    {
      id: `v2.${AREA}.multi-organisation-site`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-space-now`],
      title: 'Bring three organisations into one site timetable',
      description:
        'Agree with two partners to run regular sessions at one practice or partner site and publish the joint ' +
        'timetable for patients.',
      fromLevel: 3,
      ownerRole: 'Estates lead',
      suggestedMonth: 6,
      successMeasure: 'Published site timetable showing services from three organisations.',
    },
  ],
};
