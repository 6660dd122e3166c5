/**
 * `npm run check-deploy -- <base URL>`: requests every page of a deployed site (from its
 * sitemap.xml) and the files they link to, and reports wrong types, missing headers and broken
 * links (src/lib/serving/check-deploy.ts). Exit code 1 on a problem.
 */
import { runCheckDeploy } from '../src/lib/serving/check-deploy.ts';

const result = await runCheckDeploy(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
