import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the import endpoints; the presenters return their `Static<>` types. */

const Timestamp = Type.String({ format: 'date-time' });
const Count = Type.Integer({ minimum: 0 });

export const ImportRunStatus = Type.Union([
  Type.Literal('checked'),
  Type.Literal('running'),
  Type.Literal('done'),
  Type.Literal('failed'),
]);

export const ImportQuery = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 200 }),
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'true: check every row, change nothing' })),
});

export const ImportProblem = Type.Object({
  line: Type.Integer({ description: 'Line in the file (the header is line 1)' }),
  field: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

const runFields = {
  id: Uuid,
  fileName: Type.String(),
  dryRun: Type.Boolean(),
  status: ImportRunStatus,
  totalRows: Count,
  processedRows: Count,
  report: Type.Object({
    created: Count,
    renewed: Count,
    updated: Count,
    unchanged: Count,
    refused: Count,
  }),
  lettersCount: Type.Integer({ minimum: 0, description: 'Welcome letters in the PDF, for residents without e-mail' }),
  lettersUrl: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  finishedAt: Type.Union([Timestamp, Type.Null()]),
};

export const ImportRunSummary = Type.Object(runFields, { $id: 'IncomeImportRunSummary' });
export const ImportRun = Type.Object({ ...runFields, problems: Type.Array(ImportProblem) }, { $id: 'IncomeImportRun' });
