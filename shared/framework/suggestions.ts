/**
 * Library of suggested six-month actions, offered when an area has a gap between its current
 * and target level. Each action names the level step it helps with (fromLevel), the questions
 * it addresses, a suggested owner and month, and how the PCN will know it has worked.
 * Ids are stable: an action plan stores them, so never reuse an id for a different action.
 */
import type { SuggestedAction } from './types';

export const SUGGESTED_ACTIONS: SuggestedAction[] = [
  // Leadership
  {
    id: 'leadership.one-page-purpose',
    areaId: 'leadership',
    questionIds: ['leadership.shared-purpose'],
    title: 'Agree a one-page PCN purpose',
    description:
      'Draft a single page saying what the PCN is for and its three priorities for the neighbourhood. ' +
      'Take it to the PCN board and ask every member practice to sign it off.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'One-page purpose approved by every member practice and recorded in the board minutes.',
  },
  {
    id: 'leadership.decide-external-lead',
    areaId: 'leadership',
    questionIds: ['leadership.cd-ambition', 'leadership.successor'],
    title: 'Decide who will lead for the PCN externally',
    description:
      'Hold a frank board discussion on whether the clinical director wants to lead in the neighbourhood. ' +
      'If not, name the person who could, and list the time, training or mentoring they would need.',
    fromLevel: 0,
    ownerRole: 'PCN board',
    suggestedMonth: 1,
    successMeasure: 'Board minute names the external lead for neighbourhood work and the support agreed for them.',
  },
  {
    id: 'leadership.rewrite-cd-job-plan',
    areaId: 'leadership',
    questionIds: ['leadership.protected-time'],
    title: "Rewrite the clinical director's job plan",
    description:
      'List everything the clinical director does now, move operational tasks to the PCN manager or practice ' +
      'leads, and protect regular sessions for work with neighbourhood partners.',
    fromLevel: 1,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Job plan signed off with at least two protected sessions a week for external work.',
  },
  {
    id: 'leadership.appoint-deputy',
    areaId: 'leadership',
    questionIds: ['leadership.team-depth', 'leadership.protected-time'],
    title: 'Appoint a deputy clinical director',
    description:
      'Agree a role description, funding and sessions for a deputy clinical director who takes on internal ' +
      'leadership, then recruit from the member practices.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Deputy clinical director in post with a written role description and funded sessions.',
  },
  {
    id: 'leadership.succession-plan',
    areaId: 'leadership',
    questionIds: ['leadership.successor', 'leadership.team-depth'],
    title: 'Write a leadership succession plan',
    description:
      'Identify who could step into the clinical director and external lead roles at short notice, and ' +
      'agree how they will gain experience, for example by deputising at partner meetings.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure:
      'Succession plan agreed by the board, with a named successor who has attended at least two partner meetings.',
  },
  {
    id: 'leadership.co-lead-design',
    areaId: 'leadership',
    questionIds: ['leadership.cd-ambition', 'leadership.shared-purpose'],
    title: 'Co-lead a neighbourhood design workstream',
    description:
      'Offer to co-chair one neighbourhood design workstream with a partner leader, such as the frailty ' +
      'pathway or the neighbourhood health centre, and report progress to the PCN board.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'PCN leader named as co-chair in the workstream terms of reference, with meetings held.',
  },

  // External relationships
  {
    id: 'relationships.stakeholder-map',
    areaId: 'relationships',
    questionIds: ['relationships.key-leaders'],
    title: 'Build a stakeholder map',
    description:
      'List each partner organisation in the neighbourhood with a named senior contact, their role, who ' +
      'in the PCN knows them and when you last met. Mark the gaps.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Stakeholder map shared with the PCN board, with a named senior contact for every key partner.',
  },
  {
    id: 'relationships.ask-icb-for-contacts',
    areaId: 'relationships',
    questionIds: ['relationships.acute-trust', 'relationships.key-leaders'],
    title: 'Ask the ICB which acute trust leaders to approach first',
    description:
      'Ask senior ICB colleagues to suggest trust leaders who are influential and receptive to general ' +
      'practice, and to introduce you. Aim for people senior enough to make things happen.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'At least two named senior acute trust leaders introduced and a first meeting booked.',
  },
  {
    id: 'relationships.one-to-ones',
    areaId: 'relationships',
    questionIds: ['relationships.key-leaders', 'relationships.escalation'],
    title: 'Meet each partner leader one to one',
    description:
      'Book an informal meeting with the senior contact in each partner organisation to understand their ' +
      'pressures and priorities, and agree how to reach each other when problems arise.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'One-to-one meetings held with every key partner and escalation contacts recorded on the map.',
  },
  {
    id: 'relationships.acute-joint-group',
    areaId: 'relationships',
    questionIds: ['relationships.acute-trust'],
    title: 'Form a small joint group with the acute trust',
    description:
      'Set up a group of four to six senior managers and clinicians, from both the PCN and the acute trust, ' +
      'to oversee joint work and sort out problems between the two.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 3,
    successMeasure: 'Joint group has met at least twice, with agreed membership and an action log.',
  },
  {
    id: 'relationships.joint-rationale',
    areaId: 'relationships',
    questionIds: ['relationships.joint-rationale', 'relationships.acute-trust'],
    title: 'Agree a written rationale for joint working',
    description:
      'With the joint group, write a short statement of why the organisations will work together and what ' +
      'each gains. State plainly that the trust taking over practices is not on the table.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Rationale signed off by the PCN board and by a trust executive director.',
  },
  {
    id: 'relationships.align-community-teams',
    areaId: 'relationships',
    questionIds: ['relationships.team-alignment'],
    title: 'Ask partners to align their teams to the PCN footprint',
    description:
      'Ask the community trust, mental health trust and social care to link named teams or workers to the ' +
      'PCN, so the same staff cover the same patients as the member practices.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 4,
    successMeasure: 'A named team or link worker for the PCN agreed in at least two partner organisations.',
  },
  {
    id: 'relationships.partners-forum',
    areaId: 'relationships',
    questionIds: ['relationships.joint-rationale', 'relationships.key-leaders'],
    title: "Hold a quarterly partners' forum on shared priorities",
    description:
      'Bring partner leaders together each quarter to review progress on a short list of shared priorities ' +
      'and agree which multi-agency team to build next.',
    fromLevel: 3,
    ownerRole: 'Clinical director',
    suggestedMonth: 6,
    successMeasure: 'First forum held with every key partner represented and shared priorities reviewed.',
  },

  // Governance
  {
    id: 'governance.board-basics',
    areaId: 'governance',
    questionIds: ['governance.internal-decisions', 'governance.controls'],
    title: 'Set up board terms of reference and registers',
    description:
      'Write terms of reference for the PCN board that say who decides what, and start a conflicts of ' +
      'interest register and a risk register that the board reviews at each meeting.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Terms of reference approved, and both registers reviewed at the next board meeting.',
  },
  {
    id: 'governance.refresh-network-agreement',
    areaId: 'governance',
    questionIds: ['governance.internal-decisions'],
    title: 'Refresh the network agreement',
    description:
      'Update the network agreement so it covers how decisions are made and delegated, how disputes are ' +
      'settled and how the PCN would take part in neighbourhood working.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Revised network agreement signed by every member practice.',
  },
  {
    id: 'governance.convene-partners',
    areaId: 'governance',
    questionIds: ['governance.convening'],
    title: "Start a regular meeting of partners' leaders",
    description:
      'Invite senior leaders from each partner organisation to a regular meeting hosted by the PCN, with an ' +
      'agenda, notes and actions, as a first step towards a neighbourhood leadership group.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Two meetings held with at least four partner organisations attending and actions followed up.',
  },
  {
    id: 'governance.legal-form-options',
    areaId: 'governance',
    questionIds: ['governance.route-to-contract', 'governance.contract-holding'],
    title: 'Appraise the options for a legal form and put them to a vote',
    description:
      'Compare a new company, an existing GP federation and a lead-practice model, covering VAT, employment ' +
      'liabilities, NHS Pension access and CQC registration, using legal and accounting advice. Put a ' +
      'preferred option to the member practices.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Options appraisal written with professional advice and a preferred option voted on by members.',
  },
  {
    id: 'governance.due-diligence-pack',
    areaId: 'governance',
    questionIds: ['governance.controls', 'governance.contract-holding'],
    title: 'Prepare a due-diligence pack',
    description:
      'Gather the documents a commissioner would ask for: legal form, accounts, financial controls, risk ' +
      'register, insurance, clinical governance arrangements and key policies.',
    fromLevel: 2,
    ownerRole: 'PCN manager',
    suggestedMonth: 5,
    successMeasure: 'Due-diligence pack complete and reviewed by the PCN board.',
  },
  {
    id: 'governance.set-up-vehicle',
    areaId: 'governance',
    questionIds: ['governance.contract-holding', 'governance.controls'],
    title: 'Set up the contract-holding vehicle',
    description:
      'Act on the agreed option: register the company or sign the agreement with the federation, open a ' +
      'bank account, and agree spending limits and monthly financial reports.',
    fromLevel: 2,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Vehicle able to hold contracts, with a bank account and a scheme of delegated spending limits.',
  },
  {
    id: 'governance.first-contract',
    areaId: 'governance',
    questionIds: ['governance.contract-holding', 'governance.convening'],
    title: 'Take on a small contracted service',
    description:
      'Build a track record by bidding for or taking on one contracted service through the vehicle, such as ' +
      'a local enhanced service, and report delivery against budget to the board.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Contract signed by the vehicle and the first quarterly delivery report presented to the board.',
  },

  // Integrated neighbourhood teams
  {
    id: 'teams.map-existing-mdts',
    areaId: 'teams',
    questionIds: ['teams.current'],
    title: 'Map the multidisciplinary meetings already running',
    description:
      'List every multidisciplinary meeting in the member practices and partner services, who attends and ' +
      'which patients it covers, to spot what can be joined up.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'List of existing meetings shared with the board, showing attendance from each organisation.',
  },
  {
    id: 'teams.choose-first-cohort',
    areaId: 'teams',
    questionIds: ['teams.next-cohorts', 'teams.current'],
    title: 'Choose one cohort and agree its criteria',
    description:
      'Pick one group of patients to start with, such as frail older people or frequent A&E attenders, and ' +
      'agree clear criteria for who the team will serve.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'Cohort and inclusion criteria agreed by the PCN board and a list of eligible patients produced.',
  },
  {
    id: 'teams.weekly-mdt',
    areaId: 'teams',
    questionIds: ['teams.current', 'teams.support'],
    title: 'Start a weekly multi-agency MDT for the cohort',
    description:
      'Run a weekly multidisciplinary team meeting for the chosen cohort with community nursing, mental ' +
      'health, social care and voluntary sector staff, with a named lead and coordinator.',
    fromLevel: 1,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 2,
    successMeasure: 'MDT held weekly for two months with at least three organisations attending regularly.',
  },
  {
    id: 'teams.record-baseline',
    areaId: 'teams',
    questionIds: ['teams.impact'],
    title: 'Record baseline measures for each team',
    description:
      'Before or as a team starts, record its cohort size, emergency admissions, A&E attendances and one ' +
      'measure of what patients say, so later results can be compared.',
    fromLevel: 1,
    ownerRole: 'Population health lead',
    suggestedMonth: 2,
    successMeasure: 'Baseline figures recorded for the cohort and agreed with the team.',
  },
  {
    id: 'teams.shared-care-plan',
    areaId: 'teams',
    questionIds: ['teams.support'],
    title: 'Introduce a shared care-plan template',
    description:
      'Agree one care-plan template that every organisation in the team uses, stored where all team members ' +
      'can see it, with an owner for each action.',
    fromLevel: 2,
    ownerRole: 'Deputy clinical director',
    suggestedMonth: 3,
    successMeasure: 'Template in use for every patient discussed at the MDT.',
  },
  {
    id: 'teams.quarterly-impact-report',
    areaId: 'teams',
    questionIds: ['teams.impact', 'teams.next-cohorts'],
    title: 'Report team impact each quarter',
    description:
      'Produce a short quarterly report comparing each team against its baseline and use it to decide which ' +
      'cohort to add next.',
    fromLevel: 2,
    ownerRole: 'Population health lead',
    suggestedMonth: 5,
    successMeasure: 'First quarterly report presented to the PCN board and to partners.',
  },
  {
    id: 'teams.co-locate',
    areaId: 'teams',
    questionIds: ['teams.support', 'teams.impact'],
    title: 'Agree co-location and shared incentives for teams',
    description:
      'With partners, agree where teams can work side by side for part of the week and a shared goal or ' +
      'incentive that rewards every organisation for the team results.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'At least one team working from a shared base on set days, with a shared goal agreed by partners.',
  },

  // Population health
  {
    id: 'population-health.name-lead',
    areaId: 'population-health',
    questionIds: ['population-health.capability'],
    title: 'Name a population health lead',
    description:
      'Appoint a clinician or manager to lead population health for the PCN, with protected time and a ' +
      'clear brief to use data to guide priorities.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 1,
    successMeasure: 'Population health lead named, with protected time agreed in writing.',
  },
  {
    id: 'population-health.get-data-access',
    areaId: 'population-health',
    questionIds: ['population-health.needs', 'population-health.capability'],
    title: 'Get access to ICB population health data',
    description:
      'Ask the ICB and public health team for access to their population health dashboards and the local ' +
      'needs assessment, and arrange a short training session for the lead.',
    fromLevel: 0,
    ownerRole: 'Population health lead',
    suggestedMonth: 1,
    successMeasure: 'Log-ins working for the lead and at least one other person in the PCN.',
  },
  {
    id: 'population-health.neighbourhood-profile',
    areaId: 'population-health',
    questionIds: ['population-health.needs', 'population-health.cohorts'],
    title: 'Write a neighbourhood profile and segment the population',
    description:
      'Summarise the population on two pages: age, deprivation, main conditions and groups at risk of ' +
      'missing out. Split it into groups with similar needs and propose a priority cohort.',
    fromLevel: 1,
    ownerRole: 'Population health lead',
    suggestedMonth: 2,
    successMeasure: 'Profile discussed at the PCN board and one priority cohort agreed.',
  },
  {
    id: 'population-health.cohort-project',
    areaId: 'population-health',
    questionIds: ['population-health.cohorts', 'population-health.plan'],
    title: 'Run one data-driven improvement project',
    description:
      'Choose a measurable goal for the priority cohort, such as raising blood pressure checks in the most ' +
      'deprived fifth of patients, and run at least one plan, test and review cycle.',
    fromLevel: 1,
    ownerRole: 'Population health lead',
    suggestedMonth: 4,
    successMeasure: 'Improvement cycle completed with before and after figures reported to the board.',
  },
  {
    id: 'population-health.neighbourhood-plan',
    areaId: 'population-health',
    questionIds: ['population-health.plan', 'population-health.partner-buy-in'],
    title: 'Draft a neighbourhood health plan with partners',
    description:
      'Write a short plan with three to five priorities and targets for narrowing inequalities, drafted ' +
      'with the community trust, council, public health and voluntary sector.',
    fromLevel: 2,
    ownerRole: 'Population health lead',
    suggestedMonth: 5,
    successMeasure: 'Plan agreed at a joint meeting, with each partner named against at least one priority.',
  },
  {
    id: 'population-health.linked-data-review',
    areaId: 'population-health',
    questionIds: ['population-health.capability', 'population-health.needs'],
    title: 'Start a routine review using linked data',
    description:
      'Ask the ICB for linked data covering hospital, community and social care use for the cohort, and ' +
      'review it with partners every quarter.',
    fromLevel: 2,
    ownerRole: 'Population health lead',
    suggestedMonth: 5,
    successMeasure: 'Linked data report received and reviewed at a partner meeting.',
  },
  {
    id: 'population-health.resource-by-need',
    areaId: 'population-health',
    questionIds: ['population-health.plan', 'population-health.partner-buy-in'],
    title: 'Move resources to where the data shows most need',
    description:
      'Use the plan and its results to agree with partners one concrete shift of staff time or money towards ' +
      'the cohort with the widest inequality gap.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure:
      'Board and partners agree a named shift of staff time or funding, with a date to review its effect.',
  },

  // IT, data sharing and information governance
  {
    id: 'data-sharing.dspt-audit',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.ig-basics'],
    title: "Check each practice's Data Security and Protection Toolkit status",
    description:
      'Collect the latest DSPT submission status for each member practice, and agree a plan with any ' +
      'practice that has not met the standard.',
    fromLevel: 0,
    ownerRole: 'IG lead / data protection officer',
    suggestedMonth: 1,
    successMeasure: 'Every member practice shown as meeting the DSPT standard, or with a dated plan to do so.',
  },
  {
    id: 'data-sharing.name-dpo',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.ig-basics'],
    title: 'Confirm a named data protection officer',
    description:
      'Confirm who acts as data protection officer for the PCN and each practice, whether shared, ' +
      'commissioned or provided by the ICB, and share their contact details.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'Named DPO recorded for the PCN and every member practice.',
  },
  {
    id: 'data-sharing.sign-agreement',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.agreement'],
    title: 'Sign or refresh the data sharing agreement',
    description:
      'Agree a data sharing agreement that covers every practice and partner in the neighbourhood teams, ' +
      'with its purpose, legal basis and a review date.',
    fromLevel: 0,
    ownerRole: 'IG lead / data protection officer',
    suggestedMonth: 2,
    successMeasure: 'Agreement signed by every member practice and every partner organisation in the teams.',
  },
  {
    id: 'data-sharing.mdt-dpia',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.dpia'],
    title: 'Complete a DPIA for the neighbourhood MDT',
    description:
      'Carry out a data protection impact assessment for the multi-agency team meeting and its care plans, ' +
      'and act on the risks it finds.',
    fromLevel: 1,
    ownerRole: 'IG lead / data protection officer',
    suggestedMonth: 2,
    successMeasure: 'DPIA signed off by the DPO before patient details are shared at the meeting.',
  },
  {
    id: 'data-sharing.request-record-access',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.shared-records'],
    title: 'Request shared care record access for team staff',
    description:
      'Apply for access to the local shared care record for every member of the neighbourhood teams who ' +
      'needs it, including partner staff.',
    fromLevel: 1,
    ownerRole: 'Digital lead',
    suggestedMonth: 3,
    successMeasure: 'All named team members able to log in to the shared care record.',
  },
  {
    id: 'data-sharing.write-access',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.shared-records', 'data-sharing.dpia'],
    title: 'Let partners update shared care plans',
    description:
      'Work with the ICB digital team and partners so that staff from each organisation can add to the same ' +
      'care plan, rather than only read it.',
    fromLevel: 2,
    ownerRole: 'Digital lead',
    suggestedMonth: 5,
    successMeasure: 'Care plans for the cohort updated by staff from at least two organisations.',
  },
  {
    id: 'data-sharing.linked-dashboard',
    areaId: 'data-sharing',
    questionIds: ['data-sharing.agreement', 'data-sharing.shared-records'],
    title: 'Set up a linked data dashboard for the neighbourhood',
    description:
      'Agree with the ICB and partners a regularly refreshed dashboard that links practice, hospital and ' +
      'community data for the neighbourhood, with the governance to match.',
    fromLevel: 3,
    ownerRole: 'Digital lead',
    suggestedMonth: 6,
    successMeasure: 'Dashboard refreshed at least weekly and used at a partner meeting.',
  },

  // Neighbourhood health centre
  {
    id: 'health-centre.space-use-survey',
    areaId: 'health-centre',
    questionIds: ['health-centre.estates-baseline'],
    title: 'Survey how space is used across the practices',
    description:
      'Record the rooms, condition, tenure and weekly use of each member practice building, plus any ' +
      'partner buildings in the area.',
    fromLevel: 0,
    ownerRole: 'Estates lead',
    suggestedMonth: 1,
    successMeasure: 'Estates baseline completed for every member practice.',
  },
  {
    id: 'health-centre.meet-icb-estates',
    areaId: 'health-centre',
    questionIds: ['health-centre.identified', 'health-centre.development-route'],
    title: 'Meet the ICB estates team',
    description:
      'Find out what the ICB estates plan already says about the neighbourhood, which sites it has in mind ' +
      'and how proposals enter its pipeline.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 2,
    successMeasure: 'Meeting held and a shortlist of candidate sites noted.',
  },
  {
    id: 'health-centre.estates-workshop',
    areaId: 'health-centre',
    questionIds: ['health-centre.identified', 'health-centre.service-model'],
    title: 'Hold a joint estates workshop with partners',
    description:
      'Bring partners together to compare candidate sites and agree which services should work from the ' +
      'centre and when.',
    fromLevel: 1,
    ownerRole: 'Estates lead',
    suggestedMonth: 3,
    successMeasure: 'Workshop held with at least three partner organisations and a preferred site agreed.',
  },
  {
    id: 'health-centre.service-model',
    areaId: 'health-centre',
    questionIds: ['health-centre.service-model'],
    title: 'Write the service model for the centre',
    description:
      'Describe which teams will use the centre, on which days and hours, and the rooms and shared space ' +
      'they need, with general practice at the core.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Service model agreed by the PCN board and by partners.',
  },
  {
    id: 'health-centre.submit-proposal',
    areaId: 'health-centre',
    questionIds: ['health-centre.development-route'],
    title: 'Submit a proposal to the ICB',
    description:
      'Turn the service model and preferred site into a proposal for the ICB estates pipeline, with rough ' +
      'costs and a suggested timetable.',
    fromLevel: 2,
    ownerRole: 'Estates lead',
    suggestedMonth: 5,
    successMeasure: 'Proposal acknowledged by the ICB and added to its estates pipeline.',
  },
  {
    id: 'health-centre.agree-terms',
    areaId: 'health-centre',
    questionIds: ['health-centre.development-route', 'health-centre.identified'],
    title: 'Agree occupancy terms for the centre',
    description:
      'Agree with the landlord and partners who will occupy which space, on what terms, and the plan for ' +
      'opening hours, so the centre can open with services in place.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Heads of terms agreed for general practice and at least two partner organisations.',
  },

  // Voice and influence
  {
    id: 'voice.map-place-governance',
    areaId: 'voice',
    questionIds: ['voice.place-board'],
    title: 'Map the place governance',
    description:
      'Find out which boards and groups make decisions about neighbourhoods, when they meet, who sits on them ' +
      'and how primary care is represented.',
    fromLevel: 0,
    ownerRole: 'PCN manager',
    suggestedMonth: 1,
    successMeasure: 'One-page map of place governance shared with the PCN board.',
  },
  {
    id: 'voice.ask-for-seat',
    areaId: 'voice',
    questionIds: ['voice.place-board'],
    title: 'Ask the place lead how primary care is represented',
    description:
      'Meet the chair or lead officer of the place-based partnership to understand how neighbourhood ' +
      'decisions are made and how the PCN can be involved.',
    fromLevel: 0,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Meeting held and the route for primary care to join the board agreed.',
  },
  {
    id: 'voice.joint-representative',
    areaId: 'voice',
    questionIds: ['voice.collective', 'voice.place-board'],
    title: 'Agree a joint representative with neighbouring PCNs',
    description:
      'Meet neighbouring clinical directors to agree one or two people who will represent primary care at ' +
      'the place board, and how their time will be funded.',
    fromLevel: 1,
    ownerRole: 'Clinical director',
    suggestedMonth: 2,
    successMeasure: 'Representative named and endorsed by every participating PCN.',
  },
  {
    id: 'voice.mandate-and-feedback',
    areaId: 'voice',
    questionIds: ['voice.mandate'],
    title: 'Give the representative a mandate and a feedback loop',
    description:
      'Agree in writing what the representative can commit to without coming back to the practices, and ' +
      'add a standing report-back item to the PCN board agenda.',
    fromLevel: 1,
    ownerRole: 'PCN board',
    suggestedMonth: 3,
    successMeasure: 'Written mandate agreed and a report-back given after each place board meeting.',
  },
  {
    id: 'voice.present-profile',
    areaId: 'voice',
    questionIds: ['voice.shaping'],
    title: 'Present a neighbourhood profile to the place board',
    description:
      "Take the PCN's neighbourhood profile and priorities to the place board, with one clear proposal it is " +
      'asked to support.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 4,
    successMeasure: 'Profile presented and the board decision on the proposal recorded in its minutes.',
  },
  {
    id: 'voice.provider-collaborative',
    areaId: 'voice',
    questionIds: ['voice.collective', 'voice.shaping'],
    title: 'Set up a primary care provider collaborative',
    description:
      'With the other PCNs in the place, agree how you will reach shared positions, pool a small budget for ' +
      'leadership time and put forward joint proposals.',
    fromLevel: 2,
    ownerRole: 'Clinical director',
    suggestedMonth: 5,
    successMeasure: 'Collaborative terms agreed by the member PCNs and a funded lead in place.',
  },
  {
    id: 'voice.joint-decision-making',
    areaId: 'voice',
    questionIds: ['voice.shaping', 'voice.mandate'],
    title: 'Propose joint decision-making on neighbourhood contracts',
    description:
      'Put a proposal to the place board and the ICB that primary care shares decisions on how neighbourhood ' +
      'contracts are designed, awarded and funded.',
    fromLevel: 3,
    ownerRole: 'PCN board',
    suggestedMonth: 6,
    successMeasure: 'Proposal discussed at the place board and a primary care role in contract decisions agreed.',
  },
];
