import { build } from 'esbuild';
await build({
  entryPoints: { pipeline: 'src/markdown/pipeline.ts', 'entry-body': 'src/loaders/entry-body.ts' },
  bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: 'bench/tmp/out', splitting: true, target: 'node24',
});
