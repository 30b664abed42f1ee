import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { SESSION_COOKIE } from './authentication.ts';
import { presentLoginLinkRequested, presentSession } from './identity.presenter.ts';
import { CurrentSession, LoginLinkRequested } from './identity.schemas.ts';
import { IdentityService } from './identity.service.ts';

export async function identityRoutes(app: App) {
  const { database, config, policies } = app.deps;
  const service = new IdentityService(database.db, config);
  const secureCookie = config.publicUrl.startsWith('https://');

  const setSessionCookie = (reply: FastifyReply, session: { secret: string; expiresAt: Date }) =>
    reply.setCookie(SESSION_COOKIE, session.secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie,
      expires: session.expiresAt,
    });

  app.get(
    '/sessions/current',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Who is logged in',
        operationId: 'getCurrentSession',
        response: { 200: CurrentSession },
      },
    },
    async (request) => presentSession(request.principal, policies),
  );

  app.post(
    '/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Log in: staff with e-mail and password, residents with the token from their e-mail link',
        operationId: 'createSession',
        body: Type.Object(
          {
            email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
            password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            loginToken: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: CurrentSession, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { email, password, loginToken } = request.body;
      const tenantId = request.principal.tenantId;
      let session;
      if (loginToken) session = await service.verifyEmailLink(tenantId, loginToken);
      else if (email && password) session = await service.loginWithPassword(tenantId, email, password);
      else {
        throw new DomainError('invalid-input', 'Send either loginToken, or email and password.', [
          {
            name: 'body.loginToken',
            code: 'required',
            reason: 'loginToken is required when email and password are absent',
          },
        ]);
      }
      setSessionCookie(reply, session);
      const principal = await service.resolvePrincipal({ sessionToken: session.secret });
      return reply.code(201).send(presentSession(principal, policies));
    },
  );

  app.delete(
    '/sessions/current',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Log out',
        operationId: 'deleteCurrentSession',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.logout(request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/login-links',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Send a resident a login link by e-mail',
        description: 'Always answers 202, whether or not the address belongs to a holder.',
        operationId: 'createLoginLink',
        body: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }) }, { additionalProperties: false }),
        response: { 202: LoginLinkRequested, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await service.requestEmailLink(request.principal.tenantId, request.body.email);
      return reply.code(202).send(presentLoginLinkRequested());
    },
  );
}
