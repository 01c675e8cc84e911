// How the user invoked the contract command, for its help and usage lines: `npm run contract --`
// under npm, `cf-images-contract` for the installed bin, `tsx src/contract/cli.ts` from a checkout.
import { basename } from 'node:path';

/**
 * The command as the user typed it. `npm_lifecycle_event` alone is inherited by whatever npm
 * starts (`npm test` → vitest → this command), so npm's script line must run this command's file.
 */
export function invokedAs(env: Record<string, string | undefined> = process.env, script: string | undefined = process.argv[1]): string {
  if (env.npm_lifecycle_event && env.npm_lifecycle_script?.includes('src/contract/cli.ts')) return `npm run ${env.npm_lifecycle_event} --`;
  // Built, the bin is a .js file (or its .bin link); from a checkout it is the TypeScript source.
  if (script && /\.ts$/.test(script)) return `tsx ${basename(script) === 'cli.ts' ? 'src/contract/cli.ts' : script}`;
  return 'cf-images-contract';
}
