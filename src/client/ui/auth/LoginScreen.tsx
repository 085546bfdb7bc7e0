import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { loginRequestSchema } from '../../../domain';
import type { ApiClient } from '../../sync';
import { Button, Page } from '../kit';
import { InputField } from './InputField';
import { authTexts } from './texts';
import { useSignIn } from './use-sign-in';
import { useLocation } from '../router';
import { wipeReasonText } from './wipe-reason-text';

const loginFormSchema = z.pick(loginRequestSchema, { username: true, password: true });

export interface LoginScreenProps {
  onDone(): void;
  /** The server's API; the page's own origin by default. */
  api?: ApiClient;
}

export default function LoginScreen({ onDone, api }: LoginScreenProps) {
  const { signIn, error } = useSignIn(api, authTexts.offlineLogin);
  const [showPassword, setShowPassword] = useState(false);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(loginFormSchema),
    defaultValues: { username: '', password: '' },
  });
  const { errors, isSubmitting } = formState;
  const wiped = wipeReasonText(useLocation().search);

  const submit = handleSubmit(async (values) => {
    if (await signIn('/api/auth/login', values)) onDone();
  });

  return (
    <Page title={authTexts.loginTitle}>
      {wiped && (
        <p className="notice notice--warning" role="status">
          {wiped}
        </p>
      )}
      <p>{authTexts.loginIntro}</p>
      <form onSubmit={submit} noValidate>
        <InputField
          id="login-username"
          label={authTexts.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...register('username')}
        />
        <InputField
          id="login-password"
          label={authTexts.password}
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <label className="choices__option">
          <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
          {authTexts.showPassword}
        </label>
        <p className="notice notice--danger" role="alert" hidden={!error}>
          {error}
        </p>
        <Button type="submit" className="button--big" disabled={isSubmitting}>
          {isSubmitting ? authTexts.loggingIn : authTexts.login}
        </Button>
      </form>
    </Page>
  );
}
