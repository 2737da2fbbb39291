// Every property test of this run uses the run's seed (test/setup/seed.ts), unless it names its own.
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') });
