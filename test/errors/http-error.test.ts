import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';

const base = { method: 'PATCH', url: 'https://api.example/x', status: 400, statusText: 'Bad Request', attempts: 1 };

describe('HttpError message', () => {
  it('shows one line of at most 200 characters of whatever detail the body gives', () => {
    const long = 'm'.repeat(500);
    expect(new HttpError({ ...base, body: { message: long } }).message).toBe(`PATCH https://api.example/x failed: 400 Bad Request — ${'m'.repeat(200)}…`);
    expect(new HttpError({ ...base, body: { message: 'first\rFORGED: 200 OK', errorCode: 'bad' } }).message).toBe('PATCH https://api.example/x failed: 400 Bad Request — bad: first');
    expect(new HttpError({ ...base, body: { error: 'line one\nline two' } }).message).toBe('PATCH https://api.example/x failed: 400 Bad Request — line one');
    expect(new HttpError({ ...base, body: 'text\r\nmore' }).message).toBe('PATCH https://api.example/x failed: 400 Bad Request — text');
  });

  it('keeps the whole body on the error', () => {
    const body = { message: 'a\nb'.repeat(100) };
    expect(new HttpError({ ...base, body }).body).toBe(body);
  });
});
