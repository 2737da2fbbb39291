// One line per item, `{"file": …, ...item}`, for `jq -c`, `grep` and log
// pipelines. Nothing else is written: page-level data (meta, unassigned text,
// diagnostics) is in the `json` format.

import type { Item } from '../model.js';
import { formatByEvents, type Format, type StreamingFormat } from './types.js';

const events: StreamingFormat = {
  start: () => '',
  documentStart: () => '',
  item: (item: Item, file: string | null) => `${JSON.stringify({ file, ...item })}\n`,
  documentEnd: () => '',
  end: () => '',
};

export const ndjson = {
  name: 'ndjson',
  description: 'One JSON object per line and per item, with its file first',
  streaming: events,
  format: (documents, context) => formatByEvents(events, documents, context),
} satisfies Format;
