// Applies the reader's saved theme before the first paint, so a dark-theme reader never sees a
// light flash. A classic blocking script from our own origin, so a strict CSP allows it.
try {
	var t = localStorage.getItem('ack-faq:theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
