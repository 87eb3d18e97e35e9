import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';
import { aliasLimit, depthLimit, MAX_TOKENS } from './query-limits';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.env === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    playground: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimit(), aliasLimit()],
    formatError,
  };
}
