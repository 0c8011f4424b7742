/**
 * Lints a one-line snippet as if it lived at a path of the repo, with the project's own
 * eslint.config.js: what the layering tests use to hold the import rules to examples.
 */
import { ESLint } from 'eslint';

export const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `source` imported from `file`. */
export async function refusals(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}
