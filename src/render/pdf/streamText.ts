// pdfkit writes every content-stream operator (`12.5 700 m`, each run of text) into its object as a Uint8Array of
// its own, made a character at a time, and joins them when the object ends: hundreds of thousands of small arrays in
// a large paper. Here the text written between binary chunks is gathered as one string and turned into bytes once,
// as pdfkit would (each character's low byte, a line end after each write), before a binary chunk or at the end.
// The document's own writes (each object's header, dictionary and end, the cross-reference table) are gathered the
// same way before they are pushed to its stream, where pdfkit pushed each line as a chunk of its own.

/** The members of pdfkit's PDFReference (its stream objects; pdfkit does not export the class) that are used here. */
interface StreamObject {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/**
 * Lines of text gathered as one string, each with its line end, and handed to `emit` as bytes when flushed: latin1
 * keeps each character's low byte, as pdfkit's fromBinaryString does (`charCodeAt(i) & 0xff`).
 */
function lineGatherer(emit: (bytes: Uint8Array) => void): { add(line: string): number; flush(): void } {
  let pending = '';
  return {
    /** Adds the line and its line end; returns the bytes that adds. */
    add(line) {
      const text = `${line}\n`;
      pending += text;
      return text.length;
    },
    flush() {
      if (pending === '') return;
      emit(Buffer.from(pending, 'latin1'));
      pending = '';
    },
  };
}

/** Text writes gathered on one stream object until the next binary chunk or its end. */
function gatherWrites(object: StreamObject): void {
  const write = object.write.bind(object);
  const finalize = object.finalize.bind(object);
  const lines = lineGatherer((bytes) => object.buffer.push(bytes));
  object.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      lines.flush();
      write(chunk);
      return;
    }
    const length = lines.add(String(chunk));
    object.uncompressedLength += length;
    object.data.Length = (object.data.Length ?? 0) + length;
    if (object.compress) object.data.Filter = 'FlateDecode';
  };
  object.finalize = () => {
    lines.flush();
    finalize();
  };
}

/** The members of pdfkit's PDFDocument (a Readable) that its _write uses. */
interface DocumentWriter {
  _write(data: Uint8Array | string): void;
  _offset: number;
  push(chunk: Uint8Array | null): boolean;
}

/**
 * The document's text writes gathered until the next binary chunk (a stream's data) or the end of the file, then
 * pushed as one chunk. `_offset`, which each object's place in the cross-reference table is read from, still moves
 * with every write.
 */
function gatherDocumentWrites(document: DocumentWriter): void {
  const push = document.push.bind(document);
  const lines = lineGatherer((bytes) => push(bytes));
  document._write = (data) => {
    if (data instanceof Uint8Array) {
      lines.flush();
      push(data);
      document._offset += data.length;
      return;
    }
    document._offset += lines.add(String(data));
  };
  // pdfkit ends its stream with push(null) after the trailer.
  document.push = (chunk) => {
    if (chunk === null) lines.flush();
    return push(chunk);
  };
}

/**
 * Every stream object the document makes from now on gathers its text writes (its pages' contents above all), and
 * so does the document itself.
 */
export function gatherStreamText(pdf: object): void {
  const writer = pdf as Partial<DocumentWriter>;
  if (typeof writer._write === 'function' && typeof writer.push === 'function' && typeof writer._offset === 'number') gatherDocumentWrites(writer as DocumentWriter);
  const document = pdf as { ref?: (data?: unknown) => StreamObject };
  const ref = document.ref;
  if (typeof ref !== 'function') return;
  document.ref = (data?: unknown): StreamObject => {
    const object = ref.call(pdf, data);
    if (typeof object.write === 'function' && typeof object.finalize === 'function' && Array.isArray(object.buffer)) gatherWrites(object);
    return object;
  };
}
