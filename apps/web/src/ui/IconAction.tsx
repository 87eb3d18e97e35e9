import { ActionIcon, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface IconActionProps {
  // The button's accessible name, and its tooltip unless `tooltip` says something else.
  label: string;
  tooltip?: string;
  icon: ReactNode;
  onClick?: () => void;
  // A link (to a detail page) instead of a button.
  to?: string;
  color?: string;
  variant?: 'subtle' | 'default';
  loading?: boolean;
  disabled?: boolean;
  size?: 'sm';
}

// An icon-only row action with a tooltip naming it, so an icon is never the only hint.
export function IconAction({
  label,
  tooltip = label,
  icon,
  onClick,
  to,
  color,
  variant = 'subtle',
  loading,
  disabled = false,
  size,
}: IconActionProps) {
  const shared = { variant, color, loading, disabled, size, 'aria-label': label };
  const action = to ? (
    <ActionIcon component={Link} to={to} {...shared}>
      {icon}
    </ActionIcon>
  ) : (
    <ActionIcon onClick={onClick} {...shared}>
      {icon}
    </ActionIcon>
  );
  // A disabled button gets no pointer events, so the span is what shows the tooltip.
  return (
    <Tooltip label={tooltip} withArrow>
      {disabled ? <span>{action}</span> : action}
    </Tooltip>
  );
}
