/**
 * Framework v2, area 6: IT, data sharing and information governance. v1 called this area
 * 'data-sharing'; its four questions carry over one to one, and linked data is new.
 */
import type { Area, SuggestedAction } from '../types';

const AREA = 'it-data';

export const itData: { area: Area; actions: SuggestedAction[] } = {
  area: {
    id: AREA,
    title: 'IT, data sharing and information governance',
    purpose:
      'Teams from different organisations cannot care for the same patients well unless information can flow ' +
      'safely between them. This area asks whether information is shared across the neighbourhood teams and whether ' +
      'the agreements, safeguards and systems that allow it are in place.',
    questions: [
      {
        id: `v2.${AREA}.shared-records`,
        text: 'Can information be shared across the different teams in the neighbourhood, so that staff see and add to the records of the patients they share?',
        help:
          'The shared care record is the local system that lets staff from different organisations view a ' +
          "patient's GP, hospital, community and social care information in one place. Consider which roles in " +
          'the neighbourhood teams need which records, whether partner staff can open them, and whether they can ' +
          'add to a shared care plan or only read it. Evidence might be an access list by role and a care plan ' +
          'edited by staff from two organisations.',
        links: ['nnhip-data-sharing', 'core-mdt', 'gpc-int-core'],
        carriesAnswerFrom: 'data-sharing.shared-records',
        anchors: {
          0: {
            text: 'Information about shared patients moves between teams only by phone, email or letter.',
            evidence: 'No partner staff hold log-ins to the shared care record for neighbourhood work.',
          },
          1: {
            text: 'A list sets out which roles in the neighbourhood teams need which records.',
            evidence: 'The access list by role and organisation.',
          },
          2: {
            text: 'Staff from at least one partner organisation in the neighbourhood team can view the shared care record.',
            evidence: 'Confirmation of access for the named partner staff.',
          },
          3: {
            text: 'Staff from every organisation in the neighbourhood team can view the shared care record.',
            evidence: 'The access list with every organisation marked as live.',
          },
          4: {
            text: 'Staff from at least two organisations update the same shared care plan.',
            evidence: 'The audit trail of one care plan showing edits from two organisations.',
          },
        },
      },
      {
        id: `v2.${AREA}.agreement`,
        text: 'Are mechanisms in place to allow sharing, starting with a signed data sharing agreement covering every organisation in the neighbourhood teams?',
        help:
          'A data sharing agreement sets out what information partners share, why and on what legal basis. Many ' +
          'ICBs already run an area-wide agreement, so start by finding out which agreements already cover the ' +
          'practices and partners. Consider whether every organisation in the neighbourhood teams has signed, and ' +
          'whether the agreement is reviewed when a new team or purpose is added.',
        links: ['nnhip-data-sharing', 'nnhip-governance'],
        carriesAnswerFrom: 'data-sharing.agreement',
        anchors: {
          0: {
            text: 'The PCN does not know whether any data sharing agreement covers its practices and partners.',
            evidence: 'No agreement or list of agreements is on file.',
          },
          1: {
            text: 'The agreements that already cover the practices and partners are listed, with their signatories.',
            evidence: 'The list of agreements, signatories and review dates.',
          },
          2: {
            text: 'Every member practice has signed an agreement covering neighbourhood team work.',
            evidence: 'Signed signature pages for every member practice.',
          },
          3: {
            text: 'Every partner organisation in the neighbourhood teams has signed the same agreement.',
            evidence: 'Signed signature pages from each partner organisation.',
          },
          4: {
            text: 'The agreement has been reviewed by its review date, with the changes recorded.',
            evidence: 'The dated review record and the updated agreement.',
          },
        },
      },
      {
        id: `v2.${AREA}.ig-basics`,
        text: 'Do all member practices meet the Data Security and Protection Toolkit standard, with a named data protection officer?',
        help:
          'The Data Security and Protection Toolkit (DSPT) is the annual online self-assessment every organisation ' +
          'handling NHS patient data must complete. A data protection officer (DPO) advises on data protection law ' +
          'and is often shared across practices or provided by the ICB. Evidence might be each practice status ' +
          "from the Toolkit website and the DPO's contact details.",
        links: ['nnhip-data-sharing', 'nnhip-governance'],
        carriesAnswerFrom: 'data-sharing.ig-basics',
        anchors: {
          0: {
            text: "The PCN does not know each member practice's latest Toolkit status.",
            evidence: 'No record of Toolkit status is held by the PCN.',
          },
          1: {
            text: 'The latest Toolkit status of every member practice is recorded in one place.',
            evidence: 'A table of each practice status and submission date, taken from the Toolkit website.',
          },
          2: {
            text: 'A data protection officer is named for the PCN and for every member practice.',
            evidence: 'The names and contact details, shared with the PCN board.',
          },
          3: {
            text: "Every member practice's latest Toolkit submission meets the standard.",
            evidence: "Each practice shown as 'Standards met' or better on the Toolkit website.",
          },
          4: {
            text: 'The DPO or an information governance lead reports to the PCN board on risks and incidents at least twice a year.',
            evidence: 'The last two reports and the board minutes that received them.',
          },
        },
      },
      {
        id: `v2.${AREA}.dpia`,
        text: 'Have data protection impact assessments been completed for neighbourhood working?',
        help:
          'A data protection impact assessment (DPIA) is a structured check of the privacy risks of a new way of ' +
          'using personal data and how they will be reduced. Multi-agency team meetings, shared care plans and ' +
          'cohort searches usually need one, signed off before patient details are shared. Consider whether each ' +
          'neighbourhood activity that shares data has its own signed DPIA with a review date.',
        links: ['nnhip-data-sharing', 'core-mdt'],
        carriesAnswerFrom: 'data-sharing.dpia',
        anchors: {
          0: {
            text: 'No DPIA has been done for any neighbourhood team or shared care plan.',
            evidence: 'No DPIA is on file with the PCN or its DPO.',
          },
          1: {
            text: 'The neighbourhood activities that share personal data and need a DPIA are listed.',
            evidence: 'The list, such as the team meeting, shared care plans and cohort searches.',
          },
          2: {
            text: 'A DPIA for the first neighbourhood team meeting has been drafted with the DPO.',
            evidence: 'The draft DPIA with the DPO comments.',
          },
          3: {
            text: 'That DPIA was signed off by the DPOs of the organisations involved before patient details were shared.',
            evidence: 'The signed DPIA, dated before the first meeting.',
          },
          4: {
            text: 'Every listed neighbourhood activity has a signed DPIA with a review date.',
            evidence: 'A DPIA register showing sign-off and review dates.',
          },
        },
      },
      {
        id: `v2.${AREA}.linked-data`,
        text: 'Is linked data from across the neighbourhood available to plan care and track outcomes?',
        help:
          'Linked data joins up records about the same people from general practice, hospitals, community services ' +
          'and social care, without naming them, so a neighbourhood can see the whole picture of use and outcomes. ' +
          'It is usually built and run by the ICB or its data service. Consider what the ICB already offers, ' +
          'whether the PCN has used it for a cohort, and whether partners review it together.',
        links: ['core-phm', 'nnhip-data-sharing', 'nnhip-need'],
        stepsOutsidePcn: {
          3: 'A linked data view refreshed every week is built and run by the ICB or its data service; a PCN can ask for one but cannot set it up itself.',
        },
        anchors: {
          0: {
            text: 'The PCN sees data only from its own practices.',
            evidence: 'No linked data report has been received.',
          },
          1: {
            text: 'The PCN has asked the ICB what linked data exists for its population.',
            evidence: 'The request and the reply.',
          },
          2: {
            text: 'The PCN has received at least one linked data report for a priority cohort.',
            evidence: 'The report, showing hospital or community use for the cohort.',
          },
          3: {
            text: 'Linked data for the neighbourhood is reviewed with partners at least every quarter.',
            evidence: 'Agendas of two partner meetings with the linked data item.',
          },
          4: {
            text: 'A linked data view refreshed at least weekly is used by the neighbourhood team to plan care.',
            evidence: 'The refresh date on the view and team meeting notes that refer to it.',
          },
        },
      },
    ],
    levels: {
      0: 'Each organisation uses its own systems with no data sharing agreement between them, so information moves by phone, email or letter.',
      1: 'A data sharing agreement has been signed, a data protection officer is named, and every member practice meets the Data Security and Protection Toolkit standard.',
      2: 'Data protection impact assessments cover neighbourhood working, and staff in integrated neighbourhood teams can view the shared care record.',
      3: 'Staff from partner organisations can both read and update shared care plans, and linked data is reviewed with partners every quarter.',
      4: 'Linked data from across the neighbourhood is available in near real time to plan care and track outcomes.',
    },
  },
  actions: [
    // shared records
    {
      id: `v2.${AREA}.list-record-needs`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-records`],
      title: 'List which roles need which records',
      description:
        'With each organisation in the neighbourhood team, list the roles and the records each needs to care for ' +
        'shared patients, and what they have today.',
      fromLevel: 0,
      ownerRole: 'Digital lead',
      suggestedMonth: 1,
      successMeasure: 'Access list covering every role in the team.',
    },
    {
      id: `v2.${AREA}.first-partner-access`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-records`],
      title: 'Get shared care record access for one partner team',
      description:
        'Apply to the shared care record team for view access for the partner staff who attend the ' +
        'neighbourhood team meeting, starting with community nursing.',
      fromLevel: 1,
      ownerRole: 'Digital lead',
      suggestedMonth: 2,
      successMeasure: 'Named partner staff able to log in and open a shared patient record.',
    },
    {
      id: `v2.${AREA}.all-partner-access`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-records`],
      title: 'Extend record access to every organisation in the team',
      description: 'Repeat the access request for mental health, social care and voluntary sector staff on the list.',
      fromLevel: 2,
      ownerRole: 'Digital lead',
      suggestedMonth: 4,
      successMeasure: 'Every organisation on the access list marked as live.',
    },
    {
      id: `v2.${AREA}.shared-care-plan`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.shared-records`],
      title: 'Use one shared care plan that partners can update',
      description:
        'Agree with the ICB digital team a care plan template in the shared record that staff from each ' +
        'organisation can add to, and use it for the priority cohort.',
      fromLevel: 3,
      ownerRole: 'Digital lead',
      suggestedMonth: 6,
      successMeasure: 'Care plans for the cohort updated by staff from at least two organisations.',
    },
    // agreement
    {
      id: `v2.${AREA}.list-agreements`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.agreement`],
      title: 'Find the data sharing agreements already in place',
      description:
        'Ask the ICB information governance team and each partner which agreements already cover the practices ' +
        'and partners, and who has signed them.',
      fromLevel: 0,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 1,
      successMeasure: 'List of agreements with signatories and review dates.',
    },
    {
      id: `v2.${AREA}.practices-sign`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.agreement`],
      title: 'Get every member practice signed up',
      description:
        'Sign the area-wide agreement, or a neighbourhood one where none exists, for every member practice, with ' +
        'neighbourhood team work named as a purpose.',
      fromLevel: 1,
      ownerRole: 'PCN manager',
      suggestedMonth: 2,
      successMeasure: 'Signature pages from every member practice.',
    },
    {
      id: `v2.${AREA}.partners-sign`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.agreement`],
      title: 'Get every partner in the teams signed up',
      description: 'Ask each partner organisation in the neighbourhood teams to sign the same agreement.',
      fromLevel: 2,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 3,
      successMeasure: 'Signature pages from every partner organisation in the teams.',
    },
    {
      id: `v2.${AREA}.review-agreement`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.agreement`],
      title: 'Review the agreement on time',
      description:
        'Put the review date in the PCN board calendar and review the agreement when it falls due or when a new ' +
        'team or purpose is added.',
      fromLevel: 3,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 6,
      successMeasure: 'Dated review record with any changes agreed by the signatories.',
    },
    // IG basics
    {
      id: `v2.${AREA}.dspt-audit`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.ig-basics`],
      title: "Record each practice's Toolkit status",
      description: 'Look up the latest Toolkit submission of each member practice and record it in one table.',
      fromLevel: 0,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: 'Table of status and submission date for every member practice.',
    },
    {
      id: `v2.${AREA}.name-dpo`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.ig-basics`],
      title: 'Confirm a named data protection officer',
      description:
        'Confirm who acts as DPO for the PCN and each practice, whether shared, commissioned or provided by the ' +
        'ICB, and share their contact details.',
      fromLevel: 1,
      ownerRole: 'PCN manager',
      suggestedMonth: 1,
      successMeasure: 'Named DPO recorded for the PCN and every member practice.',
    },
    {
      id: `v2.${AREA}.dspt-plan`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.ig-basics`],
      title: 'Help any practice below the standard to meet it',
      description:
        'Agree a dated plan with each practice not yet meeting the Toolkit standard, such as staff training ' +
        'completion, and check progress monthly.',
      fromLevel: 2,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 3,
      successMeasure: 'Every member practice meeting the standard at its next submission.',
    },
    {
      id: `v2.${AREA}.ig-board-report`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.ig-basics`],
      title: 'Put information governance on the board agenda twice a year',
      description: 'Ask the DPO for a short report on risks, incidents and DPIAs for the PCN board every six months.',
      fromLevel: 3,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 5,
      successMeasure: 'First report received by the board and the next date set.',
    },
    // DPIA
    {
      id: `v2.${AREA}.list-dpia-needs`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.dpia`],
      title: 'List the activities that need a DPIA',
      description:
        'With the DPO, list every neighbourhood activity that shares personal data, such as the team meeting, ' +
        'shared care plans and cohort searches.',
      fromLevel: 0,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 1,
      successMeasure: 'List agreed with the DPO.',
    },
    {
      id: `v2.${AREA}.draft-mdt-dpia`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.dpia`],
      title: 'Draft a DPIA for the neighbourhood team meeting',
      description:
        'Use the ICB or DPO template to describe the data shared at the meeting, the risks and how they are ' +
        'reduced.',
      fromLevel: 1,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 2,
      successMeasure: 'Draft DPIA with the DPO comments.',
    },
    {
      id: `v2.${AREA}.sign-mdt-dpia`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.dpia`],
      title: 'Get the DPIA signed off before sharing starts',
      description:
        'Send the DPIA to the DPO of each organisation at the meeting and hold patient discussion until all sign.',
      fromLevel: 2,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 3,
      successMeasure: 'Signed DPIA dated before patient details are shared.',
    },
    {
      id: `v2.${AREA}.dpia-register`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.dpia`],
      title: 'Complete DPIAs for every listed activity',
      description: 'Work through the list and keep a register of each DPIA, who signed it and its review date.',
      fromLevel: 3,
      ownerRole: 'IG lead / data protection officer',
      suggestedMonth: 6,
      successMeasure: 'Register showing a signed DPIA for every activity on the list.',
    },
    // linked data (step 3 to 4 is the ICB's to take)
    {
      id: `v2.${AREA}.ask-linked-data`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.linked-data`],
      title: 'Ask the ICB what linked data it holds',
      description:
        'Ask the ICB data team what linked data covers the PCN population, how to request it and what ' +
        'agreements it needs.',
      fromLevel: 0,
      ownerRole: 'Population health lead',
      suggestedMonth: 1,
      successMeasure: 'Reply from the ICB recorded, with the request route.',
    },
    {
      id: `v2.${AREA}.cohort-linked-report`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.linked-data`],
      title: 'Request a linked data report for the priority cohort',
      description:
        'Request hospital, community and social care use for the priority cohort over the last year, as a ' +
        'baseline for the neighbourhood team.',
      fromLevel: 1,
      ownerRole: 'Population health lead',
      suggestedMonth: 3,
      successMeasure: 'Linked data report received for the cohort.',
    },
    {
      id: `v2.${AREA}.quarterly-linked-review`,
      areaId: AREA,
      questionIds: [`v2.${AREA}.linked-data`],
      title: 'Review linked data with partners every quarter',
      description:
        'Put the linked data report on the agenda of the partner meeting every quarter and agree what to change.',
      fromLevel: 2,
      ownerRole: 'Population health lead',
      suggestedMonth: 5,
      successMeasure: 'Linked data reviewed at a partner meeting, with the next review booked.',
    },
  ],
};
