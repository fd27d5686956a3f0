import fs from "node:fs";
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { parse } from "csv-parse";
import { ImportError } from "./problems";

export type TextEncoding = "utf-8" | "latin1";

export type ProgressListener = (bytesRead: number, totalBytes: number) => void;

/** The offset of the first byte that breaks UTF-8 in `bytes`, or -1 (a sequence cut at the end is not a break). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      if (index + next >= bytes.length) return -1;
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * Decodes bytes to text as they stream, counting lines so that a byte that is not valid in the
 * expected encoding is reported with its line and column. NUL bytes (INEGI pads its exports with
 * them) are dropped.
 */
class DecodeStream extends Transform {
  private readonly decoder: TextDecoder;
  private bytesRead = 0;
  private linesBefore = 0;
  private lastLineStart = 0;
  private afterCarriageReturn = false;

  constructor(
    private readonly fileName: string,
    private readonly encoding: TextEncoding,
    private readonly encodingHint: string,
  ) {
    super({ readableObjectMode: false });
    this.decoder = new TextDecoder(encoding === "utf-8" ? "utf-8" : "latin1", {
      fatal: encoding === "utf-8",
      ignoreBOM: false,
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.countLines(chunk);
      this.bytesRead += chunk.length;
      callback(null, text.replaceAll("\u0000", ""));
    } catch {
      callback(this.encodingError(chunk));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      callback(null, this.decoder.decode().replaceAll("\u0000", ""));
    } catch {
      callback(
        new ImportError(`${this.fileName}: the file ends in the middle of a UTF-8 character: it looks truncated`),
      );
    }
  }

  // A line ends at LF, CR LF or a lone CR, as the parser reads it (a CR LF split across chunks is one end).
  private countLines(chunk: Buffer, upTo = chunk.length): void {
    for (let index = 0; index < upTo; index += 1) {
      const byte = chunk[index];
      if (byte === 0x0a || byte === 0x0d) {
        if (!(byte === 0x0a && this.afterCarriageReturn)) this.linesBefore += 1;
        this.lastLineStart = this.bytesRead + index + 1;
      }
      this.afterCarriageReturn = byte === 0x0d;
    }
  }

  private encodingError(chunk: Buffer): ImportError {
    const offset = Math.max(0, firstInvalidUtf8Byte(chunk));
    this.countLines(chunk, offset);
    const line = this.linesBefore + 1;
    const column = this.bytesRead + offset - this.lastLineStart + 1;
    const byte = chunk[offset]!.toString(16).toUpperCase().padStart(2, "0");
    return new ImportError(
      `${this.fileName}:${line}: column ${column}: byte 0x${byte} is not UTF-8 text. ${this.encodingHint}`,
    );
  }
}

export type RecordOptions = {
  encoding: TextEncoding;
  /** Said after an encoding error: which encoding the publisher uses and what to do. */
  encodingHint: string;
  delimiter: string;
  /** 1-based line to start parsing at (the header line). */
  fromLine?: number;
  onProgress?: ProgressListener;
};

export type RawRecord = { fields: string[]; line: number };

/** Reports the bytes read from disk (before any decompression), for the progress bar. */
class ProgressStream extends Transform {
  private bytesRead = 0;
  constructor(
    private readonly totalBytes: number,
    private readonly onProgress?: ProgressListener,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytesRead += chunk.length;
    this.onProgress?.(this.bytesRead, this.totalBytes);
    callback(null, chunk);
  }
}

const isGzip = (head: Buffer) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** Whether a file is gzip-compressed (by its magic bytes, whatever its name). */
export function isGzipFile(filePath: string): boolean {
  return isGzip(readRawHead(filePath, 2));
}

/** The file's bytes as a stream, decompressed when it is gzip. */
function openDecompressed(
  filePath: string,
  totalBytes: number,
  onProgress?: ProgressListener,
): NodeJS.ReadableStream[] {
  const raw = [
    fs.createReadStream(filePath, { highWaterMark: 256 * 1024 }),
    new ProgressStream(totalBytes, onProgress),
  ];
  return isGzipFile(filePath) ? [...raw, zlib.createGunzip()] : raw;
}

/** Streams a delimited text file record by record (gzip or plain), so a file of millions of rows keeps memory flat. */
export async function* readRecords(filePath: string, options: RecordOptions): AsyncGenerator<RawRecord> {
  const fileName = path.basename(filePath);
  const totalBytes = fs.statSync(filePath).size;
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    from_line: options.fromLine ?? 1,
    relax_column_count: true,
    // Every line ending, mixed in one file: left to detect it, the parser takes the first line's ending
    // and reads a CR LF header with LF rows as one record (1 of 134 rows).
    record_delimiter: ["\r\n", "\n", "\r"],
    skip_records_with_empty_values: true,
    skip_empty_lines: true,
    info: true,
  });
  const decoder = new DecodeStream(fileName, options.encoding, options.encodingHint);
  const streams = openDecompressed(filePath, totalBytes, options.onProgress);
  const flowing = pipeline([...streams, decoder, parser] as NodeJS.ReadWriteStream[]).catch((error: unknown) => error);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: record, line: info.lines };
    }
  } catch (error) {
    throw asImportError(fileName, error);
  }
  const failure = await flowing;
  if (failure) throw asImportError(fileName, failure);
}

function asImportError(fileName: string, error: unknown): Error {
  if (error instanceof ImportError) return error;
  const csvError = error as { code?: string; lines?: number; message?: string };
  if (csvError.code === "Z_BUF_ERROR" || csvError.code === "Z_DATA_ERROR") {
    return new ImportError(
      `${fileName}: the gzip data ${csvError.code === "Z_BUF_ERROR" ? "ends early" : "is damaged"} (${csvError.message}): the file looks truncated; download it again`,
    );
  }
  if (csvError.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ImportError(
      `${fileName}:${csvError.lines ?? "?"}: a quoted cell is never closed: the file looks truncated or damaged`,
    );
  }
  if (csvError.code?.startsWith("CSV_"))
    return new ImportError(`${fileName}:${csvError.lines ?? "?"}: ${csvError.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The first `bytes` of a file's text, to tell its format and encoding before streaming it; a gzip
 * file is decompressed as far as its first block allows.
 */
export function readHead(filePath: string, bytes = 64 * 1024): Buffer {
  const raw = readRawHead(filePath, isGzipFile(filePath) ? Math.max(bytes, 256 * 1024) : bytes);
  if (!isGzip(raw)) return raw;
  try {
    return zlib.gunzipSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).subarray(0, bytes);
  } catch (error) {
    throw new ImportError(
      `${path.basename(filePath)}: the gzip data is damaged (${(error as Error).message}); download the file again`,
    );
  }
}

function readRawHead(filePath: string, bytes: number): Buffer {
  const handle = fs.openSync(filePath, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(handle, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

/** Throws the line and column of the first byte in `head` that is not UTF-8. */
export function assertUtf8(head: Buffer, fileName: string, hint: string): void {
  const offset = firstInvalidUtf8Byte(head);
  if (offset < 0) return;
  const before = head.subarray(0, offset);
  const line = before.filter((byte) => byte === 0x0a).length + 1;
  const column = offset - (before.lastIndexOf(0x0a) + 1) + 1;
  const byte = head[offset]!.toString(16).toUpperCase().padStart(2, "0");
  throw new ImportError(`${fileName}:${line}: column ${column}: byte 0x${byte} is not UTF-8 text. ${hint}`);
}
