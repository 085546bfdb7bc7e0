import type { ButtonHTMLAttributes, Ref } from 'react';
import { Link, type LinkProps } from '../router';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

const className = (variant: Variant, extra?: string) => `button button--${variant}${extra ? ` ${extra}` : ''}`;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', className: extra, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={className(variant, extra)} {...rest} />;
}

export interface LinkButtonProps extends LinkProps {
  variant?: Variant;
}

/** Navigation that looks like a button: a link, so it can be opened, shared and read as a link. */
export function LinkButton({ variant = 'primary', className: extra, ...rest }: LinkButtonProps) {
  return <Link className={className(variant, extra)} {...rest} />;
}
