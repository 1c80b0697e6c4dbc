import { createReadStream } from "node:fs";
import { Parser } from "htmlparser2";
import { WxrSink } from "./wxr-sink.ts";
import type { WxrRecord } from "./wxr-records.ts";

/**
 * Streams a WordPress export (WXR) in file order: the channel header, authors, items. Only the record being read
 * is held, so memory stays bounded whatever the export's size; leaving the loop early stops reading the file.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const sink = new WxrSink();
  const parser = new Parser(sink.handlers(), { xmlMode: true, recognizeCDATA: true });
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      sink.chunk(chunk);
      parser.write(chunk);
      yield* sink.drain();
    }
    parser.end();
    yield* sink.drain();
  } finally {
    stream.destroy();
  }
}
