import type { MantineColorsTuple } from '@mantine/core';
import { createTheme } from '@mantine/core';

// A calm navy brand colour: business software should recede behind the data.
const brand: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e1f2',
  '#a5c0e3',
  '#739dd4',
  '#4a80c7',
  '#306ec0',
  '#2164bd',
  '#1454a7',
  '#084a96',
  '#003f85',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, shadow: 'xs', padding: 'lg', radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
