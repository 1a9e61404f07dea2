/**
 * The legacy-style AutoIt script that `pathpatch demo` writes and ports: it updates an Auth0 client with
 * the same 55 JsonObject calls as this project's original script (our own text and values), then
 * PATCHes the body with Chilkat's Http.
 *
 * @param clientSecret - the secret the script sets (a demo value; never printed).
 * @returns the script text (CRLF line ends, as Windows editors save AutoIt files).
 * @example
 * ```ts
 * legacyAuth0Script('s3cr3t').split('\r\n')[0]; //=> '; Update an Auth0 client (legacy Chilkat style, written for the pathpatch demo)'
 * ```
 */
export function legacyAuth0Script(clientSecret: string): string {
  return `; Update an Auth0 client (legacy Chilkat style, written for the pathpatch demo)
; The Chilkat API is assumed to be unlocked already.
$oHttp = ObjCreate("Chilkat.Http")
Local $bSuccess

$oJson = ObjCreate("Chilkat.JsonObject")
$oJson.UpdateString("name", "Acme Dashboard")
$oJson.UpdateString("client_secret", "${clientSecret}")
$oJson.UpdateString("logo_uri", "https://cdn.acme.example/logo.png")
$oJson.UpdateString("callbacks[0]", "https://dashboard.acme.example/callback")
$oJson.UpdateString("allowed_origins[0]", "https://dashboard.acme.example")
$oJson.UpdateString("client_aliases[0]", "urn:acme:dashboard")
$oJson.UpdateString("allowed_clients[0]", "kQ3dVx0Hw8sYt2LmN5pR7uZaB1cE4fG6")
$oJson.UpdateString("allowed_logout_urls[0]", "https://dashboard.acme.example/signed-out")
$oJson.UpdateInt("jwt_configuration.lifetime_in_seconds", 36000)
$oJson.UpdateBool("jwt_configuration.secret_encoded", True)
$oJson.UpdateNewObject("jwt_configuration.scopes")
$oJson.UpdateString("jwt_configuration.alg", "RS256")
$oJson.UpdateString("encryption_key.pub", "-----BEGIN PUBLIC KEY-----" & @LF & "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" & @LF & "-----END PUBLIC KEY-----")
$oJson.UpdateString("encryption_key.cert", "-----BEGIN CERTIFICATE-----" & @LF & "MIIBszCCAVmgAwIBAgIUQ2FjbWU" & @LF & "-----END CERTIFICATE-----")
$oJson.UpdateString("encryption_key.subject", "/CN=acme.example")
$oJson.UpdateBool("sso", True)
$oJson.UpdateBool("custom_login_page_on", True)
$oJson.UpdateString("token_endpoint_auth_method", "client_secret_post")
$oJson.UpdateString("app_type", "regular_web")
$oJson.UpdateBool("is_first_party", True)
$oJson.UpdateString("custom_login_page", "<!doctype html><title>Acme sign-in</title>")
$oJson.UpdateString("custom_login_page_preview", "<!doctype html><title>Acme sign-in (preview)</title>")
$oJson.UpdateString("form_template", "<form method=""post"" action=""{{callback}}""></form>")
$oJson.UpdateNewObject("addons.aws")
$oJson.UpdateNewObject("addons.azure_blob")
$oJson.UpdateNewObject("addons.azure_sb")
$oJson.UpdateNewObject("addons.rms")
$oJson.UpdateNewObject("addons.mscrm")
$oJson.UpdateNewObject("addons.slack")
$oJson.UpdateNewObject("addons.box")
$oJson.UpdateNewObject("addons.cloudbees")
$oJson.UpdateNewObject("addons.concur")
$oJson.UpdateNewObject("addons.dropbox")
$oJson.UpdateNewObject("addons.echosign")
$oJson.UpdateNewObject("addons.egnyte")
$oJson.UpdateNewObject("addons.firebase")
$oJson.UpdateNewObject("addons.newrelic")
$oJson.UpdateNewObject("addons.office365")
$oJson.UpdateNewObject("addons.salesforce")
$oJson.UpdateNewObject("addons.salesforce_api")
$oJson.UpdateNewObject("addons.salesforce_sandbox_api")
$oJson.UpdateNewObject("addons.samlp")
$oJson.UpdateNewObject("addons.layer")
$oJson.UpdateNewObject("addons.sap_api")
$oJson.UpdateNewObject("addons.sharepoint")
$oJson.UpdateNewObject("addons.springcm")
$oJson.UpdateNewObject("addons.wams")
$oJson.UpdateNewObject("addons.wsfed")
$oJson.UpdateNewObject("addons.zendesk")
$oJson.UpdateNewObject("addons.zoom")
$oJson.UpdateString("resource_servers[0].identifier", "https://api.acme.example")
$oJson.UpdateString("resource_servers[0].scopes[0]", "read:reports")
$oJson.UpdateNewObject("client_metadata")
$oJson.UpdateNewObject("mobile.android")
$oJson.UpdateNewObject("mobile.ios")


; Authorization: Bearer {{auth0_token}}
$oHttp.AuthToken = "{{auth0_token}}"
$oHttp.SetRequestHeader "Content-Type","application/json"
$oSbBody = ObjCreate("Chilkat.StringBuilder")
$oJson.EmitSb($oSbBody)
Local $oResp = $oHttp.PTextSb("PATCH","https://{{auth0_domain}}/api/v2/clients/:id",$oSbBody,"utf-8","application/json",False,False)
If ($oHttp.LastMethodSuccess = False) Then
    ConsoleWrite($oHttp.LastErrorText & @CRLF)
    Exit
EndIf
ConsoleWrite($oResp.StatusCode & @CRLF)
ConsoleWrite($oResp.BodyStr & @CRLF)
`.replace(/\n/g, '\r\n');
}
