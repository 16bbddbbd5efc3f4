// Why: src/layouts/Base.astro
document.documentElement.classList.add('js');
try {
	var t = localStorage.getItem('ack-faq:theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
