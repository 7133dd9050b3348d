import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

/** One entry per public subpath; the keys become the file names under dist/. */
const entry = {
  index: 'src/index.ts',
  'survey/index': 'src/survey/index.ts',
  'pairing/index': 'src/pairing/index.ts',
  'action-learning/index': 'src/action-learning/index.ts',
  'practice/index': 'src/practice/index.ts',
  'programme/index': 'src/programme/index.ts',
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  // Shared code (the core kernel) goes into common chunks in both formats, so that an
  // error thrown by `peerlearn/survey` is an instance of the class exported by `peerlearn`.
  splitting: true,
  sourcemap: false,
  clean: true,
  dts: {
    compilerOptions: {
      // tsup 8's declaration step passes options TypeScript 6 has deprecated.
      ignoreDeprecations: '6.0',
    },
  },
  // Publishes every exported model as JSON Schema in dist/schemas/ from the code just built
  // (scripts/build-schemas.mjs). A child process, so that a rebuild in watch mode never sees
  // modules cached from the last one. Silent when all is well; a model that cannot be
  // converted fails the build with the script's message on stderr.
  onSuccess: () => {
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL('scripts/build-schemas.mjs', import.meta.url))],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    return Promise.resolve();
  },
});
