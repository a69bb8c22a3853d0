import { describe, expect, it } from 'vitest';
import { consoleHelp } from '../../src/console/console-help.ts';
import { commandReference, renderCommandHelp } from '../../src/language/index.ts';

describe('renderCommandHelp', () => {
  it('is the command part of the console\'s :help in either language, word for word', () => {
    expect(consoleHelp('en').startsWith(`${renderCommandHelp('en')}\n\n`)).toBe(true);
    expect(consoleHelp('fr').startsWith(`${renderCommandHelp('fr')}\n\n`)).toBe(true);
    expect(consoleHelp('fr')).toContain('Commandes de la console');
  });

  it('lists every French form with its description and example under a French heading', () => {
    const lines = renderCommandHelp('fr').split('\n');
    expect(lines[0]).toBe('Commandes\u00A0:');
    expect(lines).toHaveLength(1 + 2 * commandReference('fr').length);
    expect(lines[1]).toBe('  envoyer vers <cible>');
    expect(lines[2]).toBe('      Où vont les appels pendant les heures d\'ouverture. Aussi «\u00A0router vers\u00A0». Exemple\u00A0: envoyer vers l\'accueil');
  });
});
