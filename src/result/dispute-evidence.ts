import { lookupDownloadDisputeEvidenceResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import { decodeBase64 } from './base64.ts';
import type { OutcomeBase } from './read-result.ts';
import { isRecord, readResult, stringField } from './read-result.ts';
import type { RetryOutcome } from './retry.ts';
import { retryOutcome } from './retry.ts';

export type DownloadDisputeEvidenceResponse = components['schemas']['DownloadDisputeEvidenceResponse'];
export type DisputeEvidenceFormat = Exclude<DownloadDisputeEvidenceResponse['disputeEvidenceFormat'], undefined>;

/** The most Base64 text disputeEvidence may hold (the spec's maxLength, about 732 KiB of file). */
export const MAX_DISPUTE_EVIDENCE_CHARS = 1_000_000;

/** `S` with a decodable file: `bytes` is the document, ready to save as `fileName` or send as `mediaType`. */
export interface DisputeEvidenceFile extends OutcomeBase {
  readonly kind: 'file';
  readonly status: 'S';
  readonly bytes: Uint8Array;
  /** disputeEvidenceFormat as sent (WORD, PDF, ZIP, JPG…); undefined when absent. */
  readonly format: DisputeEvidenceFormat | undefined;
  /** A file name to save it under: the dispute, what was asked for and the extension of the format. */
  readonly fileName: string;
  readonly extension: string;
  readonly mediaType: string;
  /** Whether the bytes start as a file of `format` does (undefined for a format this version does not know). */
  readonly formatMatches: boolean | undefined;
  readonly action: string;
}

/** `S`, but disputeEvidence is missing, longer than the spec allows, or not valid Base64: nothing was decoded. */
export interface DisputeEvidenceInvalid extends OutcomeBase {
  readonly kind: 'invalid-file';
  readonly status: 'S';
  readonly problem: 'missing' | 'too-large' | 'not-base64';
  readonly action: string;
}

/** `F` (PARAM_ILLEGAL: for example the uploaded file asked for before any upload, or a gateway-wide code). */
export interface DisputeEvidenceFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  readonly action: string;
}

export type DisputeEvidenceOutcome = DisputeEvidenceFile | DisputeEvidenceInvalid | DisputeEvidenceFailed | RetryOutcome;

/** What was asked for; only used to name the file. */
export interface DisputeEvidenceRequest {
  readonly disputeId?: string;
  readonly disputeEvidenceType?: string;
}

interface FileKind {
  readonly extension: string;
  readonly mediaType: string;
}
const DOCX: FileKind = { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
const DOC: FileKind = { extension: 'doc', mediaType: 'application/msword' };
const KINDS: Readonly<Record<string, FileKind>> = {
  PDF: { extension: 'pdf', mediaType: 'application/pdf' },
  ZIP: { extension: 'zip', mediaType: 'application/zip' },
  JPG: { extension: 'jpg', mediaType: 'image/jpeg' },
};
const UNKNOWN_KIND: FileKind = { extension: 'bin', mediaType: 'application/octet-stream' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK.. (a .docx is a ZIP)
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // a .doc
const JPG_MAGIC = [0xff, 0xd8, 0xff];

/** The file's kind and whether its first bytes match the declared format. */
function classify(format: string | undefined, bytes: Uint8Array): { kind: FileKind; matches: boolean | undefined } {
  const zip = startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC);
  switch (format) {
    case 'WORD':
      return startsWith(bytes, OLE_MAGIC) ? { kind: DOC, matches: true } : { kind: DOCX, matches: zip };
    case 'PDF':
      return { kind: KINDS.PDF!, matches: startsWith(bytes, PDF_MAGIC) };
    case 'ZIP':
      return { kind: KINDS.ZIP!, matches: zip };
    case 'JPG':
      return { kind: KINDS.JPG!, matches: startsWith(bytes, JPG_MAGIC) };
    default:
      return { kind: UNKNOWN_KIND, matches: undefined };
  }
}

type What = 'template' | 'file' | 'evidence';
const whatOf = (request: DisputeEvidenceRequest | undefined): What =>
  request?.disputeEvidenceType === 'DISPUTE_EVIDENCE_TEMPLATE' ? 'template' : request?.disputeEvidenceType === 'DISPUTE_EVIDENCE_FILE' ? 'file' : 'evidence';
const NEXT: Record<What, string> = {
  template: 'Save the template, complete it (in English), then upload it with supplyDefenseDocument before defenseDueTime.',
  file: 'This is the document uploaded with supplyDefenseDocument; keep it with the dispute records.',
  evidence: 'Save the file under fileName; a template is completed and uploaded with supplyDefenseDocument before defenseDueTime.',
};

/** `dispute-<disputeId>-<template|file>.<extension>`, with only safe characters in the id. */
function fileNameOf(request: DisputeEvidenceRequest | undefined, extension: string): string {
  const id = typeof request?.disputeId === 'string' ? request.disputeId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) : '';
  return `${id === '' ? 'dispute' : `dispute-${id}`}-${whatOf(request)}.${extension}`;
}

const INVALID: Record<DisputeEvidenceInvalid['problem'], string> = {
  missing: 'The answer carries no file: download it again; contact Antom Technical Support if it repeats.',
  'too-large': 'The file is longer than the 1,000,000 Base64 characters the API allows, so it was not decoded: download it again or fetch it from Antom Dashboard.',
  'not-base64': 'The file is not valid Base64, so it was not decoded: download it again or fetch it from Antom Dashboard.',
};

/**
 * downloadDisputeEvidence's answer as a discriminated union. On `S`, disputeEvidence is decoded from Base64 (strictly,
 * at most MAX_DISPUTE_EVIDENCE_CHARS characters) to `bytes`, with the format's extension and media type and a file
 * name built from `request` when given. Never throws.
 */
export function interpretDisputeEvidence(data: DownloadDisputeEvidenceResponse, request?: DisputeEvidenceRequest): DisputeEvidenceOutcome {
  const read = readResult(data, lookupDownloadDisputeEvidenceResultCode);
  const { code, entry, message, status } = read;
  const base = { code, entry, message };
  if (status === 'F') return { kind: 'failed', status, ...base, action: entry.action };
  if (status !== 'S') return retryOutcome(read, 'The outcome is unknown: download again (it changes nothing); contact Antom Technical Support if it repeats.');
  const text = isRecord(data) && typeof data.disputeEvidence === 'string' ? data.disputeEvidence : '';
  const invalid = (problem: DisputeEvidenceInvalid['problem']): DisputeEvidenceInvalid => ({ kind: 'invalid-file', status, ...base, problem, action: INVALID[problem] });
  if (text === '') return invalid('missing');
  if (text.length > MAX_DISPUTE_EVIDENCE_CHARS) return invalid('too-large');
  const bytes = decodeBase64(text);
  if (bytes === undefined) return invalid('not-base64');
  const format = stringField(data, 'disputeEvidenceFormat');
  const { kind, matches } = classify(format, bytes);
  const action = matches === false ? `The file does not look like a ${format} document: do not open it; download it again, and contact Antom Technical Support if it repeats.` : NEXT[whatOf(request)];
  return { kind: 'file', status, ...base, bytes, format, fileName: fileNameOf(request, kind.extension), extension: kind.extension, mediaType: kind.mediaType, formatMatches: matches, action };
}
