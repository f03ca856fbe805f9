import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const featuresDir = fileURLToPath(new URL('../src/features', import.meta.url));
/** Shared by the register's features: catalogues (streets, formats, job types, titles) and who may do what. */
const SHARED_FEATURES = ['registry-reference'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('feature boundaries', () => {
  it('features import no other feature (the app composes them), except the shared registry reference', () => {
    const offences = sourceFiles(featuresDir).flatMap((file) => {
      const own = relative(featuresDir, file).split(/[\\/]/)[0];
      const imported = [...readFileSync(file, 'utf8').matchAll(/from '@\/features\/([\w-]+)/g)].map((match) => match[1]!);
      return imported
        .filter((feature) => feature !== own && !SHARED_FEATURES.includes(feature))
        .map((feature) => `${relative(featuresDir, file)} → ${feature}`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps the shared registry reference free of other features', () => {
    const imports = SHARED_FEATURES.flatMap((shared) =>
      sourceFiles(join(featuresDir, shared)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '@\/features\/([\w-]+)/g)].map((match) => match[1]!),
      ),
    );
    expect(imports.filter((feature) => !SHARED_FEATURES.includes(feature))).toEqual([]);
  });
});
