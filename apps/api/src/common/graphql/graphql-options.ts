import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';

import { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';
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
    plugins: [queryCostPlugin()],
    formatError,
  };
}
