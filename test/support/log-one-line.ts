// Run in a child process by test/logger.test.ts: the process logger as `npm start` makes it (to
// stderr, its format chosen by whether stderr is a terminal) writes one line inside a trace.
import { createLogger } from '../../src/logger.ts';
import { withTrace } from '../../src/trace-context.ts';

const logger = createLogger({ level: 'info' });
withTrace('0123456789ab', () => logger.info({ slack: { token: 'xoxb-not-for-logs' } }, 'one line'));
