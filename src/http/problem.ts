import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isAbortedForConcurrency, isConnectionLost } from '../db/errors.ts';
import {
  CORE_PROBLEMS,
  DomainError,
  type InvalidParam,
  type ProblemCatalogue,
  type ProblemCode,
  type ProblemTitle,
} from '../shared/errors.ts';

export const PROBLEM_TYPE_BASE = 'https://stadspas.nl/problems/';
export const problemType = (code: ProblemCode) => `${PROBLEM_TYPE_BASE}${code}`;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export type ProblemLanguage = keyof ProblemTitle;

/**
 * The language of a problem's title: Dutch when the caller prefers Dutch to English
 * (`Accept-Language`, as the web app sends it), English otherwise (the API's language).
 */
export function problemLanguage(acceptLanguage: string | undefined): ProblemLanguage {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { language: tag.split('-')[0] ?? '', q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => (entry.language === 'nl' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language === 'nl' ? 'nl' : 'en';
}

/**
 * The body of a problem every module may use (invalid input, too many requests, ...), for hooks
 * that answer before a route runs and so before the error handler (input guards, rate limits,
 * router errors).
 */
export function problemFor(
  code: keyof typeof CORE_PROBLEMS,
  detail: string,
  invalidParams?: InvalidParam[],
  language: ProblemLanguage = 'en',
): ProblemBody {
  const { status, title } = CORE_PROBLEMS[code];
  return {
    type: problemType(code),
    title: title[language],
    status,
    detail,
    ...(invalidParams ? { invalidParams } : {}),
  };
}

/** Turns problem codes into problem+json bodies, from the catalogue the modules declared. */
export class ProblemCatalogueIndex {
  private readonly problems: ProblemCatalogue;

  constructor(catalogues: readonly ProblemCatalogue[]) {
    const merged: Record<string, ProblemCatalogue[string]> = { ...CORE_PROBLEMS };
    for (const catalogue of catalogues) {
      for (const [code, definition] of Object.entries(catalogue)) {
        if (code in merged) throw new Error(`Problem code ${code} is declared twice`);
        merged[code] = definition;
      }
    }
    this.problems = merged;
  }

  get codes(): string[] {
    return Object.keys(this.problems);
  }

  has(code: string): boolean {
    return code in this.problems;
  }

  bodyFor(
    code: ProblemCode,
    detail: string,
    options: { invalidParams?: InvalidParam[] | undefined; language?: ProblemLanguage } = {},
  ): ProblemBody {
    const definition = this.problems[code];
    if (!definition) throw new Error(`Problem code ${code} is not declared by any module`);
    return {
      type: problemType(code),
      title: definition.title[options.language ?? 'en'],
      status: definition.status,
      detail,
      ...(options.invalidParams ? { invalidParams: options.invalidParams } : {}),
    };
  }
}

export function sendProblem(reply: FastifyReply, body: ProblemBody) {
  return reply.code(body.status).type('application/problem+json').send(body);
}

interface AjvError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

function invalidParamsFromValidation(error: FastifyError): InvalidParam[] {
  const context = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  const items = (error.validation ?? []) as AjvError[];
  return items.map((item) => {
    const missing = item.params?.missingProperty ?? item.params?.additionalProperty ?? '';
    const pointer = (item.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const name = [context, pointer, missing].filter(Boolean).join('.');
    return { name, code: item.keyword ?? 'invalid', reason: item.message ?? 'is invalid' };
  });
}

/** Why the request failed for the moment, not for what it asked: the database is gone or too busy. */
function unavailableDetail(error: unknown): string | undefined {
  if (isConnectionLost(error)) {
    return (
      'The connection to the database broke or could not be made. Try again in a moment. ' +
      'A redemption sent with an Idempotency-Key can safely be sent again with the same key.'
    );
  }
  if (isAbortedForConcurrency(error))
    return 'The database was too busy to finish this request. Nothing was changed. Try again in a moment.';
  return undefined;
}

/** Every error leaves the API as application/problem+json. Nothing else decides statuses. */
export function registerProblemHandlers(app: FastifyInstance, problems = new ProblemCatalogueIndex([])) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = problemLanguage(request.headers['accept-language']);
    const answer = (code: ProblemCode, detail: string, invalidParams?: InvalidParam[]) =>
      sendProblem(reply, { ...problems.bodyFor(code, detail, { invalidParams, language }), instance: request.url });

    if (error instanceof DomainError) return answer(error.code, error.message, error.invalidParams);
    if (error.validation) {
      const invalidParams = invalidParamsFromValidation(error);
      return answer('invalid-input', `${invalidParams.length} field(s) are invalid; see invalidParams.`, invalidParams);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, { ...clientErrorProblem(error, status, language), instance: request.url });
    }
    const unavailable = unavailableDetail(error);
    if (unavailable) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('Retry-After', '1');
      return answer('service-unavailable', unavailable);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, {
      type: 'about:blank',
      title: 'Internal server error',
      status: 500,
      detail: 'Something went wrong on our side. Nothing was changed. Please try again.',
      instance: request.url,
    });
  });
}

/**
 * The problem for a 4xx error Fastify raised before a handler ran: invalid or empty JSON, a body
 * of a content type no route takes, a body too large. Names the body or the header at fault.
 */
export function clientErrorProblem(error: FastifyError, status: number, language: ProblemLanguage = 'en'): ProblemBody {
  const invalid = (name: string, code: string, reason: string): ProblemBody =>
    problemFor('invalid-input', `${error.message}.`.replace(/\.\.$/, '.'), [{ name, code, reason }], language);
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Also JSON with a __proto__ or constructor.prototype key, which the parser refuses.
      return invalid('body', 'invalid-json', 'is not valid JSON');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalid('body', 'required', 'is empty, but the content type says JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalid('headers.content-length', 'invalid', 'does not match the length of the body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        type: 'about:blank',
        title: 'Unsupported media type',
        status,
        detail: error.message,
        invalidParams: [
          { name: 'headers.content-type', code: 'unsupported', reason: 'is not a content type this operation takes' },
        ],
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        type: 'about:blank',
        title: 'Request body too large',
        status,
        detail: error.message,
        invalidParams: [{ name: 'body', code: 'too-large', reason: 'is larger than this operation takes' }],
      };
  }
  return { type: 'about:blank', title: 'Bad request', status, detail: error.message };
}
