import { describe, expectTypeOf, it } from 'vitest';
import type { CallHandlingRequest } from '../../src/callflow/index.ts';
import type { Intent } from '../../src/language/index.ts';

// callflow may not import language, so CallHandlingRequest mirrors Intent by hand; these checks
// fail `tsc` when the two drift apart.
describe('CallHandlingRequest', () => {
  it('accepts every Intent that changes call handling', () => {
    expectTypeOf<Extract<Intent, { kind: CallHandlingRequest['kind'] }>>().toExtend<CallHandlingRequest>();
  });

  it('leaves out only the Intents that read call handling', () => {
    expectTypeOf<Exclude<Intent['kind'], CallHandlingRequest['kind']>>().toEqualTypeOf<'list-rules' | 'status' | 'test'>();
  });
});
