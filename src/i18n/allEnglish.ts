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
  shell,
  topBar,
  values,
} from '../../translations/en.json';
import type { Messages } from './messages';

// Every section (typed as all of them, so a new one cannot be forgotten); those a first paint brought are shared, not fetched twice.
export const allEnglish: Messages = {
  shell,
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
