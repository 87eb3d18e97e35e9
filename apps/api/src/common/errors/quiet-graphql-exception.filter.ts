import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

// Nest's default handler logs every error a resolver or guard throws as ERROR with its stack, expected ones
// (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) included. GraphQL errors go on to format-error.ts untouched, which
// logs only the unexpected ones; HTTP routes (health) keep Nest's handling.
@Catch()
export class QuietGraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // Rethrown as is (like Nest's own handler, minus the log): graphql-js then treats it as a field error.
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
