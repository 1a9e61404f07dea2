// The IR of every language's fixture, as inline snapshots: changes to a front-end show up here for review.
import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/port/index.js';
import { describeIr, readFixture } from './helpers.js';

function irOf(file: string): string {
  return describeIr(readScript(readFixture(file), { file }).nodes);
}

describe('IR per language', () => {
  it('android', () => {
    expect(irOf('android.java')).toMatchInlineSnapshot(`
      " 16 new Http http
       17 http.AuthToken = "{{api_token}}"
       18 new JsonObject json
       19 json.UpdateString("title") = "Say \\"hi\\", it's"
       20 json.UpdateString("path") = "C:\\\\temp"
       21 json.UpdateInt("retries") = -3
       22 json.UpdateBool("active") = true
       23 json.UpdateBool("archived") = false
       24 json.UpdateNumber("price") = 1.50
       25 json.UpdateNull("deleted_at")
       26 json.UpdateNewObject("meta")
       27 json.UpdateNewArray("tags")
       28 json.UpdateString("tags[3]") = "first"
       30 json.I = 0
       31 json.UpdateInt("items[i].n") = 0
       30 json.I = 1
       31 json.UpdateInt("items[i].n") = 1
       34 json.UpdateString("note") = "line one joined"
       35 UNSUPPORTED JsonObject.UpdateBd is not ported
       36 http.SetRequestHeader("X-Trace", "abc")
       37 new StringBuilder sb
       38 json.EmitSb(sb)
       39 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('asp', () => {
    expect(irOf('asp.asp')).toMatchInlineSnapshot(`
      "  5 new Http http
        6 http.AuthToken = "{{api_token}}"
        7 new JsonObject json
        8 json.UpdateString("title") = "Say \\"hi\\", it's"
        9 json.UpdateString("path") = "C:\\\\temp"
       10 json.UpdateInt("retries") = -3
       11 json.UpdateBool("active") = true
       12 json.UpdateBool("archived") = false
       13 json.UpdateNumber("price") = 1.50
       14 json.UpdateNull("deleted_at")
       15 json.UpdateNewObject("meta")
       16 json.UpdateNewArray("tags")
       17 json.UpdateString("tags[3]") = "first"
       19 json.I = 0
       20 json.UpdateInt("items[i].n") = 0
       19 json.I = 1
       20 json.UpdateInt("items[i].n") = 1
       23 json.UpdateString("note") = "line one joined"
       25 UNSUPPORTED JsonObject.UpdateBd is not ported
       26 http.SetRequestHeader("X-Trace", "abc")
       27 new StringBuilder sb
       28 json.EmitSb(sb)
       29 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('autoit', () => {
    expect(irOf('autoit.au3')).toMatchInlineSnapshot(`
      "  2 new Http $oHttp
        3 $oHttp.AuthToken = "{{api_token}}"
        4 new JsonObject $oJson
        5 $oJson.UpdateString("title") = "Say \\"hi\\", it's"
        6 $oJson.UpdateString("path") = "C:\\\\temp"
        7 $oJson.UpdateInt("retries") = -3
        8 $oJson.UpdateBool("active") = true
        9 $oJson.UpdateBool("archived") = false
       10 $oJson.UpdateNumber("price") = 1.50
       11 $oJson.UpdateNull("deleted_at")
       12 $oJson.UpdateNewObject("meta")
       13 $oJson.UpdateNewArray("tags")
       14 $oJson.UpdateString("tags[3]") = "first"
       16 $oJson.I = 0
       17 $oJson.UpdateInt("items[i].n") = 0
       16 $oJson.I = 1
       17 $oJson.UpdateInt("items[i].n") = 1
       20 $oJson.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 $oHttp.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder $oSb
       25 $oJson.EmitSb($oSb)
       26 $oResp = $oHttp.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:$oSb type=application/json"
    `);
  });

  it('c', () => {
    expect(irOf('c.c')).toMatchInlineSnapshot(`
      " 14 new Http http
       15 http.AuthToken = "{{api_token}}"
       16 new JsonObject json
       17 json.UpdateString("title") = "Say \\"hi\\", it's"
       18 json.UpdateString("path") = "C:\\\\temp"
       19 json.UpdateInt("retries") = -3
       20 json.UpdateBool("active") = true
       21 json.UpdateBool("archived") = false
       22 json.UpdateNumber("price") = 1.50
       23 json.UpdateNull("deleted_at")
       24 json.UpdateNewObject("meta")
       25 json.UpdateNewArray("tags")
       26 json.UpdateString("tags[3]") = "first"
       28 json.I = 0
       29 json.UpdateInt("items[i].n") = 0
       28 json.I = 1
       29 json.UpdateInt("items[i].n") = 1
       31 json.UpdateString("note") = "line one joined"
       33 UNSUPPORTED JsonObject.UpdateBd is not ported
       34 http.SetRequestHeader("X-Trace", "abc")
       35 new StringBuilder sb
       36 json.EmitSb(sb)
       37 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('chilkat2-python', () => {
    expect(irOf('chilkat2-python.py')).toMatchInlineSnapshot(`
      "  5 new Http http
        6 http.AuthToken = "{{api_token}}"
        7 new JsonObject json
        8 json.UpdateString("title") = "Say \\"hi\\", it's"
        9 json.UpdateString("path") = "C:\\\\temp"
       10 json.UpdateInt("retries") = -3
       11 json.UpdateBool("active") = true
       12 json.UpdateBool("archived") = false
       13 json.UpdateNumber("price") = 1.50
       14 json.UpdateNull("deleted_at")
       15 json.UpdateNewObject("meta")
       16 json.UpdateNewArray("tags")
       17 json.UpdateString("tags[3]") = "first"
       19 json.I = 0
       20 json.UpdateInt("items[i].n") = 0
       19 json.I = 1
       20 json.UpdateInt("items[i].n") = 1
       22 json.UpdateString("note") = "line one joined"
       24 UNSUPPORTED JsonObject.UpdateBd is not ported
       25 http.SetRequestHeader("X-Trace", "abc")
       26 new StringBuilder sb
       27 json.EmitSb(sb)
       28 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('cpp', () => {
    expect(irOf('cpp.cpp')).toMatchInlineSnapshot(`
      "  9 new Http http
       10 http.AuthToken = "{{api_token}}"
       11 new JsonObject json
       12 json.UpdateString("title") = "Say \\"hi\\", it's"
       13 json.UpdateString("path") = "C:\\\\temp"
       14 json.UpdateInt("retries") = -3
       15 json.UpdateBool("active") = true
       16 json.UpdateBool("archived") = false
       17 json.UpdateNumber("price") = 1.50
       18 json.UpdateNull("deleted_at")
       19 json.UpdateNewObject("meta")
       20 json.UpdateNewArray("tags")
       21 json.UpdateString("tags[3]") = "first"
       23 json.I = 0
       24 json.UpdateInt("items[i].n") = 0
       23 json.I = 1
       24 json.UpdateInt("items[i].n") = 1
       26 json.UpdateString("note") = "line one joined"
       28 UNSUPPORTED JsonObject.UpdateBd is not ported
       29 http.SetRequestHeader("X-Trace", "abc")
       30 new StringBuilder sb
       31 json.EmitSb(sb)
       32 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('csharp', () => {
    expect(irOf('csharp.cs')).toMatchInlineSnapshot(`
      "  2 new Http http
        3 http.AuthToken = "{{api_token}}"
        4 new JsonObject json
        5 json.UpdateString("title") = "Say \\"hi\\", it's"
        6 json.UpdateString("path") = "C:\\\\temp"
        7 json.UpdateInt("retries") = -3
        8 json.UpdateBool("active") = true
        9 json.UpdateBool("archived") = false
       10 json.UpdateNumber("price") = 1.50
       11 json.UpdateNull("deleted_at")
       12 json.UpdateNewObject("meta")
       13 json.UpdateNewArray("tags")
       14 json.UpdateString("tags[3]") = "first"
       16 json.I = 0
       17 json.UpdateInt("items[i].n") = 0
       16 json.I = 1
       17 json.UpdateInt("items[i].n") = 1
       20 json.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 http.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder sb
       25 json.EmitSb(sb)
       26 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('dataflex', () => {
    expect(irOf('dataflex.src')).toMatchInlineSnapshot(`
      " 15 new Http hoHttp
       19 hoHttp.AuthToken = "{{api_token}}"
       20 new JsonObject hoJson
       24 hoJson.UpdateString("title") = "Say \\"hi\\", it's"
       25 hoJson.UpdateString("path") = "C:\\\\temp"
       26 hoJson.UpdateInt("retries") = -3
       27 hoJson.UpdateBool("active") = true
       28 hoJson.UpdateBool("archived") = false
       29 hoJson.UpdateNumber("price") = 1.50
       30 hoJson.UpdateNull("deleted_at")
       31 hoJson.UpdateNewObject("meta")
       32 hoJson.UpdateNewArray("tags")
       33 hoJson.UpdateString("tags[3]") = "first"
       35 hoJson.I = 0
       36 hoJson.UpdateInt("items[i].n") = 0
       35 hoJson.I = 1
       36 hoJson.UpdateInt("items[i].n") = 1
       39 hoJson.UpdateString("note") = "line one joined"
       40 UNSUPPORTED JsonObject.UpdateBd is not ported
       41 hoHttp.SetRequestHeader("X-Trace", "abc")
       42 new StringBuilder hoSb
       47 hoJson.EmitSb(hoSb)
       48 vResp = hoHttp.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:hoSb type=application/json
       50 new HttpResponse hoResp"
    `);
  });

  it('delphi-ax', () => {
    expect(irOf('delphi-ax.pas')).toMatchInlineSnapshot(`
      " 12 new Http http
       13 http.AuthToken = "{{api_token}}"
       14 new JsonObject json
       15 json.UpdateString("title") = "Say \\"hi\\", it's"
       16 json.UpdateString("path") = "C:\\\\temp"
       17 json.UpdateInt("retries") = -3
       18 json.UpdateBool("active") = true
       19 json.UpdateBool("archived") = false
       20 json.UpdateNumber("price") = 1.50
       21 json.UpdateNull("deleted_at")
       22 json.UpdateNewObject("meta")
       23 json.UpdateNewArray("tags")
       24 json.UpdateString("tags[3]") = "first"
       27 json.UpdateInt("items[0].n") = 0
       27 json.UpdateInt("items[1].n") = 1
       29 json.UpdateString("note") = "line one joined"
       30 UNSUPPORTED JsonObject.UpdateBd is not ported
       31 http.SetRequestHeader("X-Trace", "abc")
       32 new StringBuilder sb
       33 json.EmitSb(sb)
       34 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('delphi-dll', () => {
    expect(irOf('delphi-dll.pas')).toMatchInlineSnapshot(`
      " 15 new Http http
       16 http.AuthToken = "{{api_token}}"
       17 new JsonObject json
       18 json.UpdateString("title") = "Say \\"hi\\", it's"
       19 json.UpdateString("path") = "C:\\\\temp"
       20 json.UpdateInt("retries") = -3
       21 json.UpdateBool("active") = true
       22 json.UpdateBool("archived") = false
       23 json.UpdateNumber("price") = 1.50
       24 json.UpdateNull("deleted_at")
       25 json.UpdateNewObject("meta")
       26 json.UpdateNewArray("tags")
       27 json.UpdateString("tags[3]") = "first"
       30 json.I = 0
       31 json.UpdateInt("items[i].n") = 0
       30 json.I = 1
       31 json.UpdateInt("items[i].n") = 1
       34 json.UpdateString("note") = "line one joined"
       36 UNSUPPORTED JsonObject.UpdateBd is not ported
       37 http.SetRequestHeader("X-Trace", "abc")
       38 new StringBuilder sb
       39 json.EmitSb(sb)
       40 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('foxpro', () => {
    expect(irOf('foxpro.prg')).toMatchInlineSnapshot(`
      " 10 new Http loHttp
       11 loHttp.AuthToken = "{{api_token}}"
       12 new JsonObject loJson
       13 loJson.UpdateString("title") = "Say \\"hi\\", it's"
       14 loJson.UpdateString("path") = "C:\\\\temp"
       15 loJson.UpdateInt("retries") = -3
       16 loJson.UpdateBool("active") = true
       17 loJson.UpdateBool("archived") = false
       18 loJson.UpdateNumber("price") = 1.50
       19 loJson.UpdateNull("deleted_at")
       20 loJson.UpdateNewObject("meta")
       21 loJson.UpdateNewArray("tags")
       22 loJson.UpdateString("tags[3]") = "first"
       24 loJson.I = 0
       25 loJson.UpdateInt("items[i].n") = 0
       24 loJson.I = 1
       25 loJson.UpdateInt("items[i].n") = 1
       28 loJson.UpdateString("note") = "line one joined"
       30 UNSUPPORTED JsonObject.UpdateBd is not ported
       31 loHttp.SetRequestHeader("X-Trace", "abc")
       32 new StringBuilder loSb
       33 loJson.EmitSb(loSb)
       34 loResp = loHttp.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:loSb type=application/json"
    `);
  });

  it('go', () => {
    expect(irOf('go.go')).toMatchInlineSnapshot(`
      " 10 new Http http
       11 http.AuthToken = "{{api_token}}"
       12 new JsonObject json
       13 json.UpdateString("title") = "Say \\"hi\\", it's"
       14 json.UpdateString("path") = "C:\\\\temp"
       15 json.UpdateInt("retries") = -3
       16 json.UpdateBool("active") = true
       17 json.UpdateBool("archived") = false
       18 json.UpdateNumber("price") = 1.50
       19 json.UpdateNull("deleted_at")
       20 json.UpdateNewObject("meta")
       21 json.UpdateNewArray("tags")
       22 json.UpdateString("tags[3]") = "first"
       24 json.I = 0
       25 json.UpdateInt("items[i].n") = 0
       24 json.I = 1
       25 json.UpdateInt("items[i].n") = 1
       28 json.UpdateString("note") = "line one joined"
       30 UNSUPPORTED JsonObject.UpdateBd is not ported
       31 http.SetRequestHeader("X-Trace", "abc")
       32 new StringBuilder sb
       33 json.EmitSb(sb)
       34 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('java', () => {
    expect(irOf('java.java')).toMatchInlineSnapshot(`
      " 17 new Http http
       18 http.AuthToken = "{{api_token}}"
       19 new JsonObject json
       20 json.UpdateString("title") = "Say \\"hi\\", it's"
       21 json.UpdateString("path") = "C:\\\\temp"
       22 json.UpdateInt("retries") = -3
       23 json.UpdateBool("active") = true
       24 json.UpdateBool("archived") = false
       25 json.UpdateNumber("price") = 1.50
       26 json.UpdateNull("deleted_at")
       27 json.UpdateNewObject("meta")
       28 json.UpdateNewArray("tags")
       29 json.UpdateString("tags[3]") = "first"
       31 json.I = 0
       32 json.UpdateInt("items[i].n") = 0
       31 json.I = 1
       32 json.UpdateInt("items[i].n") = 1
       35 json.UpdateString("note") = "line one joined"
       37 UNSUPPORTED JsonObject.UpdateBd is not ported
       38 http.SetRequestHeader("X-Trace", "abc")
       39 new StringBuilder sb
       40 json.EmitSb(sb)
       41 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('lianja', () => {
    expect(irOf('lianja.prg')).toMatchInlineSnapshot(`
      "  2 new Http loHttp
        3 loHttp.AuthToken = "{{api_token}}"
        4 new JsonObject loJson
        5 loJson.UpdateString("title") = "Say \\"hi\\", it's"
        6 loJson.UpdateString("path") = "C:\\\\temp"
        7 loJson.UpdateInt("retries") = -3
        8 loJson.UpdateBool("active") = true
        9 loJson.UpdateBool("archived") = false
       10 loJson.UpdateNumber("price") = 1.50
       11 loJson.UpdateNull("deleted_at")
       12 loJson.UpdateNewObject("meta")
       13 loJson.UpdateNewArray("tags")
       14 loJson.UpdateString("tags[3]") = "first"
       16 loJson.I = 0
       17 loJson.UpdateInt("items[i].n") = 0
       16 loJson.I = 1
       17 loJson.UpdateInt("items[i].n") = 1
       20 loJson.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 loHttp.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder loSb
       25 loJson.EmitSb(loSb)
       26 loResp = loHttp.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:loSb type=application/json"
    `);
  });

  it('nodejs', () => {
    expect(irOf('nodejs.js')).toMatchInlineSnapshot(`
      "  6 new Http http
        7 http.AuthToken = "{{api_token}}"
        8 new JsonObject json
        9 json.UpdateString("title") = "Say \\"hi\\", it's"
       10 json.UpdateString("path") = "C:\\\\temp"
       11 json.UpdateInt("retries") = -3
       12 json.UpdateBool("active") = true
       13 json.UpdateBool("archived") = false
       14 json.UpdateNumber("price") = 1.50
       15 json.UpdateNull("deleted_at")
       16 json.UpdateNewObject("meta")
       17 json.UpdateNewArray("tags")
       18 json.UpdateString("tags[3]") = "first"
       20 json.I = 0
       21 json.UpdateInt("items[i].n") = 0
       20 json.I = 1
       21 json.UpdateInt("items[i].n") = 1
       24 json.UpdateString("note") = "line one joined"
       26 UNSUPPORTED JsonObject.UpdateBd is not ported
       27 http.SetRequestHeader("X-Trace", "abc")
       28 new StringBuilder sb
       29 json.EmitSb(sb)
       30 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('objc', () => {
    expect(irOf('objc.m')).toMatchInlineSnapshot(`
      "  6 new Http http
        7 http.AuthToken = "{{api_token}}"
        8 new JsonObject json
        9 json.UpdateString("title") = "Say \\"hi\\", it's"
       10 json.UpdateString("path") = "C:\\\\temp"
       11 json.UpdateInt("retries") = -3
       12 json.UpdateBool("active") = true
       13 json.UpdateBool("archived") = false
       14 json.UpdateNumber("price") = 1.50
       15 json.UpdateNull("deleted_at")
       16 json.UpdateNewObject("meta")
       17 json.UpdateNewArray("tags")
       18 json.UpdateString("tags[3]") = "first"
       20 json.I = 0
       21 json.UpdateInt("items[i].n") = 0
       20 json.I = 1
       21 json.UpdateInt("items[i].n") = 1
       24 json.UpdateString("note") = "line one joined"
       25 UNSUPPORTED JsonObject.UpdateBd is not ported
       26 http.SetRequestHeader("X-Trace", "abc")
       27 new StringBuilder sb
       28 json.EmitSb(sb)
       29 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('perl', () => {
    expect(irOf('perl.pl')).toMatchInlineSnapshot(`
      "  4 new Http $http
        5 $http.AuthToken = "{{api_token}}"
        6 new JsonObject $json
        7 $json.UpdateString("title") = "Say \\"hi\\", it's"
        8 $json.UpdateString("path") = "C:\\\\temp"
        9 $json.UpdateInt("retries") = -3
       10 $json.UpdateBool("active") = true
       11 $json.UpdateBool("archived") = false
       12 $json.UpdateNumber("price") = 1.50
       13 $json.UpdateNull("deleted_at")
       14 $json.UpdateNewObject("meta")
       15 $json.UpdateNewArray("tags")
       16 $json.UpdateString("tags[3]") = "first"
       18 $json.I = 0
       19 $json.UpdateInt("items[i].n") = 0
       18 $json.I = 1
       19 $json.UpdateInt("items[i].n") = 1
       22 $json.UpdateString("note") = "line one joined"
       24 UNSUPPORTED JsonObject.UpdateBd is not ported
       25 $http.SetRequestHeader("X-Trace", "abc")
       26 new StringBuilder $sb
       27 $json.EmitSb($sb)
       28 $resp = $http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:$sb type=application/json"
    `);
  });

  it('php-ax', () => {
    expect(irOf('php-ax.php')).toMatchInlineSnapshot(`
      "  3 new Http $http
        4 $http.AuthToken = "{{api_token}}"
        5 new JsonObject $json
        6 $json.UpdateString("title") = "Say \\"hi\\", it's"
        7 $json.UpdateString("path") = "C:\\\\temp"
        8 $json.UpdateInt("retries") = -3
        9 $json.UpdateBool("active") = true
       10 $json.UpdateBool("archived") = false
       11 $json.UpdateNumber("price") = 1.50
       12 $json.UpdateNull("deleted_at")
       13 $json.UpdateNewObject("meta")
       14 $json.UpdateNewArray("tags")
       15 $json.UpdateString("tags[3]") = "first"
       17 $json.I = 0
       18 $json.UpdateInt("items[i].n") = 0
       17 $json.I = 1
       18 $json.UpdateInt("items[i].n") = 1
       21 $json.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 $http.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder $sb
       25 $json.EmitSb($sb)
       26 $resp = $http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:$sb type=application/json"
    `);
  });

  it('php-ext', () => {
    expect(irOf('php-ext.php')).toMatchInlineSnapshot(`
      "  5 new Http $http
        6 $http.AuthToken = "{{api_token}}"
        7 new JsonObject $json
        8 $json.UpdateString("title") = "Say \\"hi\\", it's"
        9 $json.UpdateString("path") = "C:\\\\temp"
       10 $json.UpdateInt("retries") = -3
       11 $json.UpdateBool("active") = true
       12 $json.UpdateBool("archived") = false
       13 $json.UpdateNumber("price") = 1.50
       14 $json.UpdateNull("deleted_at")
       15 $json.UpdateNewObject("meta")
       16 $json.UpdateNewArray("tags")
       17 $json.UpdateString("tags[3]") = "first"
       19 $json.I = 0
       20 $json.UpdateInt("items[i].n") = 0
       19 $json.I = 1
       20 $json.UpdateInt("items[i].n") = 1
       23 $json.UpdateString("note") = "line one joined"
       25 UNSUPPORTED JsonObject.UpdateBd is not ported
       26 $http.SetRequestHeader("X-Trace", "abc")
       27 new StringBuilder $sb
       28 $json.EmitSb($sb)
       29 $resp = $http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:$sb type=application/json"
    `);
  });

  it('powerbuilder', () => {
    expect(irOf('powerbuilder.srw')).toMatchInlineSnapshot(`
      " 11 new Http loo_Http
       17 loo_Http.AuthToken = "{{api_token}}"
       19 new JsonObject loo_Json
       20 loo_Json.UpdateString("title") = "Say \\"hi\\", it's"
       21 loo_Json.UpdateString("path") = "C:\\\\temp"
       22 loo_Json.UpdateInt("retries") = -3
       23 loo_Json.UpdateBool("active") = true
       24 loo_Json.UpdateBool("archived") = false
       25 loo_Json.UpdateNumber("price") = 1.50
       26 loo_Json.UpdateNull("deleted_at")
       27 loo_Json.UpdateNewObject("meta")
       28 loo_Json.UpdateNewArray("tags")
       29 loo_Json.UpdateString("tags[3]") = "first"
       31 loo_Json.I = 0
       32 loo_Json.UpdateInt("items[i].n") = 0
       31 loo_Json.I = 1
       32 loo_Json.UpdateInt("items[i].n") = 1
       35 loo_Json.UpdateString("note") = "line one joined"
       37 UNSUPPORTED JsonObject.UpdateBd is not ported
       38 loo_Http.SetRequestHeader("X-Trace", "abc")
       40 new StringBuilder loo_Sb
       41 loo_Json.EmitSb(loo_Sb)
       42 loo_Resp = loo_Http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:loo_Sb type=application/json"
    `);
  });

  it('powershell', () => {
    expect(irOf('powershell.ps1')).toMatchInlineSnapshot(`
      "  4 new Http $http
        5 $http.AuthToken = "{{api_token}}"
        6 new JsonObject $json
        7 $json.UpdateString("title") = "Say \\"hi\\", it's"
        8 $json.UpdateString("path") = "C:\\\\temp"
        9 $json.UpdateInt("retries") = -3
       10 $json.UpdateBool("active") = true
       11 $json.UpdateBool("archived") = false
       12 $json.UpdateNumber("price") = 1.50
       13 $json.UpdateNull("deleted_at")
       14 $json.UpdateNewObject("meta")
       15 $json.UpdateNewArray("tags")
       16 $json.UpdateString("tags[3]") = "first"
       18 $json.I = 0
       19 $json.UpdateInt("items[i].n") = 0
       18 $json.I = 1
       19 $json.UpdateInt("items[i].n") = 1
       22 $json.UpdateString("note") = "line one joined"
       24 UNSUPPORTED JsonObject.UpdateBd is not ported
       25 $http.SetRequestHeader("X-Trace", "abc")
       26 new StringBuilder $sb
       27 $json.EmitSb($sb)
       28 $resp = $http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:$sb type=application/json"
    `);
  });

  it('purebasic', () => {
    expect(irOf('purebasic.pb')).toMatchInlineSnapshot(`
      "  7 new Http http
       12 http.AuthToken = "{{api_token}}"
       13 new JsonObject json
       14 json.UpdateString("title") = "Say \\"hi\\", it's"
       15 json.UpdateString("path") = "C:\\\\temp"
       16 json.UpdateInt("retries") = -3
       17 json.UpdateBool("active") = true
       18 json.UpdateBool("archived") = false
       19 json.UpdateNumber("price") = 1.50
       20 json.UpdateNull("deleted_at")
       21 json.UpdateNewObject("meta")
       22 json.UpdateNewArray("tags")
       23 json.UpdateString("tags[3]") = "first"
       25 json.I = 0
       26 json.UpdateInt("items[i].n") = 0
       25 json.I = 1
       26 json.UpdateInt("items[i].n") = 1
       29 json.UpdateString("note") = "line one joined"
       30 UNSUPPORTED JsonObject.UpdateBd is not ported
       31 http.SetRequestHeader("X-Trace", "abc")
       32 new StringBuilder sb
       33 json.EmitSb(sb)
       34 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('python', () => {
    expect(irOf('python.py')).toMatchInlineSnapshot(`
      "  5 new Http http
        6 http.AuthToken = "{{api_token}}"
        7 new JsonObject json
        8 json.UpdateString("title") = "Say \\"hi\\", it's"
        9 json.UpdateString("path") = "C:\\\\temp"
       10 json.UpdateInt("retries") = -3
       11 json.UpdateBool("active") = true
       12 json.UpdateBool("archived") = false
       13 json.UpdateNumber("price") = 1.50
       14 json.UpdateNull("deleted_at")
       15 json.UpdateNewObject("meta")
       16 json.UpdateNewArray("tags")
       17 json.UpdateString("tags[3]") = "first"
       19 json.I = 0
       20 json.UpdateInt("items[i].n") = 0
       19 json.I = 1
       20 json.UpdateInt("items[i].n") = 1
       22 json.UpdateString("note") = "line one joined"
       23 UNSUPPORTED JsonObject.UpdateBd is not ported
       24 http.SetRequestHeader("X-Trace", "abc")
       25 new StringBuilder sb
       26 json.EmitSb(sb)
       27 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('ruby', () => {
    expect(irOf('ruby.rb')).toMatchInlineSnapshot(`
      "  4 new Http http
        5 http.AuthToken = "{{api_token}}"
        6 new JsonObject json
        7 json.UpdateString("title") = "Say \\"hi\\", it's"
        8 json.UpdateString("path") = "C:\\\\temp"
        9 json.UpdateInt("retries") = -3
       10 json.UpdateBool("active") = true
       11 json.UpdateBool("archived") = false
       12 json.UpdateNumber("price") = 1.50
       13 json.UpdateNull("deleted_at")
       14 json.UpdateNewObject("meta")
       15 json.UpdateNewArray("tags")
       16 json.UpdateString("tags[3]") = "first"
       18 json.I = 0
       19 json.UpdateInt("items[i].n") = 0
       18 json.I = 1
       19 json.UpdateInt("items[i].n") = 1
       22 json.UpdateString("note") = "line one joined"
       24 UNSUPPORTED JsonObject.UpdateBd is not ported
       25 http.SetRequestHeader("X-Trace", "abc")
       26 new StringBuilder sb
       27 json.EmitSb(sb)
       28 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('sql', () => {
    expect(irOf('sql.sql')).toMatchInlineSnapshot(`
      "  8 new Http @http
       14 @http.AuthToken = "{{api_token}}"
       16 new JsonObject @json
       18 @json.UpdateString("title") = "Say \\"hi\\", it's"
       19 @json.UpdateString("path") = "C:\\\\temp"
       20 @json.UpdateInt("retries") = -3
       21 @json.UpdateBool("active") = true
       22 @json.UpdateBool("archived") = false
       23 @json.UpdateNumber("price") = 1.50
       24 @json.UpdateNull("deleted_at")
       25 @json.UpdateNewObject("meta")
       26 @json.UpdateNewArray("tags")
       27 @json.UpdateString("tags[3]") = "first"
       29 @json.I = 0
       30 @json.UpdateInt("items[i].n") = 0
       31 @json.I = 1
       32 @json.UpdateInt("items[i].n") = 1
       34 @json.UpdateString("note") = "line one joined"
       35 UNSUPPORTED JsonObject.UpdateBd is not ported
       36 @http.SetRequestHeader("X-Trace", "abc")
       38 new StringBuilder @sb
       39 @json.EmitSb(@sb)
       41 @resp = @http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:@sb type=application/json"
    `);
  });

  it('swift', () => {
    expect(irOf('swift.swift')).toMatchInlineSnapshot(`
      "  3 new Http http
        4 http.AuthToken = "{{api_token}}"
        5 new JsonObject json
        6 json.UpdateString("title") = "Say \\"hi\\", it's"
        7 json.UpdateString("path") = "C:\\\\temp"
        8 json.UpdateInt("retries") = -3
        9 json.UpdateBool("active") = true
       10 json.UpdateBool("archived") = false
       11 json.UpdateNumber("price") = 1.50
       12 json.UpdateNull("deleted_at")
       13 json.UpdateNewObject("meta")
       14 json.UpdateNewArray("tags")
       15 json.UpdateString("tags[3]") = "first"
       17 json.I = 0
       18 json.UpdateInt("items[i].n") = 0
       17 json.I = 1
       18 json.UpdateInt("items[i].n") = 1
       21 json.UpdateString("note") = "line one joined"
       23 UNSUPPORTED JsonObject.UpdateBd is not ported
       24 http.SetRequestHeader("X-Trace", "abc")
       25 new StringBuilder sb
       26 json.EmitSb(sb)
       27 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('swift3', () => {
    expect(irOf('swift3.swift')).toMatchInlineSnapshot(`
      "  3 new Http http
        4 http.AuthToken = "{{api_token}}"
        5 new JsonObject json
        6 json.UpdateString("title") = "Say \\"hi\\", it's"
        7 json.UpdateString("path") = "C:\\\\temp"
        8 json.UpdateInt("retries") = -3
        9 json.UpdateBool("active") = true
       10 json.UpdateBool("archived") = false
       11 json.UpdateNumber("price") = 1.50
       12 json.UpdateNull("deleted_at")
       13 json.UpdateNewObject("meta")
       14 json.UpdateNewArray("tags")
       15 json.UpdateString("tags[3]") = "first"
       17 json.I = 0
       18 json.UpdateInt("items[i].n") = 0
       17 json.I = 1
       18 json.UpdateInt("items[i].n") = 1
       21 json.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 http.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder sb
       25 json.EmitSb(sb)
       26 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('tcl', () => {
    expect(irOf('tcl.tcl')).toMatchInlineSnapshot(`
      "  4 new Http http
        5 http.AuthToken = "{{api_token}}"
        6 new JsonObject json
        7 json.UpdateString("title") = "Say \\"hi\\", it's"
        8 json.UpdateString("path") = "C:\\\\temp"
        9 json.UpdateInt("retries") = -3
       10 json.UpdateBool("active") = true
       11 json.UpdateBool("archived") = false
       12 json.UpdateNumber("price") = 1.50
       13 json.UpdateNull("deleted_at")
       14 json.UpdateNewObject("meta")
       15 json.UpdateNewArray("tags")
       16 json.UpdateString("tags[3]") = "first"
       18 json.I = 0
       19 json.UpdateInt("items[i].n") = 0
       18 json.I = 1
       19 json.UpdateInt("items[i].n") = 1
       21 json.UpdateString("note") = "line one joined"
       23 UNSUPPORTED JsonObject.UpdateBd is not ported
       24 http.SetRequestHeader("X-Trace", "abc")
       25 new StringBuilder sb
       26 json.EmitSb(sb)
       27 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('unicode-c', () => {
    expect(irOf('unicode-c.c')).toMatchInlineSnapshot(`
      " 14 new Http http
       15 http.AuthToken = "{{api_token}}"
       16 new JsonObject json
       17 json.UpdateString("title") = "Say \\"hi\\", it's"
       18 json.UpdateString("path") = "C:\\\\temp"
       19 json.UpdateInt("retries") = -3
       20 json.UpdateBool("active") = true
       21 json.UpdateBool("archived") = false
       22 json.UpdateNumber("price") = 1.50
       23 json.UpdateNull("deleted_at")
       24 json.UpdateNewObject("meta")
       25 json.UpdateNewArray("tags")
       26 json.UpdateString("tags[3]") = "first"
       28 json.I = 0
       29 json.UpdateInt("items[i].n") = 0
       28 json.I = 1
       29 json.UpdateInt("items[i].n") = 1
       31 json.UpdateString("note") = "line one joined"
       32 UNSUPPORTED JsonObject.UpdateBd is not ported
       33 http.SetRequestHeader("X-Trace", "abc")
       34 new StringBuilder sb
       35 json.EmitSb(sb)
       36 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('unicode-cpp', () => {
    expect(irOf('unicode-cpp.cpp')).toMatchInlineSnapshot(`
      "  7 new Http http
        8 http.AuthToken = "{{api_token}}"
        9 new JsonObject json
       10 json.UpdateString("title") = "Say \\"hi\\", it's"
       11 json.UpdateString("path") = "C:\\\\temp"
       12 json.UpdateInt("retries") = -3
       13 json.UpdateBool("active") = true
       14 json.UpdateBool("archived") = false
       15 json.UpdateNumber("price") = 1.50
       16 json.UpdateNull("deleted_at")
       17 json.UpdateNewObject("meta")
       18 json.UpdateNewArray("tags")
       19 json.UpdateString("tags[3]") = "first"
       21 json.I = 0
       22 json.UpdateInt("items[i].n") = 0
       21 json.I = 1
       22 json.UpdateInt("items[i].n") = 1
       24 json.UpdateString("note") = "line one joined"
       25 UNSUPPORTED JsonObject.UpdateBd is not ported
       26 http.SetRequestHeader("X-Trace", "abc")
       27 new StringBuilder sb
       28 json.EmitSb(sb)
       29 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('vb6', () => {
    expect(irOf('vb6.bas')).toMatchInlineSnapshot(`
      "  2 new Http http
        4 http.AuthToken = "{{api_token}}"
        5 new JsonObject json
        6 json.UpdateString("title") = "Say \\"hi\\", it's"
        7 json.UpdateString("path") = "C:\\\\temp"
        8 json.UpdateInt("retries") = -3
        9 json.UpdateBool("active") = true
       10 json.UpdateBool("archived") = false
       11 json.UpdateNumber("price") = 1.50
       12 json.UpdateNull("deleted_at")
       13 json.UpdateNewObject("meta")
       14 json.UpdateNewArray("tags")
       15 json.UpdateString("tags[3]") = "first"
       18 json.I = 0
       19 json.UpdateInt("items[i].n") = 0
       18 json.I = 1
       19 json.UpdateInt("items[i].n") = 1
       23 json.UpdateString("note") = "line one joined"
       25 UNSUPPORTED JsonObject.UpdateBd is not ported
       26 http.SetRequestHeader("X-Trace", "abc")
       27 new StringBuilder sb
       28 json.EmitSb(sb)
       30 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('vbnet', () => {
    expect(irOf('vbnet.vb')).toMatchInlineSnapshot(`
      "  2 new Http http
        3 http.AuthToken = "{{api_token}}"
        4 new JsonObject json
        5 json.UpdateString("title") = "Say \\"hi\\", it's"
        6 json.UpdateString("path") = "C:\\\\temp"
        7 json.UpdateInt("retries") = -3
        8 json.UpdateBool("active") = true
        9 json.UpdateBool("archived") = false
       10 json.UpdateNumber("price") = 1.50
       11 json.UpdateNull("deleted_at")
       12 json.UpdateNewObject("meta")
       13 json.UpdateNewArray("tags")
       14 json.UpdateString("tags[3]") = "first"
       16 json.I = 0
       17 json.UpdateInt("items[i].n") = 0
       16 json.I = 1
       17 json.UpdateInt("items[i].n") = 1
       20 json.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 http.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder sb
       25 json.EmitSb(sb)
       26 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('vbscript', () => {
    expect(irOf('vbscript.vbs')).toMatchInlineSnapshot(`
      "  2 new Http http
        3 http.AuthToken = "{{api_token}}"
        4 new JsonObject json
        5 json.UpdateString("title") = "Say \\"hi\\", it's"
        6 json.UpdateString("path") = "C:\\\\temp"
        7 json.UpdateInt("retries") = -3
        8 json.UpdateBool("active") = true
        9 json.UpdateBool("archived") = false
       10 json.UpdateNumber("price") = 1.50
       11 json.UpdateNull("deleted_at")
       12 json.UpdateNewObject("meta")
       13 json.UpdateNewArray("tags")
       14 json.UpdateString("tags[3]") = "first"
       16 json.I = 0
       17 json.UpdateInt("items[i].n") = 0
       16 json.I = 1
       17 json.UpdateInt("items[i].n") = 1
       20 json.UpdateString("note") = "line one joined"
       22 UNSUPPORTED JsonObject.UpdateBd is not ported
       23 http.SetRequestHeader("X-Trace", "abc")
       24 new StringBuilder sb
       25 json.EmitSb(sb)
       26 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });

  it('xojo', () => {
    expect(irOf('xojo.xojo_code')).toMatchInlineSnapshot(`
      "  2 new Http http
        3 http.AuthToken = "{{api_token}}"
        4 new JsonObject json
        6 json.UpdateString("title") = "Say \\"hi\\", it's"
        7 json.UpdateString("path") = "C:\\\\temp"
        8 json.UpdateInt("retries") = -3
        9 json.UpdateBool("active") = true
       10 json.UpdateBool("archived") = false
       11 json.UpdateNumber("price") = 1.50
       12 json.UpdateNull("deleted_at")
       13 json.UpdateNewObject("meta")
       14 json.UpdateNewArray("tags")
       15 json.UpdateString("tags[3]") = "first"
       17 json.I = 0
       18 json.UpdateInt("items[i].n") = 0
       17 json.I = 1
       18 json.UpdateInt("items[i].n") = 1
       21 json.UpdateString("note") = "line one joined"
       23 UNSUPPORTED JsonObject.UpdateBd is not ported
       24 http.SetRequestHeader("X-Trace", "abc")
       25 new StringBuilder sb
       26 json.EmitSb(sb)
       28 resp = http.PTextSb PATCH https://{{host}}/v1/items/:id body=sb:sb type=application/json"
    `);
  });
});
