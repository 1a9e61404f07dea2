// Runs Http scenarios on the real Chilkat runtime (the oracle's Node 18 install); started by
// record-chilkat-http.ts, never by the library or the default tests. Prints one JSON line.
'use strict';
const ck = require(process.env.PATHPATCH_ORACLE_CHILKAT);
const [scenariosJson, base] = process.argv.slice(2);
const scenarios = JSON.parse(scenariosJson);

function arg(value) {
  if (typeof value === 'string') return value.replace('{{base}}', base);
  if (value && typeof value === 'object') {
    if ('$sb' in value) { const sb = new ck.StringBuilder(); sb.Append(value.$sb); return sb; }
    if ('$json' in value) { const j = new ck.JsonObject(); j.Load(value.$json); return j; }
    if ('$response' in value) return new ck.HttpResponse();
  }
  return value;
}

function describe(resp) {
  if (resp === null || resp === undefined) return null;
  return { StatusCode: resp.StatusCode, StatusText: resp.StatusText, BodyStr: resp.BodyStr, ContentType: resp.GetHeaderField('Content-Type'), XReply: resp.GetHeaderField('X-Reply') };
}

const out = [];
for (const scenario of scenarios) {
  const http = new ck.Http();
  http.ConnectTimeout = 5;
  http.ReadTimeout = 5;
  const results = [];
  for (const step of scenario.steps) {
    if (step.set) { for (const [k, v] of Object.entries(step.set)) http[k] = v; continue; }
    if (typeof http[step.call] !== 'function') { results.push({ missing: step.call }); continue; }
    const args = step.args.map(arg);
    const ret = http[step.call](...args);
    let result;
    if (step.call === 'HttpJson') result = { ret, response: describe(args[4]) };
    else if (typeof ret === 'string' || ret === null || typeof ret === 'boolean') result = { ret };
    else result = { response: describe(ret) };
    result.LastMethodSuccess = http.LastMethodSuccess;
    result.LastStatus = http.LastStatus;
    results.push(result);
  }
  out.push({ name: scenario.name, results });
}
process.stdout.write(JSON.stringify(out) + '\n');
