/**
 * Starts Pagefind, and fetches the search files' manifests, for a search page opened with words
 * or filters (a link from a ticket, Enter in the header box), which searches at once. Pagefind's start (its worker, its WebAssembly, the
 * index's metadata) is the slowest step of a first search; site.ts imports this beside the
 * page's own code, so the start overlaps that code's download instead of following it.
 */
import { loadPagefind } from './pagefind-client';
import { signatureManifest, vocabularyManifest } from './search-files';

// A failure here is not the reader's yet: the search that awaits Pagefind tries again and says so.
loadPagefind().catch(() => undefined);
// Which of their shards a query needs is known once the query layer is in; the manifests are
// not, so they come now, and the shards' requests go out as soon as the query is prepared.
void signatureManifest();
void vocabularyManifest();
