/**
 * A Bloom filter small enough to ship to the browser: it tells the search which pasted words
 * name a signature shard, so a query fetches only those shards.
 */
import { fnv1a } from './fnv1a';

/** A serialised filter, as stored in the signature manifest. */
export interface BloomData {
	/** Number of bits. */
	readonly bits: number;
	/** Number of hash functions. */
	readonly hashes: number;
	/** The bit array, base64. */
	readonly data: string;
}

/** Builds a filter for `items` with about `falsePositiveRate` of misses reported as hits. */
export function buildBloom(items: Iterable<string>, falsePositiveRate = 0.02): BloomData {
	const unique = [...new Set(items)];
	const bitsPerItem = -Math.log(falsePositiveRate) / Math.LN2 ** 2;
	const bits = Math.max(64, Math.ceil((unique.length * bitsPerItem) / 8) * 8);
	const hashes = Math.max(1, Math.round(bitsPerItem * Math.LN2));
	const array = new Uint8Array(bits / 8);
	for (const item of unique) {
		for (const bit of positions(item, bits, hashes)) array[bit >> 3]! |= 1 << (bit & 7);
	}
	return { bits, hashes, data: toBase64(array) };
}

/** A membership test over a serialised filter. */
export function bloomTester(bloom: BloomData): (item: string) => boolean {
	const array = fromBase64(bloom.data);
	if (array.length * 8 < bloom.bits) return () => true;
	return (item) => {
		for (const bit of positions(item, bloom.bits, bloom.hashes)) {
			if (!((array[bit >> 3]! >> (bit & 7)) & 1)) return false;
		}
		return true;
	};
}

function positions(item: string, bits: number, hashes: number): number[] {
	// Double hashing (Kirsch–Mitzenmacher): k positions from two independent hashes.
	const h1 = fnv1a(item);
	const h2 = fnv1a(item, 0x9747b28c) | 1;
	const out: number[] = [];
	for (let i = 0; i < hashes; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % bits);
	return out;
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
	try {
		const binary = atob(text);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return new Uint8Array(0);
	}
}
