// Sends a redirect page (src/lib/links/redirect-html.ts) on at once, keeping the old URL's
// #section, which the meta refresh alone would drop. A classic script from our own origin, so a
// strict CSP allows it.
(function () {
	var link = document.querySelector('a[data-redirect]');
	if (!link) return;
	var to = new URL(link.href);
	to.hash = to.hash || location.hash;
	location.replace(to.href);
})();
