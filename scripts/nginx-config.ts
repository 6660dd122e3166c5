/**
 * `npm run --silent nginx-config`: prints the production nginx configuration generated from the
 * serving rules (src/lib/serving/nginx-config.ts), the same text the build writes to
 * dist/_deploy/nginx.conf, without building. The README's Deploy section shows this output.
 */
import { nginxDeployConfig } from '../src/lib/serving/nginx-config.ts';
import { SERVING_RULES } from '../src/lib/serving/rules.ts';

process.stdout.write(nginxDeployConfig(SERVING_RULES));
