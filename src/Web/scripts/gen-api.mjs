// Generates src/lib/api-types.ts from the backend's OpenAPI document.
// Usage: node scripts/gen-api.mjs [input=swagger.json] [output=src/lib/api-types.ts]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';

/**
 * @param {string} input path of the OpenAPI document
 * @param {string} output path of the TypeScript file to write
 * @returns {Promise<string>} the generated source
 */
export async function generateApiTypes(input, output) {
  const ast = await openapiTS(pathToFileURL(resolve(input)), { silent: true });
  const source = `${COMMENT_HEADER}${astToString(ast)}`;
  await mkdir(dirname(resolve(output)), { recursive: true });
  await writeFile(resolve(output), source, 'utf8');
  return source;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const input = process.argv[2] ?? process.env.SWAGGER ?? '../../artifacts/swagger.json';
  const output = process.argv[3] ?? 'src/lib/api-types.ts';
  await generateApiTypes(input, output);
  console.log(`api types: ${input} -> ${output}`);
}
