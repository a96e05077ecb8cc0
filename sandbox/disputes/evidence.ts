// The defense document of supplyDefenseDocument: Base64 text of at most 1 000 000 characters (reference), holding a
// file whose format downloadDisputeEvidence can name (WORD, PDF, ZIP, JPG). The sandbox reads the format from the
// file's first bytes and refuses anything else with PARAM_ILLEGAL (a sandbox rule: the guides ask for DOC, DOCX or
// PDF, and the download answer has no value for other files).
import type { EvidenceFormat } from './model.ts';

export const MAX_EVIDENCE_CHARS = 1_000_000;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const startsWith = (bytes: Buffer, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc (Compound File)
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK.. (.zip, and .docx inside)
const JPG = [0xff, 0xd8, 0xff];

/** Format of a file by its leading bytes; a ZIP holding `word/` parts is a Word document (DOCX). */
export function sniffFormat(bytes: Buffer): EvidenceFormat | undefined {
  if (startsWith(bytes, PDF)) return 'PDF';
  if (startsWith(bytes, OLE)) return 'WORD';
  if (startsWith(bytes, ZIP)) return bytes.includes('word/') ? 'WORD' : 'ZIP';
  if (startsWith(bytes, JPG)) return 'JPG';
  return undefined;
}

/** The format of a Base64 document, or undefined when the text is not canonical Base64 of a file of a known format. */
export function evidenceFormat(base64: string): EvidenceFormat | undefined {
  if (base64.length === 0 || base64.length > MAX_EVIDENCE_CHARS || !BASE64.test(base64)) return undefined;
  return sniffFormat(Buffer.from(base64, 'base64'));
}
