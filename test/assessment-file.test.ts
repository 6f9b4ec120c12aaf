/**
 * The assessment file: a round trip keeps every field, and every kind of bad file is refused
 * with its exact message before anything could be written.
 */
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../shared/domain';
import { EXAMPLE_FRAMEWORK, exampleAssessment } from '../shared/example';
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_VERSION,
  AssessmentFileError,
  assessmentFileTooLargeMessage,
  jsonErrorPosition,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
  toAssessmentFile,
} from '../shared/export/assessment-file';

const META = { exportedAt: '2026-11-16T18:00:00.000Z', app: { name: 'Neighbourhood Ready', version: '0.1.0' } };
const INVALID = 'This file is not a valid assessment file: ';

const exampleText = () => toAssessmentFile(exampleAssessment(), META);

// biome-ignore lint/suspicious/noExplicitAny: test files are edited as loose JSON on purpose.
type Loose = any;

/** The example file, changed by `edit` on its parsed JSON. */
function edited(edit: (file: Loose) => void): string {
  const file = JSON.parse(exampleText());
  edit(file);
  return JSON.stringify(file, null, 2);
}

function messageOf(text: string): string {
  const result = parseAssessmentFile(text);
  if (result.ok) throw new Error('Expected the file to be refused, but it was accepted.');
  return result.message;
}

describe('writing and reading back', () => {
  test('the example survives a round trip unchanged', () => {
    const example = exampleAssessment();
    const text = toAssessmentFile(example, META);
    const result = parseAssessmentFile(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.file).toEqual({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: ASSESSMENT_FILE_VERSION,
      kind: 'assessment',
      exportedAt: META.exportedAt,
      app: META.app,
      assessment: example,
      previous: null,
    });
    expect(result.file.assessment).toStrictEqual(example);
    // Writing what was read gives the same bytes again.
    expect(toAssessmentFile(result.file.assessment, META)).toBe(text);
  });

  test('is pretty JSON with the documented key order, whatever order the objects had', () => {
    const text = exampleText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 10)).toEqual([
      '{',
      '  "format": "neighbourhood-ready-assessment",',
      '  "formatVersion": 5,',
      '  "kind": "assessment",',
      '  "exportedAt": "2026-11-16T18:00:00.000Z",',
      '  "app": {',
      '    "name": "Neighbourhood Ready",',
      '    "version": "0.1.0"',
      '  },',
      '  "assessment": {',
    ]);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'formatVersion',
      'kind',
      'exportedAt',
      'app',
      'assessment',
      'previous',
    ]);
    expect(Object.keys(JSON.parse(text).assessment)).toEqual([
      'id',
      'frameworkVersion',
      'assessmentDate',
      'planStart',
      'status',
      'previousAssessmentId',
      'profile',
      'responses',
      'areaResponses',
      'partners',
      'participants',
      'actions',
      'dismissedSuggestionIds',
      'deferrals',
      'planCapacity',
      'workshop',
      'checkIns',
      'createdAt',
      'updatedAt',
    ]);
    expect(Object.keys(JSON.parse(text).assessment.workshop)).toEqual(['anonymous', 'questions', 'scores']);
    expect(Object.keys(JSON.parse(text).assessment.workshop.scores[0])).toEqual([
      'participantId',
      'questionId',
      'current',
      'dontKnow',
      'target',
      'reason',
      'source',
    ]);
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        );
      }
      return value;
    };
    expect(toAssessmentFile(reversed(exampleAssessment()) as Assessment, META)).toBe(text);
  });

  test('leaves out fields that are not part of an assessment', () => {
    const withExtra = { ...exampleAssessment(), lastPosition: 'area:leadership' };
    expect(toAssessmentFile(withExtra, META)).toBe(exampleText());
  });

  test('keeps markup and other characters in text exactly as written', () => {
    const example = exampleAssessment();
    const note = '<script>alert(1)</script> <b>bold</b> & "quotes" \'apostrophes\' =SUM(A1) Zoë – 👍\r\nline two';
    example.profile.pcnName = '<img src=x onerror=alert(1)> PCN';
    example.responses[0] = { ...(example.responses[0] as Assessment['responses'][number]), notes: note };
    const result = parseAssessmentFile(toAssessmentFile(example, META));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.assessment.responses[0]?.notes).toBe(note);
    expect(result.file.assessment.profile.pcnName).toBe('<img src=x onerror=alert(1)> PCN');
  });

  test('accepts a byte order mark, and a file without the reserved "previous" field', () => {
    expect(parseAssessmentFile(`\uFEFF${exampleText()}`).ok).toBe(true);
    const result = parseAssessmentFile(
      edited((file) => {
        delete file.previous;
      }),
    );
    expect(result.ok && result.file.previous).toBeNull();
  });

  test('accepts an in-progress assessment with unanswered questions and no actions', () => {
    const example = exampleAssessment();
    const partial: Assessment = {
      ...example,
      status: 'in-progress',
      responses: example.responses
        .slice(0, 3)
        .map((r) => ({ ...r, current: null, target: null, dontKnow: false, notes: '' })),
      areaResponses: [],
      partners: [],
      participants: [],
      actions: [],
      dismissedSuggestionIds: [],
      workshop: { anonymous: false, questions: [], scores: [] },
      profile: { ...example.profile, pcnCode: null, population: null, practices: [], icb: '' },
    };
    const result = parseAssessmentFile(toAssessmentFile(partial, META));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.assessment).toEqual(partial);
  });

  test('refuses to write a file that could not be opened again', () => {
    const example = exampleAssessment();
    example.participants[0] = {
      ...(example.participants[0] as Assessment['participants'][number]),
      name: 'x'.repeat(201),
    };
    expect(() => toAssessmentFile(example, META)).toThrow(AssessmentFileError);
    expect(() => toAssessmentFile(example, META)).toThrow(
      'This assessment cannot be saved as a file. This file is not a valid assessment file: assessment.participants[0].name is too long: 201 characters, and the limit is 200.',
    );
  });
});

describe('format version 1 files, written before workshops', () => {
  test('open as the current version with an empty workshop, no check-ins and no plan choices, and everything else unchanged', () => {
    const example = exampleAssessment();
    const {
      workshop: _workshop,
      checkIns: _checkIns,
      deferrals: _deferrals,
      planCapacity: _capacity,
      ...v1Assessment
    } = example;
    const v1 = JSON.stringify(
      {
        format: ASSESSMENT_FILE_FORMAT,
        formatVersion: 1,
        exportedAt: META.exportedAt,
        app: META.app,
        assessment: v1Assessment,
        previous: null,
      },
      null,
      2,
    );
    const result = parseAssessmentFile(v1);
    if (!result.ok) throw new Error(result.message);
    expect(result.file).toEqual({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: ASSESSMENT_FILE_VERSION,
      kind: 'assessment',
      exportedAt: META.exportedAt,
      app: META.app,
      assessment: { ...example, workshop: { anonymous: false, questions: [], scores: [] }, checkIns: [] },
      previous: null,
    });
  });
});

describe('format version 4 files, written before deferred gaps and capacity', () => {
  test('open as the current version with no deferred gaps and a capacity of 12', () => {
    const example = { ...exampleAssessment(), planCapacity: 20 };
    const { deferrals: _deferrals, planCapacity: _capacity, ...v4Assessment } = example;
    const v4 = JSON.stringify({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: 4,
      kind: 'assessment',
      exportedAt: META.exportedAt,
      app: META.app,
      assessment: v4Assessment,
      previous: null,
    });
    const result = parseAssessmentFile(v4);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.formatVersion).toBe(5);
    expect(result.file.assessment).toEqual({ ...example, deferrals: [], planCapacity: 12 });
  });

  test('a version 4 file with deferred gaps (which version 4 never had) is refused', () => {
    const text = JSON.stringify({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: 4,
      kind: 'assessment',
      exportedAt: META.exportedAt,
      app: META.app,
      assessment: exampleAssessment(),
      previous: null,
    });
    expect(parseAssessmentFile(text)).toEqual({
      ok: false,
      message: `${INVALID}assessment has a field "deferrals" that this version of the app does not recognise.`,
    });
  });
});

describe('format version 5: deferred gaps and capacity', () => {
  const first = EXAMPLE_FRAMEWORK.areas[0]?.questions[0]?.id ?? '';
  const withPlan = {
    ...exampleAssessment(),
    deferrals: [{ questionId: first, reason: 'depends-on-icb' as const, note: 'Waiting for the ICB estates review.' }],
    planCapacity: 9,
  };

  test('round-trip unchanged', () => {
    const result = parseAssessmentFile(toAssessmentFile(withPlan, META));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.assessment).toStrictEqual(withPlan);
  });

  test.each([
    [
      'an unknown question',
      (f: Loose) => {
        f.assessment.deferrals[0].questionId = 'finance.cash';
      },
      `${INVALID}assessment.deferrals[0].questionId names question "finance.cash", which framework version 2026.1 does not have.`,
    ],
    [
      'the same question twice',
      (f: Loose) => {
        f.assessment.deferrals.push({ ...f.assessment.deferrals[0] });
      },
      `${INVALID}assessment.deferrals[1].questionId defers question "${first}" again (it is already in assessment.deferrals[0]).`,
    ],
    [
      '"other" without a note',
      (f: Loose) => {
        f.assessment.deferrals[0] = { questionId: first, reason: 'other', note: ' ' };
      },
      `${INVALID}assessment.deferrals[0].note must say why in its note when the reason is "other", but it is the text " ".`,
    ],
    [
      'a capacity of 0',
      (f: Loose) => {
        f.assessment.planCapacity = 0;
      },
      `${INVALID}assessment.planCapacity must be a whole number from 1 to 100, but it is the number 0.`,
    ],
  ])('refuses %s', (_name, edit, message) => {
    const file = JSON.parse(toAssessmentFile(withPlan, META));
    edit(file);
    expect(parseAssessmentFile(JSON.stringify(file))).toEqual({ ok: false, message });
  });
});

describe('refusing bad files, each with its exact message', () => {
  const text = exampleText();

  const corpus: [name: string, file: () => string, message: string][] = [
    ['truncated JSON', () => text.slice(0, 1234), `${INVALID}it is cut off or damaged (JSON error at position 1234).`],
    [
      'damaged JSON in the middle',
      () => text.replace('"formatVersion": 5,', '"formatVersion": 5,,'),
      `${INVALID}it is cut off or damaged (JSON error at position ${text.indexOf('"formatVersion": 5,') + 19}).`,
    ],
    [
      'empty file',
      () => '',
      'This file is empty. It is not a valid assessment file: check that you chose the right file.',
    ],
    [
      'only white space',
      () => ' \r\n\t',
      'This file is empty. It is not a valid assessment file: check that you chose the right file.',
    ],
    [
      'wrong format',
      () =>
        edited((f) => {
          f.format = 'some-other-app';
        }),
      'This is not a Neighbourhood Ready assessment file.',
    ],
    [
      'no format',
      () => JSON.stringify({ name: 'A list of things' }),
      'This is not a Neighbourhood Ready assessment file.',
    ],
    [
      'format version 6',
      () =>
        edited((f) => {
          f.formatVersion = 6;
        }),
      'This file was saved by a newer version of Neighbourhood Ready (file format 6). Install the latest version to open it.',
    ],
    [
      'format version 0',
      () =>
        edited((f) => {
          f.formatVersion = 0;
        }),
      'This file says it uses file format 0, which no version of Neighbourhood Ready has ever written. It may be damaged or made by another program.',
    ],
    [
      'format version as text',
      () =>
        edited((f) => {
          f.formatVersion = '1';
        }),
      'This file gives its file format version as the text "1", not a whole number, so it cannot be opened. It may be damaged or made by another program.',
    ],
    [
      'format version 1.5',
      () =>
        edited((f) => {
          f.formatVersion = 1.5;
        }),
      'This file gives its file format version as the number 1.5, not a whole number, so it cannot be opened. It may be damaged or made by another program.',
    ],
    [
      'no format version',
      () =>
        edited((f) => {
          delete f.formatVersion;
        }),
      'This file does not say which version of the assessment file format it uses, so it cannot be opened. It may be damaged or made by another program.',
    ],
    [
      '__proto__ key at the top level',
      () => text.replace('{\n  "format"', '{\n  "__proto__": { "polluted": true },\n  "format"'),
      `${INVALID}it contains a field named "__proto__" (at the top level of the file), which assessment files never use. It was not opened, to keep the app safe.`,
    ],
    [
      '__proto__ key inside a response',
      () => text.replace('"dontKnow": false', '"__proto__": { "isAdmin": true }, "dontKnow": false'),
      `${INVALID}it contains a field named "__proto__" (in assessment.responses[0]), which assessment files never use. It was not opened, to keep the app safe.`,
    ],
    [
      'constructor key',
      () => text.replace('"pcnName"', '"constructor": { "prototype": {} }, "pcnName"'),
      `${INVALID}it contains a field named "constructor" (in assessment.profile), which assessment files never use. It was not opened, to keep the app safe.`,
    ],
    [
      'prototype key deep in a list',
      () =>
        edited((f) => {
          f.assessment.actions[2].questionIds = [{ prototype: 1 }];
        }),
      `${INVALID}it contains a field named "prototype" (in assessment.actions[2].questionIds[0]), which assessment files never use. It was not opened, to keep the app safe.`,
    ],
    [
      'level as text "3"',
      () =>
        edited((f) => {
          f.assessment.responses[2].current = '3';
        }),
      `${INVALID}assessment.responses[2].current must be a whole number from 0 to 4, but it is the text "3".`,
    ],
    [
      'level 5',
      () =>
        edited((f) => {
          f.assessment.responses[2].current = 5;
        }),
      `${INVALID}assessment.responses[2].current must be a whole number from 0 to 4, but it is the number 5.`,
    ],
    [
      'level 2.5',
      () =>
        edited((f) => {
          f.assessment.responses[2].target = 2.5;
        }),
      `${INVALID}assessment.responses[2].target must be a whole number from 0 to 4, but it is the number 2.5.`,
    ],
    [
      'partner strength -1',
      () =>
        edited((f) => {
          f.assessment.partners[1].strength = -1;
        }),
      `${INVALID}assessment.partners[1].strength must be a whole number from 0 to 4, but it is the number -1.`,
    ],
    [
      'dontKnow as text',
      () =>
        edited((f) => {
          f.assessment.responses[0].dontKnow = 'no';
        }),
      `${INVALID}assessment.responses[0].dontKnow must be true or false, but it is the text "no".`,
    ],
    [
      'unknown field in a response',
      () =>
        edited((f) => {
          f.assessment.responses[0].colour = 'red';
        }),
      `${INVALID}assessment.responses[0] has a field "colour" that this version of the app does not recognise.`,
    ],
    [
      'unknown field at the top level',
      () =>
        edited((f) => {
          f.signature = 'abc';
        }),
      `${INVALID}the file has a field "signature" that this version of the app does not recognise.`,
    ],
    [
      'missing field',
      () =>
        edited((f) => {
          delete f.assessment.planStart;
        }),
      `${INVALID}assessment.planStart is missing.`,
    ],
    [
      'invalid date 2026-02-30',
      () =>
        edited((f) => {
          f.assessment.assessmentDate = '2026-02-30';
        }),
      `${INVALID}assessment.assessmentDate must be a real date in the form YYYY-MM-DD, but it is the text "2026-02-30".`,
    ],
    [
      'due date in another form',
      () =>
        edited((f) => {
          f.assessment.actions[0].dueDate = '31/01/2027';
        }),
      `${INVALID}assessment.actions[0].dueDate must be a real date in the form YYYY-MM-DD, but it is the text "31/01/2027".`,
    ],
    [
      'timestamp that is not one',
      () =>
        edited((f) => {
          f.exportedAt = 'yesterday';
        }),
      `${INVALID}exportedAt must be a date and time in ISO 8601 form, such as 2026-11-16T17:42:00Z, but it is the text "yesterday".`,
    ],
    [
      'id that is not a UUID',
      () =>
        edited((f) => {
          f.assessment.actions[0].id = 'action-1';
        }),
      `${INVALID}assessment.actions[0].id must be an id in UUID form, such as 3f2b8c1e-5d4a-4c6b-9e2f-1a7d3c5b8e90, but it is the text "action-1".`,
    ],
    [
      'the same id twice',
      () =>
        edited((f) => {
          f.assessment.actions[1].id = f.assessment.actions[0].id;
        }),
      `${INVALID}assessment.actions[1].id is "4b97df12-a378-4e7e-8538-1ae91ee66ee6", the same id as assessment.actions[0].id; every id must be different.`,
    ],
    [
      'unknown action status',
      () =>
        edited((f) => {
          f.assessment.actions[0].status = 'finished';
        }),
      `${INVALID}assessment.actions[0].status must be one of: "not-started", "in-progress", "done", "blocked", but it is the text "finished".`,
    ],
    [
      'start month 7',
      () =>
        edited((f) => {
          f.assessment.actions[0].startMonth = 7;
        }),
      `${INVALID}assessment.actions[0].startMonth must be a whole number from 1 to 6, but it is the number 7.`,
    ],
    [
      'practice code in the wrong form',
      () =>
        edited((f) => {
          f.assessment.profile.practices[0].code = 'z99101';
        }),
      `${INVALID}assessment.profile.practices[0].code must be a letter followed by five digits, such as A81001, or null, but it is the text "z99101".`,
    ],
    [
      'empty PCN name',
      () =>
        edited((f) => {
          f.assessment.profile.pcnName = ' ';
        }),
      `${INVALID}assessment.profile.pcnName must not be empty, but it is the text " ".`,
    ],
    [
      'unknown question id',
      () =>
        edited((f) => {
          f.assessment.responses[3].questionId = 'leadership.favourite-colour';
        }),
      `${INVALID}assessment.responses[3].questionId names question "leadership.favourite-colour", which framework version 2026.1 does not have.`,
    ],
    [
      'the same question answered twice',
      () =>
        edited((f) => {
          f.assessment.responses[3].questionId = f.assessment.responses[1].questionId;
        }),
      `${INVALID}assessment.responses[3].questionId answers question "leadership.protected-time" again (it is already answered in assessment.responses[1]).`,
    ],
    [
      'unknown question id in an action',
      () =>
        edited((f) => {
          f.assessment.actions[4].questionIds = ['voice.nope'];
        }),
      `${INVALID}assessment.actions[4].questionIds[0] names question "voice.nope", which framework version 2026.1 does not have.`,
    ],
    [
      'unknown area id',
      () =>
        edited((f) => {
          f.assessment.areaResponses[7].areaId = 'finance';
        }),
      `${INVALID}assessment.areaResponses[7].areaId names area "finance", which framework version 2026.1 does not have.`,
    ],
    [
      'unknown framework version',
      () =>
        edited((f) => {
          f.assessment.frameworkVersion = '2031.4';
        }),
      'This file was made with framework version 2031.4, which this version of the app does not know. Install the latest version of the app.',
    ],
    [
      'over-long note',
      () =>
        edited((f) => {
          f.assessment.responses[0].notes = 'x'.repeat(10_001);
        }),
      `${INVALID}assessment.responses[0].notes is too long: 10,001 characters, and the limit is 10,000.`,
    ],
    [
      'over-long name',
      () =>
        edited((f) => {
          f.assessment.participants[2].name = 'é'.repeat(201);
        }),
      `${INVALID}assessment.participants[2].name is too long: 201 characters, and the limit is 200.`,
    ],
    [
      'too many actions',
      () =>
        edited((f) => {
          const [first] = f.assessment.actions;
          while (f.assessment.actions.length < 501) {
            const n = f.assessment.actions.length;
            f.assessment.actions.push({ ...first, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });
          }
        }),
      `${INVALID}assessment.actions has too many items: 501, and the limit is 500.`,
    ],
    [
      'too many practices',
      () =>
        edited((f) => {
          f.assessment.profile.practices = Array.from({ length: 101 }, (_, n) => ({
            id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
            code: null,
            name: `Practice ${n}`,
            listSize: null,
          }));
        }),
      `${INVALID}assessment.profile.practices has too many items: 101, and the limit is 100.`,
    ],
    [
      'something other than null in "previous"',
      () =>
        edited((f) => {
          f.previous = { id: 'x' };
        }),
      `${INVALID}previous must be null in this file format, but it is a group of fields.`,
    ],
    [
      'format version 2 without a kind',
      () =>
        edited((f) => {
          delete f.kind;
        }),
      'This file does not say what kind of file it is (an assessment, a response pack or a response), so it cannot be opened. It may be damaged or made by another program.',
    ],
    [
      'a kind this version does not know',
      () =>
        edited((f) => {
          f.kind = 'survey';
        }),
      'This file says it is of the kind the text "survey", which this version of Neighbourhood Ready does not know. Install the latest version to open it.',
    ],
    [
      'a response pack opened as an assessment',
      () =>
        edited((f) => {
          f.kind = 'response-pack';
        }),
      'This is a response pack, not an assessment: it holds the questions for one person to answer before a workshop. To answer it, choose “Answer a response pack” on the home screen.',
    ],
    [
      'a response file opened as an assessment',
      () =>
        edited((f) => {
          f.kind = 'response';
        }),
      "This is a participant's response file, not an assessment. Import it from the Workshop step of the assessment it answers.",
    ],
    [
      'a version 1 file with a workshop (which version 1 never had)',
      () =>
        edited((f) => {
          f.formatVersion = 1;
          delete f.kind;
          delete f.assessment.checkIns;
          delete f.assessment.deferrals;
          delete f.assessment.planCapacity;
        }),
      `${INVALID}assessment has a field "workshop" that this version of the app does not recognise.`,
    ],
    [
      'a workshop score by someone who is not a participant',
      () =>
        edited((f) => {
          f.assessment.workshop.scores[5].participantId = '00000000-0000-4000-8000-000000000099';
        }),
      `${INVALID}assessment.workshop.scores[5].participantId is "00000000-0000-4000-8000-000000000099", who is not in assessment.participants.`,
    ],
    [
      'a workshop score with a level and "don\'t know"',
      () =>
        edited((f) => {
          f.assessment.workshop.scores[0].dontKnow = true;
        }),
      `${INVALID}assessment.workshop.scores[0] gives both a level and "don't know" (dontKnow must be false when current is a level).`,
    ],
    [
      'the same person scoring a question twice',
      () =>
        edited((f) => {
          f.assessment.workshop.scores[1].questionId = f.assessment.workshop.scores[0].questionId;
          f.assessment.workshop.scores[1].participantId = f.assessment.workshop.scores[0].participantId;
        }),
      `${INVALID}assessment.workshop.scores[1] gives question "leadership.cd-ambition" again (it is already in assessment.workshop.scores[0]).`,
    ],
    [
      'a workshop question the framework does not have',
      () =>
        edited((f) => {
          f.assessment.workshop.questions[3].questionId = 'leadership.nope';
        }),
      `${INVALID}assessment.workshop.questions[3].questionId names question "leadership.nope", which framework version 2026.1 does not have.`,
    ],
    [
      'a score from somewhere unknown',
      () =>
        edited((f) => {
          f.assessment.workshop.scores[0].source = 'email';
        }),
      `${INVALID}assessment.workshop.scores[0].source must be one of: "live", "response-file", but it is the text "email".`,
    ],
    [
      'a reveal time that is not one',
      () =>
        edited((f) => {
          f.assessment.workshop.questions[0].revealedAt = 'after lunch';
        }),
      `${INVALID}assessment.workshop.questions[0].revealedAt must be a date and time in ISO 8601 form, such as 2026-11-16T17:42:00Z, but it is the text "after lunch".`,
    ],
    [
      'nesting far deeper than a real file',
      () => `{"format":"neighbourhood-ready-assessment","formatVersion":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      `${INVALID}its data is nested far deeper than an assessment file ever is (in x[0][0][0][0][0][0][0]…).`,
    ],
    [
      'a list at the top level',
      () => '[]',
      'This is not a Neighbourhood Ready assessment file: it contains a list instead of a saved assessment.',
    ],
    [
      'text at the top level',
      () => '"hello"',
      'This is not a Neighbourhood Ready assessment file: it contains the text "hello" instead of a saved assessment.',
    ],
    [
      'null at the top level',
      () => 'null',
      'This is not a Neighbourhood Ready assessment file: it contains null instead of a saved assessment.',
    ],
    [
      'a number at the top level',
      () => '42',
      'This is not a Neighbourhood Ready assessment file: it contains the number 42 instead of a saved assessment.',
    ],
    [
      'text longer than the size cap',
      () => ' '.repeat(MAX_ASSESSMENT_FILE_BYTES + 1),
      'This file is too large to be an assessment file (5,242,881 bytes; the limit is 5,242,880 bytes). Check that you chose the right file.',
    ],
    [
      'fewer characters than the cap but more bytes in UTF-8',
      () => `"${'é'.repeat(3_000_000)}"`,
      'This file is too large to be an assessment file (5.7 MB; the limit is 5 MB). Check that you chose the right file.',
    ],
  ];

  test.each(corpus)('%s', (_name, file, message) => {
    expect(messageOf(file())).toBe(message);
  });

  test('JSON.parse keeps "__proto__" as an own property, and reading the file pollutes nothing', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);

    const hostile = text.replace('"dontKnow": false', '"__proto__": { "polluted": true }, "dontKnow": false');
    expect(parseAssessmentFile(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('the size message used by the main process', () => {
    expect(MAX_ASSESSMENT_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(assessmentFileTooLargeMessage(12_345_678)).toBe(
      'This file is too large to be an assessment file (11.8 MB; the limit is 5 MB). Check that you chose the right file.',
    );
  });

  test('a file exactly at the size cap is read (and refused only for what it contains)', () => {
    const padded = `${' '.repeat(MAX_ASSESSMENT_FILE_BYTES - 4)}null`;
    expect(messageOf(padded)).toBe(
      'This is not a Neighbourhood Ready assessment file: it contains null instead of a saved assessment.',
    );
  });
});

describe('jsonErrorPosition', () => {
  test.each([
    ['{"a":1', 6],
    ['{"a":1,}', 7],
    ['[1,2', 4],
    ['{"a" 1}', 5],
    ['tru', 3],
    ['{"a":"x\\q"}', 8],
    ['01', 1],
    ['[1]x', 3],
    ['{"a":-}', 6],
    ['"abc', 4],
    ['{"a":"\u0001"}', 6],
    ['[1.]', 3],
    ['[1e]', 3],
    ['', 0],
  ])('%j goes wrong at %i, as V8 also reports where it gives a position', (json, position) => {
    expect(jsonErrorPosition(json)).toBe(position);
    let message = '';
    try {
      JSON.parse(json);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    const v8 = /at position (\d+)/.exec(message);
    if (v8) expect(Number(v8[1])).toBe(position);
  });

  test('valid JSON has no error position', () => {
    expect(jsonErrorPosition(exampleText())).toBe(-1);
    expect(jsonErrorPosition(' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}} ')).toBe(-1);
  });
});
