import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { setupRequestSchema } from '../../../domain';
import type { ApiClient } from '../../sync';
import { Button, Page } from '../kit';
import { InputField } from './InputField';
import { setupTokenFrom } from './setup-token';
import { authTexts } from './texts';
import { useSignIn } from './use-sign-in';

const setupFormSchema = z
  .extend(z.pick(setupRequestSchema, { teamName: true, displayName: true, username: true, password: true }), { passwordAgain: z.string() })
  .check(z.refine((form) => form.password === form.passwordAgain, { path: ['passwordAgain'], message: authTexts.passwordsDiffer }));

export interface SetupScreenProps {
  onDone(): void;
  api?: ApiClient;
}

export default function SetupScreen({ onDone, api }: SetupScreenProps) {
  // Read once: the token is removed from the address bar after a successful setup.
  const [token] = useState(() => setupTokenFrom(window.location.hash));
  const { signIn, error } = useSignIn(api, authTexts.offlineSetup);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(setupFormSchema),
    defaultValues: { teamName: '', displayName: '', username: '', password: '', passwordAgain: '' },
  });
  const { errors, isSubmitting } = formState;

  if (!token) {
    return (
      <Page title={authTexts.setupTitle}>
        <p className="notice notice--warning">{authTexts.setupTokenMissing}</p>
      </Page>
    );
  }

  const submit = handleSubmit(async ({ passwordAgain: _again, ...values }) => {
    if (!(await signIn('/api/setup', { ...values, token }))) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    onDone();
  });

  const field = (name: keyof z.input<typeof setupFormSchema>) => ({ error: errors[name]?.message, ...register(name) });

  return (
    <Page title={authTexts.setupTitle}>
      <p>{authTexts.setupIntro}</p>
      <form onSubmit={submit} noValidate>
        <InputField id="setup-team" label={authTexts.teamName} hint={authTexts.teamNameHint} {...field('teamName')} />
        <InputField
          id="setup-name"
          label={authTexts.displayName}
          hint={authTexts.displayNameHint}
          autoComplete="name"
          {...field('displayName')}
        />
        <InputField
          id="setup-username"
          label={authTexts.username}
          hint={authTexts.usernameHint}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...field('username')}
        />
        <InputField
          id="setup-password"
          type="password"
          label={authTexts.newPassword}
          hint={authTexts.newPasswordHint}
          autoComplete="new-password"
          {...field('password')}
        />
        <InputField
          id="setup-password-again"
          type="password"
          label={authTexts.passwordAgain}
          autoComplete="new-password"
          {...field('passwordAgain')}
        />
        <p className="notice notice--danger" role="alert" hidden={!error}>
          {error}
        </p>
        <Button type="submit" className="button--big" disabled={isSubmitting}>
          {isSubmitting ? authTexts.settingUp : authTexts.setUp}
        </Button>
      </form>
    </Page>
  );
}
