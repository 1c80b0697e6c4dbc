import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { Parser } from "htmlparser2";
import { SourceError } from "../source-error.ts";
import { WxrSink } from "./wxr-sink.ts";
import type { WxrRecord } from "./wxr-records.ts";

/**
 * Streams a WordPress export (WXR) in file order: the channel header, authors, items. Only the record being read
 * is held, so memory stays bounded whatever the export's size; leaving the loop early stops reading the file.
 * A file cut short, damaged, or no export at all throws a SourceError naming the line, before its last records.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const sink = new WxrSink();
  const parser = new Parser(sink.handlers(), { xmlMode: true, recognizeCDATA: true });
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      sink.chunk(chunk);
      parser.write(chunk);
      refuseDamaged(file, sink);
      yield* sink.drain();
    }
    parser.end();
    refuseDamaged(file, sink);
    if (!sink.isExport()) {
      throw new SourceError(
        `${basename(file)} is not a WordPress export: it holds no <rss><channel> — give the .xml file that WordPress's Tools → Export makes`,
      );
    }
    yield* sink.drain();
  } finally {
    stream.destroy();
  }
}

function refuseDamaged(file: string, sink: WxrSink): void {
  if (!sink.damage) return;
  const { line, why } = sink.damage;
  throw new SourceError(`${basename(file)}:${line}: ${why} — export the site again from WordPress (Tools → Export)`);
}
