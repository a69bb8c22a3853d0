import type { IntentKind } from './intent.ts';

/** One command form for the README and help: how to write it, what it does, an example. */
export interface CommandReferenceEntry {
  readonly syntax: string;
  readonly description: string;
  readonly example: string;
  /** The Intent the example reads as (checked by a test). */
  readonly intent: IntentKind;
}

/**
 * The command reference, as data: one entry per command form, in the order help shows them.
 * The README's command reference is generated from this table.
 */
export const COMMAND_REFERENCE: ReadonlyArray<CommandReferenceEntry> = [
  {
    syntax: 'route to <target>',
    description: 'Where calls go during business hours. Also "send", "forward", "send calls".',
    example: 'route to greeting',
    intent: 'route',
  },
  {
    syntax: 'route to <target> after hours | route after hours to <target>',
    description: 'Where calls go outside business hours.',
    example: 'route after hours to voicemail',
    intent: 'route',
  },
  {
    syntax: 'route to <target> on <date>',
    description:
      'A custom rule for one whole day, local midnight to midnight. A date without a year is the next one to come; "Friday" is the next Friday.',
    example: 'route to voicemail on Dec 25',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> <date>-<day> | from <date> [<time>] to <date> [<time>] | between <date> and <date>',
    description:
      'A custom rule for a date range; a day named as the end is included ("until <date>" stops at its start). ISO date-times work too.',
    example: 'route to voicemail from Dec 24 5pm to Dec 26 9am',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> on <date> from <time> to <time>',
    description: 'A custom rule for part of one day. "from 12 to 1" is 12:00-13:00 and "9 to 5" is 09:00-17:00.',
    example: 'route to announcement on Dec 31 from 12 to 5',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> <days> [<time>-<time>]',
    description:
      'A custom rule every week: "weekdays", "weekends", "every Saturday", "Mon, Wed", "Mon-Fri". A range past midnight is split per day.',
    example: 'route to Sales weekdays 12:00-13:00',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> now until <time> | for <duration>',
    description: 'A custom rule from now: "until 3pm", "until tomorrow 9am", "for 2 hours".',
    example: 'route to voicemail for 2 hours',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> [<when>] when <number> calls | for calls to <number>',
    description: 'A custom rule for one caller (a partial number matches by prefix) or one company number, with or without a <when>.',
    example: 'route to Alice when +1 415 555 0100 calls',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <target> <when> named "<name>"',
    description: 'Gives the new rule a name (30 characters at most) instead of the proposed one.',
    example: 'route to voicemail on Dec 25 named "Christmas"',
    intent: 'add-rule',
  },
  {
    syntax: 'route to <user>, <user> and <user> [all at once | in order | longest idle]',
    description: 'Rings several users through a call queue (all at once unless told otherwise).',
    example: 'route to Alice, Bob and Chloé in order',
    intent: 'route',
  },
  {
    syntax: 'ring <queue> all at once | in order | longest idle',
    description: "Sets how a call queue rings its members.",
    example: 'ring Sales longest idle',
    intent: 'set-ring-mode',
  },
  {
    syntax: 'dial 0 to greeting | nothing | operator | <target> [in <IVR menu>]',
    description:
      "Sets the 0 key of an IVR menu. The main site's own 0 key can only be changed in the admin portal (Phone System > Auto-Receptionist > IVR Settings).",
    example: 'dial 0 to operator in Support Menu',
    intent: 'set-dial-zero',
  },
  {
    syntax: 'hours <days> <time>-<time>[, <days> <time>-<time>] | hours 24/7',
    description: 'Sets business hours in the company time zone.',
    example: 'hours Mon-Fri 9-5, Sat 10-14',
    intent: 'set-business-hours',
  },
  {
    syntax: 'holidays <country>[-<region>] <year> [to <target>]',
    description:
      'One custom rule with the public holidays of a year, as observed (substitute days included). Without a target calls are routed as after hours.',
    example: 'holidays US 2027',
    intent: 'holidays',
  },
  {
    syntax: 'close [now] [until <time> | for <duration>] [to <target>]',
    description: 'An emergency closure from now; it ends by itself, by default at the end of today. Routed as after hours unless a target is given.',
    example: 'close now until 3pm',
    intent: 'close',
  },
  {
    syntax: 'open',
    description: 'Ends the emergency closure in force.',
    example: 'open',
    intent: 'open',
  },
  {
    syntax: 'rules',
    description: 'Lists the custom rules in the order RingCentral evaluates them.',
    example: 'rules',
    intent: 'list-rules',
  },
  {
    syntax: 'rule <name> off | on | delete',
    description: 'Switches a custom rule off or on, or deletes it.',
    example: 'rule "Lunch" off',
    intent: 'change-rule',
  },
  {
    syntax: 'status [at <time>]',
    description: 'Shows where calls go now, or at a given moment.',
    example: 'status at Dec 24 6pm',
    intent: 'status',
  },
  {
    syntax: 'test <time> [from <number>] [to <number>]',
    description: 'Shows where a call at that moment, from that caller, to that company number would go.',
    example: 'test Dec 24 10am from +1 415 555 0100',
    intent: 'test',
  },
  {
    syntax: 'week [<date>] [from <number>] [to <number>]',
    description: 'Shows where calls go hour by hour over the week (Monday to Sunday) containing that date, this week without one, and why.',
    example: 'week Dec 21',
    intent: 'week',
  },
  {
    syntax: 'requests',
    description: 'Lists the pending change requests with their numbers. Also "pending".',
    example: 'requests',
    intent: 'list-requests',
  },
  {
    syntax: 'approve <id>',
    description: 'Approves a pending change request; it applies once it has the approvals it needs.',
    example: 'approve 12',
    intent: 'approve',
  },
  {
    syntax: 'reject <id> [<reason>]',
    description: 'Turns a pending change request down; the requester sees the reason.',
    example: 'reject 12 Dec 25 is already covered',
    intent: 'reject',
  },
  {
    syntax: 'cancel <id>',
    description: 'Withdraws your own pending change request.',
    example: 'cancel 12',
    intent: 'cancel',
  },
  {
    syntax: 'replan <id>',
    description: 'Plans a stale change request again against the call handling as it is now.',
    example: 'replan 12',
    intent: 'replan',
  },
  {
    syntax: 'history [<n>]',
    description: 'Shows the latest changes from the audit trail, newest first (n from 1 to 200).',
    example: 'history 20',
    intent: 'history',
  },
  {
    syntax: 'undo <id>',
    description: 'Requests the change that puts back what an applied change request replaced.',
    example: 'undo 12',
    intent: 'undo',
  },
  {
    syntax: 'audit verify',
    description: 'Checks that no entry of the audit trail was changed or removed.',
    example: 'audit verify',
    intent: 'audit-verify',
  },
];
