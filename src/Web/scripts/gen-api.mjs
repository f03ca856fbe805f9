// Generates src/lib/api-types.ts from the backend's OpenAPI document.
// Usage: node scripts/gen-api.mjs [input=swagger.json] [output=src/lib/api-types.ts]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';

/**
 * @param {string} input path of the OpenAPI document
 * @param {string} output path of the TypeScript file to write
 * @returns {Promise<string>} the generated source
 */
export async function generateApiTypes(input, output) {
  const document = withoutBodyExamples(JSON.parse(await readFile(resolve(input), 'utf8')));
  const ast = await openapiTS(document, { silent: true });
  const source = `${COMMENT_HEADER}${astToString(ast)}`;
  await mkdir(dirname(resolve(output)), { recursive: true });
  await writeFile(resolve(output), source, 'utf8');
  return source;
}

/**
 * The document's request/response and parameter examples are for readers of the document (Swagger UI, the
 * integration guide); as JSDoc in the types they would multiply the file's size, so they are left out.
 * @param {any} document an OpenAPI document
 * @returns {any} the same document without media-type and parameter examples
 */
export function withoutBodyExamples(document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      if (!operation || typeof operation !== 'object') continue;
      for (const parameter of operation.parameters ?? []) delete parameter.example;
      const bodies = [operation.requestBody, ...Object.values(operation.responses ?? {})];
      for (const body of bodies) {
        for (const media of Object.values(body?.content ?? {})) {
          delete media.example;
          delete media.examples;
        }
      }
    }
  }
  return document;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const input = process.argv[2] ?? process.env.SWAGGER ?? '../../artifacts/swagger.json';
  const output = process.argv[3] ?? 'src/lib/api-types.ts';
  await generateApiTypes(input, output);
  console.log(`api types: ${input} -> ${output}`);
}
