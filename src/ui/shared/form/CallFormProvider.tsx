import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import type { CallFormApi } from './formModel';

/** Applies the agent's change to one field, bringing along the fields that follow it (see followers.ts). */
export type ChangeField = (name: CallFieldName, change: () => unknown) => Promise<void>;

const applyAlone: ChangeField = async (_name, change) => {
  await change();
};

const ChangeContext = createContext<ChangeField>(applyAlone);

/** The form for its inputs, and the way their changes go. */
export function CallFormProvider({
  form,
  changeField,
  children,
}: {
  form: CallFormApi;
  changeField: ChangeField;
  children: ReactNode;
}) {
  return (
    <FormProvider {...form}>
      <ChangeContext.Provider value={changeField}>{children}</ChangeContext.Provider>
    </FormProvider>
  );
}

export function useChangeField(): ChangeField {
  return useContext(ChangeContext);
}
