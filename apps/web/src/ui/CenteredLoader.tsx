import { Center, Loader } from '@mantine/core';

export interface CenteredLoaderProps {
  label: string;
  fullHeight?: boolean;
}

export function CenteredLoader({ label, fullHeight = false }: CenteredLoaderProps) {
  return (
    <Center h={fullHeight ? '100vh' : 240} role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}
