// Mutation runs only (vitest.mutate.config.ts): every module that src/ loads with import() when a command or a format
// runs, loaded before any test. A module first loaded inside a test has its top-level code (a rule's id, a format's
// table of columns) traced by Stryker to that one test, and its mutants tried against that test alone, so they
// survive whatever the other tests state (docs/mutation.md). Loaded here, that code runs before any test: static, as
// it is. test/setup/preload.test.ts keeps this list equal to the import() calls in src/.
import '../../src/cli/actions/check.js';
import '../../src/cli/actions/emit.js';
import '../../src/cli/actions/explain.js';
import '../../src/cli/actions/format.js';
import '../../src/cli/actions/stats.js';
import '../../src/cli/actions/view.js';
import '../../src/cli/progress.js';
import '../../src/cli/workers/pool.js';
import '../../src/cli/workers/read-batch.js';
import '../../src/decode/index.js';
import '../../src/extract/html-text.js';
import '../../src/extract/html.js';
import '../../src/extract/index.js';
import '../../src/extract/word.js';
import '../../src/format/csv.js';
import '../../src/format/explain.js';
import '../../src/format/html/index.js';
import '../../src/format/json.js';
import '../../src/format/markdown.js';
import '../../src/format/ndjson.js';
import '../../src/format/stats.js';
import '../../src/format/table-tsv.js';
import '../../src/format/table.js';
