import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * SEPA files: the credit-transfer initiation the municipality uploads to its own bank
 * (ISO 20022 pain.001.001.09), and the bank-to-customer statement it gets back (camt.053).
 * The platform never moves money: it writes the instruction and reads the confirmation.
 */
export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

/** Euro cents as the amount format of ISO 20022: '1234.50'. */
export function centsToDecimal(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** '12.3' / '12.30' / '12' -> cents; null when it is not a plain amount with at most two decimals. */
export function decimalToCents(text: string): number | null {
  const match = /^\s*(\d{1,13})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** The EndToEndId of a settlement: its id without hyphens (an id of 36 characters is longer than the 35 allowed). */
export const endToEndIdOf = (settlementId: string) => settlementId.replace(/-/g, '').toLowerCase();
/** A message or payment-information id: prefix + uuid without hyphens (at most 35 characters). */
const idOf = (prefix: string, uuid: string) => `${prefix}${uuid.replace(/-/g, '')}`.slice(0, 35);

/**
 * Text in the Latin character set that every SEPA bank accepts (EPC guidelines): accents
 * dropped, anything else replaced by a space, cut to `max` characters, then XML-escaped.
 */
export function sepaText(text: string, max: number): string {
  const latin = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
  return escapeXml(latin || '-');
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export interface CreditTransferInput {
  runId: string;
  createdAt: Date;
  executionDate: string;
  debtor: { name: string; iban: string; bic: string | null };
  remittance: string;
  transfers: {
    settlementId: string;
    amountCents: number;
    creditorName: string;
    creditorIban: string;
    creditorBic: string | null;
  }[];
}

const agent = (bic: string | null) =>
  bic
    ? `<FinInstnId><BICFI>${escapeXml(bic)}</BICFI></FinInstnId>`
    : '<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>';

/**
 * A pain.001.001.09 file with one payment-information block (the municipality's account) and
 * one transaction per settlement. The same run always gives the same MsgId, so a bank refuses
 * the file when it is uploaded a second time.
 */
export function buildCreditTransfer(input: CreditTransferInput): string {
  const count = input.transfers.length;
  const total = centsToDecimal(input.transfers.reduce((sum, t) => sum + t.amountCents, 0));
  const createdAt = input.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const transactions = input.transfers
    .map(
      (t) => `
      <CdtTrfTxInf>
        <PmtId><InstrId>${endToEndIdOf(t.settlementId)}</InstrId><EndToEndId>${endToEndIdOf(t.settlementId)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">${centsToDecimal(t.amountCents)}</InstdAmt></Amt>
        ${t.creditorBic ? `<CdtrAgt>${agent(t.creditorBic)}</CdtrAgt>` : ''}
        <Cdtr><Nm>${sepaText(t.creditorName, 70)}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>${escapeXml(t.creditorIban)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>${sepaText(input.remittance, 140)}</Ustrd></RmtInf>
      </CdtTrfTxInf>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="${PAIN_001_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${idOf('SP', input.runId)}</MsgId>
      <CreDtTm>${createdAt}</CreDtTm>
      <NbOfTxs>${count}</NbOfTxs>
      <CtrlSum>${total}</CtrlSum>
      <InitgPty><Nm>${sepaText(input.debtor.name, 70)}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>${idOf('RUN', input.runId)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <BtchBookg>false</BtchBookg>
      <NbOfTxs>${count}</NbOfTxs>
      <CtrlSum>${total}</CtrlSum>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>
      <ReqdExctnDt><Dt>${input.executionDate}</Dt></ReqdExctnDt>
      <Dbtr><Nm>${sepaText(input.debtor.name, 70)}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>${escapeXml(input.debtor.iban)}</IBAN></Id></DbtrAcct>
      <DbtrAgt>${agent(input.debtor.bic)}</DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>${transactions}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
`;
}

/** One transaction the bank booked, as read from a camt.053 statement. */
export interface BookedTransaction {
  endToEndId: string | null;
  amountCents: number | null;
  /** 'DBIT': money left the account (a payout); 'CRDT': money came in. */
  direction: string | null;
  /** 'BOOK' when booked; statements of some banks leave it out. */
  status: string | null;
  bookingDate: string | null;
  reference: string | null;
}

export class StatementError extends Error {}

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const child = (node: unknown, ...path: string[]): unknown => {
  let current = node;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Node)[key];
  }
  return current;
};
const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Node)['#text'] === 'string')
    return (value as Node)['#text'] as string;
  return null;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * Reads the booked transactions of a camt.053 (bank-to-customer statement, any version): one per
 * TxDtls, or the entry itself when it has no details. No DTD, no entities: plain elements only.
 */
export function parseBankStatement(xml: string): BookedTransaction[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new StatementError('A statement with a DTD or entities is not accepted.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new StatementError(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  const doc = parser.parse(xml) as Node;
  const statements = child(doc, 'Document', 'BkToCstmrStmt', 'Stmt');
  if (!Array.isArray(statements))
    throw new StatementError('The file is not a camt.053 bank statement (no Document/BkToCstmrStmt/Stmt).');
  const out: BookedTransaction[] = [];
  for (const statement of statements) {
    for (const entry of list(child(statement, 'Ntry'))) {
      const entryAmount = text(child(entry, 'Amt'));
      const direction = text(child(entry, 'CdtDbtInd'));
      const status = text(child(entry, 'Sts', 'Cd')) ?? text(child(entry, 'Sts'));
      const bookingDate =
        text(child(entry, 'BookgDt', 'Dt')) ?? text(child(entry, 'BookgDt', 'DtTm'))?.slice(0, 10) ?? null;
      const entryRef = text(child(entry, 'AcctSvcrRef'));
      const details = list(child(entry, 'NtryDtls')).flatMap((d) => list(child(d, 'TxDtls')));
      if (details.length === 0) {
        out.push({
          endToEndId: null,
          amountCents: entryAmount === null ? null : decimalToCents(entryAmount),
          direction,
          status,
          bookingDate,
          reference: entryRef,
        });
        continue;
      }
      for (const tx of details) {
        const amount =
          text(child(tx, 'Amt')) ??
          text(child(tx, 'AmtDtls', 'TxAmt', 'Amt')) ??
          (details.length === 1 ? entryAmount : null);
        out.push({
          endToEndId: text(child(tx, 'Refs', 'EndToEndId')),
          amountCents: amount === null ? null : decimalToCents(amount),
          direction: text(child(tx, 'CdtDbtInd')) ?? direction,
          status,
          bookingDate,
          reference: text(child(tx, 'Refs', 'AcctSvcrRef')) ?? entryRef,
        });
      }
    }
  }
  return out;
}
