import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildCreditTransfer,
  centsToDecimal,
  decimalToCents,
  parseBankStatement,
  sepaText,
  StatementError,
} from './sepa.ts';

describe('SEPA amounts and text', () => {
  it('write and read euros with two decimals, in whole cents only', () => {
    expect([0, 5, 100, 123_456].map(centsToDecimal)).toEqual(['0.00', '0.05', '1.00', '1234.56']);
    expect(['12', '12.3', '12.30', '0.05'].map(decimalToCents)).toEqual([1200, 1230, 1230, 5]);
    expect(['12.345', '-1.00', 'abc', ''].map(decimalToCents)).toEqual([null, null, null, null]);
  });

  it('keeps names in the SEPA character set and escapes XML', () => {
    expect(sepaText('Café & Zoon <B.V.>', 70)).toBe('Cafe Zoon B.V.');
    expect(sepaText('Bakkerij "Van der Zaan"', 10)).toBe('Bakkerij V');
  });
});

describe('pain.001.001.09', () => {
  it('is well-formed, with one transaction per transfer and the control sum', () => {
    const xml = buildCreditTransfer({
      runId: '6f0c3c1e-8d0a-4c53-9b55-111111111111',
      createdAt: new Date('2026-11-01T09:00:00Z'),
      executionDate: '2026-11-02',
      debtor: { name: 'Gemeente Zaanstad', iban: 'NL73BNGH0285170019', bic: null },
      remittance: 'Stadspas',
      transfers: [
        {
          settlementId: 'aaaaaaaa-0000-4000-8000-000000000001',
          amountCents: 1_050,
          creditorName: 'Café & Co',
          creditorIban: 'NL91ABNA0417164300',
          creditorBic: 'ABNANL2A',
        },
        {
          settlementId: 'aaaaaaaa-0000-4000-8000-000000000002',
          amountCents: 7,
          creditorName: 'Zwembad',
          creditorIban: 'NL20INGB0001234567',
          creditorBic: null,
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ parseTagValue: false }).parse(xml).Document.CstmrCdtTrfInitn;
    expect(doc.GrpHdr).toMatchObject({ NbOfTxs: '2', CtrlSum: '10.57', CreDtTm: '2026-11-01T09:00:00Z' });
    expect(doc.PmtInf.DbtrAgt.FinInstnId.Othr.Id).toBe('NOTPROVIDED');
    expect(doc.PmtInf.CdtTrfTxInf.map((t: { PmtId: { EndToEndId: string } }) => t.PmtId.EndToEndId)).toEqual([
      'aaaaaaaa000040008000000000000001',
      'aaaaaaaa000040008000000000000002',
    ]);
  });
});

describe('camt.053', () => {
  it('reads batch entries (one per TxDtls) and the older status form', () => {
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
      <Ntry><Amt Ccy="EUR">15.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-03</Dt></BookgDt>
        <NtryDtls><TxDtls><Refs><EndToEndId>A1</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls></TxDtls>
        <TxDtls><Refs><EndToEndId>A2</EndToEndId></Refs><Amt Ccy="EUR">5.00</Amt></TxDtls></NtryDtls></Ntry>
      <Ntry><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts></Ntry>
    </Stmt></BkToCstmrStmt></Document>`;
    expect(parseBankStatement(xml)).toEqual([
      {
        endToEndId: 'A1',
        amountCents: 1000,
        direction: 'DBIT',
        status: 'BOOK',
        bookingDate: '2026-11-03',
        reference: null,
      },
      {
        endToEndId: 'A2',
        amountCents: 500,
        direction: 'DBIT',
        status: 'BOOK',
        bookingDate: '2026-11-03',
        reference: null,
      },
      { endToEndId: null, amountCents: 300, direction: 'CRDT', status: 'PDNG', bookingDate: null, reference: null },
    ]);
  });

  it('refuses what is not a well-formed statement, and DTDs', () => {
    expect(() => parseBankStatement('<Document><BkToCstmrStmt>')).toThrow(StatementError);
    expect(() => parseBankStatement('<Document><Other/></Document>')).toThrow(/camt.053/);
    expect(() =>
      parseBankStatement('<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>'),
    ).toThrow(StatementError);
  });
});
