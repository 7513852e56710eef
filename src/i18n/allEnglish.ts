import {
  card,
  comment,
  conflict,
  details,
  errors,
  fields,
  form,
  groups,
  list,
  live,
  notify,
  problems,
  sidebar,
  topBar,
  values,
} from '../../translations/en.json';
import type { Messages } from './messages';

// Every section but the shell's, which is always here (typed, so a new one cannot be forgotten); those a first paint brought are shared, not fetched twice.
export const allEnglish: Omit<Messages, 'shell'> = {
  sidebar,
  list,
  card,
  details,
  form,
  conflict,
  comment,
  notify,
  problems,
  errors,
  groups,
  values,
  fields,
  topBar,
  live,
};
