import type { Destination } from '../callflow/index.ts';
import type { WireAnsweringRule } from './ringcentral-wire-schema.ts';

/** The rule fields that say where a call goes. */
export interface WireDestinationFields {
  callHandlingAction: 'Operator' | 'Disconnect' | 'Bypass';
  extension?: { id: string };
}

/**
 * Reads where a rule sends calls: `Operator` plays the company greeting (callers dial an extension,
 * else the operator), `Disconnect` plays it and hangs up, `Bypass` goes straight to `extension.id`.
 * An `extension` on a greeting rule is ignored: it means nothing without `Bypass`.
 */
export function toDestination(rule: Pick<WireAnsweringRule, 'callHandlingAction' | 'extension'>): Destination {
  switch (rule.callHandlingAction ?? 'Operator') {
    case 'Operator':
      return { kind: 'greeting' };
    case 'Disconnect':
      return { kind: 'greeting-then-hang-up' };
    case 'Bypass':
      if (!rule.extension?.id) throw new Error('a Bypass rule has no extension.id');
      return { kind: 'extension', extensionId: rule.extension.id };
  }
}

/** Builds the rule fields for a destination; `extension` is sent with Bypass only (AWR-173 otherwise). */
export function buildDestinationFields(destination: Destination): WireDestinationFields {
  switch (destination.kind) {
    case 'greeting':
      return { callHandlingAction: 'Operator' };
    case 'greeting-then-hang-up':
      return { callHandlingAction: 'Disconnect' };
    case 'extension':
      return { callHandlingAction: 'Bypass', extension: { id: destination.extensionId } };
  }
}
