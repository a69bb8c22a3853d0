/** The audit key (SWITCHBOARD_AUDIT_KEY) of every test database, shared with the processes tests start. */
export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef0123456789abcdef';
