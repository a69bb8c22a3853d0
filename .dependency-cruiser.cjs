/**
 * The layering of src/ (DESIGN.md, "Data flows one way"), checked in CI by `npm run lint:deps`.
 * test/app/layering.test.ts proves that the rules catch a breach (an adapter importing another).
 *
 *   app/                      composition root: the only folder that wires adapters and core
 *   slack/  console/          adapters, leaves: never import each other or app/
 *   workflow/ scheduler/      core: decide and schedule; no adapter, no app/, no config.ts
 *   ringcentral/ store/       I/O below the core
 *   callflow/ language/       pure: no I/O; language/ may import callflow/ types only
 *   week/                     draws callflow's week (SVG, PNG, timeline); imports callflow/ only
 *   calendar/                 writes callflow's calendar events as iCalendar; imports callflow/ only
 *   i18n/                     languages, the message catalogue, dates in words; pure, imports nothing of src/
 *   metrics/                  Prometheus metrics (prom-client); a leaf that only app/ imports
 *   emulator/                 loaded by app/ through a dynamic import only (tests import it too)
 *   config.ts  logger.ts      leaves (logger.ts reads trace-context.ts, to name the trace on each line)
 *   trace-context.ts          a leaf: the trace id of the interaction being served, read where logs and audit entries are written
 */
const CORE = '^src/(callflow|language|workflow|scheduler|ringcentral|store)/';
const ADAPTERS = '^src/(slack|console)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules can no longer be understood, or changed, one at a time.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'config-is-a-leaf',
      severity: 'error',
      comment: 'config.ts reads the environment into typed values; defaults and the policy are built by their owners and app/.',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'logger-is-a-leaf',
      severity: 'error',
      from: { path: '^src/logger\\.ts$' },
      to: { path: '^src/', pathNot: '^src/trace-context\\.ts$' },
    },
    {
      name: 'trace-context-is-a-leaf',
      severity: 'error',
      from: { path: '^src/trace-context\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'only-app-imports-app',
      severity: 'error',
      comment: 'app/ is the composition root: it imports everything, nothing imports it.',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'adapters-are-leaves',
      severity: 'error',
      comment: 'The Slack app and the console turn their input into the same calls; only app/ wires them.',
      from: { path: '^src/(slack|console)/' },
      to: { path: '^src/(slack|console)/', pathNot: '^src/$1/' },
    },
    {
      name: 'adapters-open-no-connection',
      severity: 'error',
      comment: 'Adapters get an opened workflow from app/; they never open a database or a RingCentral session.',
      from: { path: ADAPTERS },
      to: { path: ['node_modules/(pg|better-sqlite3|kysely|@ringcentral/sdk)/', '^src/store/open-', '^src/ringcentral/ringcentral-session'] },
    },
    {
      name: 'core-imports-no-adapter',
      severity: 'error',
      comment: 'The core is the same for every adapter; values come in as arguments, not from config.ts.',
      from: { path: CORE },
      to: { path: ['^src/(slack|console|app|emulator)/', '^src/config\\.ts$'] },
    },
    {
      name: 'callflow-imports-no-project-folder',
      severity: 'error',
      comment: 'callflow/ is pure: the model, the resolver and the plan, with RingCentral semantics in one module.',
      from: { path: '^src/callflow/' },
      to: { path: '^src/', pathNot: '^src/(callflow|i18n)/' },
    },
    {
      name: 'language-imports-callflow-types-only',
      severity: 'error',
      comment: 'language/ turns text into an Intent; it may name callflow/ types, nothing else of the project.',
      from: { path: '^src/language/' },
      to: { path: '^src/', pathNot: '^src/(language|callflow|i18n)/' },
    },
    {
      name: 'language-uses-no-callflow-code',
      severity: 'error',
      from: { path: '^src/language/' },
      to: { path: '^src/callflow/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pure-core-does-no-io',
      severity: 'error',
      comment: 'No I/O, no clock, no Slack in callflow/ and language/: time is passed in.',
      from: { path: '^src/(callflow|language)/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: 'node_modules/(luxon|zod|chrono-node|date-holidays)/' },
    },
    {
      name: 'week-draws-callflow-only',
      severity: 'error',
      comment: 'week/ draws what resolveWeek resolved; it never reads RingCentral, the store or Slack itself.',
      from: { path: '^src/week/' },
      to: { path: '^src/', pathNot: '^src/(week|callflow|i18n)/' },
    },
    {
      name: 'week-is-drawn-above-the-gateway',
      severity: 'error',
      comment: 'Only the adapters, the workflow (its question answers) and app/ draw the week.',
      from: { path: '^src/(ringcentral|store|scheduler)/' },
      to: { path: '^src/week/' },
    },
    {
      name: 'calendar-writes-callflow-only',
      severity: 'error',
      comment: 'calendar/ writes the events listCalendarEvents made as iCalendar text; it never reads RingCentral itself.',
      from: { path: '^src/calendar/' },
      to: { path: '^src/', pathNot: '^src/(calendar|callflow|i18n)/' },
    },
    {
      name: 'calendar-is-served-by-slack-and-app',
      severity: 'error',
      comment: 'The feed is served by the bot\'s HTTP server (slack/) and written by `switchboard calendar` (app/).',
      from: { path: '^src/', pathNot: '^src/(calendar|slack|app)/' },
      to: { path: '^src/calendar/' },
    },
    {
      name: 'metrics-is-a-leaf',
      severity: 'error',
      comment: 'metrics/ names its own inputs; app/ turns the store\'s counts and the gateway\'s and adapters\' callbacks into them.',
      from: { path: '^src/metrics/' },
      to: { path: '^src/', pathNot: '^src/metrics/' },
    },
    {
      name: 'only-app-imports-metrics',
      severity: 'error',
      comment: 'The gateway and the adapters count through callbacks app/ hands them, so none depends on prom-client.',
      from: { path: '^src/', pathNot: '^src/(metrics|app)/' },
      to: { path: '^src/metrics/' },
    },
    {
      name: 'i18n-is-a-pure-leaf',
      severity: 'error',
      comment: 'i18n/ holds the languages, the message catalogue and date wording: every folder may use it, it uses no project folder and does no I/O.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/i18n/' },
    },
    {
      name: 'i18n-does-no-io',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: 'node_modules/(luxon|date-holidays)/' },
    },
    {
      name: 'emulator-only-by-dynamic-import',
      severity: 'error',
      comment: 'A production process against a real RingCentral never loads the emulator, openapi-backend or the spec.',
      from: { path: '^src/', pathNot: '^src/(emulator|app)/' },
      to: { path: '^src/emulator/' },
    },
    {
      name: 'app-loads-emulator-lazily',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/emulator/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'emulator-uses-only-pure-semantics',
      severity: 'error',
      comment: 'The emulator shares RingCentral semantics with callflow/ and nothing else of the project.',
      from: { path: '^src/emulator/' },
      to: { path: '^src/', pathNot: '^src/(emulator|callflow)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
