// The fixture operation spec-only.test.ts adds to a copy of spec/: its path file, its own result table and the
// `paths` entry, written as a spec author would, with nothing else of the project touched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

export const FIXTURE_PATH = '/v1/payments/fixtureOp';

/** Codes of the fixture table: codes and messages from the reference, actions written for this fixture only. */
export const FIXTURE_CODES = [
  { code: 'SUCCESS', status: 'S', message: 'Success', action: 'Fixture run finished; nothing to do.' },
  {
    code: 'PARAM_ILLEGAL',
    status: 'F',
    message:
      'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.',
    action: 'Fixture input refused; correct fixtureId or amount.',
  },
  { code: 'UNKNOWN_EXCEPTION', status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Fixture outcome unknown; run the fixture again.' },
] as const;

const PATH_ITEM = `post:
  operationId: fixtureOp
  tags:
    - Payments
  summary: Run the fixture operation
  description: A test-only operation that proves an operation is added by editing spec/ alone.
  x-result-codes:
    $ref: ../result-codes/fixture-op.yaml
  requestBody:
    required: true
    content:
      application/json:
        schema:
          type: object
          required:
            - fixtureId
            - amount
          properties:
            fixtureId:
              type: string
              maxLength: 32
              description: Identifier of the fixture run.
            amount:
              type: integer
              description: A whole number the fixture echoes nowhere.
  responses:
    '200':
      description: The call was processed; read result.resultStatus and result.resultCode.
      content:
        application/json:
          schema:
            type: object
            required:
              - result
            properties:
              result:
                $ref: ../components/schemas/Result.yaml
              fixtureId:
                type: string
                maxLength: 32
                description: Identifier of the fixture run, as sent.
`;

function table(): string {
  const rows = FIXTURE_CODES.map((c) => `  - code: ${c.code}\n    status: ${c.status}\n    message: ${JSON.stringify(c.message)}\n    action: ${JSON.stringify(c.action)}`);
  return `statuses:
  - status: S
    title: Success
    description: The fixture ran.
  - status: F
    title: Failure
    description: The fixture refused its input.
  - status: U
    title: Unknown
    description: The fixture outcome is not known.
codes:
${rows.join('\n')}
fallback:
  status: U
  message: Unknown result code
  action: Fixture has no guidance for this code.
examples:
  default: SUCCESS
  resultProperty: result
  fields:
    code: resultCode
    status: resultStatus
    message: resultMessage
  base:
    fixtureId: F-0001
`;
}

/** Adds the fixture operation to the spec copy under `dir` (a folder holding spec/). */
export function addFixtureOperation(dir: string): void {
  writeFileSync(path.join(dir, 'spec/paths/fixture_op.yaml'), PATH_ITEM);
  mkdirSync(path.join(dir, 'spec/result-codes'), { recursive: true });
  writeFileSync(path.join(dir, 'spec/result-codes/fixture-op.yaml'), table());
  const root = path.join(dir, 'spec/openapi.yaml');
  const doc = parseDocument(readFileSync(root, 'utf8'));
  doc.setIn(['paths', FIXTURE_PATH], doc.createNode({ $ref: './paths/fixture_op.yaml' }));
  writeFileSync(root, doc.toString({ lineWidth: 0 }));
}
