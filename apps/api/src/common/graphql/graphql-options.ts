import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';

import { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';
import { serviceUnavailablePlugin } from '../errors/service-unavailable.plugin';
import { nulCharactersPlugin } from './nul-characters.plugin';
import { queryCostPlugin } from './query-cost.plugin';
import { MAX_TOKENS, queryLimitRules } from './query-limits';

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
    validationRules: queryLimitRules(),
    plugins: [nulCharactersPlugin(), queryCostPlugin(), serviceUnavailablePlugin()],
    formatError,
    // Nest's driver would reset every executed answer to HTTP 200; the only status set during execution is
    // the 503 of service-unavailable.plugin (our errors carry no extensions.http), and that one must stay.
    preserveHttpStatusForExecutionErrors: false,
  };
}
