// Inputs the playground tests paste: our own small scripts, one per kind, with what the page must show.

/** A script and the facts about it that the page must show. */
export interface PastedScript {
  readonly name: string;
  readonly text: string;
  readonly detected: string;
  readonly bytes: string;
  /** A line the builder-style TypeScript must hold. */
  readonly builderLine: string;
  /** A line the chilkat-style TypeScript must hold. */
  readonly chilkatLine: string;
}

export const VB6: PastedScript = {
  name: 'Visual Basic 6',
  text: [
    "' Tour dates (playground test)",
    'Dim json As New ChilkatJsonObject',
    'Dim ok As Long',
    'ok = json.UpdateString("band.name", "The Quiet Ones")',
    'ok = json.UpdateInt("band.members", 4)',
    'ok = json.UpdateBool("touring", 1)',
    'ok = json.UpdateString("dates[0].city", "Ghent")',
    'ok = json.UpdateNumber("ticket_eur", "19.90")',
  ].join('\n'),
  detected: 'Detected: Visual Basic 6',
  bytes: '{"band":{"name":"The Quiet Ones","members":4},"touring":true,"dates":[{"city":"Ghent"}],"ticket_eur":19.90}',
  builderLine: ".set('band.name', 'The Quiet Ones')",
  chilkatLine: "json.UpdateNumber('ticket_eur', '19.90');",
};

export const CSHARP: PastedScript = {
  name: 'C#',
  text: [
    '// Greenhouse vents (playground test)',
    'Chilkat.JsonObject json = new Chilkat.JsonObject();',
    'for (int i = 0; i < 2; i++) {',
    '    json.I = i;',
    '    json.UpdateInt("vents[i].angle", i);',
    '}',
    'json.UpdateString("house", "east");',
  ].join('\n'),
  detected: 'Detected: C#',
  bytes: '{"vents":[{"angle":0},{"angle":1}],"house":"east"}',
  builderLine: ".set('house', 'east')",
  chilkatLine: "json.UpdateString('house', 'east');",
};

export const PYTHON: PastedScript = {
  name: 'Python',
  text: [
    '# Kiln settings (playground test)',
    'import chilkat',
    'json = chilkat.CkJsonObject()',
    'json.UpdateString("kiln.glaze", "celadon")',
    'json.UpdateInt("kiln.peak_c", 1280)',
    'json.UpdateBool("kiln.reduction", True)',
  ].join('\n'),
  detected: 'Detected: Python (CkPython)',
  bytes: '{"kiln":{"glaze":"celadon","peak_c":1280,"reduction":true}}',
  builderLine: ".set('kiln.peak_c', 1280)",
  chilkatLine: "json.UpdateBool('kiln.reduction', true);",
};

/** Line 6 holds a call the porter does not understand: the diagnostic points at it. */
export const PHP: PastedScript = {
  name: 'PHP',
  text: [
    '<?php',
    '// Bird count (playground test)',
    '$json = new CkJsonObject();',
    "$json->UpdateString('site','Marsh hide');",
    "$json->UpdateInt('counts.heron',3);",
    "$json->UpdateBd('photo',$bd);",
    "$json->UpdateString('counts.note','windy');",
    '?>',
  ].join('\n'),
  detected: 'Detected: PHP (extension)',
  bytes: '{"site":"Marsh hide","counts":{"heron":3,"note":"windy"}}',
  builderLine: ".set('counts.heron', 3)",
  chilkatLine: "json.UpdateString('site', 'Marsh hide');",
};

export const CURL: PastedScript = {
  name: 'curl',
  text: `curl -X PATCH -H 'Authorization: Bearer {{ferry_token}}' -H 'Content-Type: application/json' --data-raw '{"boat":"Skua","fare":4.50,"stops":["Oban","Mull"]}' "https://{{ferry_host}}/routes/:route_id"`,
  detected: 'Detected: curl command line',
  bytes: '{"boat":"Skua","fare":4.50,"stops":["Oban","Mull"]}',
  builderLine: ".set('fare', rawNumber('4.50'))",
  chilkatLine: "json.UpdateNumber('fare', '4.50');",
};

export const JSON_SAMPLE: PastedScript = {
  name: 'JSON sample',
  text: '{"lamp":{"lumens":800,"warm":true},"rooms":["hall"]}',
  detected: 'Detected: JSON sample',
  bytes: '{"lamp":{"lumens":800,"warm":true},"rooms":["hall"]}',
  builderLine: ".set('lamp.lumens', 800)",
  chilkatLine: "json.UpdateString('rooms[0]', 'hall');",
};
