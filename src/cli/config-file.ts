// The configuration file, read for a command: bulletin.config.json found from the working directory, or --config.
// A missing file is no configuration; an unreadable or invalid one is one line and exit 2.

import fs from 'node:fs';
import { ConfigError, loadConfig } from '../check/config.js';
import type { CheckConfig } from '../check/types.js';
import { CliError, describeSystemError, errorCode } from './errors.js';
import type { CliIo } from './io.js';

export function readConfig(io: CliIo, configPath: string | undefined): CheckConfig {
  try {
    return loadConfig({
      cwd: io.cwd,
      configPath: configPath ?? null,
      read: (file) => {
        try {
          return fs.readFileSync(file, 'utf8');
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ENOENT' || code === 'ENOTDIR') return null;
          throw new ConfigError(`Cannot read config ${file}: ${describeSystemError(error)}`);
        }
      },
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
