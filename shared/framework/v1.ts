/**
 * Framework content, version 2026.1: the eight readiness areas, their questions and what each
 * level looks like. Question ids are stable and must never be reused for a different question;
 * a later version that changes the meaning of a question must give it a new id.
 */
import { SUGGESTED_ACTIONS } from './suggestions';
import type { Framework } from './types';

export const frameworkV1: Framework = {
  version: '2026.1',
  title: 'Neighbourhood readiness framework',
  releaseNote:
    'First release. Eight areas a PCN can use to judge how ready it is to lead its neighbourhood ' +
    'under the 10 Year Health Plan, with concrete descriptors for each level and a library of ' +
    'suggested six-month actions.',
  areas: [
    {
      id: 'leadership',
      title: 'Leadership',
      purpose:
        'Someone has to speak for general practice when neighbourhood partners sit down together. ' +
        'This area asks whether the PCN has a leader who wants that role and the time and support to do it.',
      questions: [
        {
          id: 'leadership.cd-ambition',
          text: 'Does the clinical director want to take a leading role in the neighbourhood?',
          help:
            'Be honest: leading a neighbourhood means months of meetings with trusts, the council and ' +
            'the voluntary sector, on top of clinical work. Consider whether the clinical director (CD) ' +
            'has said so openly to the member practices. Evidence might be a board minute or a conversation ' +
            'the CD has had with the Integrated Care Board (ICB) about the role.',
        },
        {
          id: 'leadership.protected-time',
          text: 'Can the clinical director be freed from running the PCN day to day so they can focus on work with partners?',
          help:
            'Think about who currently handles staffing, contract returns, rotas and practice queries. ' +
            'If the CD does most of it, external work will always lose out. Evidence might be a job plan ' +
            'with protected sessions, or a diary that shows regular time with partner organisations.',
        },
        {
          id: 'leadership.team-depth',
          text: 'Are other people stepping up to share the internal leadership of the PCN?',
          help:
            'Look for a PCN manager with real authority, a deputy clinical director, and lead GPs or ' +
            'managers in each practice who take on named responsibilities. A PCN that depends on one ' +
            'person is fragile. Evidence might be a list of responsibilities with a named owner for each.',
        },
        {
          id: 'leadership.successor',
          text: 'If the clinical director is not the right person to lead externally, has someone else with the skills and appetite been identified and supported?',
          help:
            'The best external leader is not always the current CD. Consider whether anyone in the PCN, ' +
            'clinical or managerial, has the interest and the credibility with partners, and whether they ' +
            'have been given time, mentoring or training. If the CD does want the role, this is about having ' +
            'a second person ready should they step down.',
        },
        {
          id: 'leadership.shared-purpose',
          text: 'Have the member practices agreed what the PCN wants from the neighbourhood?',
          help:
            'A leader can only negotiate well if the practices behind them agree on the aim. Consider ' +
            'whether there is a short written statement of the PCN purpose and priorities that every ' +
            'practice has signed up to. Evidence might be a one-page purpose minuted at a PCN board.',
        },
      ],
      levels: {
        0: 'The clinical director spends nearly all leadership time keeping the PCN itself running, and nobody has been asked to represent the PCN with neighbourhood partners.',
        1: 'Member practices have agreed in writing what the PCN is for, and the clinical director has some protected time plus a PCN manager who handles day-to-day running.',
        2: 'A wider leadership team, such as a deputy clinical director and practice leads, runs internal business. The clinical director spends regular, planned time with neighbourhood partners.',
        3: 'A second leader is being developed so the role would survive a change of clinical director. Leadership is shared with partners, for example by co-chairing a neighbourhood group.',
        4: 'PCN leaders co-lead the design of neighbourhood services with partners and are asked for their view before decisions are taken.',
      },
    },
    {
      id: 'relationships',
      title: 'External relationships',
      purpose:
        'Neighbourhood working depends on trust between named people in each organisation. ' +
        'This area asks whether PCN leaders know, and are known by, the senior leaders of every key partner.',
      tracksPartners: true,
      questions: [
        {
          id: 'relationships.key-leaders',
          text: 'Do PCN leaders have personal working relationships with the senior leaders of each partner organisation in the neighbourhood?',
          help:
            'Think of the community trust, mental health trust, acute (hospital) trust, council adult and ' +
            "children's social care, and the main voluntary sector bodies. A relationship here means you " +
            'could ring the person and they would know who you are. Evidence might be a stakeholder map ' +
            'with a named senior contact and the date you last met for each organisation.',
        },
        {
          id: 'relationships.acute-trust',
          text: 'Is there a small joint group of senior managers and clinicians from the PCN and the acute trust?',
          help:
            'Large set-piece meetings rarely change much on their own. What helps is a group of about four ' +
            'to six people, drawn from both sides, senior enough to fix problems in their own organisation. ' +
            'Avoid relying only on a junior liaison post with little influence. Senior ICB colleagues can ' +
            'often suggest which trust leaders are most receptive to general practice.',
        },
        {
          id: 'relationships.joint-rationale',
          text: 'Have the PCN and its partners agreed why they are working together and what is not on the table?',
          help:
            'A shared reason for joint working, written down, keeps everyone pointing the same way. For ' +
            'general practice it might be reducing work shifted to practices without funding; for a trust, ' +
            'better referrals or fewer admissions. Fears such as a trust taking over practices are best ' +
            'ruled out explicitly. Evidence might be a short agreed statement signed off by both sides.',
        },
        {
          id: 'relationships.escalation',
          text: 'When something goes wrong between organisations, is there an agreed senior route to sort it out quickly?',
          help:
            'Consider a recent problem, such as a discharge that went badly or a disputed piece of work. ' +
            'Did it get resolved between named senior people, or did it drift? Evidence might be an agreed ' +
            'escalation contact list and examples of issues closed within weeks.',
        },
        {
          id: 'relationships.team-alignment',
          text: 'Are community, mental health and social care teams organised around the PCN footprint?',
          help:
            'Partners find it much easier to work with a PCN when their own staff cover the same patients. ' +
            'Consider whether district nurses, community mental health staff and social workers are linked ' +
            'to your practices, or spread across several PCNs. Evidence might be a named team or link ' +
            'worker for the PCN in each partner organisation.',
        },
      ],
      levels: {
        0: 'Contact with other organisations happens only when something has gone wrong, and the PCN cannot name a senior contact in most partner organisations.',
        1: 'The PCN has a stakeholder map with a named senior contact in each key partner, and PCN leaders have met at least some of them one to one.',
        2: 'PCN leaders meet the senior leaders of the main partners regularly, including a small joint group with the acute trust, and there is an agreed senior route for escalating problems.',
        3: 'The PCN and its partners work to a short written list of shared priorities, and community and mental health teams are organised around the PCN footprint.',
        4: 'Multi-agency teams run day to day on the strength of well-established relationships. Partners involve the PCN early, and most problems are solved between named people without formal escalation.',
      },
    },
    {
      id: 'governance',
      title: 'Governance',
      purpose:
        'To lead a neighbourhood the PCN must be able to bring partners together, make decisions that stick ' +
        'and, in time, hold a contract. This area asks whether its structures are up to that.',
      questions: [
        {
          id: 'governance.convening',
          text: 'Does the PCN bring the leaders of neighbourhood partners together regularly?',
          help:
            'The organisation that calls the meetings, sets the agenda and writes the notes tends to shape ' +
            'what the neighbourhood becomes. Consider whether the PCN hosts a regular meeting of partner ' +
            'leaders that could grow into a neighbourhood leadership group. Evidence might be a schedule ' +
            'of meetings, attendance lists and actions followed up.',
        },
        {
          id: 'governance.internal-decisions',
          text: 'Can the member practices make collective decisions quickly and stick to them?',
          help:
            'Partners will only deal with a PCN that can commit on behalf of its practices. Consider ' +
            'whether the network agreement is up to date, the PCN board has terms of reference and ' +
            'delegated authority, and conflicts of interest are declared and recorded. Evidence might be ' +
            'decisions minuted and acted on without being reopened at the next meeting.',
        },
        {
          id: 'governance.contract-holding',
          text: 'Could the PCN, or an organisation it controls, hold a neighbourhood contract today?',
          help:
            'A network agreement between practices is not a legal body, so it cannot usually hold a contract ' +
            'in its own right. Consider whether there is a company, partnership or GP federation that could, ' +
            'and whether it could employ staff, register with the Care Quality Commission (CQC) and manage ' +
            'the money. Evidence might be a legal entity with a bank account and audited or reviewed accounts.',
        },
        {
          id: 'governance.route-to-contract',
          text: 'If the PCN cannot yet hold a contract, does it know the steps and the timetable to get there?',
          help:
            'Options include forming a new company, using an existing federation, or a lead-practice model. ' +
            'Each has consequences for VAT, employment liabilities, access to the NHS Pension Scheme and ' +
            'CQC registration, so professional legal and accounting advice is worth the cost. Evidence might ' +
            'be an options appraisal that the member practices have voted on.',
        },
        {
          id: 'governance.controls',
          text: 'Does the PCN have the financial controls and risk management a commissioner would expect from a contract holder?',
          help:
            'Consider budgets and monthly reports, who can authorise spending, a risk register that is ' +
            'reviewed, and clear accountability for clinical quality. A due-diligence pack brings these ' +
            'together so the ICB can see them quickly. Evidence might be a board that reviews finance and ' +
            'risk at every meeting.',
        },
      ],
      levels: {
        0: 'The PCN relies on the network agreement alone and many decisions are made informally. It does not convene partners and could not hold a contract.',
        1: 'The network agreement has been refreshed, the PCN board has terms of reference, and conflicts of interest and risks are kept in registers that the board reviews.',
        2: 'The PCN convenes partner leaders regularly. It has appraised the legal forms open to it, covering VAT, employment liabilities, NHS Pension access and CQC registration, with professional advice.',
        3: 'A legal entity, or an agreed route through a GP federation, can hold contracts on behalf of the PCN, with financial controls, a risk register and a due-diligence pack in place.',
        4: 'The PCN or its vehicle has a track record of delivering contracted services to time and budget, and it chairs or co-chairs a neighbourhood leadership group.',
      },
    },
    {
      id: 'teams',
      title: 'Integrated neighbourhood teams',
      purpose:
        'Integrated neighbourhood teams bring staff from different organisations together around groups of ' +
        'patients with similar needs. This area asks which teams exist, which come next and how their impact is known.',
      questions: [
        {
          id: 'teams.current',
          text: 'Are any integrated neighbourhood teams working in the PCN area today?',
          help:
            'An integrated neighbourhood team (INT) is a group of staff from general practice, community ' +
            'services, mental health, social care and the voluntary sector who plan and deliver care together ' +
            'for a defined group of patients. A regular multidisciplinary team (MDT) meeting that includes ' +
            'people from outside the practices is often the first step. Evidence might be meeting notes and ' +
            'a list of the organisations that attend.',
        },
        {
          id: 'teams.next-cohorts',
          text: 'Has the PCN agreed which teams to develop next, and for which groups of patients?',
          help:
            'Common starting points are frail older people, end of life care, people with several long-term ' +
            'conditions, children who need specialist input, and people who use A&E often. Consider whether ' +
            'each planned team has clear criteria for who it serves and a named lead. Evidence might be an ' +
            'agreed list of cohorts in priority order.',
        },
        {
          id: 'teams.support',
          text: 'Do the teams have what they need to work well together?',
          help:
            'Think about protected time to attend, a named lead and coordinator, a place to meet (in person ' +
            "or online), access to each other's records, and a shared care plan template. Teams that rely " +
            'on goodwill alone tend to fade. Evidence might be job plans that include team time and a care ' +
            'plan format every member uses.',
        },
        {
          id: 'teams.impact',
          text: "Is each team's impact tracked against measures agreed at the start?",
          help:
            'Agree a small set of measures before a team starts, such as emergency admissions, A&E ' +
            'attendances, days at home, or what patients say, and record a baseline. Without this it is ' +
            'hard to show partners or the ICB that the team is worth funding. Evidence might be a simple ' +
            'quarterly report comparing results with the baseline.',
        },
      ],
      levels: {
        0: 'Multidisciplinary discussion happens only inside individual practices, and no team includes staff from community, mental health or social care services.',
        1: 'At least one regular multidisciplinary team (MDT) meeting runs for one group of patients, such as frail older people, with staff from outside the practices attending.',
        2: 'Teams run for several priority groups, such as frailty, end of life care or people with several long-term conditions, each with a named lead and agreed criteria for who it serves.',
        3: 'Multi-agency integrated neighbourhood teams work from shared care plans and report agreed measures, such as emergency admissions, against a recorded baseline.',
        4: 'The teams work as a team of teams: many are co-located, share incentives, and change how they work based on the results they track.',
      },
    },
    {
      id: 'population-health',
      title: 'Population health',
      purpose:
        'A neighbourhood should plan care around the needs of its whole population, not only those who ' +
        'come through the door. This area asks whether the PCN understands those needs and has a plan partners back.',
      questions: [
        {
          id: 'population-health.needs',
          text: 'Does the PCN understand the particular health needs of its local population?',
          help:
            'Consider age profile, deprivation, ethnicity, common long-term conditions, and groups who ' +
            'struggle to reach services. The ICB, public health team and the local Joint Strategic Needs ' +
            'Assessment usually hold useful data. Evidence might be a short neighbourhood profile the PCN ' +
            'board has discussed.',
        },
        {
          id: 'population-health.cohorts',
          text: 'Has the population been divided into groups with shared needs, and have priority cohorts been chosen?',
          help:
            'Segmentation means dividing the population into groups with similar needs, so that care can be ' +
            'designed for each. Core20PLUS5 is the national approach to reducing health inequalities: it ' +
            'focuses on the most deprived 20% of the population, other locally chosen groups, and five ' +
            'clinical areas. Evidence might be a named priority cohort with agreed inclusion criteria.',
        },
        {
          id: 'population-health.plan',
          text: 'Does the neighbourhood have a written plan for better health and narrower health inequalities?',
          help:
            'A good plan is short, names a few priorities, and says what will change and how it will be ' +
            'measured. Consider whether it includes targets for narrowing gaps between groups, not only ' +
            'averages. Evidence might be a written plan with measures that are reviewed at set points.',
        },
        {
          id: 'population-health.partner-buy-in',
          text: 'Have the other organisations in the neighbourhood committed to that plan?',
          help:
            'A plan owned only by general practice will struggle to change much. Consider whether the ' +
            'community trust, council, public health and voluntary sector helped to shape it and have ' +
            'committed staff or resources. Evidence might be partner sign-off at a joint meeting.',
        },
        {
          id: 'population-health.capability',
          text: 'Does the PCN have the people, time and tools to analyse its population data?',
          help:
            'Someone needs to own population health for the PCN and be able to use the available data, ' +
            'whether through an ICB dashboard, a clinical system search tool or a data analyst. Consider ' +
            'whether a named lead has protected time for this. Evidence might be a lead in post and regular ' +
            'reports produced from the data.',
        },
      ],
      levels: {
        0: 'The PCN responds to patients as they present and has not looked at data on the needs of its population as a whole.',
        1: 'The PCN can access ICB population health data and understands Core20PLUS5, and a named person has summarised the main needs of its population.',
        2: 'The population has been segmented into groups with similar needs, one priority cohort has been chosen, and at least one improvement cycle has been completed with it.',
        3: 'Linked data from several organisations is used routinely, and a neighbourhood plan with targets for reducing inequalities has been signed up to by partners.',
        4: 'Population health findings decide where staff time and money go across the neighbourhood, and progress on inequalities is reviewed with partners at least every quarter.',
      },
    },
    {
      id: 'data-sharing',
      title: 'IT, data sharing and information governance',
      purpose:
        'Teams from different organisations cannot care for the same patients well unless information can ' +
        'flow safely between them. This area asks whether the agreements, safeguards and systems are in place.',
      questions: [
        {
          id: 'data-sharing.agreement',
          text: 'Is there a signed data sharing agreement covering the organisations in the neighbourhood?',
          help:
            'A data sharing agreement sets out what information partners will share, for what purpose and ' +
            'on what legal basis. Consider whether it covers every practice and partner in the ' +
            'neighbourhood teams, and whether it is in date. Evidence might be a signed agreement with a ' +
            'review date.',
        },
        {
          id: 'data-sharing.ig-basics',
          text: 'Do all member practices meet the Data Security and Protection Toolkit, and is there a named data protection officer?',
          help:
            'The Data Security and Protection Toolkit (DSPT) is the annual online self-assessment every ' +
            'organisation handling NHS patient data must complete. A data protection officer (DPO) advises ' +
            'on data protection law and is often shared across practices or provided by the ICB. Evidence ' +
            "might be each practice's latest DSPT status and the DPO's name and contact details.",
        },
        {
          id: 'data-sharing.dpia',
          text: 'Have data protection impact assessments been completed for neighbourhood working?',
          help:
            'A data protection impact assessment (DPIA) is a structured check of the privacy risks of a new ' +
            'way of using personal data, and how they will be reduced. Neighbourhood team meetings and ' +
            'shared care plans usually need one. Evidence might be a DPIA signed off by the DPO for each ' +
            'integrated neighbourhood team.',
        },
        {
          id: 'data-sharing.shared-records',
          text: 'Can staff in neighbourhood teams see and update the records they need?',
          help:
            'Consider whether staff from community, mental health and social care can view the shared care ' +
            'record for the patients they look after, and whether they can add to shared care plans or only ' +
            'read them. Evidence might be a list of which roles have access and examples of care plans ' +
            'updated by more than one organisation.',
        },
      ],
      levels: {
        0: 'Each organisation uses its own systems with no data sharing agreement between them, so information moves by phone, email or letter.',
        1: 'A data sharing agreement has been signed, a data protection officer (DPO) is named, and every member practice meets the Data Security and Protection Toolkit standard.',
        2: 'Data protection impact assessments (DPIAs) cover neighbourhood working, and staff in integrated neighbourhood teams can view the shared care record.',
        3: 'Staff from partner organisations can both read and update shared care plans, and new information governance questions are settled within weeks.',
        4: 'Linked data from across the neighbourhood is available in near real time to plan care and track outcomes, under governance all partners trust.',
      },
    },
    {
      id: 'health-centre',
      title: 'Neighbourhood health centre',
      purpose:
        'Every neighbourhood is expected to have a neighbourhood health centre where teams work side by side. ' +
        'This area asks whether a site has been identified and what it will take to develop it.',
      questions: [
        {
          id: 'health-centre.identified',
          text: 'Do the PCN and its partners know where the neighbourhood health centre will be?',
          help:
            'A neighbourhood health centre is a building, or a small group of buildings, where general ' +
            'practice works alongside community, mental health, social care and voluntary sector services. ' +
            'Consider whether the PCN, the ICB and partners agree on which site it should be. Evidence might ' +
            'be a site named in the ICB estates plan or a partner meeting minute.',
        },
        {
          id: 'health-centre.estates-baseline',
          text: 'Does the PCN know what space it has now, how it is used and what condition it is in?',
          help:
            'An estates baseline records, for each building, its size, condition, who owns or leases it, ' +
            'and how fully rooms are used across the week. Consider partner buildings too, such as ' +
            'community clinics or council premises. Evidence might be a space-use survey covering every ' +
            'member practice.',
        },
        {
          id: 'health-centre.service-model',
          text: 'Is there an agreed view with partners of which services the centre will bring together?',
          help:
            'The building should follow the service model, not the other way round. Consider which teams ' +
            'would work from the centre, on which days and hours, and what that means for rooms and ' +
            'shared space. Evidence might be a service model document agreed at a joint estates workshop.',
        },
        {
          id: 'health-centre.development-route',
          text: 'Are the next steps, funding route and ICB support for developing the centre clear?',
          help:
            'Estates projects take years and need a place in the ICB capital and estates pipeline. Consider ' +
            'whether a proposal has been submitted, who would own or lease the building, and whether ' +
            'general practice is at its core. Evidence might be an acknowledged proposal with a timetable.',
        },
      ],
      levels: {
        0: 'The PCN has no clear picture of its estate or of where a neighbourhood health centre might be.',
        1: 'The PCN has an estates baseline covering space, condition, tenure and use for its member practices, and a shortlist of candidate sites.',
        2: 'The service model for the centre has been agreed with partners, and a proposal is in the ICB estates pipeline.',
        3: 'A site has been agreed with general practice at its core, with a funding route and a timetable for any building or refurbishment work.',
        4: 'The centre is open, several organisations work from it, and services run into the evening and at weekends.',
      },
    },
    {
      id: 'voice',
      title: 'Voice and influence',
      purpose:
        'Key decisions about neighbourhoods, including who holds the contracts, are being shaped now at place level. ' +
        'This area asks whether the PCN is influencing those decisions rather than hearing about them later.',
      questions: [
        {
          id: 'voice.place-board',
          text: 'Is the PCN represented where decisions about neighbourhoods are made, such as the place-based partnership board?',
          help:
            'A place-based partnership brings together the NHS, the council and others across a town, ' +
            'borough or district, and its board often decides how neighbourhoods are set up. Consider ' +
            'whether you know which meetings matter, who sits on them and how primary care is represented. ' +
            'Evidence might be a map of place governance with the primary care seats marked.',
        },
        {
          id: 'voice.mandate',
          text: 'Does whoever represents the PCN have a clear mandate from the member practices and report back?',
          help:
            'A representative without a mandate can only listen. Consider whether the practices have ' +
            'agreed what the representative can commit to, and whether there is a routine report back ' +
            'after each meeting. Evidence might be a written mandate and a standing item on the PCN board agenda.',
        },
        {
          id: 'voice.shaping',
          text: 'Is the PCN actively shaping neighbourhood decisions rather than responding to them?',
          help:
            'Influence shows when place plans include proposals that came from general practice. Consider ' +
            'whether the PCN has put forward its own ideas, data or a neighbourhood profile, and whether any ' +
            'were adopted. Evidence might be a paper the PCN presented and the decision that followed.',
        },
        {
          id: 'voice.collective',
          text: 'Does the PCN work with neighbouring PCNs to speak for general practice with one voice?',
          help:
            'Place boards often have room for only one or two primary care seats. A primary care provider ' +
            'collaborative, where PCNs across the place agree shared positions and fund a representative, ' +
            'carries more weight than any single PCN. Evidence might be a joint representative agreed by ' +
            'neighbouring PCNs.',
        },
      ],
      levels: {
        0: 'The PCN learns about decisions on neighbourhoods only after they have been made.',
        1: 'Someone from the PCN attends the place-based partnership board or its sub-groups from time to time, without an agreed brief.',
        2: 'An agreed primary care representative attends with a mandate from the member practices and reports back after each meeting.',
        3: 'A resourced primary care provider collaborative, shared with neighbouring PCNs, shapes place plans and puts forward its own proposals.',
        4: 'The PCN takes part in joint decisions about neighbourhood contracts and funding, and its proposals are regularly adopted.',
      },
    },
  ],
  suggestions: SUGGESTED_ACTIONS,
};
