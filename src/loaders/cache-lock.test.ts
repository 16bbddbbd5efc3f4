import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockCache } from './cache-lock';

describe('lockCache', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ack-faq-lock-'));
	const cacheDir = pathToFileURL(`${dir}/`);
	const lock = join(dir, LOCK_FILE);
	afterEach(() => rmSync(lock, { force: true }));

	it('takes the lock for this process, and takes it again without complaint', () => {
		lockCache(cacheDir);
		expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
		expect(() => lockCache(cacheDir)).not.toThrow();
	});

	it('refuses a cache folder another running process holds, naming it', () => {
		writeFileSync(lock, String(process.ppid));
		expect(() => lockCache(cacheDir)).toThrow(`process ${process.ppid} is building or serving`);
		expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
	});

	it('takes over a lock left by a process that has ended', () => {
		const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
		writeFileSync(lock, String(ended));
		lockCache(cacheDir);
		expect(existsSync(lock)).toBe(true);
		expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
	});
});
