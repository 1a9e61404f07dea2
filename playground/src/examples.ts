// The examples menu: scripts written for this playground (invented APIs and values), one per input kind.
import { legacyAuth0Script } from '../../src/demo/legacy-script.js';

/** One entry of the examples menu. */
export interface Example {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

const vb6 = `' Rename a library shelf and set its opening hours (Visual Basic 6)
Dim http As New ChilkatHttp
Dim ok As Long
http.AuthToken = "{{library_token}}"
Dim json As New ChilkatJsonObject
ok = json.UpdateString("shelf.label", "Poetry & Plays")
ok = json.UpdateInt("shelf.floor", 2)
ok = json.UpdateBool("shelf.public", 1)
ok = json.UpdateString("hours[0].day", "mon")
ok = json.UpdateString("hours[0].open", "09:00")
ok = json.UpdateString("hours[1].day", "sat")
ok = json.UpdateString("hours[1].open", "10:30")
ok = json.UpdateNumber("late_fee", "0.25")
Dim sb As New ChilkatStringBuilder
ok = json.EmitSb(sb)
Dim resp As ChilkatHttpResponse
Set resp = http.PTextSb("PATCH", "https://{{library_host}}/v2/shelves/:shelf_id", sb, "utf-8", "application/json", 0, 0)
If (http.LastMethodSuccess = 0) Then
    Debug.Print http.LastErrorText
    Exit Sub
End If
Debug.Print resp.StatusCode
`;

const csharp = `// Update a weather station's sensors (C#)
Chilkat.Http http = new Chilkat.Http();
http.AuthToken = "{{station_token}}";
Chilkat.JsonObject json = new Chilkat.JsonObject();
json.UpdateString("station.name", "Ridge North");
json.UpdateNumber("station.altitude_m", "1204.0");
for (int i = 0; i < 3; i++) {
    json.I = i;
    json.UpdateInt("sensors[i].slot", i);
    json.UpdateBool("sensors[i].enabled", true);
}
json.UpdateString("sensors[1].kind", "humidity");
json.UpdateNull("station.retired_at");
http.SetRequestHeader("X-Station-Region", "alps");
Chilkat.StringBuilder sb = new Chilkat.StringBuilder();
json.EmitSb(sb);
Chilkat.HttpResponse resp = http.PTextSb("PATCH", "https://{{weather_host}}/stations/:station_id", sb, "utf-8", "application/json", false, false);
if (http.LastMethodSuccess != true) {
    Debug.WriteLine(http.LastErrorText);
    return;
}
Debug.WriteLine(resp.BodyStr);
`;

const python = `# Move a parcel to a new depot (Python, CkPython)
import sys
import chilkat

http = chilkat.CkHttp()
http.put_AuthToken("{{courier_token}}")
json = chilkat.CkJsonObject()
json.UpdateString("parcel.depot", "Leith")
json.UpdateInt("parcel.weight_g", 1830)
json.UpdateBool("parcel.fragile", True)
json.UpdateString("labels[0]", "this side up")
json.UpdateString("labels[1]", "keep dry")
json.UpdateNewObject("customs")
sb = chilkat.CkStringBuilder()
json.EmitSb(sb)
resp = http.PTextSb("PATCH", "https://{{courier_host}}/parcels/:parcel_id", sb, "utf-8", "application/json", False, False)
if (http.get_LastMethodSuccess() == False):
    print(http.lastErrorText())
    sys.exit()
print(resp.bodyStr())
`;

const php = `<?php
// Publish a recipe with its steps (PHP extension); UpdateBd is flagged, not dropped
include("chilkat_9_5_0.php");

$http = new CkHttp();
$http->put_AuthToken('{{kitchen_token}}');
$json = new CkJsonObject();
$json->UpdateString('recipe.title','Barley "risotto"');
$json->UpdateInt('recipe.serves',4);
$json->UpdateString('recipe.steps[0]','toast the barley');
$json->UpdateString('recipe.steps[1]','add stock slowly');
$json->UpdateBool('recipe.published',true);
$json->UpdateBd('recipe.photo',$photo);
$sb = new CkStringBuilder();
$json->EmitSb($sb);
$resp = $http->PTextSb('PATCH','https://{{kitchen_host}}/recipes/:recipe_id',$sb,'utf-8','application/json',false,false);
if ($http->get_LastMethodSuccess() == false) {
    print $http->lastErrorText() . "\\n";
    exit;
}
print $resp->get_StatusCode() . "\\n";
?>
`;

const curl = `curl -X PATCH \\
  -H 'Authorization: Bearer {{garden_token}}' \\
  -H 'Content-Type: application/json' \\
  --data-raw '{"bed":{"name":"South wall","soil_ph":6.50},"plants":["fig","thyme"],"watered":true}' \\
  "https://{{garden_host}}/beds/:bed_id"
`;

/** The examples, in menu order; the first is the Auth0 client update. */
export const EXAMPLES: readonly Example[] = [
  { id: 'auth0-autoit', label: 'Auth0 client update (AutoIt)', text: legacyAuth0Script('{{auth0_client_secret}}').replace(/\r\n/g, '\n') },
  { id: 'vb6', label: 'Library shelf (Visual Basic 6)', text: vb6 },
  { id: 'csharp', label: 'Weather station (C#)', text: csharp },
  { id: 'python', label: 'Parcel depot (Python)', text: python },
  { id: 'php', label: 'Recipe with a diagnostic (PHP)', text: php },
  { id: 'curl', label: 'Garden bed (curl)', text: curl },
];
