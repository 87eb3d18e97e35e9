import { GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

// Exact decimal numbers travel as strings ("1234.50"): JSON numbers would round money.
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.50".',
  serialize(value) {
    const text = String(value);
    if (!DECIMAL_PATTERN.test(text)) throw new TypeError(`Decimal cannot represent "${text}"`);
    return text;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
      throw new TypeError('Decimal must be a string of digits with an optional fraction, e.g. "12.50".');
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !DECIMAL_PATTERN.test(ast.value)) {
      throw new TypeError('Decimal must be a string of digits with an optional fraction, e.g. "12.50".');
    }
    return ast.value;
  },
});
