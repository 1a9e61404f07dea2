import { describe, expect, it } from 'vitest';
import { auth0ClientUpdate } from '../../src/demo/auth0-client-update.js';
import { legacyAuth0Script } from '../../src/demo/legacy-script.js';
import { payloadFromIr } from '../../src/port/build-from-ir.js';
import { executeIr } from '../../src/port/execute-ir.js';
import { readScript } from '../../src/port/read-script.js';

describe('the demo script', () => {
  const script = legacyAuth0Script('demo-secret');
  const ir = readScript(script, { file: 'update-client.au3' });

  it('is AutoIt with 55 updates and nothing the porter cannot read', () => {
    expect(ir.language).toBe('autoit');
    expect(ir.nodes.filter((n) => n.kind === 'update')).toHaveLength(55);
    expect(ir.nodes.filter((n) => n.kind === 'unsupported')).toEqual([]);
  });

  it('ports to the same bytes as Chilkat emits, and as the hand-written chain', () => {
    const ported = payloadFromIr(ir).emit();
    expect(ported).toBe(executeIr(ir).request?.body);
    expect(ported).toBe(auth0ClientUpdate('demo-secret').emit());
  });

  it('sends a PATCH with a bearer token placeholder', () => {
    expect(executeIr(ir).request).toMatchObject({ method: 'PATCH', url: 'https://{{auth0_domain}}/api/v2/clients/:id', token: '{{auth0_token}}' });
  });
});
