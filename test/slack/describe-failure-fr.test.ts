import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { RingCentralApiError } from '../../src/ringcentral/index.ts';
import { describeFailure } from '../../src/slack/describe-failure.ts';
import { NO_POLICY_MESSAGE } from '../../src/slack/no-policy-message.ts';
import { RESTARTING_MESSAGE } from '../../src/slack/restarting-gate.ts';
import { StoreError } from '../../src/store/index.ts';

const quiet = createLogger({ level: 'error', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });

describe('describeFailure in French', () => {
  it('says what to do in French and quotes the error id', () => {
    const error = new RingCentralApiError('internal detail XYZ', { code: 'rate-limited', method: 'PUT', path: '/restapi/v1.0/account/~/business-hours', status: 429 });
    const answer = describeFailure(error, quiet, 'the /ivr command failed', 'fr');
    expect(answer).toMatch(/^Désolé, cela a échoué\. RingCentral est occupé \(limite de débit\)\. Réessayez dans une minute\. \(erreur [0-9a-f]{8} dans le journal\)$/);
    expect(answer).not.toContain('XYZ');
  });

  it('words a database failure and any other failure in French', () => {
    expect(describeFailure(new StoreError('unavailable', 'connect ECONNREFUSED'), quiet, 'x', 'fr')).toContain("La base de données de Switchboard n'est pas disponible.");
    expect(describeFailure(new TypeError('boom'), quiet, 'x', 'fr')).toContain('Un problème est survenu dans Switchboard.');
  });
});

describe('the answers given before anyone’s language is known', () => {
  it('say a restart and a missing policy in English and French on one line', () => {
    expect(RESTARTING_MESSAGE).toBe('Switchboard is restarting; try again in a moment. / Switchboard redémarre\u202F; réessayez dans un instant.');
    expect(NO_POLICY_MESSAGE).toContain('ask your admin to set SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS');
    expect(NO_POLICY_MESSAGE).toContain(" / Switchboard ne lit et ne modifie rien depuis Slack tant qu'une politique d'approbation ne dit pas qui le peut\u00A0:");
    expect(NO_POLICY_MESSAGE).not.toContain('\n');
  });
});
