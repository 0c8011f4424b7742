/**
 * A small, strict argument parser for the CLI: known flags only, clear errors.
 */

export type Flags = Record<string, string | boolean>;

/** Parses `--name value` and `--name=value` pairs; `booleans` are flags without a value. */
export function parseFlags(argv: string[], known: string[], booleans: string[] = []): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name) && !booleans.includes(name)) throw new Error(`unknown option --${name}`);
    if (booleans.includes(name)) {
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
    flags[name] = value;
  }
  return flags;
}
