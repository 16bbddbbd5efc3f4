import { correctTypo, defaultVariants as v } from '../../src/lib/search/variants';
console.log(v.lexicon.filter((w) => /stat|batas/.test(w)));
console.log(correctTypo('status', v), v.known.has('status'), v.misspellings.get('status'));
